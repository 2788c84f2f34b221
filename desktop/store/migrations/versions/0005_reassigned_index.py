# SPDX-License-Identifier: MIT
"""An index of the read-only (reassigned) leads, for the clean-up at the end of every sync.

Without it each sync scanned the whole leads table for the few reassigned ones (12 ms at
30,000 leads, growing with the table). The index is partial: it holds only those leads,
so it costs nothing to keep up for all the others.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_leads_reassigned", "leads", ["id"], sqlite_where=sa.text("reassigned = 1"))


def downgrade() -> None:
    op.drop_index("ix_leads_reassigned", "leads")
