# SPDX-License-Identifier: MIT
"""Manager A can neither read nor write manager B's leads by any endpoint."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from server.models import LeadRow, OutcomeRow
from tests.unit.server.conftest import ServerEnv, new_id


def test_a_manager_cannot_touch_anothers_leads(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_user("bob")
    [bobs] = env.add_leads(1, "bob", company="Bob's client")
    anna = env.login("anna")
    # read
    assert env.client.get(f"/api/v1/leads/{bobs}", headers=anna).status_code == 404
    assert env.client.get(f"/api/v1/leads/{bobs}/outcomes", headers=anna).status_code == 404
    assert env.client.get("/api/v1/leads/no-such-lead", headers=anna).status_code == 404
    changes, _ = env.pull_all(anna)
    assert bobs not in {c["id"] for c in changes}
    # write
    started = (env.clock() - timedelta(minutes=1)).isoformat()
    mutations = [
        {"mutation_id": new_id(), "client_seq": 1, "type": "call_outcome.record",
         "entity_id": new_id(), "data": {"lead_id": bobs, "started_at": started,
                                         "duration_s": 5, "disposition": "busy",
                                         "result": "none"}},
        {"mutation_id": new_id(), "client_seq": 2, "type": "lead.update", "entity_id": bobs,
         "base_version": 1, "data": {"company": "Hijacked"}},
        {"mutation_id": new_id(), "client_seq": 3, "type": "lead.create", "entity_id": bobs,
         "data": {"emails": ["x@example.com"]}},
    ]  # fmt: skip
    response = env.client.post(
        "/api/v1/sync/push", headers=anna, json={"client_id": "anna-laptop", "mutations": mutations}
    )
    assert [r["status"] for r in response.json()["results"]] == ["rejected"] * 3
    with env.engine.connect() as connection:
        assert (
            connection.scalar(select(LeadRow.company).where(LeadRow.id == bobs)) == "Bob's client"
        )
        assert connection.scalar(select(OutcomeRow.id)) is None
    # and a mutation ID bob used cannot be replayed by anna to learn its result
    bob = env.login("bob")
    own = {**mutations[1], "mutation_id": new_id()}
    env.client.post("/api/v1/sync/push", headers=bob, json={"client_id": "b", "mutations": [own]})
    replay = env.client.post(
        "/api/v1/sync/push", headers=anna, json={"client_id": "a", "mutations": [own]}
    ).json()
    assert replay["results"][0]["status"] == "rejected"
    assert replay["results"][0]["code"] == "id_reuse"


def test_an_admin_reads_any_lead_and_can_reassign(env: ServerEnv) -> None:
    env.add_user("boss", "admin")
    env.add_user("anna")
    env.add_user("bob")
    [lead] = env.add_leads(1, "anna")
    admin = env.login("boss")
    assert env.client.get(f"/api/v1/leads/{lead}", headers=admin).status_code == 200
    moved = env.client.post(
        f"/api/v1/admin/leads/{lead}/assign", headers=admin, json={"username": "bob"}
    )
    assert moved.status_code == 200 and moved.json()["assignee_id"] == env.users["bob"]
    assert env.client.get(f"/api/v1/leads/{lead}", headers=env.login("anna")).status_code == 404
    assert (
        env.client.post(
            f"/api/v1/admin/leads/{lead}/assign", headers=admin, json={"username": "nobody"}
        ).status_code
        == 404
    )
