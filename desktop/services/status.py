# SPDX-License-Identifier: MIT
"""The local profile's state at a glance (``salesdesk status``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.store.db import Store, open_store
from desktop.store.models import ConflictRow, DeadLetterRow, LeadRow, OutboxRow, SyncStateRow


def local_status(path: Path) -> dict[str, Any]:
    """Counts and sync state of the database at ``path`` (created and migrated if new)."""
    store = open_store(path)
    try:
        return store_status(store)
    finally:
        store.close()


def store_status(store: Store) -> dict[str, Any]:
    """Counts and sync state of an open store (the status bar reads this after each change)."""
    with store.read() as session:
        state = {row.key: row.value for row in session.scalars(select(SyncStateRow))}

        def count(model: Any, *where: Any) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return {
            "database": store.engine.url.database,
            "server": state.get("server_url"),
            "user": state.get("username"),
            "manager": state.get("manager_name"),
            "leads": count(LeadRow),
            "pending_outbox": count(OutboxRow),
            "conflicts": count(ConflictRow, ConflictRow.resolved_at.is_(None)),
            "dead_letters": count(DeadLetterRow),
            "last_successful_sync": state.get("last_sync_at"),
            "cursor": state.get("cursor"),
        }
