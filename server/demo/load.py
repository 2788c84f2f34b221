# SPDX-License-Identifier: MIT
"""``demo-data``: demo users, the default content and realistic leads, reproducibly."""

from __future__ import annotations

import random
import uuid
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from salesdesk.domain.contacts import duplicate_keys
from salesdesk.domain.flow import AnswerKind, Node, NodeKind, months_after
from salesdesk.domain.guided_call import GuidedCall
from salesdesk.domain.lead import Lead, create_lead
from salesdesk.domain.qualification import call_day, judge
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import Disposition, Result, Source, Stage
from salesdesk.protocol.convert import script_from_wire
from salesdesk.protocol.models import Mutation, MutationType, ScriptData
from server.config import ServerSettings
from server.demo.people import demo_leads
from server.models import InterestTagRow, ScriptVersionRow, UserRow
from server.services.content import seed_default_content, upsert_interest_tag
from server.services.leads import insert_leads, known_leads
from server.services.mutations import Sender, record_outcome
from server.services.stats import refresh_script_stats
from server.services.teams import add_team, move_user
from server.services.users import add_user

_MANAGER_NAMES = (
    "Olga Ivanova",
    "Tom Baker",
    "Sofia Rossi",
    "Jan Novak",
    "Maria Garcia",
    "Lee Wong",
    "Anna Berg",
    "Omar Haddad",
    "Emma Stone",
    "Ivan Petrov",
)

#: The demo team's products and topics, offered at its stands (the first only at one event).
_INTERESTS: tuple[dict[str, Any], ...] = (
    {"id": "pos", "label": "POS terminals", "labels": {"ru": "POS-терминалы"},
     "events": ["RetailTech Expo 2026"]},
    {"id": "crm", "label": "CRM integration", "labels": {"ru": "Интеграция с CRM"}},
    {"id": "analytics", "label": "Sales analytics", "labels": {"ru": "Аналитика продаж"}},
    {"id": "trial", "label": "Free trial", "labels": {"ru": "Бесплатный пробный период"}},
    {"id": "pricing", "label": "Pricing", "labels": {"ru": "Цены"}},
)  # fmt: skip


def load_demo_data(
    connection: Connection, *, managers: int, leads: int, password: str, seed: int, now: datetime
) -> str:
    """Create ``admin`` and ``manager1..N`` (existing ones are kept) and ``leads`` leads
    assigned round robin; a few are due callbacks, some nurtured. Returns a summary."""
    if managers < 1 or leads < 0:
        raise ValueError("need at least one manager and a non-negative number of leads")
    seed_default_content(connection, now)
    if connection.scalar(select(InterestTagRow.id).limit(1)) is None:
        for entry in _INTERESTS:
            upsert_interest_tag(connection, entry, now)
    existing = {u.username: u.id for u in connection.execute(select(UserRow.username, UserRow.id))}
    created: list[str] = []
    if "admin" not in existing:
        existing["admin"] = add_user(
            connection, "admin", password, "admin", now=now, name="Head of Sales"
        )
        created.append("admin")
    manager_ids: list[str] = []
    for i in range(1, managers + 1):
        username = f"manager{i}"
        if username not in existing:
            existing[username] = add_user(
                connection,
                username,
                password,
                "manager",
                now=now,
                name=_MANAGER_NAMES[(i - 1) % len(_MANAGER_NAMES)],
            )
            created.append(username)
        manager_ids.append(existing[username])
    if "teamlead1" not in existing:  # the team lead of the first three managers
        existing["teamlead1"] = add_user(
            connection, "teamlead1", password, "team_lead", now=now, name="Nina Team Lead"
        )
        created.append("teamlead1")
        add_team(connection, "Team 1", "teamlead1", now)
        for i in range(1, min(managers, 3) + 1):
            move_user(connection, f"manager{i}", "Team 1")
    rng = random.Random(seed)
    untouched: set[str] = set()  # leads set up above as due callbacks or nurture returns
    promises: dict[str, tuple[datetime, datetime]] = {}  # lead → (the call, the callback)
    batch: list[Lead] = []
    seen: set[str] = set()
    for index, demo in enumerate(demo_leads(leads, seed=seed, now=now)):
        lead = create_lead(demo.draft, now=demo.created_at, default_region="US")
        keys = duplicate_keys(lead.phones, lead.emails)
        if keys & seen:
            continue
        seen |= keys
        lead.assignee_id = manager_ids[index % len(manager_ids)]
        roll = rng.random()
        if roll < 0.04:  # a callback that is due: the call that promised it is on record
            started = now - timedelta(hours=rng.randint(2, 30))
            promises[lead.id] = (started, now - timedelta(minutes=rng.randint(1, 90)))
        elif roll < 0.08:  # a callback later today or this week
            started = now - timedelta(days=1)
            promises[lead.id] = (started, now + timedelta(hours=rng.randint(1, 96)))
        elif roll < 0.10:  # back from nurturing
            lead.stage = Stage.NURTURING
            lead.nurture_until = now - timedelta(days=rng.randint(0, 10))
        if lead.id in promises and promises[lead.id][0] < lead.created_at:
            lead.created_at = promises[lead.id][0] - timedelta(minutes=rng.randint(5, 600))
        batch.append(lead)
        if roll < 0.10:
            untouched.add(lead.id)
    known = known_leads(connection, seen) if seen else {}
    fresh = [lead for lead in batch if not duplicate_keys(lead.phones, lead.emails) & set(known)]
    insert_leads(connection, fresh, now)
    calls = record_call_history(
        connection, [lead for lead in fresh if lead.id not in untouched], rng, now
    )
    calls += record_promised_callbacks(
        connection, [lead for lead in fresh if lead.id in promises], promises, rng
    )
    refresh_script_stats(connection, now)
    doubts = _possible_duplicates(connection, fresh, manager_ids[:3], seed, now)
    lines = [
        f"demo data: {len(fresh)} leads over {len(manager_ids)} managers, {calls} past calls, "
        f"{doubts} possible duplicates for the team lead's review",
        f"users created: {', '.join(created) if created else 'none (all existed)'}",
        f"log in as admin, teamlead1 (team lead of manager1..3) or manager1..manager{managers}; "
        f"password: {password}",
    ]
    return "\n".join(lines)


def _possible_duplicates(
    connection: Connection, fresh: list[Lead], team: list[str], seed: int, now: datetime
) -> int:
    """A few people who share a lead's phone (a colleague on the same switchboard, met at
    the demo expo) kept for the team lead's review, as an import or a stand keeps them."""
    others = iter(demo_leads(3, seed=seed + 1, now=now))
    added = 0
    for manager in team:
        original = next((x for x in fresh if x.assignee_id == manager and x.phones), None)
        other = next(others, None)
        if original is None or other is None:
            break
        draft = replace(other.draft, phones=[original.phones[0]], company=original.company,
                        source=Source.EXHIBITION, event_name="Demo Expo")  # fmt: skip
        lead = create_lead(draft, now=now - timedelta(hours=3), default_region="US",
                           assignee_id=manager)  # fmt: skip
        insert_leads(connection, [lead], now, review={lead.id: original.id})
        added += 1
    return added


#: How a dialled call goes (weights): most calls are not answered.
_DISPOSITIONS = (
    (Disposition.CONNECTED, 46),
    (Disposition.NO_ANSWER, 28),
    (Disposition.BUSY, 8),
    (Disposition.VOICEMAIL, 12),
    (Disposition.WRONG_NUMBER, 3),
    (Disposition.INVALID_NUMBER, 3),
)
#: The loss reason a manager picks after an objection of each category.
_LOSS_BY_CATEGORY = {
    "price": "price_high",
    "competitor": "chose_competitor",
    "need": "need_disappeared",
    "functionality": "missing_functionality",
    "timing_budget": "budget_later",
    "trust": "reliability_concerns",
    "authority": "personal_unwillingness",
}
_COMMENTS = {
    "chose_competitor": "Signed with the incumbent vendor",
    "missing_functionality": "Needs telephony integration we do not have",
}


def _call_wire(
    lead_id: str,
    started: datetime,
    rng: random.Random,
    script: CallScript,
    history: list[str],
    last: bool,
) -> dict[str, Any]:
    """One plausible call; ``history`` collects its result (the caller stops at a decision)."""
    disposition = rng.choices(*zip(*_DISPOSITIONS, strict=True))[0]
    wire: dict[str, Any] = {
        "lead_id": lead_id,
        "started_at": started.isoformat(),
        "duration_s": rng.randint(10, 40),
        "disposition": disposition.value,
        "result": Result.NONE.value,
    }
    if disposition in (Disposition.WRONG_NUMBER, Disposition.INVALID_NUMBER):
        wire.update(result=Result.LOST.value, loss_reason_id="wrong_contact")
    elif disposition is Disposition.CONNECTED:
        wire["duration_s"] = rng.randint(60, 900)
        wire.update(_conversation(script, started, rng))
    elif rng.random() < 0.3:
        wire.update(
            result=Result.FOLLOW_UP.value,
            next_call_at=(started + timedelta(hours=rng.randint(2, 30))).isoformat(),
        )
    if last and wire["result"] in (Result.NONE.value, Result.FOLLOW_UP.value):
        # the last attempt a manager makes: unreachable, or lost after the conversation
        wire.pop("next_call_at", None)
        wire.update(result=Result.LOST.value, loss_reason_id="unreachable")
        if disposition is Disposition.CONNECTED:
            wire["loss_reason_id"] = "personal_unwillingness"
    history.append(wire["result"])
    return wire


def _answer(node: Node, started: datetime, rng: random.Random) -> Any:
    """What a lead might answer to a question (the first choices a little more often)."""
    kind = node.answer
    if kind is AnswerKind.YES_NO:
        return rng.random() < 0.85
    if kind in (AnswerKind.CHOICE, AnswerKind.CHOICES):
        weights = [(len(node.choices) - i) ** 2 for i in range(len(node.choices))]
        chosen = rng.choices(node.choices, weights)[0].id
        return chosen if kind is AnswerKind.CHOICE else [chosen]
    if kind is AnswerKind.NUMBER:
        return rng.choice((3, 5, 8, 12, 20, 35, 60))
    if kind is AnswerKind.MONEY:
        amount = rng.choice((500, 2000, 6000, 9000, 12000, 25000))
        return {"amount": amount, "currency": node.currency}
    if kind in (AnswerKind.MONTH, AnswerKind.DATE):
        day = months_after(started.date(), rng.choice((0, 1, 1, 2, 2, 3, 4, 6, 9)))
        return f"{day.year:04d}-{day.month:02d}" + ("" if kind is AnswerKind.MONTH else "-01")
    return ""


def _conversation(script: CallScript, started: datetime, rng: random.Random) -> dict[str, Any]:
    """A conversation walked through the guided script as a caller would: the answers, the
    objections met on the way (an answer of each used mostly), the verdict the team's rules
    give and, mostly, the result it suggests (else a follow-up, overruled with a reason)."""
    day = call_day(started)
    call = GuidedCall.begin(script)
    for _step in range(80):
        node = call.node
        if node.kind is NodeKind.END:
            break
        call = (
            call.answer(_answer(node, started, rng), day)
            if node.kind is NodeKind.ASK
            else call.go_on(day)
        )
    objections = [
        script.objection(n.objection) for n in map(script.node, call.path) if n and n.objection
    ]
    used = [
        o.answers[0 if rng.random() < 0.6 else rng.randrange(len(o.answers))].id
        for o in objections
        if o is not None and rng.random() < 0.85
    ]
    judgement = judge(script, call.answers, started)
    wire: dict[str, Any] = {
        "objections": [o.id for o in objections if o is not None],
        "answers_used": used,
        "answers": call.answers,
        "script_id": script.id,
        "script_version": script.version,
        "score": judgement.score,
        "quality": judgement.quality.value if judgement.quality else None,
    }
    assessment = judgement.assessment
    if assessment is None:  # no rule holds: the caller decides, mostly as the script ended
        ended = call.node.result if call.ended else None
        if ended is Result.QUALIFIED or rng.random() < 0.3:
            ended = Result.FOLLOW_UP  # a demo booked without a verdict: confirm it first
        met = [o for o in objections if o is not None]
        if ended is Result.LOST:
            reason = _LOSS_BY_CATEGORY[met[0].category] if met else "personal_unwillingness"
            wire.update(
                result=Result.LOST.value, loss_reason_id=reason, note=_COMMENTS.get(reason, "")
            )
        elif ended is Result.NURTURE:
            back = started + timedelta(days=rng.randint(4, 20))
            wire.update(result=Result.NURTURE.value, nurture_until=back.isoformat())
        else:
            back = started + timedelta(hours=rng.randint(3, 72))
            wire.update(result=Result.FOLLOW_UP.value, next_call_at=back.isoformat())
        return wire
    wire["verdict"] = assessment.verdict.value
    if rng.random() < 0.12:  # the caller knows better: call again, saying why
        wire.update(
            result=Result.FOLLOW_UP.value,
            next_call_at=(started + timedelta(hours=rng.randint(3, 72))).isoformat(),
            overrule_reason=rng.choice(_OVERRULES),
        )
        return wire
    wire["result"] = assessment.result.value
    if assessment.result is Result.LOST:
        wire["loss_reason_id"] = assessment.loss_reason_id
        wire["note"] = _COMMENTS.get(assessment.loss_reason_id, "")
    elif assessment.result is Result.NURTURE and assessment.return_on is not None:
        back = datetime.combine(assessment.return_on, time(9), tzinfo=UTC)
        wire["nurture_until"] = max(back, started + timedelta(days=4)).isoformat()
    return wire


#: Why a caller called again instead of following the verdict.
_OVERRULES = (
    "The owner signs off after the board meeting",
    "Wants to see the demo with IT first",
    "Budget confirmed only verbally",
)


def record_promised_callbacks(
    connection: Connection,
    leads: list[Lead],
    promises: dict[str, tuple[datetime, datetime]],
    rng: random.Random,
) -> int:
    """The call behind each callback set up above (the lead asked to be called back then),
    recorded through the push service so that attempts and history agree; returns how many."""
    users = {u.id: u for u in connection.execute(select(UserRow))}
    settings = ServerSettings(database_url=str(connection.engine.url))
    for number, lead in enumerate(leads):
        started, callback = promises[lead.id]
        wire = {
            "lead_id": lead.id,
            "started_at": started.isoformat(),
            "duration_s": rng.randint(60, 400),
            "disposition": Disposition.CALLBACK_REQUESTED.value,
            "result": Result.FOLLOW_UP.value,
            "next_call_at": callback.isoformat(),
            "note": "Asked to be called back",
        }
        mutation = Mutation(
            mutation_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            client_seq=number,
            type=MutationType.CALL_OUTCOME_RECORD,
            entity_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            data=wire,
        )
        record_outcome(
            connection, Sender.of(users[lead.assignee_id], "demo"), mutation, started, settings
        )
    return len(leads)


def record_call_history(
    connection: Connection, leads: list[Lead], rng: random.Random, now: datetime
) -> int:
    """Past calls on about three leads in four, recorded through the push service as their
    managers' workstations would have sent them; returns how many."""
    data = connection.execute(
        select(ScriptVersionRow.data)
        .where(ScriptVersionRow.script_id == "b2b-discovery")
        .order_by(ScriptVersionRow.version.desc())
    ).scalar()
    if data is None:
        return 0
    script = script_from_wire(ScriptData.model_validate(data))
    users = {u.id: u for u in connection.execute(select(UserRow))}
    settings = ServerSettings(database_url=str(connection.engine.url))
    recorded = 0
    for lead in leads:
        if rng.random() > 0.75 or lead.assignee_id not in users:
            continue
        delay = rng.choices(
            (rng.uniform(2, 30), rng.uniform(30, 240), rng.uniform(240, 2880)), (40, 35, 25)
        )[0]
        started = lead.created_at + timedelta(minutes=delay)
        results: list[str] = []
        while started < now - timedelta(minutes=5):
            wire = _call_wire(lead.id, started, rng, script, results, last=len(results) == 5)
            mutation = Mutation(
                mutation_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                client_seq=recorded,
                type=MutationType.CALL_OUTCOME_RECORD,
                entity_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                data=wire,
            )
            sender = Sender.of(users[lead.assignee_id], "demo")
            record_outcome(connection, sender, mutation, started, settings)
            recorded += 1
            if results[-1] in (Result.QUALIFIED.value, Result.LOST.value):
                break
            if results[-1] == Result.NURTURE.value:
                if rng.random() > 0.35:
                    break
                started = datetime.fromisoformat(wire["nurture_until"]) + timedelta(
                    hours=rng.randint(1, 48)
                )
            elif results[-1] == Result.FOLLOW_UP.value:
                promised = datetime.fromisoformat(wire["next_call_at"])
                late = rng.random() < 0.25
                started = promised + timedelta(
                    minutes=rng.randint(60, 1440) if late else rng.randint(-5, 10)
                )
            else:
                started += timedelta(hours=rng.randint(3, 48))
    return recorded
