# SPDX-License-Identifier: MIT
"""The sync engine against the real server: pulls, pushes, offline work, edits, conflicts."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.store.models import ConflictRow, DeadLetterRow, LeadRow, OutboxRow, ScriptRow
from salesdesk.domain.vocabulary import Result
from server.services.leads import assign_leads, lock_lead, write_changes
from tests.e2e.sync.conftest import FaultyAdapter, SyncWorld
from tests.e2e.sync.helpers import capture, edit, local_leads, record


def count(world: SyncWorld, model: object) -> int:
    with world.store.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0  # type: ignore[arg-type]


def test_pulls_cost_what_changed(world: SyncWorld) -> None:
    world.add_leads(250, "anna")
    counting = FaultyAdapter({})
    first = world.sync(counting, page_size=100)
    # 250 leads + 21 catalog and script entries in pages of 100, and one push-free round
    assert first.pulled == 271 and first.pages == 3
    assert counting.calls == 3
    assert local_leads(world.store) == world.server_leads()
    assert count(world, ScriptRow) == 2
    from desktop.store.leads import search_lead_ids

    with world.store.read() as session:  # pulled leads are searchable (bulk-indexed)
        assert len(search_lead_ids(session, "acme")) == 250
        assert len(search_lead_ids(session, "ac")) == 250
    lead = next(iter(world.server_leads()))
    with world.engine.begin() as connection:
        row = lock_lead(connection, lead)
        assert row is not None
        write_changes(connection, row, {"company": "Zyxwv Industries"}, world.clock())
    counting = FaultyAdapter({})
    second = world.sync(counting, page_size=100)
    assert (second.pulled, counting.calls) == (1, 1)
    with world.store.read() as session:  # an updated lead is re-indexed, not doubled
        assert search_lead_ids(session, "zyxwv") == [lead]
        assert search_lead_ids(session, "zy") == [lead]
        assert len(search_lead_ids(session, "acme")) == 249
    counting = FaultyAdapter({})
    third = world.sync(counting, page_size=100)
    assert (third.pulled, counting.calls) == (0, 1)
    assert local_leads(world.store) == world.server_leads()


def test_the_next_page_is_on_its_way_while_this_one_is_written(
    world: SyncWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.sync.engine as engine_module

    world.add_leads(250, "anna")
    counting = FaultyAdapter({})
    sent_before_write: list[int] = []
    real_apply = engine_module.apply_page

    def apply_page(session: Any, page: Any, cursor: str) -> list[str]:
        # the next request goes out on a helper thread: give it a moment to be sent (a
        # sequential pull would never send it before this write ends, and fail here)
        expected = min(len(sent_before_write) + 2, 3)
        deadline = time.monotonic() + 5
        while counting.calls < expected and time.monotonic() < deadline:
            time.sleep(0.005)
        sent_before_write.append(counting.calls)
        return real_apply(session, page, cursor)

    monkeypatch.setattr(engine_module, "apply_page", apply_page)
    summary = world.sync(counting, page_size=100)
    # three pages: while the first is written the second is already requested; the last
    # page has no successor to ask for
    assert sent_before_write == [2, 3, 3]
    assert summary.requests == counting.calls == 3
    assert local_leads(world.store) == world.server_leads()


def test_an_idle_sync_writes_no_page(world: SyncWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.sync.engine as engine_module
    from desktop.store.sync_state import StateKey, get_state

    world.add_leads(5, "anna")
    world.sync()
    with world.store.read() as session:
        cursor = get_state(session, StateKey.CURSOR)
    written: list[str] = []
    real_apply = engine_module.apply_page

    def apply_page(session: Any, page: Any, new_cursor: str) -> list[str]:
        written.append(new_cursor)
        return real_apply(session, page, new_cursor)

    monkeypatch.setattr(engine_module, "apply_page", apply_page)
    idle = world.sync()
    assert (idle.pulled, idle.pages, written) == (0, 0, [])
    with world.store.read() as session:
        assert get_state(session, StateKey.CURSOR) == cursor
    lead = world.add_leads(1, "anna")[0]  # one change: its page is written as before
    busy = world.sync()
    assert (busy.pulled, busy.pages, len(written)) == (1, 1, 1)
    assert lead in local_leads(world.store)


def test_offline_work_reaches_the_server_once(world: SyncWorld) -> None:
    leads = world.add_leads(3, "anna")
    world.sync()
    outcomes = [
        record(world.store, leads[0]),
        record(world.store, leads[1], Result.LOST, loss_reason_id="price_high"),
    ]
    captured = capture(world.store, "visitor@expo.io", first_name="Visitor")
    assert count(world, OutboxRow) == 3
    summary = world.sync()
    assert summary.pushed == 3 and summary.rejected == 0
    assert count(world, OutboxRow) == 0
    assert world.server_outcomes() == {o: 1 for o in outcomes}
    assert captured in world.server_leads()
    assert local_leads(world.store) == world.server_leads()
    with world.store.read() as session:
        lost = session.get(LeadRow, leads[1])
        assert lost is not None and lost.stage == "disqualified" and lost.version == 2


def test_a_call_with_a_reason_retired_meanwhile_is_kept_as_a_fact(world: SyncWorld) -> None:
    """Found by a probe: it became a dead letter; the server had no copy of the call."""
    leads = world.add_leads(2, "anna")
    world.sync()
    from server.models import OutcomeRow
    from server.services.content import set_loss_reason_active

    with world.engine.begin() as connection:  # retired on the server after our last pull
        set_loss_reason_active(connection, "budget_later", False, world.clock())
    good = record(world.store, leads[0])
    lost = record(world.store, leads[1], Result.LOST, loss_reason_id="budget_later")
    summary = world.sync()
    assert world.server_outcomes() == {good: 1, lost: 1}
    assert summary.rejected == 0 and count(world, DeadLetterRow) == 0
    with world.engine.connect() as connection:
        kept = connection.execute(select(OutcomeRow).where(OutcomeRow.id == lost)).one()
    assert (kept.loss_reason_id, kept.review_reason) == ("budget_later", "retired_reason")
    assert local_leads(world.store) == world.server_leads()
    with world.store.read() as session:
        lead = session.get(LeadRow, leads[1])
        assert lead is not None and (lead.stage, lead.loss_reason_id) == (
            "disqualified",
            "budget_later",
        )


def test_a_rejection_goes_to_the_dead_letters_and_its_local_effect_is_undone(
    world: SyncWorld,
) -> None:
    leads = world.add_leads(2, "anna")
    world.sync()
    good = record(world.store, leads[0])
    edit(world.store, leads[1], stage="converted")  # new → converted: the server refuses
    summary = world.sync()
    assert world.server_outcomes() == {good: 1}
    assert summary.rejected == 1 and count(world, DeadLetterRow) == 1
    with world.store.read() as session:
        letter = session.scalars(select(DeadLetterRow)).one()
        lead = session.get(LeadRow, leads[1])
    assert letter.entity_id == leads[1] and "cannot go from" in letter.reason
    assert lead is not None and lead.stage == "new"  # the server's, not the refused edit


def test_edits_merge_and_conflicts_keep_the_local_value(world: SyncWorld) -> None:
    [lead] = world.add_leads(1, "anna", company="Acme")
    world.sync()
    with world.engine.begin() as connection:  # an admin renames the company on the server
        row = lock_lead(connection, lead)
        assert row is not None
        write_changes(connection, row, {"company": "Acme Corp"}, world.clock())
    edit(world.store, lead, company="ACME Ltd", need="wants a demo")
    summary = world.sync()
    assert summary.conflicts == 1
    with world.store.read() as session:
        local = session.get(LeadRow, lead)
        conflict = session.scalars(select(ConflictRow)).one()
    assert local is not None
    assert (local.company, local.need) == ("ACME Ltd", "wants a demo")  # mine, kept
    assert (conflict.field, conflict.local_value, conflict.server_value) == (
        "company",
        "ACME Ltd",
        "Acme Corp",
    )
    server = world.server_leads()
    assert local.version == server[lead]
    # a second sync changes nothing and keeps the conflict open
    world.sync()
    with world.store.read() as session:
        again = session.get(LeadRow, lead)
        assert again is not None and again.company == "ACME Ltd"


def test_reassignment_with_pending_work(world: SyncWorld) -> None:
    world.add_user("bob")
    leads = world.add_leads(2, "anna")
    world.sync()
    outcome = record(world.store, leads[0])
    edit(world.store, leads[0], need="edited offline")
    with world.engine.begin() as connection:
        assign_leads(connection, [leads[0]], world.users["bob"], world.clock())
    # pull first (as if the push had failed): the lead stays, read-only
    from desktop.sync.engine import SyncEngine, SyncSummary

    engine = SyncEngine(world.store, world.client())
    engine.pull_all(SyncSummary())
    with world.store.read() as session:
        row = session.get(LeadRow, leads[0])
        assert row is not None and row.reassigned
    summary = world.sync()
    assert world.server_outcomes() == {outcome: 1}  # accepted, flagged for review
    assert summary.rejected == 1  # the edit of a lead that is no longer hers
    with world.store.read() as session:
        assert session.get(LeadRow, leads[0]) is None  # gone once nothing refers to it
    assert local_leads(world.store) == world.server_leads()
