# SPDX-License-Identifier: MIT
"""A caller may correct their own call within 24 hours (``call_outcome.amend``): each call
keeps the lead's fields it set as they were before it (to recompute the lead) and the lead's
version it left; a corrected call keeps its original data, its version counts up.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime, Json

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("lead_before", Json, nullable=True))
        batch.add_column(sa.Column("lead_version", sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column("amended_at", AwareDateTime(), nullable=True))
        batch.add_column(sa.Column("original", Json, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        for name in ("original", "amended_at", "lead_version", "lead_before", "version"):
            batch.drop_column(name)
