# SPDX-License-Identifier: MIT
"""Assignment rules: round-robin order, weights, shift hours in two time zones, a cap, the
sources and countries a manager takes, the unassigned pool, and a disabled manager's open
leads going to the others — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.vocabulary import Source
from server.models import ChangeLogRow, LeadRow
from server.services.assignment import RuleError, assign_by_rules, set_rules
from server.services.leads import insert_leads
from server.services.users import add_user, disable_user
from tests.unit.server.conftest import PASSWORD, ServerEnv

#: A Tuesday: 08:00 in London, 09:00 in Berlin, 03:00 in New York.
TUESDAY_8_UTC = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def managers(engine: Engine, *names: str) -> dict[str, str]:
    with engine.begin() as connection:
        return {n: add_user(connection, n, PASSWORD, "manager", now=TUESDAY_8_UTC) for n in names}


def arrive(
    engine: Engine, now: datetime = TUESDAY_8_UTC, **draft: object
) -> tuple[str | None, str]:
    values: dict[str, object] = {"emails": [f"l{now.timestamp()}{id(draft)}@x.example"]}
    values.update(draft)
    lead = create_lead(LeadDraft(**values), now=now, default_region="US")  # type: ignore[arg-type]
    with engine.begin() as connection:
        choice = assign_by_rules(connection, lead, now)
        insert_leads(connection, [lead], now)
    return choice.user_id, choice.reason


def test_round_robin_and_weights(server_engine: Engine) -> None:
    ids = managers(server_engine, "anna", "boris", "carla")
    names = {v: k for k, v in ids.items()}
    order = [names[arrive(server_engine)[0]] for _ in range(6)]  # type: ignore[index]
    assert order == ["anna", "boris", "carla", "anna", "boris", "carla"]
    with server_engine.begin() as connection:
        set_rules(connection, "carla", weight=2)
    order = [names[arrive(server_engine)[0]] for _ in range(4)]  # type: ignore[index]
    assert order.count("carla") == 2 and sorted(set(order)) == ["anna", "boris", "carla"]


def test_shift_hours_in_two_time_zones(server_engine: Engine) -> None:
    ids = managers(server_engine, "berlin", "newyork")
    with server_engine.begin() as connection:
        set_rules(connection, "berlin", hours="09:00-18:00", days="12345", zone="Europe/Berlin")
        set_rules(connection, "newyork", hours="09:00-18:00", days="12345",
                  zone="America/New_York")  # fmt: skip
    assert {arrive(server_engine)[0] for _ in range(3)} == {ids["berlin"]}  # NY sleeps
    afternoon = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)  # 16:00 Berlin, 10:00 New York
    both = {arrive(server_engine, afternoon)[0] for _ in range(4)}
    assert both == {ids["berlin"], ids["newyork"]}
    saturday = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    user, reason = arrive(server_engine, saturday)
    assert user is None and reason.startswith("unassigned pool: berlin off shift")


def test_caps_filters_and_the_pool(server_engine: Engine) -> None:
    ids = managers(server_engine, "anna", "boris")
    with server_engine.begin() as connection:
        set_rules(connection, "anna", cap=1, sources=["exhibition", "website_form"])
        set_rules(connection, "boris", countries=["DE"])
    assert arrive(server_engine)[0] == ids["anna"]  # no phone: boris takes only DE numbers
    user, reason = arrive(server_engine)
    assert user is None and "anna at the cap of 1 open leads" in reason
    assert "boris takes other countries" in reason
    assert arrive(server_engine, phones=["+49 30 1234567"])[0] == ids["boris"]
    with server_engine.begin() as connection:
        set_rules(connection, "anna", cap=None)
    assert arrive(server_engine, source=Source.SOCIAL)[0] is None  # anna: other sources
    for bad, message in [
        ({"hours": "9-18"}, "HH:MM-HH:MM"),
        ({"days": "8"}, "ISO weekday"),
        ({"zone": "Mars/Olympus"}, "not a time zone"),
        ({"weight": -1}, "weight"),
        ({"sources": ["pigeon"]}, "not a source"),
        ({"countries": ["Germany"]}, "not a region code"),
    ]:
        with server_engine.begin() as connection, pytest.raises(RuleError, match=message):
            set_rules(connection, "anna", **bad)
    with server_engine.begin() as connection, pytest.raises(RuleError, match="no user"):
        set_rules(connection, "nobody", weight=1)


def test_a_disabled_managers_open_leads_go_to_the_others(server_engine: Engine) -> None:
    ids = managers(server_engine, "anna", "boris")
    for _ in range(4):
        arrive(server_engine)
    with server_engine.begin() as connection:
        moved = disable_user(connection, "anna", TUESDAY_8_UTC)
    assert moved == {ids["boris"]: 2}
    with server_engine.connect() as connection:
        owners = set(connection.scalars(select(LeadRow.assignee_id)))
        removed = connection.scalars(
            select(ChangeLogRow.entity_id).where(
                ChangeLogRow.user_id == ids["anna"], ChangeLogRow.op == "remove"
            )
        ).all()
    assert owners == {ids["boris"]} and len(removed) == 2  # her workstation drops them
    with server_engine.begin() as connection:
        moved = disable_user(connection, "boris", TUESDAY_8_UTC)
    assert moved == {None: 4}  # nobody left: the pool


def test_rules_through_the_admin_api(env: ServerEnv) -> None:
    env.add_user("boss", "admin")
    env.add_user("anna")
    admin, manager = env.login("boss"), env.login("anna")
    url = "/api/v1/admin/assignment-rules"
    change = {"hours": "08:00-17:00", "zone": "Europe/Berlin", "cap": 20, "countries": ["DE"]}
    assert env.client.put(f"{url}/anna", json=change, headers=admin).status_code == 204
    (anna,) = env.client.get(url, headers=admin).json()
    assert (anna["shift_start"], anna["shift_end"], anna["open_cap"]) == ("08:00", "17:00", 20)
    assert anna["time_zone"] == "Europe/Berlin" and anna["assign_countries"] == ["DE"]
    bad = env.client.put(f"{url}/anna", json={"hours": "8-5"}, headers=admin)
    assert bad.status_code == 422 and "HH:MM-HH:MM" in bad.text
    assert env.client.put(f"{url}/nobody", json={"cap": 1}, headers=admin).status_code == 404
    assert env.client.get(url, headers=manager).status_code == 403
    assert env.client.put(f"{url}/anna", json={"cap": 1}, headers=manager).status_code == 403
