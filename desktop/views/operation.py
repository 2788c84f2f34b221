# SPDX-License-Identifier: MIT
"""The one way views run slow work (network, sync, dashboard figures) off the GUI thread.

``run_in_background(parent, work, on_success, on_failure)`` runs ``work()`` in a Qt thread
pool (Qt's global one unless a pool is given: the sync passes its own single-worker pool,
so syncs never overlap) and calls exactly one of the callbacks on the GUI thread with its
result or exception. ``on_slow`` runs on the GUI thread when the work takes longer than
``slow_after_ms`` (progress appears only for work a person would notice waiting for). The
worker never touches widgets; a cancel flag is the caller's ``threading.Event`` that the
work checks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

#: How long work may run before its progress is shown (Anki's figure).
SLOW_AFTER_MS = 600


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            self.relay.failed.emit(exc)
        else:
            self.relay.succeeded.emit(result)


def run_in_background(
    parent: QObject,
    work: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[Exception], None],
    *,
    pool: QThreadPool | None = None,
    on_slow: Callable[[], None] | None = None,
    slow_after_ms: int = SLOW_AFTER_MS,
) -> QObject:
    """Start ``work`` off the GUI thread; the callbacks run on the GUI thread.

    Returns the relay object (owned by ``parent``), e.g. for tests to wait on its signals.
    """
    relay = _Relay(parent)
    relay.succeeded.connect(on_success)
    relay.failed.connect(on_failure)
    if on_slow is not None:
        slow = QTimer(relay)
        slow.setSingleShot(True)
        slow.timeout.connect(on_slow)
        relay.succeeded.connect(slow.stop)
        relay.failed.connect(slow.stop)
        slow.start(slow_after_ms)
    relay.succeeded.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    (pool or QThreadPool.globalInstance()).start(_Job(work, relay))
    return relay
