# SPDX-License-Identifier: MIT
"""A caller corrects their own call (``call_outcome.amend``) through the real server: a
conversion undone goes back to qualifying there and in the reports; a correction meeting a
later change by someone else keeps that change and comes back as a conflict; too late or
someone else's call is refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.store.models import ConflictRow, LeadRow, OutboxRow
from desktop.store.outcomes import amend_outcome
from salesdesk.domain.errors import ValidationError
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.vocabulary import Disposition, Result, Stage
from server.models import LeadRow as ServerLead
from server.models import OutcomeRow as ServerOutcome
from server.services.leads import lock_lead, write_changes
from server.services.reports import ReportFilters, run_report
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record


def correction(lead_id: str, result: Result, **fields: object) -> OutcomeDraft:
    """What the correction form sends (its start and duration are the call's own)."""
    return OutcomeDraft(
        lead_id=lead_id,
        started_at=datetime.now(UTC),
        duration_s=0,
        disposition=fields.pop("disposition", Disposition.NO_ANSWER),  # type: ignore[arg-type]
        result=result,
        **fields,  # type: ignore[arg-type]
    )


def amend_now(world: SyncWorld, call: str, draft: OutcomeDraft) -> None:
    amend_outcome(world.store, call, draft, now=datetime.now(UTC), rules=QueueRules())


def converted(world: SyncWorld) -> int:
    with world.engine.connect() as connection:
        report, _ = run_report(connection, "conversion", ReportFilters(None, None, None, None))
    return sum(row[2] for row in report.rows)


def test_a_conversion_corrected_to_no_answer_goes_back_to_qualifying_everywhere(
    world: SyncWorld,
) -> None:
    [lead_id] = world.add_leads(1, "anna")
    world.sync()
    call = record(world.store, lead_id, Result.QUALIFIED)
    world.sync()
    with world.engine.connect() as connection:
        assert connection.scalar(select(ServerLead.stage).where(ServerLead.id == lead_id)) == (
            Stage.CONVERTED
        )
    assert converted(world) == 1
    next_try = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=2)
    amend_outcome(
        world.store,
        call,
        correction(lead_id, Result.FOLLOW_UP, next_call_at=next_try),
        now=datetime.now(UTC),
        rules=QueueRules(),
    )
    with world.store.read() as session:
        lead = session.get(LeadRow, lead_id)
        assert lead is not None and (lead.stage, lead.next_call_at) == ("qualifying", next_try)
        assert [r.type for r in session.scalars(select(OutboxRow))] == ["call_outcome.amend"]
    summary = world.sync()
    assert (summary.rejected, summary.conflicts) == (0, 0)
    with world.engine.connect() as connection:
        row = connection.execute(select(ServerOutcome).where(ServerOutcome.id == call)).one()
        server_lead = connection.execute(select(ServerLead).where(ServerLead.id == lead_id)).one()
    assert (row.result, row.disposition, row.version) == ("follow_up", "no_answer", 2)
    assert row.original["result"] == "qualified"
    assert row.duration_s == 60  # the measured duration stays
    assert (server_lead.stage, server_lead.next_call_at, server_lead.attempts) == (
        "qualifying",
        next_try,
        1,
    )
    assert converted(world) == 0
    with world.store.read() as session:
        assert session.scalars(select(OutboxRow)).all() == []


def test_a_correction_meeting_a_later_change_by_someone_else_keeps_it_as_a_conflict(
    world: SyncWorld,
) -> None:
    [lead_id] = world.add_leads(1, "anna")
    world.sync()
    tomorrow = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    call = record(
        world.store,
        lead_id,
        Result.FOLLOW_UP,
        disposition=Disposition.CALLBACK_REQUESTED,
        next_call_at=tomorrow,
    )
    world.sync()
    # the team lead moves the callback on the server
    team_lead_time = tomorrow + timedelta(hours=3)
    with world.engine.begin() as connection:
        lead = lock_lead(connection, lead_id)
        write_changes(connection, lead, {"next_call_at": team_lead_time}, world.clock(), "lead")
    later = tomorrow + timedelta(days=2)
    amend_outcome(
        world.store,
        call,
        correction(
            lead_id,
            Result.FOLLOW_UP,
            disposition=Disposition.CALLBACK_REQUESTED,
            next_call_at=later,
            note="they said Friday",
        ),
        now=datetime.now(UTC),
        rules=QueueRules(),
    )
    summary = world.sync()
    assert (summary.rejected, summary.conflicts) == (0, 1)
    with world.engine.connect() as connection:
        row = connection.execute(select(ServerOutcome).where(ServerOutcome.id == call)).one()
        server_time = connection.scalar(
            select(ServerLead.next_call_at).where(ServerLead.id == lead_id)
        )
    assert (row.note, row.next_call_at) == ("they said Friday", later)  # the fact is corrected
    assert server_time == team_lead_time  # the team lead's change is not overwritten
    with world.store.read() as session:
        [conflict] = session.scalars(select(ConflictRow)).all()
    assert (conflict.lead_id, conflict.field) == (lead_id, "next_call_at")
    assert datetime.fromisoformat(conflict.server_value) == team_lead_time
    assert datetime.fromisoformat(conflict.local_value) == later


def test_a_correction_after_24_hours_is_refused_here_and_on_the_server(
    world: SyncWorld,
) -> None:
    [lead_id] = world.add_leads(1, "anna")
    world.sync()
    call = record(world.store, lead_id, Result.NONE)
    world.sync()
    with pytest.raises(ValidationError, match="within 24 hours"):
        amend_outcome(
            world.store,
            call,
            correction(lead_id, Result.NONE),
            now=datetime.now(UTC) + timedelta(hours=25),
            rules=QueueRules(),
        )
    # a workstation that does not check (an older one, a forged push) is refused by the server
    amend_outcome(
        world.store,
        call,
        correction(lead_id, Result.NONE),
        now=datetime.now(UTC),
        rules=QueueRules(),
    )
    with world.store.write() as session:
        [queued] = session.scalars(select(OutboxRow)).all()
        late = (datetime.now(UTC) + timedelta(hours=25)).isoformat()
        queued.payload = {**queued.payload, "amended_at": late}
    world.clock.now += timedelta(hours=26)
    summary = world.sync()
    assert summary.rejected == 1


def test_someone_elses_call_cannot_be_corrected(world: SyncWorld) -> None:
    world.add_user("bob")
    [lead_id] = world.add_leads(1, "anna")
    world.sync()
    call = record(world.store, lead_id, Result.NONE)
    world.sync()
    amend_outcome(
        world.store,
        call,
        correction(lead_id, Result.NONE),
        now=datetime.now(UTC),
        rules=QueueRules(),
    )
    with world.engine.begin() as connection:  # the call now belongs to bob (as if he made it)
        connection.execute(
            ServerOutcome.__table__.update()
            .where(ServerOutcome.id == call)
            .values(manager_id=world.users["bob"])
        )
    summary = world.sync()
    assert summary.rejected == 1
    with world.store.read() as session:
        assert session.scalars(select(OutboxRow)).all() == []
