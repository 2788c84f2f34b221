# SPDX-License-Identifier: MIT
"""The one sync runner: the rules the command line and the window share."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.services.syncing import SyncRunner
from desktop.sync.backoff import Backoff
from desktop.sync.engine import SyncSummary
from desktop.sync.errors import AuthError, ProtocolError, TransientError


class FakeClient:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


class FakeEngine:
    """Raises the queued errors in turn, then succeeds."""

    def __init__(self, errors: list[Exception], client: FakeClient) -> None:
        self.errors = errors
        self.client = client

    def run(self) -> SyncSummary:
        if self.errors:
            raise self.errors.pop(0)
        return SyncSummary(pushed=1)


def runner(errors: list[Exception], forgotten: list[bool]) -> tuple[SyncRunner, FakeClient]:
    client = FakeClient()

    def make(progress: Any, cancelled: Any) -> Any:
        return FakeEngine(errors, client)

    backoff = Backoff(rng=lambda low, high: high)
    return SyncRunner(make, on_auth_error=lambda: forgotten.append(True), backoff=backoff), client


def test_transient_failures_are_retried_with_backoff_and_retry_after() -> None:
    forgotten: list[bool] = []
    errors: list[Exception] = [TransientError("down"), TransientError("busy", retry_after=7)]
    sync, client = runner(errors, forgotten)
    waits: list[float] = []
    told: list[tuple[str, float]] = []
    summary = sync.run(3, on_retry=lambda exc, d: told.append((exc.message, d)), sleep=waits.append)
    assert summary.pushed == 1
    assert waits == [1.0, 7.0]  # full jitter's ceiling 1 s, then Retry-After over 2 s
    assert told == [("down", 1.0), ("busy", 7.0)]
    assert sync.retry_in is None and sync.backoff.failures == 0  # a success resets
    assert client.closed == 3 and forgotten == []


def test_retries_run_out() -> None:
    sync, _client = runner([TransientError("down")] * 3, [])
    with pytest.raises(TransientError):
        sync.run(1, sleep=lambda s: None)
    assert sync.retry_in == 2.0


def test_a_refused_token_is_forgotten_and_not_retried() -> None:
    forgotten: list[bool] = []
    sync, client = runner([AuthError("expired")], forgotten)
    waits: list[float] = []
    with pytest.raises(AuthError):
        sync.run(5, sleep=waits.append)
    assert forgotten == [True] and waits == [] and sync.retry_in is None
    assert client.closed == 1


def test_other_errors_are_neither_retried_nor_forget_the_token() -> None:
    forgotten: list[bool] = []
    sync, _client = runner([ProtocolError("html")], forgotten)
    with pytest.raises(ProtocolError):
        sync.run(5, sleep=lambda s: pytest.fail("no retry"))
    assert forgotten == []
