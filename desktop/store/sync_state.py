# SPDX-License-Identifier: MIT
"""The sync state of a profile: named keys (cursor, account, client ID) and a typed status."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.store.db import Store
from desktop.store.models import (
    ConflictRow,
    DeadLetterRow,
    LeadRow,
    OutboxRow,
    QuarantineRow,
    SyncStateRow,
)


class StateKey(StrEnum):
    """The keys of the sync state (one row each in ``sync_state``)."""

    CURSOR = "cursor"
    STAGING_CURSOR = "staging_cursor"
    CLIENT_ID = "client_id"
    SERVER_URL = "server_url"
    USERNAME = "username"
    MANAGER_ID = "manager_id"
    MANAGER_NAME = "manager_name"
    #: the account's role (manager, admin): what the workstation offers it
    MANAGER_ROLE = "manager_role"
    LAST_SYNC_AT = "last_sync_at"
    #: this computer's clock minus the server's at the last push, in seconds
    CLOCK_SKEW = "clock_skew_s"
    #: an argon2id hash of the account's password: the idle lock checks it offline
    PASSWORD_VERIFIER = "password_verifier"


def get_state(session: Session, key: StateKey) -> str | None:
    """A sync-state value."""
    row = session.get(SyncStateRow, key.value)
    return None if row is None else row.value


def set_state(session: Session, key: StateKey, value: str | None) -> None:
    """Set (or, with None, clear) a sync-state value inside the caller's transaction."""
    if value is None:
        session.execute(delete(SyncStateRow).where(SyncStateRow.key == key.value))
    else:
        session.merge(SyncStateRow(key=key.value, value=value))


@dataclass(frozen=True)
class StoreStatus:
    """Counts and sync state of a profile (``salesdesk status``, the status bar)."""

    database: str
    server: str | None
    user: str | None
    manager: str | None
    leads: int
    pending_outbox: int
    conflicts: int
    dead_letters: int
    quarantined: int
    last_successful_sync: str | None
    cursor: str | None
    clock_skew_s: float | None


def store_status(store: Store) -> StoreStatus:
    """The status of an open store."""
    with store.read() as session:
        state = {row.key: row.value for row in session.scalars(select(SyncStateRow))}

        def count(model: Any, *where: Any) -> int:
            return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

        return StoreStatus(
            database=str(store.engine.url.database),
            server=state.get(StateKey.SERVER_URL),
            user=state.get(StateKey.USERNAME),
            manager=state.get(StateKey.MANAGER_NAME),
            leads=count(LeadRow),
            pending_outbox=count(OutboxRow),
            conflicts=count(ConflictRow, ConflictRow.resolved_at.is_(None)),
            dead_letters=count(DeadLetterRow),
            quarantined=count(QuarantineRow),
            last_successful_sync=state.get(StateKey.LAST_SYNC_AT),
            cursor=state.get(StateKey.CURSOR),
            clock_skew_s=_number(state.get(StateKey.CLOCK_SKEW)),
        )


def _number(text: str | None) -> float | None:
    try:
        return None if text is None else float(text)
    except ValueError:
        return None
