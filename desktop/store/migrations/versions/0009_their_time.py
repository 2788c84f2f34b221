# SPDX-License-Identifier: MIT
"""Their time when the number does not say it: a lead's city, and the zones it may be in
when none is known ("|"-joined, west to east), filled for the leads already here.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from salesdesk.domain.their_time import their_zones

    # ADD COLUMN in place: a batch copy would drop the search index's triggers
    op.add_column("leads", sa.Column("city", sa.String(200), nullable=False, server_default=""))
    op.add_column("leads", sa.Column("zone_candidates", sa.Text(), nullable=True))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, time_zone, phones, emails FROM leads WHERE effective_time_zone IS NULL")
    ).all()
    updates = []
    for lead_id, zone, phones, emails in rows:
        found = their_zones(zone, "", _list(phones), _list(emails))
        candidates = None if found.known else "|".join(found.zones) or None
        updates.append({"id": lead_id, "known": found.known, "candidates": candidates})
    if updates:
        connection.execute(
            sa.text(
                "UPDATE leads SET effective_time_zone = :known, zone_candidates = :candidates "
                "WHERE id = :id"
            ),
            updates,
        )


def _list(value: object) -> list[str]:
    import json

    if isinstance(value, list):
        return value
    return list(json.loads(str(value))) if value else []


def downgrade() -> None:
    op.drop_column("leads", "zone_candidates")
    op.drop_column("leads", "city")
