# SPDX-License-Identifier: MIT
"""The login limiter's memory in the database, so that every server process shares it (it
lived in one process's memory).

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("account", sa.String(200), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("at", AwareDateTime(), nullable=False),
        sa.Column("failed", sa.Boolean, nullable=False),
    )
    op.create_index("ix_login_attempts_account", "login_attempts", ["account", "at"])
    op.create_index("ix_login_attempts_address", "login_attempts", ["address", "at"])
    op.create_index("ix_login_attempts_at", "login_attempts", ["at"])


def downgrade() -> None:
    op.drop_table("login_attempts")
