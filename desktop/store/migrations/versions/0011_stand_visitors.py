# SPDX-License-Identifier: MIT
"""The stand keeps every visitor: a lead's contact persons and the consent a visitor gave
or refused (JSON text, as the server sends them).

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN in place: a batch copy would drop the search index's triggers
    op.add_column("leads", sa.Column("contacts", sa.Text(), nullable=False, server_default="[]"))
    op.add_column("leads", sa.Column("consent", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("consent")
        batch.drop_column("contacts")
