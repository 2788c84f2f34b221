# SPDX-License-Identifier: MIT
"""The local profile's state at a glance (``salesdesk status``)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.local_store import open_profile_store
from desktop.store.sync_state import StoreStatus, store_status


def local_status(path: Path) -> StoreStatus:
    """Counts and sync state of the database at ``path`` (created and migrated if new)."""
    store = open_profile_store(path)
    try:
        return store_status(store)
    finally:
        store.close()
