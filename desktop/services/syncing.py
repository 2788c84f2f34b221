# SPDX-License-Identifier: MIT
"""The rules of a profile's syncs, the same for the command line and the window.

A ``SyncRunner`` runs the engine once per attempt: a network or server failure
(``TransientError``) sets the wait before the next attempt (exponential backoff with full
jitter, the server's ``Retry-After`` honoured); a refused token (``AuthError``) forgets the
token (local data stays) and is not retried; a success resets the backoff. The command line
retries in a loop (``run``); the window schedules each retry on a timer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from desktop.services.account import connect, forget_token
from desktop.store.db import Store
from desktop.sync.backoff import Backoff
from desktop.sync.engine import Progress, SyncEngine, SyncSummary
from desktop.sync.errors import AuthError, DeviceWiped, TransientError
from desktop.sync.lock import profile_sync_lock

#: Makes an engine for one attempt: (progress, cancelled) → engine.
EngineFactory = Callable[[Progress, Callable[[], bool]], SyncEngine]


class SyncRunner:
    """Attempts syncs and keeps the retry state between them.

    Attributes:
        backoff: the delays between failed attempts.
        retry_in: seconds to wait before the next attempt after a transient failure
            (None after a success or before any failure).
    """

    def __init__(
        self,
        make_engine: EngineFactory,
        on_auth_error: Callable[[], None] = lambda: None,
        backoff: Backoff | None = None,
        exclusive: Callable[[], AbstractContextManager[None]] = nullcontext,
    ) -> None:
        self._make_engine = make_engine
        self._on_auth_error = on_auth_error
        self._exclusive = exclusive
        self.backoff = backoff or Backoff()
        self.retry_in: float | None = None

    def attempt(
        self,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SyncSummary:
        """One sync; raises the SyncError that stopped it, after applying the rules."""
        try:
            with self._exclusive():
                engine = self._make_engine(progress or _no_progress, cancelled)
                try:
                    summary = engine.run()
                finally:
                    engine.client.close()
        except (AuthError, DeviceWiped):
            self.retry_in = None
            self._on_auth_error()  # the token goes (a wiped device keeps none)
            raise
        except TransientError as exc:
            self.retry_in = self.backoff.next_delay(exc.retry_after)
            raise
        self.backoff.reset()
        self.retry_in = None
        return summary

    def wait_for_news(self, wait_s: int) -> bool:
        """Hold a waiting pull open (``wait_s`` seconds at most): whether the server has
        something new for this profile. Raises SyncError (a token refused is forgotten)."""
        engine = self._make_engine(_no_progress, lambda: False)
        try:
            return engine.has_news(wait_s)
        except (AuthError, DeviceWiped):
            self._on_auth_error()
            raise
        finally:
            engine.client.close()

    def run(
        self,
        retries: int,
        progress: Progress | None = None,
        on_retry: Callable[[TransientError, float], None] = lambda exc, delay: None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> SyncSummary:
        """Attempt up to ``retries + 1`` times, waiting between transient failures."""
        for attempt in range(retries + 1):
            try:
                return self.attempt(progress)
            except TransientError as exc:
                if attempt == retries or self.retry_in is None:
                    raise
                on_retry(exc, self.retry_in)
                sleep(self.retry_in)
        raise AssertionError("unreachable: the last attempt returns or raises")


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def profile_runner(
    store: Store,
    holder: str,
    *,
    wait_s: float = 0.0,
    waiting: Callable[[str], None] | None = None,
    page_size: int | None = None,
) -> SyncRunner:
    """A runner for the profile's server with its stored token (forgotten when refused).

    Each attempt holds the profile's sync lock (``holder`` says who, e.g. "the window"): a
    second process waits up to ``wait_s`` seconds, then gets ``ProfileBusy``.
    """

    def make_engine(progress: Progress, cancelled: Callable[[], bool]) -> SyncEngine:
        engine = SyncEngine(store, connect(store), progress=progress, cancelled=cancelled)
        if page_size:
            engine.page_size = page_size
        return engine

    database = Path(str(store.engine.url.database))
    return SyncRunner(
        make_engine,
        on_auth_error=lambda: forget_token(store),
        exclusive=lambda: profile_sync_lock(database, holder, wait_s, waiting),
    )
