# SPDX-License-Identifier: MIT
"""The call in progress is kept as a draft (its lead, start, notes and marks survive a crash
or a restart), leads skipped in the power-dialer flow are recorded with the reason, and each
call keeps the lead's fields it set as they were before (so that a correction within 24 hours
can recompute the lead) and when it was corrected.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from salesdesk.sqltypes import JsonText, UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_drafts",
        sa.Column("lead_id", sa.String(64), primary_key=True),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("ended_at", UtcDateTime(), nullable=True),
        sa.Column("saved_at", UtcDateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("raised", JsonText(), nullable=False),
        sa.Column("used", JsonText(), nullable=False),
    )
    op.create_table(
        "skips",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("lead_id", sa.String(64), nullable=False, index=True),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("skipped_at", UtcDateTime(), nullable=False),
    )

    with op.batch_alter_table("outcomes") as batch:
        batch.add_column(sa.Column("lead_before", JsonText(), nullable=True))
        batch.add_column(sa.Column("amended_at", UtcDateTime(), nullable=True))
    with op.batch_alter_table("dead_letters") as batch:  # the rule a rejection broke
        batch.add_column(sa.Column("code", sa.String(64), nullable=True))
        batch.add_column(sa.Column("params", JsonText(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dead_letters") as batch:
        batch.drop_column("params")
        batch.drop_column("code")
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("amended_at")
        batch.drop_column("lead_before")
    op.drop_table("skips")
    op.drop_table("call_drafts")
