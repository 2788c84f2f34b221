# SPDX-License-Identifier: MIT
"""Plausible history: a call names the script version its objections and answers come from,
and the assignment history remembers when a lead left a manager (their calls after that are
refused, those from before accepted).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        batch.add_column(sa.Column("script_id", sa.String(64), nullable=True))
        batch.add_column(sa.Column("script_version", sa.Integer(), nullable=True))
    with op.batch_alter_table("assignment_history") as batch:
        batch.add_column(sa.Column("unassigned_at", AwareDateTime(), nullable=True))
    # leads already with someone else: their earlier managers lost them at the latest
    # assignment we know of
    op.execute(
        """
        UPDATE assignment_history SET unassigned_at = (
            SELECT max(later.assigned_at) FROM assignment_history later
            WHERE later.lead_id = assignment_history.lead_id
              AND later.assigned_at >= assignment_history.assigned_at
              AND later.user_id != assignment_history.user_id
        )
        WHERE user_id != (SELECT assignee_id FROM leads WHERE leads.id = assignment_history.lead_id)
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("assignment_history") as batch:
        batch.drop_column("unassigned_at")
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("script_version")
        batch.drop_column("script_id")
