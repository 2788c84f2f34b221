# SPDX-License-Identifier: MIT
"""The Qt sync controller: off the GUI thread, signals, backoff, auth stop."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.syncing import SyncRunner
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncEngine, SyncSummary
from desktop.sync.errors import AuthError, TransientError
from desktop.views.sync_controller import SyncController
from server.services import push as push_service
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import local_leads, record


def factory(world: SyncWorld) -> Any:
    def make(progress: Any, cancelled: Any) -> SyncEngine:
        return SyncEngine(world.store, world.client(), progress=progress, cancelled=cancelled)

    return make


def test_a_sync_runs_off_the_gui_thread(
    qtbot: QtBot, world: SyncWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    [lead] = world.add_leads(1, "anna")
    world.sync()
    record(world.store, lead)
    original = push_service.apply_batch
    worker_threads: list[str] = []

    window: list[float] = []

    def slow(*args: Any, **kwargs: Any) -> Any:
        window.append(time.monotonic())
        time.sleep(0.8)  # the server "thinks" while the workstation waits for the reply
        window.append(time.monotonic())
        return original(*args, **kwargs)

    monkeypatch.setattr("server.http.sync.apply_batch", slow)
    controller = SyncController(SyncRunner(factory(world)))
    controller.progress.connect(lambda *a: worker_threads.append(threading.current_thread().name))
    ticks: list[float] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    with qtbot.waitSignal(controller.finished, timeout=15_000) as blocker:
        controller.sync_now()
        assert controller.running
    timer.stop()
    summary = blocker.args[0]
    assert isinstance(summary, SyncSummary) and summary.pushed == 1
    # while the push waited for the server, the GUI's event loop kept turning (a 20 ms
    # timer: ~40 ticks if nothing blocked it; a blocked loop would show none)
    during = [t for t in ticks if window[0] <= t <= window[1]]
    assert len(during) >= 10
    assert worker_threads and all(name == "MainThread" for name in worker_threads)  # queued
    assert controller.online
    controller.stop()


def test_failures_back_off_and_auth_stops_auto_sync(qtbot: QtBot, world: SyncWorld) -> None:
    delays: list[float] = []

    class Recorder(Backoff):
        def next_delay(self, retry_after: float | None = None) -> float:
            delay = super().next_delay(retry_after)
            delays.append(delay)
            return 0.05

    attempts = {"n": 0}

    def make(progress: Any, cancelled: Any) -> SyncEngine:
        attempts["n"] += 1
        if attempts["n"] <= 2:
            raise TransientError("offline", retry_after=3)
        raise AuthError("log in again")

    controller = SyncController(SyncRunner(make, backoff=Recorder(rng=lambda a, b: b)))
    controller.auto = True
    with qtbot.waitSignal(
        controller.failed, timeout=5000, check_params_cb=lambda e: isinstance(e, AuthError)
    ):
        controller.sync_now()
    assert attempts["n"] == 3
    assert delays == [3, 3]  # full jitter capped below by Retry-After (1 s, then 2 s)
    assert not controller.auto and not controller.online
    controller.stop()


def test_a_request_during_a_sync_runs_once_more(qtbot: QtBot, world: SyncWorld) -> None:
    leads = world.add_leads(2, "anna")
    controller = SyncController(SyncRunner(factory(world)))
    done: list[SyncSummary] = []
    controller.finished.connect(done.append)
    controller.sync_now()
    controller.sync_now()  # while running: queued, not parallel
    assert controller.running
    qtbot.waitUntil(lambda: len(done) == 2 and not controller.running, timeout=15_000)
    qtbot.wait(200)
    assert len(done) == 2
    assert local_leads(world.store) == world.server_leads()
    assert set(leads) <= set(local_leads(world.store))
    controller.stop()


def test_backoff_grows_with_full_jitter() -> None:
    backoff = Backoff(rng=lambda a, b: b)
    assert [backoff.next_delay() for _ in range(11)] == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    backoff.reset()
    assert backoff.next_delay(retry_after=10) == 10
    low = Backoff(rng=lambda a, b: a)
    assert low.next_delay() == 0
