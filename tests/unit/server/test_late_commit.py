# SPDX-License-Identifier: MIT
"""A change that commits late must never land below a cursor already served (DESIGN §4).

Three tests: a deterministic schedule with the real feed; the same schedule with a naive
allocator (a database sequence taken early) to show the schedule does catch the bug; and
concurrent writers with random commit delays against a reader pulling in a loop.
"""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

from server.feed import FeedChange, pull_page, record
from server.models import LeadRow
from server.services.leads import lock_lead, write_changes
from tests.unit.server.conftest import ServerEnv


def pull_everything(
    engine: Engine, user_id: str, cursor: str | None, seen: dict[str, int]
) -> str | None:
    """Pull until has_more is false, noting the latest version of each lead seen."""
    while True:
        with engine.connect() as connection:
            page = pull_page(connection, user_id, cursor, 50)
        for change in page["changes"]:
            if change["entity"] == "lead":
                seen[change["id"]] = change["version"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return cursor


def rename(
    engine: Engine,
    lead_id: str,
    name: str,
    hold: threading.Event | None = None,
    holding: threading.Event | None = None,
) -> None:
    """Change a lead; optionally signal ``holding`` and wait for ``hold`` before committing."""
    with engine.begin() as connection:
        row = lock_lead(connection, lead_id)
        assert row is not None
        write_changes(connection, row, {"first_name": name}, _now(connection))
        if holding is not None:
            holding.set()
        if hold is not None and not hold.wait(10):
            raise TimeoutError("never released")


class Worker(threading.Thread):
    """A thread that keeps the exception its target raised, for the test to re-raise."""

    def __init__(self, target: Any, *args: Any) -> None:
        super().__init__(target=self._run, args=(target, *args))
        self.error: BaseException | None = None

    def _run(self, target: Any, *args: Any) -> None:
        try:
            target(*args)
        except BaseException as exc:
            self.error = exc

    def finish(self) -> None:
        self.join(15)
        assert not self.is_alive(), "the writer hung"
        if self.error is not None:
            raise self.error


def _now(connection: Any) -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


@pytest.mark.postgres
def test_a_late_commit_is_not_skipped(env: ServerEnv) -> None:
    if env.engine.dialect.name != "postgresql":
        pytest.skip("SQLite serialises whole write transactions; the race needs PostgreSQL")
    env.add_user("anna")
    first, second = env.add_leads(2, "anna")
    user = env.users["anna"]
    seen: dict[str, int] = {}
    cursor = pull_everything(env.engine, user, None, seen)
    release, holding = threading.Event(), threading.Event()
    slow = Worker(rename, env.engine, first, "slow", release, holding)
    slow.start()
    assert holding.wait(10)  # the slow writer has its number and has not committed
    fast = Worker(rename, env.engine, second, "fast")
    fast.start()
    time.sleep(0.3)  # the fast writer is now waiting for the slow one's lock
    cursor = pull_everything(env.engine, user, cursor, seen)
    assert seen == {first: 1, second: 1}  # nothing new is visible yet
    release.set()
    slow.finish()
    fast.finish()
    pull_everything(env.engine, user, cursor, seen)
    assert seen == {first: 2, second: 2}


@pytest.mark.postgres
def test_the_schedule_catches_a_naive_allocator(
    env: ServerEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Negative control: numbers from a sequence (taken early, no lock) lose the late change."""
    if env.engine.dialect.name != "postgresql":
        pytest.skip("needs PostgreSQL")
    from server import feed
    from server.db import upsert
    from server.models import ChangeLogRow

    with env.engine.begin() as connection:
        connection.execute(text("CREATE SEQUENCE IF NOT EXISTS naive_seq START 1000"))

    def naive_record(connection: Any, changes: Any, now: Any) -> None:
        for change in changes:
            seq = connection.execute(text("SELECT nextval('naive_seq')")).scalar_one()
            upsert(
                connection,
                ChangeLogRow,
                [
                    {
                        "user_id": change.user_id,
                        "entity": change.entity,
                        "entity_id": change.entity_id,
                        "seq": seq,
                        "op": change.op,
                        "changed_at": now,
                    }
                ],
                ("user_id", "entity", "entity_id"),
                ("seq", "op", "changed_at"),
            )
            with env.engine.begin() as counter:  # a global counter: no lock held to commit
                counter.execute(
                    text(
                        "UPDATE feed_heads SET last_seq = GREATEST(last_seq, :s) WHERE user_id = :u"
                    ),
                    {"s": seq, "u": change.user_id},
                )

    env.add_user("anna")
    first, second = env.add_leads(2, "anna")
    user = env.users["anna"]
    seen: dict[str, int] = {}
    cursor = pull_everything(env.engine, user, None, seen)
    monkeypatch.setattr(feed, "record", naive_record)
    monkeypatch.setattr("server.services.leads.record", naive_record)
    release, holding = threading.Event(), threading.Event()
    slow = Worker(rename, env.engine, first, "slow", release, holding)
    slow.start()
    assert holding.wait(10)
    rename(env.engine, second, "fast")  # commits at once with a higher number
    cursor = pull_everything(env.engine, user, cursor, seen)
    release.set()
    slow.finish()
    pull_everything(env.engine, user, cursor, seen)
    with env.engine.connect() as connection:
        truth = dict(connection.execute(select(LeadRow.id, LeadRow.version)).all())
    assert truth == {first: 2, second: 2}  # both changes committed…
    assert seen[second] == 2
    assert seen[first] == 1  # …but the late one was skipped: exactly the bug the feed prevents
    with env.engine.begin() as connection:
        connection.execute(text("DROP SEQUENCE naive_seq"))


def test_concurrent_writers_with_delayed_commits(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_user("bob")
    leads = env.add_leads(12, "anna") + env.add_leads(4, "bob")
    user = env.users["anna"]
    seen: dict[str, int] = {}
    cursor = pull_everything(env.engine, user, None, seen)
    stop = threading.Event()
    errors: list[BaseException] = []
    delay = 0.02 if env.engine.dialect.name == "postgresql" else 0.002

    def writer(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for n in range(15):
                lead = rng.choice(leads)
                with env.engine.begin() as connection:
                    row = lock_lead(connection, lead)
                    assert row is not None
                    write_changes(connection, row, {"need": f"w{seed}-{n}"}, _now(connection))
                    if rng.random() < 0.3:  # also touch a catalog-like feed entry
                        record(
                            connection,
                            [FeedChange(user, "loss_reason", "price_high")],
                            _now(connection),
                        )
                    time.sleep(rng.random() * delay)  # commit late
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        nonlocal cursor
        try:
            while not stop.is_set():
                cursor = pull_everything(env.engine, user, cursor, seen)
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    reading = threading.Thread(target=reader)
    reading.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    stop.set()
    reading.join(60)
    assert not errors, errors
    cursor = pull_everything(env.engine, user, cursor, seen)
    with env.engine.connect() as connection:
        truth = dict(
            connection.execute(
                select(LeadRow.id, LeadRow.version).where(LeadRow.assignee_id == user)
            ).all()
        )
    assert seen == truth
