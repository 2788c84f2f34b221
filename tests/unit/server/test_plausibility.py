# SPDX-License-Identifier: MIT
"""Found by the trust probe: a manager could fabricate history — calls dated 2035 and 2001,
a lead "created" in 1999, objections no script has, calls on a lead long gone to someone
else. Each is now refused with a code the workstation's problems view shows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from server.models import OutcomeRow
from server.services.leads import assign_leads
from tests.unit.server.conftest import ServerEnv, new_id
from tests.unit.server.test_push import outcome, push

SCRIPT = {"script_id": "b2b-discovery", "script_version": 1}


@pytest.fixture
def anna(env: ServerEnv) -> dict[str, str]:
    env.add_user("anna")
    return env.login("anna")


def one(env: ServerEnv, headers: dict[str, str], mutation: dict[str, Any]) -> dict[str, Any]:
    [result] = push(env, headers, mutation)
    return result


def refused(result: dict[str, Any]) -> str:
    assert result["status"] == "rejected", result
    assert result["reason"]
    return str(result["code"])


def at(env: ServerEnv, **delta: float) -> str:
    return (env.clock() + timedelta(**delta)).isoformat()


@pytest.mark.parametrize(
    "started, code",
    [
        ("2035-01-01T10:00:00+00:00", "implausible_time"),
        ("2001-01-01T10:00:00+00:00", "too_old"),
    ],
)
def test_calls_dated_far_away_are_refused(
    env: ServerEnv, anna: dict[str, str], started: str, code: str
) -> None:
    [lead] = env.add_leads(1, "anna")
    assert refused(one(env, anna, outcome(lead, env, started_at=started))) == code
    with env.engine.connect() as connection:
        assert connection.scalar(select(OutcomeRow.id)) is None


def test_the_window_edges(env: ServerEnv, anna: dict[str, str]) -> None:
    env.clock.advance(days=-100)
    old_leads = env.add_leads(2, "anna")
    env.clock.advance(days=100)
    [lead] = env.add_leads(1, "anna")
    # a few minutes ahead: a drifting clock, accepted at the server's time
    assert one(env, anna, outcome(lead, env, started_at=at(env, minutes=3)))["status"] == "applied"
    assert refused(one(env, anna, outcome(lead, env, started_at=at(env, minutes=6)))) == (
        "implausible_time"
    )
    # waited offline 59 days: accepted; 61 days: older than the window
    ok = one(env, anna, outcome(old_leads[0], env, started_at=at(env, days=-59)))
    assert ok["status"] == "applied"
    late = one(env, anna, outcome(old_leads[1], env, started_at=at(env, days=-61)))
    assert refused(late) == "too_old"
    with env.engine.connect() as connection:
        starts = sorted(connection.scalars(select(OutcomeRow.started_at)))
    assert starts == [env.clock() - timedelta(days=59), env.clock()]


def test_a_call_before_its_lead_arrived_is_refused(env: ServerEnv, anna: dict[str, str]) -> None:
    [lead] = env.add_leads(1, "anna")
    result = one(env, anna, outcome(lead, env, started_at=at(env, hours=-2)))
    assert refused(result) == "before_lead"
    near = one(env, anna, outcome(lead, env, started_at=at(env, minutes=-8)))
    assert near["status"] == "applied"  # another workstation's clock: a small tolerance


@pytest.mark.parametrize(
    "created, code",
    [("1999-05-01T10:00:00+00:00", "too_old"), ("2035-05-01T10:00:00+00:00", "implausible_time")],
)
def test_a_captured_lead_from_1999_is_refused(
    env: ServerEnv, anna: dict[str, str], created: str, code: str
) -> None:
    mutation = {
        "mutation_id": new_id(), "client_seq": 0, "type": "lead.create", "entity_id": new_id(),
        "data": {"first_name": "Old", "emails": ["old@example.com"], "event_name": "Expo",
                 "created_at": created},
    }  # fmt: skip
    assert refused(one(env, anna, mutation)) == code
    mutation.update(mutation_id=new_id(), entity_id=new_id())
    mutation["data"] = {**mutation["data"], "created_at": at(env, days=-3)}
    created = one(env, anna, mutation)
    assert created["status"] == "applied", created


def test_objections_and_answers_must_exist_in_the_named_script(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    leads = env.add_leads(5, "anna")
    real = {"objections": ["price-expensive"], "answers_used": ["price-expensive-roi"]}
    assert one(env, anna, outcome(leads[0], env, **real, **SCRIPT))["status"] == "applied"
    fake = {"objections": ["we-made-this-up"], "answers_used": ["price-expensive-roi"]}
    assert refused(one(env, anna, outcome(leads[1], env, **fake, **SCRIPT))) == (
        "unknown_script_item"
    )
    fake_answer = {"objections": ["price-expensive"], "answers_used": ["free-lunch"]}
    assert refused(one(env, anna, outcome(leads[1], env, **fake_answer))) == (
        "unknown_script_item"
    )  # an older workstation names no script: checked against every published version
    assert one(env, anna, outcome(leads[2], env, **real))["status"] == "applied"
    no_such = {**real, "script_id": "b2b-discovery", "script_version": 99}
    assert refused(one(env, anna, outcome(leads[3], env, **no_such))) == "unknown_script"
    with env.engine.connect() as connection:
        stored = connection.execute(
            select(OutcomeRow.script_id, OutcomeRow.script_version).where(
                OutcomeRow.lead_id == leads[0]
            )
        ).one()
    assert tuple(stored) == ("b2b-discovery", 1)


def test_a_correction_cannot_add_a_made_up_objection(env: ServerEnv, anna: dict[str, str]) -> None:
    [lead] = env.add_leads(1, "anna")
    call = outcome(lead, env, **SCRIPT)
    assert one(env, anna, call)["status"] == "applied"
    amend = {
        "mutation_id": new_id(), "client_seq": 0, "type": "call_outcome.amend",
        "entity_id": call["entity_id"],
        "data": {**call["data"], "objections": ["invented"], "amended_at": at(env, minutes=-1)},
    }  # fmt: skip
    assert refused(one(env, anna, amend)) == "unknown_script_item"


def test_a_call_on_a_lead_gone_to_someone_else_counts_only_from_before(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    env.add_user("bob")
    leads = env.add_leads(2, "anna")
    env.clock.advance(hours=1)
    with env.engine.begin() as connection:
        assign_leads(connection, leads, env.users["bob"], env.clock())
    env.clock.advance(hours=1)
    # made offline before the lead went: a fact, accepted and flagged
    before = one(env, anna, outcome(leads[0], env, started_at=at(env, minutes=-90)))
    assert before["status"] == "applied" and "reassigned" in before["reason"]
    # after it went: refused, however long the manager once had it
    after = one(env, anna, outcome(leads[1], env, started_at=at(env, minutes=-30)))
    assert refused(after) == "not_yours_then"
    # back with anna: hers again
    with env.engine.begin() as connection:
        assign_leads(connection, leads[1:], env.users["anna"], env.clock())
    again = one(env, anna, outcome(leads[1], env, started_at=at(env, minutes=1)))
    assert again["status"] == "applied"
