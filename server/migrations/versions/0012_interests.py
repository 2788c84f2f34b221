# SPDX-License-Identifier: MIT
"""Interest in one tap: the interest-tag catalog (products and topics, per event) and a
lead's interests and agreed next step.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import Json

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "interest_tags",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("events", Json, nullable=False, server_default="[]"),
        sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("labels", Json, nullable=False, server_default="{}"),
    )
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("interests", Json, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("next_step", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("next_step")
        batch.drop_column("interests")
    op.drop_table("interest_tags")
