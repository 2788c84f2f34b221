# SPDX-License-Identifier: MIT
"""The team lead's review queue and assignment over the real API (SQLite and PostgreSQL):
each kind of item appears for its team lead only and goes away with its decision; a merge
keeps both leads' contacts and calls and removes the other through the feed; the team's
leads filter as counted by hand; each manager's load; assigning a selection to a manager or
by the rules; every decision audited; managers get 403."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select, update

from salesdesk.domain.contacts import duplicate_keys
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.vocabulary import Source
from server.models import AuditRow, LeadRow, OutcomeRow, UserRow
from server.services.leads import assign_leads, insert_leads, known_leads
from tests.unit.server.conftest import ServerEnv
from tests.unit.server.test_push import outcome, push
from tests.unit.server.test_teams import two_teams

REVIEW = "/api/v1/admin/review"


def _duplicate_of(env: ServerEnv, original: str, assignee: str, **draft: Any) -> str:
    """A lead kept in duplicate review of ``original`` (as a capture or import keeps it)."""
    lead = create_lead(LeadDraft(**draft), now=env.clock(), default_region="DE",
                       assignee_id=env.users[assignee])  # fmt: skip
    with env.engine.begin() as connection:
        insert_leads(connection, [lead], env.clock(), review={lead.id: original})
    return lead.id


def _actions(env: ServerEnv) -> list[str]:
    with env.engine.connect() as connection:
        return list(connection.scalars(select(AuditRow.action).order_by(AuditRow.id)))


def test_each_kind_of_item_shows_for_its_team_lead_and_goes_with_its_decision(
    env: ServerEnv,
) -> None:
    two_teams(env)
    anna, nina, sven = env.login("anna"), env.login("nina"), env.login("sven")
    [original] = env.add_leads(1, "anna", first_name="Jacques", last_name="Dunagan",
                               phones=["+33 1 42 68 53 00"], emails=[])  # fmt: skip
    duplicate = _duplicate_of(env, original, "bob", first_name="Marc", last_name="Dufour",
                              phones=["+33 1 42 68 53 00"])  # fmt: skip
    [taken] = env.add_leads(1, "anna")
    with env.engine.begin() as connection:
        assign_leads(connection, [taken], env.users["bob"], env.clock())
    [flagged] = push(env, anna, outcome(taken, env, result="none"))
    assert flagged["status"] == "applied"
    future = (env.clock() + timedelta(hours=3)).isoformat()
    [refused] = push(env, anna, outcome(original, env, started_at=future, note="typed at 9"))
    assert refused["status"] == "rejected" and refused["code"] == "implausible_time"

    items = env.client.get(REVIEW, headers=nina).json()
    kinds = {item["kind"]: item for item in items}
    assert sorted(kinds) == ["duplicate", "flagged_call", "refused_call"]
    dupe = kinds["duplicate"]
    assert dupe["lead"]["name"] == "Marc Dufour" and dupe["other"]["name"] == "Jacques Dunagan"
    assert (dupe["manager"], dupe["other_manager"]) == ("bob", "anna")  # no names: usernames
    assert dupe["manager_name"] == "bob"
    assert kinds["flagged_call"]["reason"] == "reassigned"
    assert kinds["flagged_call"]["manager"] == "anna"
    assert kinds["refused_call"]["reason"] == "implausible_time"
    assert kinds["refused_call"]["detail"]["note"] == "typed at 9"
    assert kinds["refused_call"]["detail"]["started_at"] == future
    # another team's lead sees none of it; a manager may not look
    assert env.client.get(REVIEW, headers=sven).json() == []
    assert env.client.get(REVIEW, headers=anna).status_code == 403
    # decisions: a wrong one for the kind, another team's lead, then the right ones
    call = kinds["flagged_call"]["id"]
    wrong = env.client.post(f"{REVIEW}/flagged_call/{call}", headers=nina,
                            json={"decision": "keep_both"})  # fmt: skip
    assert wrong.status_code == 404
    other_team = env.client.post(f"{REVIEW}/flagged_call/{call}", headers=sven,
                                 json={"decision": "accept"})  # fmt: skip
    assert other_team.status_code == 404
    for kind, decision in (("flagged_call", "accept"), ("refused_call", "dismiss"),
                           ("duplicate", "keep_both")):  # fmt: skip
        done = env.client.post(f"{REVIEW}/{kind}/{kinds[kind]['id']}", headers=nina,
                               json={"decision": decision})  # fmt: skip
        assert done.status_code == 204, done.text
    assert env.client.get(REVIEW, headers=nina).json() == []
    again = env.client.post(f"{REVIEW}/flagged_call/{call}", headers=nina,
                            json={"decision": "dismiss"})  # fmt: skip
    assert again.status_code == 404  # decided once
    with env.engine.connect() as connection:
        decided = connection.execute(select(OutcomeRow.review_decision)).scalars().all()
        kept = connection.execute(
            select(LeadRow.review_state, LeadRow.duplicate_of).where(LeadRow.id == duplicate)
        ).one()
    assert decided == ["accept"]
    assert tuple(kept) == (None, None)
    assert _actions(env) == ["review.accept", "review.dismiss", "review.keep_both"]


def test_a_merge_keeps_both_contacts_and_calls_and_removes_the_other_through_the_feed(
    env: ServerEnv,
) -> None:
    two_teams(env)
    anna, bob, nina = env.login("anna"), env.login("bob"), env.login("nina")
    [kept] = env.add_leads(1, "anna", first_name="Jacques", last_name="Dunagan",
                           company="Le Club SARL", phones=["+33 1 42 68 53 00"],
                           emails=["jd@leclub.example"])  # fmt: skip
    other = _duplicate_of(env, kept, "bob", first_name="Jacques", last_name="Dunagan",
                          company="Le Club", phones=["+33 6 12 34 56 78"],
                          emails=["jacques@leclub.example"], city="Lyon")  # fmt: skip
    assert push(env, anna, outcome(kept, env, note="first call"))[0]["status"] == "applied"
    assert push(env, bob, outcome(other, env, note="bob's call"))[0]["status"] == "applied"
    _, bobs_cursor = env.pull_all(bob)
    _, annas_cursor = env.pull_all(anna)

    merged = env.client.post("/api/v1/admin/leads/merge", headers=nina,
                             json={"kept": kept, "other": other, "take": ["place"]})  # fmt: skip
    assert merged.status_code == 200, merged.text
    lead = env.client.get(f"/api/v1/leads/{kept}", headers=nina).json()
    assert lead["company"] == "Le Club SARL" and lead["city"] == "Lyon"
    assert lead["phones"] == ["+33142685300", "+33612345678"]
    assert lead["emails"] == ["jd@leclub.example", "jacques@leclub.example"]
    assert lead["attempts"] == 2
    calls = env.client.get(f"/api/v1/leads/{kept}/outcomes", headers=nina).json()
    assert sorted(c["note"] for c in calls) == ["bob's call", "first call"]
    assert env.client.get(f"/api/v1/leads/{other}", headers=nina).status_code == 404
    # bob's workstation drops the merged-away lead and gets his call again on the kept lead
    changes, _ = env.pull_all(bob, bobs_cursor)
    assert {"entity": "lead", "id": other} in [
        {"entity": c["entity"], "id": c["id"]} for c in changes if c["op"] == "remove"
    ]
    his = [c for c in changes if c["entity"] == "call_outcome"]
    assert [c["data"]["lead_id"] for c in his] == [kept]
    # anna's gets the kept lead with the joined contacts
    changes, _ = env.pull_all(anna, annas_cursor)
    [upsert] = [c for c in changes if c["entity"] == "lead" and c["id"] == kept]
    assert upsert["data"]["city"] == "Lyon"
    # a later capture with the other's phone is recognised as the kept lead
    with env.engine.connect() as connection:
        known = known_leads(connection, duplicate_keys(["+33612345678"], []))
    assert set(known.values()) == {kept}
    assert env.client.get(REVIEW, headers=nina).json() == []
    assert _actions(env) == ["lead.merge"]
    # bad requests
    for body, status in (({"kept": kept, "other": kept}, 404),
                         ({"kept": kept, "other": other}, 404),
                         ({"kept": kept, "other": "x", "take": ["salary"]}, 422)):  # fmt: skip
        response = env.client.post("/api/v1/admin/leads/merge", headers=nina, json=body)
        assert response.status_code == status, (body, response.text)
    assert env.client.post("/api/v1/admin/leads/merge", headers=anna,
                           json={"kept": kept, "other": other}).status_code == 403  # fmt: skip


def test_the_team_leads_table_filters_as_counted_by_hand(env: ServerEnv) -> None:
    two_teams(env)
    nina, sven = env.login("nina"), env.login("sven")
    expo = {"source": Source.EXHIBITION, "event_name": "Expo 2026"}
    for count_, owner, draft in ((3, "anna", {"source": Source.WEBSITE_FORM}), (2, "bob", expo),
                                 (4, None, {"source": Source.CONTEXTUAL_ADS}),
                                 (5, "carl", {"source": Source.WEBSITE_FORM})):  # fmt: skip
        env.add_leads(count_, owner, **draft)
        env.clock.advance(minutes=1)
    env.clock.advance(days=2)
    env.add_leads(1, None, source=Source.CONTEXTUAL_ADS)

    def count(headers: dict[str, str], **params: Any) -> int:
        response = env.client.get("/api/v1/admin/leads", headers=headers, params=params)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["leads"]) == min(body["total"], params.get("limit", 5000))
        return int(body["total"])

    assert count(nina) == 3 + 2 + 4 + 1  # her team's and the pool, not carl's
    assert count(sven) == 5 + 4 + 1
    assert count(nina, source=Source.WEBSITE_FORM) == 3
    assert count(nina, event="Expo 2026") == 2
    assert count(nina, manager="bob") == 2
    assert count(nina, unassigned=True) == 5
    since = (env.clock() - timedelta(days=1)).isoformat()
    assert count(nina, unassigned=True, waiting_since=since) == 4
    assert count(nina, limit=2) == 10
    first = env.client.get("/api/v1/admin/leads", headers=nina, params={"limit": 1}).json()
    assert first["leads"][0]["manager"] == "anna"  # oldest first
    assert env.client.get("/api/v1/admin/leads", headers=env.login("anna")).status_code == 403


def test_assigning_a_selection_to_a_manager_or_by_the_rules(env: ServerEnv) -> None:
    two_teams(env)
    nina = env.login("nina")
    pool = env.add_leads(4, None)
    [carls] = env.add_leads(1, "carl")
    url = "/api/v1/admin/leads/assign"
    to_bob = env.client.post(url, headers=nina, json={"lead_ids": pool[:2], "username": "bob"})
    assert to_bob.json() == {"given": {"bob": 2}, "kept": 0}
    assert env.client.post(url, headers=nina, json={"lead_ids": pool[2:], "username": "carl"}
                           ).status_code == 404  # another team's manager  # fmt: skip
    assert env.client.post(url, headers=nina, json={"lead_ids": [carls], "username": "bob"}
                           ).status_code == 404  # another team's lead  # fmt: skip
    by_rules = env.client.post(url, headers=nina, json={"lead_ids": pool[2:]})
    assert by_rules.status_code == 200, by_rules.text
    # round robin among her team's managers only: anna had none by the rules, then bob
    assert by_rules.json() == {"given": {"anna": 1, "bob": 1}, "kept": 0}
    with env.engine.connect() as connection:
        owners = dict(connection.execute(
            select(LeadRow.id, LeadRow.assignee_id).where(LeadRow.id.in_(pool))
        ).all())  # fmt: skip
    assert sorted(map(str, owners.values())) == sorted([env.users["bob"]] * 3 + [env.users["anna"]])
    loads = {m["username"]: m for m in env.client.get("/api/v1/admin/load", headers=nina).json()}
    assert sorted(loads) == ["anna", "bob"]
    assert (loads["bob"]["open"], loads["anna"]["open"]) == (3, 1)
    assert _actions(env) == ["lead.assign_many", "lead.assign_many"]


def test_a_managers_load_counts_today_in_their_own_zone(env: ServerEnv) -> None:
    two_teams(env)
    with env.engine.begin() as connection:  # 12:00 UTC is 01:00 the next day in Auckland
        connection.execute(update(UserRow).where(UserRow.username == "anna")
                           .values(time_zone="Pacific/Auckland"))  # fmt: skip
    anna, nina = env.login("anna"), env.login("nina")
    env.clock.advance(hours=-6)
    leads = env.add_leads(4, "anna")
    env.clock.advance(hours=9)  # 15:00 UTC, 04:00 in Auckland
    soon = (env.clock() + timedelta(hours=1)).isoformat()
    results = push(
        env, anna,
        outcome(leads[0], env, result="qualified"),
        outcome(leads[1], env, disposition="no_answer", result="follow_up", next_call_at=soon),
        outcome(leads[2], env, disposition="busy", result="follow_up",
                next_call_at=(env.clock() + timedelta(days=3)).isoformat()),
        # 23:00 yesterday in Auckland (but today in UTC): not today's
        outcome(leads[3], env, started_at=(env.clock() - timedelta(hours=5)).isoformat()),
    )  # fmt: skip
    assert [r["status"] for r in results] == ["applied"] * 4, results
    [annas] = [m for m in env.client.get("/api/v1/admin/load", headers=nina).json()
               if m["username"] == "anna"]  # fmt: skip
    assert annas["calls_today"] == 3 and annas["conversations_today"] == 1
    assert annas["qualified_today"] == 1
    assert annas["open"] == 3  # the qualified lead is converted, no longer open
    assert annas["due_today"] == 1  # in an hour; the one in three days is not


def test_every_new_endpoint_checks_the_role_and_the_team(env: ServerEnv) -> None:
    two_teams(env)
    anna, sven = env.login("anna"), env.login("sven")
    [annas] = env.add_leads(1, "anna")
    [other] = env.add_leads(1, "bob")
    client = env.client
    for method, path, body in (
        ("get", REVIEW, None), ("get", "/api/v1/admin/leads", None),
        ("get", "/api/v1/admin/load", None),
        ("post", f"{REVIEW}/duplicate/{annas}", {"decision": "keep_both"}),
        ("post", "/api/v1/admin/leads/merge", {"kept": annas, "other": other}),
        ("post", "/api/v1/admin/leads/assign", {"lead_ids": [annas], "username": "bob"}),
    ):  # fmt: skip
        kwargs = {"json": body} if body is not None else {}
        assert getattr(client, method)(path, headers=anna, **kwargs).status_code == 403, path
    # another team's lead: their own team's figures, and 404 for these leads
    assert [m["username"] for m in client.get("/api/v1/admin/load", headers=sven).json()] == [
        "carl"
    ]
    assert client.post("/api/v1/admin/leads/merge", headers=sven,
                       json={"kept": annas, "other": other}).status_code == 404  # fmt: skip
    assert client.post(f"{REVIEW}/duplicate/{annas}", headers=sven,
                       json={"decision": "keep_both"}).status_code == 404  # fmt: skip
    to_carl = {"lead_ids": [annas], "username": "carl"}
    assert client.post("/api/v1/admin/leads/assign", headers=sven, json=to_carl).status_code == 404
    assert _actions(env) == []  # nothing refused was done or written
