# SPDX-License-Identifier: MIT
"""One sync per profile at a time: an OS file lock beside the database.

Whoever syncs (the window's worker, ``salesdesk sync``) holds the lock for the whole run and
writes who it is beside it, so another process waits for it or says who is syncing. The
lock is the operating system's (``filelock``: fcntl on Linux and macOS, msvcrt on Windows):
a killed process releases it at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from filelock import FileLock, Timeout

from desktop.sync.errors import TransientError

#: How long the window waits before it reports a busy profile and retries later.
RETRY_BUSY_AFTER_S = 5.0


class ProfileBusy(TransientError):
    """Another process of this profile is syncing; try again after it (``holder`` says who)."""

    def __init__(self, holder: str) -> None:
        super().__init__(
            f"a sync is running in {holder}",
            retry_after=RETRY_BUSY_AFTER_S,
            code="busy_profile",
            params={"holder": holder},
        )
        self.holder = holder


def lock_path(database: Path) -> Path:
    """The lock file of the profile whose database is ``database``."""
    return database.with_name(database.name + ".sync-lock")


@contextmanager
def profile_sync_lock(
    database: Path,
    holder: str,
    wait_s: float = 0.0,
    waiting: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the profile's sync lock for the block; ProfileBusy when another process holds it
    longer than ``wait_s`` seconds (``waiting(holder)`` is called once if it has to wait)."""
    path = lock_path(database)
    lock = FileLock(str(path), mode=0o600)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if wait_s <= 0:
            raise ProfileBusy(_holder(path)) from None
        if waiting is not None:
            waiting(_holder(path))
        try:
            lock.acquire(timeout=wait_s)
        except Timeout:
            raise ProfileBusy(_holder(path)) from None
    try:
        _note(path, f"{holder} (process {os.getpid()})")
        yield
    finally:
        _note(path, "")
        lock.release()


def _info(path: Path) -> Path:
    return path.with_name(path.name + ".holder")


def _note(path: Path, text: str) -> None:
    with suppress(OSError):  # who holds it is a courtesy; the lock itself is what counts
        _info(path).write_text(text, encoding="utf-8")


def _holder(path: Path) -> str:
    try:
        return _info(path).read_text(encoding="utf-8").strip() or "another process"
    except OSError:
        return "another process"
