# SPDX-License-Identifier: MIT
"""Roles and teams on the admin endpoints: a manager gets 403, a team lead works on their
own team only (another team's lead, manager or leads: 404), an admin on everyone's; every
admin action writes one audit line, through the API and the command line."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server.cli import main as server_cli
from server.models import AuditRow, LeadRow
from server.services.audit import audit_entries
from server.services.teams import TeamError, add_team, managed_ids, move_user
from server.services.users import get_user
from tests.unit.server.conftest import ServerEnv


def two_teams(env: ServerEnv) -> None:
    """North: lead nina, managers anna and bob. South: lead sven, manager carl."""
    for name, role in (("nina", "team_lead"), ("sven", "team_lead"), ("anna", "manager"),
                       ("bob", "manager"), ("carl", "manager"), ("root", "admin")):  # fmt: skip
        env.add_user(name, role)
    with env.engine.begin() as connection:
        add_team(connection, "North", "nina", env.clock())
        add_team(connection, "South", "sven", env.clock())
        for user, team in (("anna", "North"), ("bob", "North"), ("carl", "South")):
            move_user(connection, user, team)


def test_each_admin_endpoint_checks_the_role_and_the_team(env: ServerEnv) -> None:
    two_teams(env)
    [annas] = env.add_leads(1, "anna")
    [carls] = env.add_leads(1, "carl")
    anna, nina, sven, root = (env.login(n) for n in ("anna", "nina", "sven", "root"))
    client = env.client
    # a manager: 403 everywhere
    for method, path in (("get", "/api/v1/admin/users"), ("get", "/api/v1/reports/conversion"),
                         ("get", "/api/v1/admin/scripts"), ("get", "/api/v1/admin/devices"),
                         ("post", f"/api/v1/admin/leads/{annas}/assign")):  # fmt: skip
        kwargs = {"json": {"username": "bob"}} if method == "post" else {}
        assert getattr(client, method)(path, headers=anna, **kwargs).status_code == 403, path
    # a team lead: their team, and 404 for another team's people and leads
    listed = client.get("/api/v1/admin/users", headers=nina).json()
    assert sorted(u["username"] for u in listed) == ["anna", "bob", "nina"]
    moved = client.post(f"/api/v1/admin/leads/{annas}/assign", headers=nina,
                        json={"username": "bob"})  # fmt: skip
    assert moved.status_code == 200, moved.text
    assert client.post(f"/api/v1/admin/leads/{annas}/assign", headers=nina,
                       json={"username": "carl"}).status_code == 404  # fmt: skip
    assert client.post(f"/api/v1/admin/leads/{carls}/assign", headers=nina,
                       json={"username": "anna"}).status_code == 404  # fmt: skip
    assert client.get(f"/api/v1/leads/{carls}", headers=nina).status_code == 404
    assert client.get(f"/api/v1/leads/{annas}", headers=nina).status_code == 200
    assert client.get("/api/v1/reports/conversion?manager=carl", headers=nina).status_code == 404
    assert client.get("/api/v1/reports/conversion?manager=bob", headers=nina).status_code == 200
    # admin-only endpoints stay admin-only; a team lead sees their team's devices only
    assert client.get("/api/v1/admin/devices", headers=sven).json() == []
    for path in (
        "/api/v1/admin/users/anna/revoke",
        "/api/v1/admin/users/anna/disable",
        "/api/v1/admin/users/anna/reset-password",
        "/api/v1/admin/devices/x/wipe",
    ):
        assert client.post(path, headers=nina).status_code == 403, path  # fmt: skip
    assert client.post("/api/v1/admin/users", headers=nina,
                       json={"username": "eve"}).status_code == 403  # fmt: skip
    assert client.get("/api/v1/admin/devices", headers=root).status_code == 200
    # an admin: everyone
    assert client.post(f"/api/v1/admin/leads/{carls}/assign", headers=root,
                       json={"username": "anna"}).status_code == 200  # fmt: skip
    with env.engine.connect() as connection:
        owner = connection.scalar(select(LeadRow.assignee_id).where(LeadRow.id == carls))
    assert owner == env.users["anna"]


def test_a_team_leads_reports_count_their_team_only(env: ServerEnv) -> None:
    two_teams(env)
    env.add_leads(2, "anna")
    env.add_leads(3, "carl")
    nina, root = env.login("nina"), env.login("root")
    theirs = env.client.get("/api/v1/reports/conversion", headers=nina).json()
    everyone = env.client.get("/api/v1/reports/conversion", headers=root).json()
    assert sum(r[1] for r in theirs["rows"]) == 2  # leads of anna (North) only
    assert sum(r[1] for r in everyone["rows"]) == 5


def test_the_managed_users_and_team_rules(env: ServerEnv) -> None:
    two_teams(env)
    with env.engine.begin() as connection:
        nina, root, anna = (get_user(connection, n) for n in ("nina", "root", "anna"))
        assert managed_ids(connection, nina) == {env.users[n] for n in ("nina", "anna", "bob")}
        assert managed_ids(connection, root) is None
        assert managed_ids(connection, anna) == {env.users["anna"]}
        with pytest.raises(TeamError, match="not a team lead"):
            add_team(connection, "West", "anna", env.clock())
        with pytest.raises(TeamError, match="already"):
            add_team(connection, "North", None, env.clock())
        with pytest.raises(TeamError, match="no team"):
            move_user(connection, "anna", "Nowhere")


def test_every_admin_action_writes_one_audit_line(
    env: ServerEnv, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    two_teams(env)
    [lead] = env.add_leads(1, "anna")
    nina, root = env.login("nina"), env.login("root")
    env.client.post(f"/api/v1/admin/leads/{lead}/assign", headers=nina, json={"username": "bob"})
    env.client.post("/api/v1/admin/users/bob/revoke", headers=root)
    env.client.post(f"/api/v1/admin/leads/{lead}/assign", headers=nina, json={"username": "carl"})
    with env.engine.connect() as connection:
        entries = audit_entries(connection)
    assert [(e.actor, e.action, e.target) for e in reversed(entries)] == [
        ("nina", "lead.assign", lead), ("root", "user.revoke", "bob"),
    ]  # fmt: skip
    # (the refused assignment to another team's manager wrote nothing)
    assert entries[-1].details == {"to": "bob", "previous": env.users["anna"]}
    # the command line's actions are audited too, and `audit` prints them
    url = env.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("SALESDESK_DATABASE_URL", url)
    assert server_cli(["teams", "move", "carl", "North"]) == 0
    assert server_cli(["audit", "--actor", "command line"]) == 0
    out = capsys.readouterr().out
    assert "command line" in out and "user.move" in out and "team=North" in out
    with env.engine.connect() as connection:
        count = len(list(connection.execute(select(AuditRow))))
    assert count == 3


def test_an_admin_adds_resets_moves_and_disables_people(env: ServerEnv) -> None:
    two_teams(env)
    root = env.login("root")
    client = env.client
    added = client.post("/api/v1/admin/users", headers=root, json={
        "username": "dana", "name": "Dana Field", "time_zone": "Europe/Berlin",
        "team": "North"})  # fmt: skip
    assert added.status_code == 201, added.text
    first = added.json()["password"]
    assert len(first) >= 16
    dana = env.login("dana", first)  # the one-time password works
    listed = {u["username"]: u for u in client.get("/api/v1/admin/users", headers=root).json()}
    assert (listed["dana"]["team"], listed["dana"]["time_zone"]) == ("North", "Europe/Berlin")
    nina_sees = client.get("/api/v1/admin/users", headers=env.login("nina")).json()
    assert "dana" in {u["username"] for u in nina_sees}  # now in nina's team
    reset = client.post("/api/v1/admin/users/dana/reset-password", headers=root)
    assert reset.status_code == 200 and reset.json()["password"] != first
    assert client.get("/api/v1/sync/pull", headers=dana).status_code == 401  # tokens revoked
    env.login("dana", reset.json()["password"])
    moved = client.put("/api/v1/admin/users/dana/team", headers=root, json={"team": "South"})
    assert moved.status_code == 204
    assert client.put("/api/v1/admin/users/dana/team", headers=root,
                      json={"team": "Nowhere"}).status_code == 404  # fmt: skip
    assert client.post("/api/v1/admin/users/dana/disable", headers=root).status_code == 204
    listed = {u["username"]: u for u in client.get("/api/v1/admin/users", headers=root).json()}
    assert listed["dana"]["disabled"] is True and listed["dana"]["team"] == "South"
    bad = client.post("/api/v1/admin/users", headers=root,
                      json={"username": "x", "time_zone": "Mars/Olympus"})  # fmt: skip
    assert bad.status_code == 422 and "time zone" in bad.text
    with env.engine.connect() as connection:
        actions = [e.action for e in reversed(audit_entries(connection))]
    assert actions == ["user.add", "user.reset_password", "user.move", "user.disable"]
