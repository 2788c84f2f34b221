# SPDX-License-Identifier: MIT
"""A guided call's answers through the real server: stored with the verdict and score the
script version's rules give, the lead graded on the server, answers that do not fit or a
verdict that does not follow refused with their codes, a correction of the answers judged
again, the calls back on a second workstation, and the ``paths`` report."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.services.account import connect, login
from desktop.services.analytics import AnalyticsService
from desktop.services.calls import CallService
from desktop.services.local_store import open_profile_store
from desktop.store.outcomes import amend_outcome, lead_history
from desktop.sync.engine import SyncEngine
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.qualification import judge
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.readiness import Verdict
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import Disposition, Quality, Result
from salesdesk.protocol.models import Mutation, MutationType
from server.models import LeadRow as ServerLead
from server.models import OutcomeRow as ServerOutcome
from server.services.reports import ReportFilters, run_report
from server.services.stats import refresh_script_stats
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.unit.server.conftest import PASSWORD

READY = {
    "q-moment": True, "q-contacts": True, "q-prior": "first", "q-need": "clear",
    "q-team": 12, "q-budget": {"amount": 12000, "currency": "EUR"},
    "q-budget-when": "2026-12", "q-timing": "2027-01", "q-decision": "self",
    "q-alternatives": "none", "q-doubts": "nothing", "q-next": "demo",
}  # fmt: skip


def english_script(world: SyncWorld) -> CallScript:
    world.sync()
    script = CallService(world.store).script("en")
    assert script is not None and script.guided
    return script


def judged(script: CallScript, answers: dict[str, Any], started: datetime) -> dict[str, Any]:
    """The outcome fields the workstation sets from the answers."""
    judgement = judge(script, answers, started)
    return {
        "answers": answers,
        "verdict": judgement.assessment.verdict if judgement.assessment else None,
        "score": judgement.score,
        "quality": judgement.quality,
        "script_id": script.id,
        "script_version": script.version,
    }


def test_a_guided_call_is_stored_judged_and_grades_the_lead(
    world: SyncWorld, tmp_path: Path
) -> None:
    [lead_id] = world.add_leads(1, "anna")
    script = english_script(world)
    started = datetime.now(UTC) - timedelta(minutes=5)
    fields = judged(script, READY, started)
    assert (fields["verdict"], fields["score"], fields["quality"]) == (
        Verdict.READY, 100, Quality.TARGETED,
    )  # fmt: skip
    call = record(world.store, lead_id, Result.QUALIFIED, started_at=started, **fields)
    world.sync()
    with world.engine.connect() as connection:
        stored = connection.execute(select(ServerOutcome).where(ServerOutcome.id == call)).one()
        lead = connection.execute(select(ServerLead).where(ServerLead.id == lead_id)).one()
    assert stored.answers == READY
    assert (stored.verdict, stored.score, stored.quality, stored.overrule_reason) == (
        "ready", 100, "targeted", "",
    )  # fmt: skip
    assert (lead.stage, lead.score, lead.quality) == ("converted", 100, "targeted")
    with world.engine.connect() as connection:  # the hand-off sales receives
        handoffs, _ = run_report(connection, "handoffs", ReportFilters(None, None, None, None))
    [handoff] = handoffs.rows
    assert handoff[4:7] == ("anna", "ready", 100)
    assert handoff[7].startswith(
        "A good moment?: Yes, go ahead; Contacts confirmed: Yes, both right; Prior contact: "
        "No, this is the first time; Need: A clear problem they want solved; Team size: 12 "
        "users; Budget: 12000 EUR; Budget available: 2026-12;"
    )
    zone = lead.time_zone or lead.effective_time_zone or "UTC"
    assert re.fullmatch(rf"\w{{3}} \d\d:\d\d {zone}", handoff[9])  # on the lead's clock
    with world.engine.begin() as connection:  # the team's figures per choice
        refresh_script_stats(connection, world.clock())
    world.sync()
    figures = AnalyticsService(world.store).answer_figures(script)
    team = figures["q-need=clear"].team
    assert team is not None and (team.calls, team.won) == (1, 1)
    assert (figures["q-need=clear"].mine.calls, figures["q-need=none"].mine.calls) == (1, 0)
    # the caller corrects the timing: the budget only comes in ten months → nurture
    later = {**READY, "q-budget-when": f"{started.year + 1}-{started.month:02d}"}
    amended = OutcomeDraft(lead_id=lead_id, started_at=started, duration_s=0,
                           disposition=Disposition.CONNECTED, result=Result.NURTURE,
                           **judged(script, later, started))  # fmt: skip
    amend_outcome(world.store, call, amended, now=datetime.now(UTC), rules=QueueRules())
    world.sync()
    with world.engine.connect() as connection:
        stored = connection.execute(select(ServerOutcome).where(ServerOutcome.id == call)).one()
        lead = connection.execute(select(ServerLead).where(ServerLead.id == lead_id)).one()
    assert stored.answers["q-budget-when"] == later["q-budget-when"]
    assert (stored.verdict, stored.result, stored.score) == ("nurture", "nurture", 90)
    assert (lead.stage, lead.score) == ("nurturing", 90)
    # a second workstation of the same caller gets the call with its answers
    laptop = open_profile_store(tmp_path / "laptop.sqlite3")
    try:
        login(laptop, world.server.url, "anna", PASSWORD)
        SyncEngine(laptop, connect(laptop)).run()
        with laptop.read() as session:
            [pulled] = lead_history(session, lead_id)
        assert pulled.answers == stored.answers
        assert (pulled.verdict, pulled.score, pulled.quality) == (
            Verdict.NURTURE, 90, Quality.TARGETED,
        )  # fmt: skip
    finally:
        laptop.close()
    with world.engine.connect() as connection:
        report, _ = run_report(connection, "paths", ReportFilters(None, None, None, None))
        choices, _ = run_report(
            connection, "paths", ReportFilters(None, None, None, None), "choice"
        )
    assert report.rows == [(
        "A good moment?: Yes, go ahead › Need: A clear problem they want solved › [Budget "
        "only next quarter] › Decision maker: The person on the phone decides › Other "
        "solutions: Neither › Doubts: Nothing holds them back › Next step agreed: Demo "
        "booked › → Hand to sales",
        1, 0, 0.0, 0, 1,
    )]  # fmt: skip
    assert ("Need", "A clear problem they want solved", 1, 0, 0.0, 0, 1) in choices.rows


def push_outcome(world: SyncWorld, lead_id: str, **data: Any) -> Any:
    wire = {
        "lead_id": lead_id,
        "started_at": (datetime.now(UTC) - timedelta(minutes=3)).isoformat(),
        "duration_s": 120,
        "disposition": "connected",
        "result": "qualified",
        "script_id": "b2b-discovery",
        "script_version": 1,
        **data,
    }
    mutation = Mutation(
        mutation_id=str(uuid.uuid4()),
        client_seq=1,
        type=MutationType.CALL_OUTCOME_RECORD,
        entity_id=str(uuid.uuid4()),
        data=wire,
    )
    (result,) = world.client().push("laptop-1", [mutation]).results
    return result


def test_answers_that_do_not_fit_or_a_verdict_that_does_not_follow_are_refused(
    world: SyncWorld,
) -> None:
    [lead_id] = world.add_leads(1, "anna")
    world.sync()
    ready = {"verdict": "ready", "score": 100, "quality": "targeted"}
    cases = [
        ({"answers": {**READY, "q-budget": {"amount": "lots", "currency": "EUR"}}, **ready},
         "bad_answer", {"value": "q-budget", "problem": "not_a_number"}),
        ({"answers": {**READY, "q-mood": "good"}, **ready},
         "bad_answer", {"value": "q-mood", "problem": "unknown_question"}),
        ({"answers": {**READY, "q-need": "maybe"}, **ready},
         "bad_answer", {"value": "q-need", "problem": "unknown_choice"}),
        ({"answers": READY, "verdict": "nurture", "score": 100, "quality": "targeted",
          "result": "nurture"}, "judgement_mismatch", None),
        ({"answers": READY, "verdict": "ready", "score": 40, "quality": "targeted"},
         "judgement_mismatch", None),
        ({"answers": READY, **ready, "script_version": 99}, "unknown_script", None),
        ({"answers": READY, **ready, "script_id": None, "script_version": None},
         "invalid_data", None),
        ({"answers": READY, **ready, "result": "follow_up",
          "next_call_at": (datetime.now(UTC) + timedelta(days=1)).isoformat()},
         "overrule_needs_reason", None),
    ]  # fmt: skip
    for data, code, params in cases:
        result = push_outcome(world, lead_id, **data)
        assert (result.status, result.code) == ("rejected", code), (data, result)
        if params is not None:
            assert result.params == params
    with world.engine.connect() as connection:
        assert connection.scalar(select(ServerOutcome.id)) is None  # nothing was stored
    accepted = push_outcome(world, lead_id, answers=READY, **ready)
    assert accepted.status == "applied"
