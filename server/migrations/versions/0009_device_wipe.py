# SPDX-License-Identifier: MIT
"""Remote wipe: an admin marks a device lost; it is told to erase itself at its next contact.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("wipe_requested_at", AwareDateTime(), nullable=True))
        batch.add_column(sa.Column("wipe_told_at", AwareDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("wipe_told_at")
        batch.drop_column("wipe_requested_at")
