# SPDX-License-Identifier: MIT
"""The qualification method: a guided call's typed answers, the verdict and score they gave,
and the caller's reason when the result overruled the verdict.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import Json

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outcomes") as table:
        table.add_column(sa.Column("answers", Json, nullable=False, server_default="{}"))
        table.add_column(sa.Column("verdict", sa.String(16), nullable=True))
        table.add_column(sa.Column("overrule_reason", sa.Text(), nullable=False, server_default=""))
        table.add_column(sa.Column("score", sa.Integer(), nullable=True))
        table.add_column(sa.Column("quality", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outcomes") as table:
        for name in ("quality", "score", "overrule_reason", "verdict", "answers"):
            table.drop_column(name)
