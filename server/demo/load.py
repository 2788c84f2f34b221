# SPDX-License-Identifier: MIT
"""``demo-data``: demo users, the default content and realistic leads, reproducibly."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from salesdesk.domain.contacts import duplicate_keys
from salesdesk.domain.lead import Lead, create_lead
from salesdesk.domain.vocabulary import Disposition, Result, Stage
from salesdesk.protocol.models import Mutation, MutationType
from server.config import ServerSettings
from server.demo.people import demo_leads
from server.models import InterestTagRow, ScriptVersionRow, UserRow
from server.services.content import seed_default_content, upsert_interest_tag
from server.services.leads import insert_leads, known_leads
from server.services.mutations import Sender, record_outcome
from server.services.stats import refresh_script_stats
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
    lines = [
        f"demo data: {len(fresh)} leads over {len(manager_ids)} managers, {calls} past calls",
        f"users created: {', '.join(created) if created else 'none (all existed)'}",
        f"log in as admin or manager1..manager{managers}; password: {password}",
    ]
    return "\n".join(lines)


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
    script: dict[str, Any],
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
        objections = rng.sample(script["objections"], rng.choice((0, 1, 1, 1, 2)))
        win, used = 0.30, []
        for objection in objections:
            win -= 0.08
            if rng.random() < 0.85:
                index = rng.randrange(len(objection["answers"]))
                used.append(objection["answers"][index]["id"])
                # the first answer of each objection works better: the figures show which
                win += 0.14 if index == 0 else 0.02
        roll = rng.random()
        wire.update(objections=[o["id"] for o in objections], answers_used=used)
        if roll < win:
            wire["result"] = Result.QUALIFIED.value
        elif roll < win + 0.25:
            reason = _LOSS_BY_CATEGORY[objections[0]["category"]] if objections else "no_budget"
            wire.update(
                result=Result.LOST.value,
                loss_reason_id=reason,
                note=_COMMENTS.get(reason, ""),
            )
        elif roll < win + 0.40:
            wire.update(
                result=Result.NURTURE.value,
                nurture_until=(started + timedelta(days=rng.randint(4, 20))).isoformat(),
            )
        else:
            wire.update(
                result=Result.FOLLOW_UP.value,
                next_call_at=(started + timedelta(hours=rng.randint(3, 72))).isoformat(),
            )
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
    script = connection.execute(
        select(ScriptVersionRow.data)
        .where(ScriptVersionRow.script_id == "b2b-discovery")
        .order_by(ScriptVersionRow.version.desc())
    ).scalar()
    if script is None:
        return 0
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
