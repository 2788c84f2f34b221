# SPDX-License-Identifier: MIT
"""Push: outcomes, captured leads, per-field merge, idempotency, partial batches."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from server.models import LeadRow, OutcomeRow, ProcessedMutationRow
from server.services.leads import assign_leads, lock_lead, write_changes
from tests.unit.server.conftest import ServerEnv, new_id


def outcome(lead_id: str, env: ServerEnv, **data: Any) -> dict[str, Any]:
    body = {
        "lead_id": lead_id,
        "started_at": (env.clock() - timedelta(minutes=5)).isoformat(),
        "duration_s": 60,
        "disposition": "connected",
        "result": "none",
    }
    body.update(data)
    return {
        "mutation_id": new_id(),
        "client_seq": 0,
        "type": "call_outcome.record",
        "entity_id": new_id(),
        "data": body,
    }


def push(
    env: ServerEnv, headers: dict[str, str], *mutations: dict[str, Any]
) -> list[dict[str, Any]]:
    for seq, mutation in enumerate(mutations, start=1):
        mutation["client_seq"] = seq
    response = env.client.post(
        "/api/v1/sync/push",
        headers=headers,
        json={"client_id": "laptop", "mutations": list(mutations)},
    )
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def count(env: ServerEnv, model: Any) -> int:
    with env.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def anna(env: ServerEnv) -> dict[str, str]:
    env.add_user("anna")
    return env.login("anna")


def test_an_outcome_moves_the_lead(env: ServerEnv, anna: dict[str, str]) -> None:
    [lead] = env.add_leads(1, "anna")
    next_call = env.clock() + timedelta(days=1)
    [result] = push(
        env,
        anna,
        outcome(
            lead,
            env,
            result="follow_up",
            next_call_at=next_call.isoformat(),
            objections=["price-expensive"],
        ),
    )
    assert result["status"] == "applied" and result["version"] == 2
    data = env.client.get(f"/api/v1/leads/{lead}", headers=anna).json()
    assert (data["stage"], data["attempts"], data["version"]) == ("qualifying", 1, 2)
    assert data["next_call_at"].startswith(next_call.date().isoformat())
    outcomes = env.client.get(f"/api/v1/leads/{lead}/outcomes", headers=anna).json()
    assert [o["objections"] for o in outcomes] == [["price-expensive"]]


def test_a_repeat_is_a_duplicate_and_changes_nothing(env: ServerEnv, anna: dict[str, str]) -> None:
    [lead] = env.add_leads(1, "anna")
    batch = [outcome(lead, env), outcome(lead, env, result="lost")]  # the second is invalid
    first = push(env, anna, *batch)
    second = push(env, anna, *batch)
    assert [r["status"] for r in first] == ["applied", "rejected"]
    assert [r["status"] for r in second] == ["duplicate", "rejected"]
    assert second[0]["version"] == first[0]["version"]
    assert second[1]["reason"] == first[1]["reason"]
    assert count(env, OutcomeRow) == 1


def test_same_id_with_a_different_payload_is_rejected(env: ServerEnv, anna: dict[str, str]) -> None:
    [lead] = env.add_leads(1, "anna")
    original = outcome(lead, env)
    push(env, anna, original)
    changed = {**original, "data": {**original["data"], "duration_s": 61}}
    [result] = push(env, anna, changed)
    assert result["status"] == "rejected" and result["code"] == "id_reuse"
    assert count(env, OutcomeRow) == 1


def test_a_rejection_in_the_middle_does_not_stop_the_batch(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    [lead] = env.add_leads(1, "anna")
    results = push(
        env,
        anna,
        outcome(lead, env),
        outcome(lead, env, result="follow_up"),  # no next call time
        outcome("no-such-lead", env),
        outcome(lead, env, disposition="busy", result="qualified"),
        outcome(lead, env),
    )
    assert [r["status"] for r in results] == [
        "applied",
        "rejected",
        "rejected",
        "rejected",
        "applied",
    ]
    assert "next call" in results[1]["reason"]
    assert results[2]["code"] == "unknown_lead"
    assert count(env, OutcomeRow) == 2
    assert count(env, ProcessedMutationRow) == 5


def test_the_same_batch_sent_twice_at_once_applies_once(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    leads = env.add_leads(5, "anna")
    batch = [outcome(lead, env) for lead in leads]
    results: list[list[dict[str, Any]]] = []
    errors: list[BaseException] = []

    def send() -> None:
        try:
            results.append(push(env, anna, *[dict(m) for m in batch]))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    statuses = sorted(r["status"] for batch_results in results for r in batch_results)
    assert statuses == ["applied"] * 5 + ["duplicate"] * 5
    assert count(env, OutcomeRow) == 5


def test_outcome_for_a_lead_reassigned_meanwhile_is_kept_and_flagged(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    env.add_user("bob")
    [lead] = env.add_leads(1, "anna")
    with env.engine.begin() as connection:
        assign_leads(connection, [lead], env.users["bob"], env.clock())
    [result] = push(
        env,
        anna,
        outcome(
            lead,
            env,
            result="follow_up",
            next_call_at=(env.clock() + timedelta(hours=2)).isoformat(),
        ),
    )
    assert result["status"] == "applied" and "review" in result["reason"]
    with env.engine.connect() as connection:
        row = connection.execute(select(OutcomeRow.review_reason, OutcomeRow.manager_id)).one()
        stage = connection.scalar(select(LeadRow.stage))
    assert row.review_reason == "reassigned" and row.manager_id == env.users["anna"]
    assert stage == "new"  # bob's lead is not moved by anna's late outcome
    # someone who never had the lead is refused
    env.add_user("carl")
    [refused] = push(env, env.login("carl"), outcome(lead, env))
    assert refused["status"] == "rejected"


def test_a_captured_lead_with_a_known_contact_goes_to_review(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    [known] = env.add_leads(1, "anna", phones=["+4915123456789"])
    new = new_id()
    [result] = push(env, anna, {
        "mutation_id": new_id(), "client_seq": 0, "type": "lead.create", "entity_id": new,
        "data": {"phones": ["+49 (151) 2345-6789"], "first_name": "Anna", "event_name": "Expo"},
    })  # fmt: skip
    assert result["status"] == "applied"
    assert result["server"] == {"review_state": "duplicate", "duplicate_of": known}
    with env.engine.connect() as connection:
        row = connection.execute(select(LeadRow).where(LeadRow.id == new)).one()
    assert (row.review_state, row.duplicate_of, row.phones) == (
        "duplicate",
        known,
        ["+4915123456789"],
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"first_name": "No contact", "event_name": "Expo"}, "a lead needs a phone or an email"),
        ({"phones": ["12"], "event_name": "Expo"}, "not a valid phone"),
        ({"emails": ["not-an-email"], "event_name": "Expo"}, "not a valid email"),
        ({"emails": ["a@b.io"], "source": "exhibition"}, "event's name"),
        ({"emails": ["a@b.io"], "source": "telepathy"}, "invalid data"),
        ({"emails": ["a@b.io"], "first_name": "x" * 500}, "invalid data"),
        ({"emails": ["a@b.io"], "unexpected": 1}, "invalid data"),
    ],
)
def test_bad_captured_leads_are_rejected_with_a_reason(
    env: ServerEnv, anna: dict[str, str], data: dict[str, Any], reason: str
) -> None:
    [result] = push(
        env,
        anna,
        {
            "mutation_id": new_id(),
            "client_seq": 0,
            "type": "lead.create",
            "entity_id": new_id(),
            "data": data,
        },
    )
    assert result["status"] == "rejected"
    assert reason in result["reason"]
    assert count(env, LeadRow) == 0


def update(lead: str, base: int | None, **fields: Any) -> dict[str, Any]:
    return {
        "mutation_id": new_id(),
        "client_seq": 0,
        "type": "lead.update",
        "entity_id": lead,
        "base_version": base,
        "data": fields,
    }


def test_edits_merge_per_field(env: ServerEnv, anna: dict[str, str]) -> None:
    [lead] = env.add_leads(1, "anna", company="Acme")
    # an admin changes the company on the server: version 2
    with env.engine.begin() as connection:
        row = lock_lead(connection, lead)
        assert row is not None
        write_changes(connection, row, {"company": "Acme Corp"}, env.clock())
    # the manager, still on version 1, edits another field: applied
    [other] = push(env, anna, update(lead, 1, temperature="hot"))
    assert other["status"] == "applied" and other["version"] == 3
    # the same field, to a different value: a conflict for that field only
    [clash] = push(env, anna, update(lead, 1, company="ACME Ltd", need="demo"))
    assert clash["status"] == "conflict"
    assert clash["server"] == {"company": "Acme Corp"}
    data = env.client.get(f"/api/v1/leads/{lead}", headers=anna).json()
    assert (data["company"], data["need"], data["temperature"]) == ("Acme Corp", "demo", "hot")
    # the same field to the same value is no conflict
    [same] = push(env, anna, update(lead, 1, company="Acme Corp"))
    assert same["status"] == "applied"


def test_my_own_outcome_never_conflicts_with_my_later_edit(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    [lead] = env.add_leads(1, "anna")
    later = (env.clock() + timedelta(days=2)).isoformat()
    results = push(
        env,
        anna,
        outcome(
            lead,
            env,
            result="follow_up",
            next_call_at=(env.clock() + timedelta(days=1)).isoformat(),
        ),
        update(lead, 1, next_call_at=later),
    )
    assert [r["status"] for r in results] == ["applied", "applied"]


@pytest.mark.parametrize(
    ("base", "fields", "reason"),
    [
        (None, {"company": "X"}, "base_version"),
        (7, {"company": "X"}, "ahead"),
        (1, {}, "no field"),
        (1, {"stage": "converted"}, "cannot go from new"),
        (1, {"phones": [], "emails": []}, "needs a phone or an email"),
        (1, {"emails": ["nope"]}, "not a valid email"),
        (1, {"time_zone": "Mars/Base"}, "time zone"),
        (1, {"first_name": None}, "cannot be null"),
        (1, {"score": 1000}, "invalid data"),
        (1, {"assignee_id": "me"}, "invalid data"),
    ],
)
def test_bad_edits_are_rejected(
    env: ServerEnv, anna: dict[str, str], base: int | None, fields: dict[str, Any], reason: str
) -> None:
    [lead] = env.add_leads(1, "anna")
    [result] = push(env, anna, update(lead, base, **fields))
    assert result["status"] == "rejected" and reason in result["reason"], result
    data = env.client.get(f"/api/v1/leads/{lead}", headers=anna).json()
    assert data["version"] == 1


def test_a_rejection_after_a_write_rolls_the_write_back(
    env: ServerEnv, anna: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A handler that wrote and then refused leaves no trace but its stored answer."""
    from server.services import mutations

    [lead] = env.add_leads(1, "anna")

    def write_then_refuse(connection: Any, user: Any, mutation: Any, now: Any, _s: Any) -> Any:
        row = lock_lead(connection, lead)
        assert row is not None
        write_changes(connection, row, {"company": "Half Written Ltd"}, now, actor=user.id)
        raise mutations.Rejected("refused after writing")

    monkeypatch.setitem(mutations.HANDLERS, "call_outcome.record", write_then_refuse)
    mutation = outcome(lead, env)
    [result] = push(env, anna, mutation)
    assert (result["status"], result["reason"]) == ("rejected", "refused after writing")
    with env.engine.connect() as connection:
        company, version = connection.execute(
            select(LeadRow.company, LeadRow.version).where(LeadRow.id == lead)
        ).one()
    assert company != "Half Written Ltd" and version == 1
    monkeypatch.undo()  # a resend gets the stored answer, not a new attempt
    [again] = push(env, anna, mutation)
    assert again["status"] == "rejected" and again["reason"] == "refused after writing"
    assert count(env, ProcessedMutationRow) == 1
