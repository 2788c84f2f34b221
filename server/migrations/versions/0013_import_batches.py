# SPDX-License-Identifier: MIT
"""Imports as batches: each import's file, reader settings and summary, and the batch that
created a lead (undoing an import removes its untouched leads).

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime, Json

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("detected", sa.String(200), nullable=False, server_default=""),
        sa.Column("profile", sa.String(32), nullable=False, server_default=""),
        sa.Column("summary", Json, nullable=False, server_default="{}"),
        sa.Column("undone_at", AwareDateTime(), nullable=True),
    )
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("import_batch_id", sa.String(36), nullable=True))
        batch.create_index("ix_leads_import_batch_id", ["import_batch_id"])


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_index("ix_leads_import_batch_id")
        batch.drop_column("import_batch_id")
    op.drop_table("import_batches")
