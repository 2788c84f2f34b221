# SPDX-License-Identifier: MIT
"""Catalog labels per language: loss reasons and objection categories keep their English
``label`` and gain ``labels`` ({"ru": "…"}). Entries still labelled as we shipped them get
the shipped translations; a label a team changed is left for them to translate.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import Json

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("loss_reasons", "objection_categories")


def upgrade() -> None:
    from salesdesk.domain.clock import utc_now
    from server.feed import FeedChange, all_user_ids, record
    from server.services.content import default_catalog_labels

    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("labels", Json, nullable=False, server_default="{}"))
    shipped = default_catalog_labels()
    connection = op.get_bind()
    changed: list[tuple[str, str]] = []
    for table, entity in zip(TABLES, ("loss_reason", "objection_category"), strict=True):
        rows = sa.table(
            table,
            sa.column("id", sa.String),
            sa.column("label", sa.String),
            sa.column("labels", Json),
        )
        for entry_id, label in connection.execute(sa.select(rows.c.id, rows.c.label)).all():
            english, labels = shipped[table].get(entry_id, ("", {}))
            if labels and label == english:
                connection.execute(rows.update().where(rows.c.id == entry_id).values(labels=labels))
                changed.append((entity, entry_id))
    users = all_user_ids(connection)  # every workstation pulls the new labels
    record(connection, [FeedChange(u, e, i) for u in users for e, i in changed], utc_now())


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("labels")
