# SPDX-License-Identifier: MIT
"""Teammates' captures at the events this manager works (read-only, pulled).

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stand_captures",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("event_name", sa.String(200), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("phones", sa.Text(), nullable=False),
        sa.Column("emails", sa.Text(), nullable=False),
        sa.Column("captured_by", sa.String(200), nullable=False),
        sa.Column("captured_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_stand_captures_event_name", "stand_captures", ["event_name"])


def downgrade() -> None:
    op.drop_index("ix_stand_captures_event_name", "stand_captures")
    op.drop_table("stand_captures")
