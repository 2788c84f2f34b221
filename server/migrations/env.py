# SPDX-License-Identifier: MIT
"""Alembic environment of the server: runs on the connection ``server.db.migrate`` hands over."""

from __future__ import annotations

from alembic import context

from server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run the server's migrations through `salesdesk-server migrate`")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
