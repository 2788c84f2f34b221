# SPDX-License-Identifier: MIT
"""The fault matrix: whatever the network or the server does, every outcome arrives once."""

from __future__ import annotations

import threading
from typing import Any

import orjson
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.store.models import DeadLetterRow, LeadRow, OutboxRow
from desktop.store.outbox import pending
from desktop.sync.engine import SyncEngine, SyncSummary
from desktop.sync.errors import (
    AuthError,
    CursorGone,
    ProtocolError,
    RequestRejected,
    TransientError,
)
from server.services import mutations
from tests.e2e.sync.conftest import FaultyAdapter, SyncWorld, canned, drop_before, drop_reply
from tests.e2e.sync.helpers import capture, local_leads, record


def outbox_size(world: SyncWorld) -> int:
    with world.store.read() as session:
        return session.scalar(select(func.count()).select_from(OutboxRow)) or 0


def settle(world: SyncWorld) -> None:
    """Sync without faults until done, then check the invariants of DESIGN §4."""
    world.sync()
    assert outbox_size(world) == 0
    assert local_leads(world.store) == world.server_leads()


@pytest.mark.parametrize("fault", [drop_before, drop_reply], ids=["dropped", "reply-lost"])
def test_a_lost_push_is_resent_and_applied_once(world: SyncWorld, fault: Any) -> None:
    leads = world.add_leads(3, "anna")
    world.sync()
    outcomes = [record(world.store, lead) for lead in leads]
    adapter = FaultyAdapter({0: fault, 1: fault})  # the engine's own resend is lost too
    with pytest.raises(TransientError):
        world.sync(adapter)
    assert outbox_size(world) == 3  # nothing leaves without a result
    settle(world)
    assert world.server_outcomes() == {o: 1 for o in outcomes}


def test_the_same_batch_sent_twice_at_once(world: SyncWorld) -> None:
    leads = world.add_leads(4, "anna")
    world.sync()
    outcomes = [record(world.store, lead) for lead in leads]
    errors: list[BaseException] = []

    def run() -> None:
        try:
            SyncEngine(world.store, world.client()).push_all(SyncSummary())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    settle(world)
    assert world.server_outcomes() == {o: 1 for o in outcomes}


def test_a_server_failure_at_mutation_k_of_n(
    world: SyncWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    leads = world.add_leads(6, "anna")
    world.sync()
    outcomes = [record(world.store, lead) for lead in leads]
    original = mutations.HANDLERS["call_outcome.record"]
    calls = {"n": 0}

    def failing_at_4(*args: Any) -> dict[str, Any]:
        calls["n"] += 1
        if calls["n"] == 4:
            raise OperationalError("INSERT", {}, Exception("the database went away"))
        return original(*args)

    monkeypatch.setitem(mutations.HANDLERS, "call_outcome.record", failing_at_4)
    with pytest.raises(TransientError, match="part of the batch"):
        world.sync()
    assert outbox_size(world) == 3  # 1–3 applied and settled, 4–6 wait
    assert len(world.server_outcomes()) == 3
    monkeypatch.setitem(mutations.HANDLERS, "call_outcome.record", original)
    settle(world)
    assert world.server_outcomes() == {o: 1 for o in outcomes}


def test_a_server_failing_at_the_first_mutation_answers_503(
    world: SyncWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    [lead] = world.add_leads(1, "anna")
    world.sync()
    outcome = record(world.store, lead)

    def broken(*args: Any) -> dict[str, Any]:
        raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setitem(mutations.HANDLERS, "call_outcome.record", broken)
    with pytest.raises(TransientError) as info:
        world.sync()
    assert info.value.retry_after == 2
    with world.store.read() as session:
        [row] = pending(session, 10)
    assert row.attempts == 1 and "busy" in (row.last_error or "")
    monkeypatch.undo()
    settle(world)
    assert world.server_outcomes() == {outcome: 1}


HOSTILE = {
    "html error page": canned(
        502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"
    ),
    "html with 200": canned(200, b"<html>login to the wifi</html>", "text/html"),
    "truncated json": canned(200, b'{"changes": [{"entity": "lead", "op": "ups'),
    "wrong types": canned(200, b'{"changes": "many", "cursor": 5, "has_more": "maybe"}'),
    "unknown op": canned(
        200,
        orjson.dumps(
            {
                "changes": [{"entity": "lead", "op": "explode", "id": "x"}],
                "cursor": "c.1",
                "has_more": False,
            }
        ),
    ),
    "wrong content type": canned(
        200, b'{"changes": [], "cursor": "c.1", "has_more": false}', "text/plain"
    ),
}


#: One change the workstation cannot read inside an otherwise good page: it is kept aside
#: (quarantined) with the reason, the rest of the page is applied, the pull moves on.
UNREADABLE_LEADS = {
    "unknown enum": {"temperature": "lukewarm"},
    "huge string": {"need": "x" * (10 * 1024 * 1024)},
    "naive datetime": {"created_at": "2026-11-25T10:00:00"},
}


@pytest.mark.parametrize("name", list(UNREADABLE_LEADS))
def test_an_unreadable_change_is_kept_aside_and_the_page_applied(
    world: SyncWorld, name: str
) -> None:
    from desktop.store.models import QuarantineRow
    from desktop.store.sync_state import StateKey, get_state

    world.add_leads(3, "anna")
    world.sync()
    before = local_leads(world.store)
    with world.store.read() as session:
        cursor = get_state(session, StateKey.CURSOR)
    assert cursor is not None
    data = {"id": "x", "created_at": "2026-11-25T10:00:00+00:00", **UNREADABLE_LEADS[name]}
    good = {**data, "id": "y", "need": "", "temperature": "warm",
            "created_at": "2026-11-25T10:00:00+00:00"}  # fmt: skip
    page = {
        "changes": [
            {"entity": "lead", "op": "upsert", "id": "x", "version": 1, "data": data},
            {"entity": "lead", "op": "upsert", "id": "y", "version": 1, "data": good},
        ],
        "cursor": cursor,
        "has_more": False,
    }
    world.sync(FaultyAdapter({0: canned(200, orjson.dumps(page))}, match="/sync/pull"))
    assert set(local_leads(world.store)) == set(before) | {"y"}
    with world.store.read() as session:
        [kept] = session.scalars(select(QuarantineRow)).all()
    assert (kept.entity, kept.entity_id) == ("lead", "x") and kept.reason
    world.sync()  # and the next pull goes on from there


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_pull_responses_change_nothing(world: SyncWorld, name: str) -> None:
    world.add_leads(3, "anna")
    world.sync()
    before = local_leads(world.store)
    with world.store.read() as session:
        from desktop.store.sync_state import StateKey, get_state

        cursor = get_state(session, StateKey.CURSOR)
    world.add_leads(2, "anna")
    adapter = FaultyAdapter({0: HOSTILE[name]})
    with pytest.raises((ProtocolError, TransientError)) as info:
        world.sync(adapter)
    assert info.value.message  # a sentence for the manager
    assert local_leads(world.store) == before
    with world.store.read() as session:
        assert get_state(session, StateKey.CURSOR) == cursor
    settle(world)


def test_a_newer_servers_unknown_entity_is_skipped_not_refused(world: SyncWorld) -> None:
    from desktop.store.sync_state import StateKey, get_state

    world.add_leads(2, "anna")
    world.sync()
    before = local_leads(world.store)
    with world.store.read() as session:
        cursor = get_state(session, StateKey.CURSOR)
    assert cursor is not None
    page = {
        "changes": [
            {"entity": "meeting", "op": "upsert", "id": "m1", "version": 1, "data": {"at": 9}},
            {"entity": "meeting", "op": "remove", "id": "m0", "version": 0, "data": None},
        ],
        "cursor": cursor,
        "has_more": False,
    }
    summary = world.sync(FaultyAdapter({0: canned(200, orjson.dumps(page))}))
    assert summary.pulled == 0  # skipped, and nothing else refused or lost
    assert local_leads(world.store) == before
    lead = world.add_leads(1, "anna")[0]  # the next real page is applied as ever
    world.sync()
    assert lead in local_leads(world.store)


def test_hostile_push_responses_keep_the_outbox(world: SyncWorld) -> None:
    [lead] = world.add_leads(1, "anna")
    world.sync()
    outcome = record(world.store, lead)
    stranger = orjson.dumps(
        {"results": [{"mutation_id": "7f1c2a9e-0000-4000-8000-000000000001", "status": "applied"}]}
    )
    for fault in (
        canned(200, stranger),
        canned(200, b'{"results": [{"status": "won"}]}'),
        canned(500, b"Internal Server Error", "text/plain"),
        canned(429, b"{}", headers={"Retry-After": "7"}),
    ):
        with pytest.raises((ProtocolError, TransientError)):
            world.sync(FaultyAdapter({0: fault}))
        assert outbox_size(world) == 1
    settle(world)
    assert world.server_outcomes() == {outcome: 1}


def test_429_carries_retry_after(world: SyncWorld) -> None:
    adapter = FaultyAdapter({0: canned(429, b"{}", headers={"Retry-After": "7"})})
    with pytest.raises(TransientError) as info:
        world.sync(adapter)
    assert info.value.retry_after == 7


def test_an_expired_token_asks_for_login_and_keeps_local_data(world: SyncWorld) -> None:
    leads = world.add_leads(2, "anna")
    world.sync()
    record(world.store, leads[0])
    world.clock.advance(days=31)
    with pytest.raises(AuthError, match="log in"):
        world.sync()
    assert outbox_size(world) == 1 and len(local_leads(world.store)) == 2


def test_a_request_the_server_refuses_is_not_retried_blindly(world: SyncWorld) -> None:
    adapter = FaultyAdapter({0: canned(422, b'{"detail": "the request is invalid"}')})
    with pytest.raises(RequestRejected, match="invalid"):
        world.sync(adapter)


def test_410_resyncs_from_a_snapshot_with_the_outbox_on_top(world: SyncWorld) -> None:
    world.add_user("bob")
    leads = world.add_leads(5, "anna")
    world.sync()
    from server.services.leads import assign_leads

    with world.engine.begin() as connection:  # a removal anna has not pulled yet…
        assign_leads(connection, [leads[4]], world.users["bob"], world.clock())
    world.clock.advance(days=91)  # …and is purged before she comes back
    from desktop.services.account import login
    from tests.unit.server.conftest import PASSWORD

    login(world.store, world.url, "anna", PASSWORD)  # her old token expired meanwhile
    outcome = record(world.store, leads[0])
    captured = capture(world.store, "stand@expo.io")
    engine = SyncEngine(world.store, world.client())
    summary = SyncSummary()
    engine.pull_all(summary)  # pull before the push, as when work is saved during a sync
    assert summary.resynced
    assert set(local_leads(world.store)) == set(leads[:4]) | {captured}
    with world.store.read() as session:
        lead = session.get(LeadRow, leads[0])
        assert lead is not None and lead.attempts == 1  # the pending outcome, on top
    settle(world)
    assert world.server_outcomes() == {outcome: 1}
    with world.store.read() as session:
        assert session.scalar(select(func.count()).select_from(DeadLetterRow)) == 0


def test_a_cursor_from_another_server_is_gone(world: SyncWorld) -> None:
    world.add_leads(2, "anna")
    world.sync()
    from desktop.store.sync_state import StateKey, set_state

    with world.store.write() as session:
        set_state(session, StateKey.CURSOR, "aaaaaaaaaaaa.1")
    summary = world.sync()
    assert summary.resynced and local_leads(world.store) == world.server_leads()


def test_cancel_between_pages_keeps_what_was_done(world: SyncWorld) -> None:
    world.add_leads(30, "anna")
    from desktop.sync.engine import SyncCancelled

    pages = {"n": 0}

    def cancelled() -> bool:
        pages["n"] += 1
        return pages["n"] > 3  # the push's check, then two pages, then stop

    engine = SyncEngine(world.store, world.client(), page_size=20, cancelled=cancelled)
    with pytest.raises(SyncCancelled):
        engine.run()
    assert 0 < len(local_leads(world.store)) < 30
    settle(world)


def test_cursor_gone_is_typed(world: SyncWorld) -> None:
    with pytest.raises(CursorGone):
        world.client().pull("aaaaaaaaaaaa.5", 10)
