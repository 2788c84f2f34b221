# SPDX-License-Identifier: MIT
"""The manager's call history from the server, and the team's script figures.

Outcomes no longer need their lead to be here: the manager's own calls are pulled back from
the server (a new laptop shows the same dashboard) and stay after a lead is reassigned. The
table is rebuilt without the foreign key (SQLite cannot drop one in place); rows are kept.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

from salesdesk.sqltypes import JsonText, UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_COLUMNS = (
    "id, lead_id, started_at, duration_s, disposition, result, loss_reason_id, objections, "
    "answers_used, note, next_call_at, nurture_until, recorded_at"
)


def _outcomes_table(name: str, *constraints: SchemaItem) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("lead_id", sa.String(64), *constraints, nullable=False),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("disposition", sa.String(32), nullable=False),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("loss_reason_id", sa.String(64), nullable=True),
        sa.Column("objections", JsonText(), nullable=False),
        sa.Column("answers_used", JsonText(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_call_at", UtcDateTime(), nullable=True),
        sa.Column("nurture_until", UtcDateTime(), nullable=True),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
    )


def _swap(constraints: tuple[SchemaItem, ...]) -> None:
    _outcomes_table("outcomes_new", *constraints)
    op.execute(f"INSERT INTO outcomes_new ({_COLUMNS}) SELECT {_COLUMNS} FROM outcomes")
    op.drop_table("outcomes")
    op.rename_table("outcomes_new", "outcomes")
    op.create_index("ix_outcomes_lead", "outcomes", ["lead_id", "started_at"])
    # covering the dashboard's counts: they never need to read the table itself
    op.create_index("ix_outcomes_started", "outcomes", ["started_at", "disposition", "result"])


def upgrade() -> None:
    _swap(())
    op.create_index("ix_outcomes_result_next", "outcomes", ["result", "next_call_at"])
    op.create_table(
        "script_stats",
        sa.Column("script_id", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", JsonText(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("script_stats")
    op.execute("DELETE FROM outcomes WHERE lead_id NOT IN (SELECT id FROM leads)")
    _swap((sa.ForeignKey("leads.id", ondelete="CASCADE"),))
