# SPDX-License-Identifier: MIT
"""The one way views run slow work (network, server start) off the GUI thread.

``run_in_background(parent, work, on_success, on_failure)`` runs ``work()`` in Qt's thread
pool and calls exactly one of the callbacks on the GUI thread with its result or exception.
The worker never touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
) -> QObject:
    """Start ``work`` off the GUI thread; the callbacks run on the GUI thread.

    Returns the relay object (owned by ``parent``), e.g. for tests to wait on its signals.
    """
    relay = _Relay(parent)
    relay.succeeded.connect(on_success)
    relay.failed.connect(on_failure)
    relay.succeeded.connect(relay.deleteLater)
    relay.failed.connect(relay.deleteLater)
    QThreadPool.globalInstance().start(_Job(work, relay))
    return relay
