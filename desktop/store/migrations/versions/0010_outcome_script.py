# SPDX-License-Identifier: MIT
"""A call names the script its objections and answers come from (the server checks them
against that version).

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outcomes", sa.Column("script_id", sa.String(64), nullable=True))
    op.add_column("outcomes", sa.Column("script_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("script_version")
        batch.drop_column("script_id")
