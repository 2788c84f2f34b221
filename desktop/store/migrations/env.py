# SPDX-License-Identifier: MIT
"""Alembic environment of the local store: runs on the connection the app hands over."""

from __future__ import annotations

from alembic import context

from desktop.store.db import include_object
from desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the local store's migrations through desktop.store.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
