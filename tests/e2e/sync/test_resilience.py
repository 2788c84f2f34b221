# SPDX-License-Identifier: MIT
"""Sync resilience (#16): nothing stalls on one bad change, every outcome is told honestly."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import func, select, update

from desktop.cli import EXIT_PROBLEMS, main
from desktop.store.models import DeadLetterRow, OutboxRow, QuarantineRow
from desktop.store.models import LeadRow as DesktopLeadRow
from desktop.store.sync_state import StateKey, get_state, store_status
from desktop.sync.engine import SPLIT_AFTER, SyncEngine
from desktop.sync.errors import TransientError
from server.models import LeadRow
from tests.e2e.sync.conftest import FaultyAdapter, SyncWorld, canned, drop_reply
from tests.e2e.sync.helpers import local_leads, record
from tests.unit.server.conftest import PASSWORD


def dead_letters(world: SyncWorld) -> list[str]:
    with world.store.read() as session:
        return list(session.scalars(select(DeadLetterRow.entity_id)))


def test_a_lost_push_reply_is_reported_as_sent_not_as_unreachable(world: SyncWorld) -> None:
    [lead] = world.add_leads(1, "anna")
    world.sync()
    outcome = record(world.store, lead)
    # twice lost: the engine resent once itself (same mutation ID), then says what it knows
    adapter = FaultyAdapter({0: drop_reply, 1: drop_reply})
    with pytest.raises(TransientError) as info:
        world.sync(adapter)
    assert [line.split()[0] for line in adapter.sent] == ["POST", "POST"]
    assert "sent; waiting for the server's confirmation" in info.value.message
    assert "Error" not in info.value.message  # no exception class names for people
    assert world.server_outcomes() == {outcome: 1}  # it did arrive…
    summary = world.sync()  # …and the next sync settles it, counted once
    assert (summary.pushed, world.server_outcomes()) == (1, {outcome: 1})


def test_a_reply_lost_once_is_settled_in_the_same_sync(world: SyncWorld) -> None:
    [lead] = world.add_leads(1, "anna")
    world.sync()
    outcome = record(world.store, lead)
    summary = world.sync(FaultyAdapter({0: drop_reply}))
    assert summary.pushed == 1 and world.server_outcomes() == {outcome: 1}


def _fails_with(poison: str) -> Any:
    """A transport on which the server answers 500 to any push that carries ``poison``."""
    failing = canned(500, b'{"detail": "the server failed (an internal error)"}')

    class Adapter(HTTPAdapter):
        def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
            if request.method == "POST" and poison.encode() in (request.body or b""):
                return failing(request, self, kwargs)  # type: ignore[no-any-return]
            return super().send(request, **kwargs)

    return Adapter()


def test_a_batch_the_server_keeps_failing_is_split_and_the_culprit_set_aside(
    world: SyncWorld,
) -> None:
    leads = world.add_leads(5, "anna")
    world.sync()
    outcomes = [record(world.store, lead) for lead in leads]
    adapter = _fails_with(outcomes[2])
    for _attempt in range(4 * SPLIT_AFTER):
        try:
            world.sync(adapter)
            break
        except TransientError:
            continue
    else:
        pytest.fail("the outbox never drained")
    assert set(world.server_outcomes()) == set(outcomes) - {outcomes[2]}
    assert dead_letters(world) == [outcomes[2]]
    with world.store.read() as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 0


def test_a_change_that_cannot_be_read_is_quarantined_and_the_pull_moves_on(
    world: SyncWorld,
) -> None:
    """Found by a probe: an imported 300-character company stopped every pull for good."""
    leads = world.add_leads(3, "anna")
    # as the old importer stored it on SQLite (PostgreSQL's column refuses 300 characters,
    # so there another value the wire refuses stands in: a score over 100)
    field, value = ("company", "C" * 300) if world.engine.dialect.name == "sqlite" else (
        "score", 150)  # fmt: skip
    with world.engine.begin() as connection:
        connection.execute(update(LeadRow).where(LeadRow.id == leads[1]).values({field: value}))
    world.sync()
    assert set(local_leads(world.store)) == {leads[0], leads[2]}
    with world.store.read() as session:
        assert get_state(session, StateKey.CURSOR)
        [kept] = session.scalars(select(QuarantineRow)).all()
    assert (kept.entity, kept.entity_id) == ("lead", leads[1])
    assert field in kept.reason
    assert store_status(world.store).quarantined == 1
    world.sync()  # nothing new: the same change is not kept twice; the server is told once
    assert store_status(world.store).quarantined == 1
    from server.services.devices import list_problems

    with world.engine.connect() as connection:
        [told] = list_problems(connection)
    assert (told.username, told.entity, told.entity_id) == ("anna", "lead", leads[1])
    assert field in told.reason
    world.add_user("boss", role="admin")
    boss = world.client_of(world.store)
    boss.token = boss.login("boss", PASSWORD).access_token
    seen = boss.session.get(f"{world.url}/api/v1/admin/client-problems",
                            headers={"Authorization": f"Bearer {boss.token}"}).json()  # fmt: skip
    boss.close()
    assert [(p["username"], p["entity_id"]) for p in seen] == [("anna", leads[1])]
    # fixed on the server: the next pull reads it and the quarantine entry goes
    with world.engine.begin() as connection:
        connection.execute(
            update(LeadRow)
            .where(LeadRow.id == leads[1])
            .values({field: "C" if field == "company" else 50, "version": 5})
        )
        from server.feed import FeedChange
        from server.feed import record as log_change

        log_change(connection, [FeedChange(world.users["anna"], "lead", leads[1])], world.clock())
    world.sync()
    assert set(local_leads(world.store)) == set(leads)
    assert store_status(world.store).quarantined == 0


def test_sync_exits_with_a_documented_code_when_it_left_problems(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    profile_home: Path,
) -> None:
    [lead] = world.add_leads(1, "anna")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    login = ["login", "--server", world.url, "--username", "anna", "--password-stdin"]
    assert main(login) == 0
    assert main(["sync"]) == 0
    from desktop.profile import database_path
    from desktop.services.local_store import open_profile_store
    from desktop.store.outbox import enqueue

    store = open_profile_store(database_path())
    with store.write() as session:  # a change the server will refuse: new → converted
        enqueue(session, "lead.update", lead, {"stage": "converted"}, base_version=1)
    store.close()
    capsys.readouterr()
    assert main(["sync"]) == EXIT_PROBLEMS
    assert "rejected and kept as dead letters" in capsys.readouterr().out


def test_two_laptops_of_one_manager_get_a_conflict_not_an_overwrite(
    world: SyncWorld, tmp_path: Path
) -> None:
    """Found by a probe: the older edit from laptop A overwrote laptop B's newer one."""
    from desktop.services.account import login
    from desktop.services.local_store import open_profile_store
    from desktop.store.models import ConflictRow
    from tests.e2e.sync.helpers import edit

    leads = world.add_leads(3, "anna")
    laptop_b = open_profile_store(tmp_path / "laptop-b.sqlite3")
    try:
        login(laptop_b, world.url, "anna", PASSWORD)
        world.sync()
        SyncEngine(laptop_b, world.client_of(laptop_b)).run()
        for lead in leads:  # edited on A first, then on B
            edit(world.store, lead, company=f"A {lead[:4]}")
        for lead in leads:
            edit(laptop_b, lead, company=f"B {lead[:4]}")
        SyncEngine(laptop_b, world.client_of(laptop_b)).run()
        summary = world.sync()
    finally:
        laptop_b.close()
    assert summary.conflicts == len(leads)
    with world.engine.connect() as connection:
        server = dict(connection.execute(select(LeadRow.id, LeadRow.company)).all())
    assert all(server[lead] == f"B {lead[:4]}" for lead in leads)  # the newer edit stands
    with world.store.read() as session:
        conflicts = session.scalars(select(ConflictRow)).all()
    assert sorted((c.lead_id, c.local_value, c.server_value) for c in conflicts) == sorted(
        (lead, f"A {lead[:4]}", f"B {lead[:4]}") for lead in leads
    )


@pytest.mark.parametrize("off", [timedelta(days=400), -timedelta(days=3650)])
def test_a_wrong_workstation_clock_does_not_decide_the_facts(
    world: SyncWorld, off: timedelta
) -> None:
    """Found by a probe: a call saved with the clock 400 days ahead pinned the lead's last
    attempt to 2028, so "tried enough today" never reset, on the server and every profile."""
    from desktop.store.outcomes import record_outcome
    from salesdesk.domain.outcome import OutcomeDraft
    from salesdesk.domain.queue import QueueRules
    from salesdesk.domain.vocabulary import Disposition, Result
    from server.models import OutcomeRow

    [lead] = world.add_leads(1, "anna")
    world.sync()
    wrong_now = datetime.now(UTC) + off
    draft = OutcomeDraft(lead_id=lead, started_at=wrong_now - timedelta(minutes=2),
                         duration_s=30, disposition=Disposition.CONNECTED, result=Result.FOLLOW_UP,
                         next_call_at=wrong_now + timedelta(days=1))  # fmt: skip
    outcome = record_outcome(world.store, draft, now=wrong_now, rules=QueueRules()).id
    summary = SyncEngine(world.store, world.client(), clock=lambda: wrong_now).run()
    assert summary.pushed == 1
    received = world.clock()
    with world.engine.connect() as connection:
        kept = connection.execute(select(OutcomeRow).where(OutcomeRow.id == outcome)).one()
        server_lead = connection.execute(select(LeadRow).where(LeadRow.id == lead)).one()
    # times the client computed from its "now" are moved by the measured skew…
    assert abs(kept.started_at - (received - timedelta(minutes=2))) < timedelta(minutes=1)
    assert abs(kept.next_call_at - (received + timedelta(days=1))) < timedelta(minutes=1)
    # …the original is kept for audit, and the lead never gets a time after the receipt
    assert abs(kept.client_started_at - draft.started_at) < timedelta(seconds=1)
    assert server_lead.last_attempt_at <= received
    assert server_lead.attempts_today == 1
    with world.store.read() as session:  # the workstation takes the server's facts back
        local = session.get(DesktopLeadRow, lead)
        skew = get_state(session, StateKey.CLOCK_SKEW)
    assert local is not None and local.last_attempt_at <= received
    measured = (wrong_now - received).total_seconds()  # against the server's clock
    assert skew is not None and float(skew) == pytest.approx(measured, abs=2)
    assert store_status(world.store).clock_skew_s == pytest.approx(measured, abs=2)
