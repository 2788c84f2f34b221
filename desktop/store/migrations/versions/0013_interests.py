# SPDX-License-Identifier: MIT
"""Interest in one tap: the interest-tag catalog and a lead's interests and next step.

The pull cursor is forgotten: an older version skipped the server's interest tags and the
leads' new fields, so the next pull is a full one and brings them (local work is kept and
rebased as after any full pull).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interest_tags",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("events", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("labels", sa.Text(), nullable=False, server_default="{}"),
    )
    # ADD COLUMN in place: a batch copy would drop the search index's triggers
    op.add_column("leads", sa.Column("interests", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("leads", sa.Column("next_step", sa.String(16), nullable=True))
    op.execute("DELETE FROM sync_state WHERE key IN ('cursor', 'staging_cursor')")


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("next_step")
        batch.drop_column("interests")
    op.drop_table("interest_tags")
