# SPDX-License-Identifier: MIT
"""A guided call's typed answers, the verdict and score they gave, and why the caller chose
another result than the verdict's; the call in progress keeps its walk through the script.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outcomes", sa.Column("answers", sa.Text(), nullable=False, server_default="{}"))
    op.add_column("outcomes", sa.Column("verdict", sa.String(16), nullable=True))
    op.add_column(
        "outcomes", sa.Column("overrule_reason", sa.Text(), nullable=False, server_default="")
    )
    op.add_column("outcomes", sa.Column("score", sa.Integer(), nullable=True))
    op.add_column("outcomes", sa.Column("quality", sa.String(16), nullable=True))
    op.add_column(
        "call_drafts", sa.Column("guided", sa.Text(), nullable=False, server_default="{}")
    )


def downgrade() -> None:
    with op.batch_alter_table("call_drafts") as batch:
        batch.drop_column("guided")
    with op.batch_alter_table("outcomes") as batch:
        for name in ("quality", "score", "overrule_reason", "verdict", "answers"):
            batch.drop_column(name)
