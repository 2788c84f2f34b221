# SPDX-License-Identifier: MIT
"""Staging for a snapshot re-sync (after 410): pages land here, then swap in at once.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from salesdesk.sqltypes import JsonText

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_staging",
        sa.Column("entity", sa.String(32), primary_key=True),
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", JsonText(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("sync_staging")
