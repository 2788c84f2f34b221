# SPDX-License-Identifier: MIT
"""The Qt side of syncing: runs the engine off the GUI thread and reports through signals.

One sync at a time; a request during a sync runs another right after. Auto-sync runs on a
timer; after a network or server failure it retries with exponential backoff (full
jitter, ``Retry-After`` honoured); an auth failure stops it until the next login.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine, SyncSummary
from desktop.sync.errors import AuthError, SyncError, TransientError

log = logging.getLogger(__name__)

EngineFactory = Callable[[Callable[[str, int, int], None], Callable[[], bool]], SyncEngine]


class SyncController(QObject):
    """Runs syncs in a worker thread.

    Signals:
        started(): a sync began.
        progress(str, int, int): stage, done, total (0: unknown).
        finished(object): a SyncSummary, after a successful sync.
        failed(object): the SyncError that stopped a sync.
    Attributes:
        online: whether the last sync reached the server.
    """

    started = Signal()
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        make_engine: EngineFactory,
        interval_s: int = 300,
        parent: QObject | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_engine = make_engine
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False
        self._busy = False
        self._cancel = threading.Event()
        self.backoff = backoff or Backoff()
        self.online = True
        self.auto = True
        self._timer = QTimer(self)
        self._timer.setInterval(max(interval_s, 5) * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)

    @property
    def running(self) -> bool:
        """Whether a sync is in progress."""
        return self._busy

    def start_auto(self) -> None:
        """Sync now and then on the timer."""
        self.auto = True
        self._timer.start()
        self.sync_now()

    def set_interval(self, seconds: int) -> None:
        """Change the auto-sync interval (at least 5 s)."""
        self._timer.setInterval(max(seconds, 5) * 1000)

    def stop(self) -> None:
        """Stop the timers, cancel a running sync and wait for it (at shutdown)."""
        self.auto = False
        self._timer.stop()
        self._retry.stop()
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(30)

    def sync_now(self) -> None:
        """Start a sync, or queue one right after the running one."""
        with self._lock:
            if self.running:
                self._again = True
                return
            self._cancel.clear()
            self._busy = True
            self._thread = threading.Thread(target=self._work, name="salesdesk-sync", daemon=True)
            self._thread.start()
        self.started.emit()

    def after_save(self) -> None:
        """A manager's save was committed: push it at once when the server is reachable."""
        if self.online and self.auto:
            self.sync_now()

    def _work(self) -> None:
        outcome: SyncSummary | SyncError
        try:
            engine = self._make_engine(self.progress.emit, self._cancel.is_set)
            outcome = engine.run()
        except SyncError as exc:
            outcome = exc
        except Exception as exc:  # a bug must not kill the worker silently
            log.exception("sync crashed")
            outcome = SyncError(f"the sync failed unexpectedly: {exc}")
        with self._lock:
            self._busy = False
        if isinstance(outcome, SyncError):
            self.failed.emit(outcome)
        else:
            self.finished.emit(outcome)

    def _on_finished(self, summary: SyncSummary) -> None:
        self.online = True
        self.backoff.reset()
        self._run_again_if_asked()

    def _on_failed(self, error: SyncError) -> None:
        if isinstance(error, TransientError):
            self.online = False
            if self.auto:
                delay = self.backoff.next_delay(error.retry_after)
                self._retry.start(int(delay * 1000))
        elif isinstance(error, AuthError):
            self.auto = False
            self._timer.stop()
        self._run_again_if_asked()

    def _run_again_if_asked(self) -> None:
        with self._lock:
            again, self._again = self._again, False
        if again and self.auto:
            self.sync_now()
