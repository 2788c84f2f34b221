# SPDX-License-Identifier: MIT
"""A lead's city: the best evidence of their time zone when the number spans several (a
Russian mobile). Leads keep the effective zone they had until their city, contacts or zone
change.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.add_column(sa.Column("city", sa.String(200), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("leads") as batch:
        batch.drop_column("city")
