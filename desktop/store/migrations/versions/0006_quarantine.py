# SPDX-License-Identifier: MIT
"""Changes the workstation could not read are kept aside (``quarantine``) instead of
stopping every pull; one conflict per mutation and field; the outbox counts the times the
server itself failed on a row (a batch that keeps failing is split to find the culprit).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from salesdesk.sqltypes import JsonText, UtcDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quarantine",
        sa.Column("entity", sa.String(64), primary_key=True),
        sa.Column("entity_id", sa.String(64), primary_key=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", JsonText(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("received_at", UtcDateTime(), nullable=False),
        sa.Column("reported_at", UtcDateTime(), nullable=True),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("server_failures", sa.Integer(), nullable=False, server_default="0")
        )
    # a second copy of the same conflict (two syncs settling one answer) is refused
    op.execute(
        "DELETE FROM conflicts WHERE id NOT IN "
        "(SELECT min(id) FROM conflicts GROUP BY mutation_id, field)"
    )
    with op.batch_alter_table("conflicts") as batch:
        batch.create_unique_constraint("uq_conflicts_mutation_field", ["mutation_id", "field"])


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_constraint("uq_conflicts_mutation_field", type_="unique")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("server_failures")
    op.drop_table("quarantine")
