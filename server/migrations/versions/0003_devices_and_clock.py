# SPDX-License-Identifier: MIT
"""Devices (a workstation's client ID, its user, last contact and clock skew), the time a
call's workstation gave before the server corrected a wrong clock, and the changes
workstations report they could not read (for the team lead).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("last_seen", AwareDateTime(), nullable=False),
        sa.Column("clock_skew_s", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("client_id"),
    )
    with op.batch_alter_table("outcomes") as batch:
        batch.add_column(sa.Column("client_started_at", AwareDateTime(), nullable=True))
    op.create_table(
        "client_problems",
        sa.Column("client_id", sa.String(length=64), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reported_at", AwareDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", "entity", "entity_id"),
    )


def downgrade() -> None:
    op.drop_table("client_problems")
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("client_started_at")
    op.drop_table("devices")
