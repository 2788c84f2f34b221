# SPDX-License-Identifier: MIT
"""Speed to lead: lead sources with API keys for the inbound API (repeats answered from
their Idempotency-Key, posts counted per minute), the managers' assignment rules, and why
a lead went to its manager.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime, Json

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lead_sources",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("campaign", sa.String(200), nullable=False, server_default=""),
        sa.Column("event_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.Column("revoked_at", AwareDateTime(), nullable=True),
    )
    op.create_table(
        "inbound_requests",
        sa.Column("source_id", sa.String(36), primary_key=True),
        sa.Column("idempotency_key", sa.String(200), primary_key=True),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("answer", Json, nullable=False),
        sa.Column("created_at", AwareDateTime(), nullable=False),
    )
    op.create_table(
        "inbound_rate",
        sa.Column("source_id", sa.String(36), primary_key=True),
        sa.Column("window", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("shift_start", sa.String(5), nullable=True))
        batch.add_column(sa.Column("shift_end", sa.String(5), nullable=True))
        batch.add_column(
            sa.Column("shift_days", sa.String(7), nullable=False, server_default="1234567")
        )
        batch.add_column(
            sa.Column("assign_weight", sa.Integer(), nullable=False, server_default="1")
        )
        batch.add_column(sa.Column("open_cap", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("assign_sources", Json, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("assign_countries", Json, nullable=False, server_default="[]"))
        batch.add_column(
            sa.Column("auto_assigned", sa.Integer(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("assignment_reason", sa.String(300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("assignment_reason")
    with op.batch_alter_table("users") as batch:
        for name in ("auto_assigned", "assign_countries", "assign_sources", "open_cap",
                     "assign_weight", "shift_days", "shift_end", "shift_start"):  # fmt: skip
            batch.drop_column(name)
    op.drop_table("inbound_rate")
    op.drop_table("inbound_requests")
    op.drop_table("lead_sources")
