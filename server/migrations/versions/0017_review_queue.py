# SPDX-License-Identifier: MIT
"""The review queue: a decision on a flagged call, and calls refused as implausible kept for
the team lead to see.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime, Json

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outcomes") as batch:
        batch.add_column(sa.Column("reviewed_at", AwareDateTime(), nullable=True))
        batch.add_column(sa.Column("review_decision", sa.String(16), nullable=True))
    op.create_index("ix_outcomes_review", "outcomes", ["review_reason"])
    op.create_index("ix_leads_review", "leads", ["review_state"])
    op.create_table(
        "refusals",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mutation_id", sa.String(36), nullable=False, unique=True),
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False, server_default=""),
        sa.Column("data", Json, nullable=False, server_default="{}"),
        sa.Column("at", AwareDateTime(), nullable=False),
        sa.Column("reviewed_at", AwareDateTime(), nullable=True),
        sa.Column("review_decision", sa.String(16), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("refusals")
    op.drop_index("ix_leads_review", "leads")
    op.drop_index("ix_outcomes_review", "outcomes")
    with op.batch_alter_table("outcomes") as batch:
        batch.drop_column("review_decision")
        batch.drop_column("reviewed_at")
