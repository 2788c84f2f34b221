# SPDX-License-Identifier: MIT
"""Team-wide win rates of script objections and answers, one row per script.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime, Json

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "script_stats",
        sa.Column("script_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("computed_at", AwareDateTime(), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.PrimaryKeyConstraint("script_id"),
    )
    op.create_index("ix_outcomes_started", "outcomes", ["started_at"])


def downgrade() -> None:
    op.drop_index("ix_outcomes_started", table_name="outcomes")
    op.drop_table("script_stats")
