# SPDX-License-Identifier: MIT
"""Catalog labels per language: loss reasons and objection categories keep the server's
labels in other languages than English (``{"ru": "…"}``), shown in the UI's language.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from salesdesk.sqltypes import JsonText

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("loss_reasons", "objection_categories"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("labels", JsonText(), nullable=False, server_default="{}"))


def downgrade() -> None:
    for table in ("loss_reasons", "objection_categories"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("labels")
