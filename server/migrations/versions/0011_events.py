# SPDX-License-Identifier: MIT
"""Events and the managers who work their stands: teammates see each other's captures.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("created_at", AwareDateTime(), nullable=False),
    )
    op.create_table(
        "event_staff",
        sa.Column(
            "event_name",
            sa.String(200),
            sa.ForeignKey("events.name", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id"), primary_key=True),
    )
    op.create_index("ix_event_staff_user_id", "event_staff", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_event_staff_user_id", "event_staff")
    op.drop_table("event_staff")
    op.drop_table("events")
