# SPDX-License-Identifier: MIT
"""Waking waiting pulls: a manager's feed moved, so their workstation's open pull answers now.

A pull that finds nothing new may wait (``wait`` seconds): it registers an asyncio event for
its manager *before* it reads, so a change committed meanwhile is never missed, and waits on
the event — holding neither a database connection nor a worker thread. A transaction that
wrote feed entries names their managers (``note_changed``); when it commits they are woken:
in this process directly (SQLite: one server process), and on PostgreSQL through
``NOTIFY salesdesk_feed`` (sent at commit by the database itself), which every server
process LISTENs to — so a lead that arrives at one process wakes a pull held by another.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Iterable

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine

log = logging.getLogger(__name__)
CHANNEL = "salesdesk_feed"
_PENDING = "salesdesk_wake"
#: NOTIFY payloads are at most 8,000 bytes: user IDs (36 characters) in batches.
_PER_NOTIFY = 150


class Wakeups:
    """The waiting pulls of this server process, by manager."""

    def __init__(self) -> None:
        # each waiting pull's event with the loop it waits on
        self._waiting: dict[str, set[tuple[asyncio.Event, asyncio.AbstractEventLoop]]] = {}
        self._lock = threading.Lock()

    @contextlib.asynccontextmanager
    async def waiter(self, user_id: str) -> AsyncIterator[asyncio.Event]:
        """An event set when the manager's feed moves, registered for the block's duration."""
        entry = (asyncio.Event(), asyncio.get_running_loop())
        with self._lock:
            self._waiting.setdefault(user_id, set()).add(entry)
        try:
            yield entry[0]
        finally:
            with self._lock:
                entries = self._waiting.get(user_id)
                if entries is not None:
                    entries.discard(entry)
                    if not entries:
                        del self._waiting[user_id]

    def wake(self, user_ids: Iterable[str]) -> None:
        """Wake these managers' waiting pulls (from any thread)."""
        with self._lock:
            entries = [e for u in set(user_ids) for e in self._waiting.get(u, ())]
        for woken, loop in entries:
            if not loop.is_closed():
                loop.call_soon_threadsafe(woken.set)


#: This process's waiting pulls.
WAKEUPS = Wakeups()


def note_changed(connection: Connection, user_ids: Iterable[str]) -> None:
    """Feed entries were written for these managers in the connection's transaction: wake
    their pulls once it commits (PostgreSQL: the NOTIFY is part of the transaction)."""
    ids = sorted(set(user_ids))
    if not ids:
        return
    if connection.dialect.name == "postgresql":
        for start in range(0, len(ids), _PER_NOTIFY):
            payload = ",".join(ids[start : start + _PER_NOTIFY])
            connection.execute(text("SELECT pg_notify(:channel, :ids)"),
                               {"channel": CHANNEL, "ids": payload})  # fmt: skip
    else:
        connection.info.setdefault(_PENDING, set()).update(ids)


def watch_commits(engine: Engine) -> None:
    """Wake the pulls of the managers a committed transaction changed (SQLite, in-process)."""
    if engine.dialect.name == "postgresql" or event.contains(engine, "commit", _committed):
        return
    event.listen(engine, "commit", _committed)
    event.listen(engine, "rollback", _rolled_back)


def _committed(connection: Connection) -> None:
    ids = connection.info.pop(_PENDING, None)
    if ids:
        WAKEUPS.wake(ids)


def _rolled_back(connection: Connection) -> None:
    connection.info.pop(_PENDING, None)


async def listen(url: str, stop: asyncio.Event) -> None:
    """LISTEN for feed changes on PostgreSQL and wake this process's waiting pulls, until
    ``stop``; reconnects after a lost connection."""
    import psycopg

    from server.db import normalize_url

    dsn = normalize_url(url).replace("postgresql+psycopg://", "postgresql://", 1)
    while not stop.is_set():
        try:
            async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
                await conn.execute(f"LISTEN {CHANNEL}")
                while not stop.is_set():  # a second at a time, so that a stop is seen
                    async for note in conn.notifies(timeout=1.0):
                        WAKEUPS.wake(note.payload.split(","))
        except (OSError, psycopg.Error) as exc:
            log.warning("listening for feed changes failed (%s); retrying in 2 s", exc)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 2)
