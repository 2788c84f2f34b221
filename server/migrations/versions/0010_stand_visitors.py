# SPDX-License-Identifier: MIT
"""The stand keeps every visitor: a lead's contact persons (someone else at the company met
at a stand) and the consent a visitor gave or refused, with its text and version.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import Json

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("contacts", Json, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("consent", Json, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("consent")
        batch.drop_column("contacts")
