# SPDX-License-Identifier: MIT
"""``demo-data``: demo users, the default content and realistic leads, reproducibly."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from desktop.domain.contacts import duplicate_keys
from desktop.domain.lead import Lead, create_lead
from desktop.domain.vocabulary import Stage
from server.demo_data import demo_leads
from server.models import User
from server.services.content import seed_default_content
from server.services.leads import insert_leads, known_leads
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


def load_demo_data(
    connection: Connection, *, managers: int, leads: int, password: str, seed: int, now: datetime
) -> str:
    """Create ``admin`` and ``manager1..N`` (existing ones are kept) and ``leads`` leads
    assigned round robin; a few are due callbacks, some nurtured. Returns a summary."""
    if managers < 1 or leads < 0:
        raise ValueError("need at least one manager and a non-negative number of leads")
    seed_default_content(connection, now)
    existing = {u.username: u.id for u in connection.execute(select(User.username, User.id))}
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
        if roll < 0.04:  # a callback that is due
            lead.stage = Stage.QUALIFYING
            lead.attempts = lead.attempts_today = 1
            lead.last_attempt_at = now - timedelta(hours=rng.randint(2, 30))
            lead.next_call_at = now - timedelta(minutes=rng.randint(1, 90))
        elif roll < 0.08:  # a callback later today or this week
            lead.stage = Stage.QUALIFYING
            lead.attempts = 1
            lead.last_attempt_at = now - timedelta(days=1)
            lead.next_call_at = now + timedelta(hours=rng.randint(1, 96))
        elif roll < 0.10:  # back from nurturing
            lead.stage = Stage.NURTURING
            lead.nurture_until = now - timedelta(days=rng.randint(0, 10))
        batch.append(lead)
    known = known_leads(connection, seen) if seen else {}
    fresh = [lead for lead in batch if not duplicate_keys(lead.phones, lead.emails) & set(known)]
    insert_leads(connection, fresh, now)
    lines = [
        f"demo data: {len(fresh)} leads over {len(manager_ids)} managers",
        f"users created: {', '.join(created) if created else 'none (all existed)'}",
        f"log in as admin or manager1..manager{managers}; password: {password}",
    ]
    return "\n".join(lines)
