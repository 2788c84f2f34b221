# SPDX-License-Identifier: MIT
"""The Qt side of syncing: runs the profile's ``SyncRunner`` off the GUI thread, reports
through signals and announces what a sync changed.

Syncs go through the operation helper on a single-worker pool, so one runs at a time; a
request during a sync runs another right after. Auto-sync runs on a timer; after a network
or server failure the next attempt waits as the runner says (backoff, ``Retry-After``); a
refused token stops auto-sync until the next login (the runner forgot the token). Stopping
cancels between batches and pages and never waits on the GUI thread.

Live delivery (``start_live``): while online and not syncing, a thread keeps one waiting
pull open (30 s at most, then the next); when the server answers that something arrived,
a sync runs at once and ``arrived`` reports it — a new lead is in the store seconds after
its web form was sent. The timed sync stays as the fallback.
"""

from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from desktop.services.changes import Announce, Changed, ignore
from desktop.services.syncing import SyncRunner
from desktop.sync.engine import SyncSummary
from desktop.sync.errors import AuthError, SyncError, TransientError
from desktop.views.operation import run_in_background
from desktop.views.undo_bar import UNDO_WINDOW_MS

log = logging.getLogger(__name__)


class SyncController(QObject):
    """Runs syncs in a worker thread.

    Signals:
        started(): a sync has been running for a moment a person notices (progress shows).
        progress(str, int, int): stage, done, total (0: unknown).
        finished(object): a SyncSummary, after a successful sync (``Changed.SYNC`` is
            announced too).
        failed(object): the SyncError that stopped a sync.
    Attributes:
        runner: the sync rules (backoff, token handling).
        online: whether the last sync reached the server.
        auto: whether timed syncs and retries run.
    """

    started = Signal()
    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)
    arrived = Signal(object)
    _news = Signal()  # from the live thread: queued to the GUI thread

    #: How long one waiting pull stays open: the server's longest, so that an idle
    #: workstation asks at most once every 30 s.
    LIVE_WAIT_S = 30

    def __init__(
        self,
        runner: SyncRunner,
        interval_s: int = 300,
        announce: Announce = ignore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._announce = announce
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._busy = False
        self._again = False
        self._cancel = threading.Event()
        self.online = True
        self.auto = True
        self._timer = QTimer(self)
        self._timer.setInterval(max(interval_s, 5) * 1000)
        self._timer.timeout.connect(self.sync_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.sync_now)
        # a saved call waits out its undo offer before it is pushed
        self._after_undo_window = QTimer(self)
        self._after_undo_window.setSingleShot(True)
        self._after_undo_window.setInterval(UNDO_WINDOW_MS)
        self._after_undo_window.timeout.connect(self.after_save)
        self._live: threading.Thread | None = None
        self._live_stop = threading.Event()
        self._live_synced = threading.Event()
        self._from_live = False
        self._news.connect(self._on_news)

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
        """Stop the timers and ask a running sync to stop at its next batch or page.

        Returns at once; what the sync already wrote is kept (``wait`` for it at exit).
        """
        self.auto = False
        self._timer.stop()
        self._retry.stop()
        self._after_undo_window.stop()
        self._cancel.set()
        self.stop_live()

    def start_live(self) -> None:
        """Keep a waiting pull open while online and idle (see the module's doc)."""
        if self._live is not None and self._live.is_alive():
            return
        self._live_stop.clear()
        self._live = threading.Thread(target=self._live_loop, name="live-pull", daemon=True)
        self._live.start()

    def stop_live(self) -> None:
        """End the waiting pulls (the one open is left to end by itself: it changes nothing)."""
        self._live_stop.set()
        self._live_synced.set()

    def _live_loop(self) -> None:
        stop = self._live_stop
        while not stop.is_set():
            if not (self.auto and self.online) or self._busy:
                stop.wait(1.0)  # offline: the timed sync and its retries find the way back
                continue
            started = time.monotonic()
            try:
                news = self.runner.wait_for_news(self.LIVE_WAIT_S)
            except SyncError:
                stop.wait(5.0)  # the next sync says what is wrong
                continue
            except Exception:  # a bug must not end live delivery silently
                log.exception("the waiting pull failed")
                stop.wait(5.0)
                continue
            if stop.is_set():
                break
            if news:
                self._live_synced.clear()
                self._news.emit()
                self._live_synced.wait(120)
            elif time.monotonic() - started < self.LIVE_WAIT_S / 2:
                # a server that does not wait answers at once: never more than one
                # request per waiting period
                stop.wait(self.LIVE_WAIT_S - (time.monotonic() - started))

    def _on_news(self) -> None:
        self._from_live = True
        self.sync_now()

    def wait(self, timeout_ms: int) -> bool:
        """Wait for a running sync to end (at exit, after the window is gone)."""
        return self._pool.waitForDone(timeout_ms)

    def sync_now(self) -> None:
        """Start a sync, or queue one right after the running one."""
        if self._busy:
            self._again = True
            return
        self._cancel.clear()
        self._busy = True

        def work() -> SyncSummary:
            return self.runner.attempt(self._progress_from_worker, self._cancel.is_set)

        run_in_background(
            self,
            work,
            self._on_finished,
            self._on_failed,
            pool=self._pool,
            on_slow=self.started.emit,
        )

    def _progress_from_worker(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(stage, done, total)  # queued to the GUI thread by Qt

    def after_save(self) -> None:
        """A manager's save was committed: push it at once when the server is reachable."""
        if self.online and self.auto:
            self.sync_now()

    def on_changed(self, what: Changed) -> None:
        """The change notice: a lead's edit is pushed at once, a saved call or a captured
        visitor once its undo offer (10 s) is over."""
        if what & (Changed.OUTCOME | Changed.CAPTURE):
            self._after_undo_window.start()
        elif what & Changed.LEAD:
            self.after_save()

    def _on_finished(self, summary: SyncSummary) -> None:
        self._busy = False
        self.online = True
        self._announce(Changed.SYNC)
        self.finished.emit(summary)
        if self._from_live:
            self._from_live = False
            self.arrived.emit(summary)
        self._live_synced.set()
        self._run_again_if_asked()

    def _on_failed(self, error: Exception) -> None:
        self._busy = False
        if not isinstance(error, SyncError):  # a bug must not stop syncing silently
            log.error("sync crashed", exc_info=error)
            error = SyncError(f"the sync failed unexpectedly: {error}")
        if isinstance(error, TransientError):
            self.online = False
            if self.auto and self.runner.retry_in is not None:
                self._retry.start(int(self.runner.retry_in * 1000))
        elif isinstance(error, AuthError):
            self.auto = False
            self._timer.stop()
        self.failed.emit(error)
        self._from_live = False
        self._live_synced.set()
        self._run_again_if_asked()

    def _run_again_if_asked(self) -> None:
        again, self._again = self._again, False
        if again and self.auto:
            self.sync_now()
