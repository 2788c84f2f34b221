# SPDX-License-Identifier: MIT
"""Pull: paging, latest state once, reassignment tombstones, retention and 410, gzip."""

from __future__ import annotations

from salesdesk.protocol.models import LeadData, PullResponse, ScriptData
from server.services.leads import assign_leads
from tests.unit.server.conftest import ServerEnv


def leads_of(changes: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(c["id"]): c for c in changes if c["entity"] == "lead"}


def test_first_pull_has_catalogs_scripts_and_only_my_leads(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_user("bob")
    mine = env.add_leads(7, "anna")
    env.add_leads(5, "bob")
    env.add_leads(2, None)
    changes, _ = env.pull_all(env.login("anna"), limit=4)
    assert set(leads_of(changes)) == set(mine)
    entities = {c["entity"] for c in changes}
    assert entities == {"lead", "loss_reason", "objection_category", "script"}
    scripts = [ScriptData.model_validate(c["data"]) for c in changes if c["entity"] == "script"]
    assert {s.language for s in scripts} == {"en", "ru"}
    for change in changes:
        if change["entity"] == "lead":
            assert LeadData.model_validate(change["data"]).assignee_id == env.users["anna"]


def test_pages_follow_the_limit_and_the_cursor(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_leads(30, "anna")
    headers = env.login("anna")
    first = PullResponse.model_validate(
        env.client.get("/api/v1/sync/pull", params={"limit": 10}, headers=headers).json()
    )
    assert len(first.changes) == 10 and first.has_more
    rest, cursor = env.pull_all(headers, first.cursor, limit=10)
    total = len(first.changes) + len(rest)
    assert total == 30 + 12 + 7 + 2  # leads, loss reasons, categories, scripts
    again = env.client.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=headers)
    assert again.json()["changes"] == [] and again.json()["has_more"] is False
    assert again.json()["cursor"] == cursor


def test_a_lead_changed_many_times_comes_once_in_its_latest_state(env: ServerEnv) -> None:
    env.add_user("anna")
    [lead] = env.add_leads(1, "anna")
    headers = env.login("anna")
    _, cursor = env.pull_all(headers)
    from server.services.leads import lock_lead, write_changes

    for name in ("Ann", "Anne", "Annette"):
        with env.engine.begin() as connection:
            row = lock_lead(connection, lead)
            assert row is not None
            write_changes(connection, row, {"first_name": name}, env.clock())
    changes, _ = env.pull_all(headers, cursor)
    assert [c["data"]["first_name"] for c in changes] == ["Annette"]  # type: ignore[index]
    assert changes[0]["version"] == 4


def test_reassignment_removes_for_one_and_adds_for_the_other(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_user("bob")
    leads = env.add_leads(3, "anna")
    anna, bob = env.login("anna"), env.login("bob")
    _, anna_cursor = env.pull_all(anna)
    _, bob_cursor = env.pull_all(bob)
    with env.engine.begin() as connection:
        assert assign_leads(connection, leads[:2], env.users["bob"], env.clock()) == 2
    anna_changes, _ = env.pull_all(anna, anna_cursor)
    bob_changes, _ = env.pull_all(bob, bob_cursor)
    assert {(c["op"], c["id"]) for c in anna_changes} == {("remove", i) for i in leads[:2]}
    assert {(c["op"], c["id"]) for c in bob_changes} == {("upsert", i) for i in leads[:2]}
    # and bob can now read them, anna cannot
    assert env.client.get(f"/api/v1/leads/{leads[0]}", headers=bob).status_code == 200
    assert env.client.get(f"/api/v1/leads/{leads[0]}", headers=anna).status_code == 404


def test_tombstones_expire_and_an_older_cursor_gets_410(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_user("bob")
    leads = env.add_leads(2, "anna")
    anna = env.login("anna")
    _, old_cursor = env.pull_all(anna)
    with env.engine.begin() as connection:
        assign_leads(connection, leads[:1], env.users["bob"], env.clock())
    _, fresh_cursor = env.pull_all(anna, old_cursor)
    env.clock.advance(days=91)  # past the 90-day retention; the next pull purges
    anna = env.login("anna")
    gone = env.client.get("/api/v1/sync/pull", params={"cursor": old_cursor}, headers=anna)
    assert gone.status_code == 410
    # a cursor past the purged removals still works, and a snapshot always does
    assert (
        env.client.get(
            "/api/v1/sync/pull", params={"cursor": fresh_cursor}, headers=anna
        ).status_code
        == 200
    )
    snapshot, _ = env.pull_all(anna)
    assert set(leads_of(snapshot)) == {leads[1]}


def test_bad_cursors(env: ServerEnv) -> None:
    env.add_user("anna")
    headers = env.login("anna")
    _, cursor = env.pull_all(headers)
    server_id = cursor.rsplit(".", 1)[0]
    cases = {
        "nonsense": 400,
        "abc.-1": 400,
        f"{server_id}.x": 400,
        "otherserver.5": 410,
        f"{server_id}.999999": 410,
        "a" * 300: 422,
    }
    for bad, status in cases.items():
        response = env.client.get("/api/v1/sync/pull", params={"cursor": bad}, headers=headers)
        assert response.status_code == status, (bad, response.text)
    for limit in (0, -1, 5001, "many"):
        response = env.client.get("/api/v1/sync/pull", params={"limit": limit}, headers=headers)
        assert response.status_code == 422


def test_large_pulls_are_gzipped(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_leads(50, "anna")
    headers = {**env.login("anna"), "Accept-Encoding": "gzip"}
    response = env.client.get("/api/v1/sync/pull", headers=headers)
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(response.content) / 3
    small = env.client.get("/api/v1/health", headers=headers)
    assert "content-encoding" not in small.headers  # tiny bodies are not worth it
