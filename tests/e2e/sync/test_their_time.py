# SPDX-License-Identifier: MIT
"""Their time through sync: a Russian mobile arrives with its candidate zones, its city
(typed on one workstation) or the zone chosen on the card reaches the server and a second
workstation; the queue there reads the zone."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.services.account import connect, login
from desktop.services.leads import LeadService
from desktop.services.local_store import open_profile_store
from desktop.store.models import LeadRow
from desktop.sync.engine import SyncEngine
from server.models import LeadRow as ServerLeadRow
from tests.e2e.sync.conftest import SyncWorld
from tests.unit.server.conftest import PASSWORD


def zones_here(store: object, lead_id: str) -> tuple[str | None, str | None]:
    with store.read() as session:  # type: ignore[attr-defined]
        row = session.get(LeadRow, lead_id)
        assert row is not None
        return row.effective_time_zone, row.zone_candidates


def test_a_zone_chosen_on_one_workstation_is_known_on_the_next(
    world: SyncWorld, tmp_path: Path
) -> None:
    mobile, by_city = world.add_leads(2, "anna", phones=["+79131234567"])
    world.sync()
    known, candidates = zones_here(world.store, mobile)
    assert known is None and candidates is not None  # not the manager's zone in disguise
    assert {"Europe/Moscow", "Asia/Novosibirsk", "Asia/Vladivostok"} <= set(candidates.split("|"))
    leads = LeadService(world.store)
    leads.update(mobile, {"time_zone": "Asia/Vladivostok"})  # chosen on the card
    leads.update(by_city, {"city": "Екатеринбург"})  # typed: the city says the zone
    assert zones_here(world.store, by_city) == ("Asia/Yekaterinburg", None)
    world.sync()
    with world.engine.connect() as connection:
        server = dict(
            connection.execute(select(ServerLeadRow.id, ServerLeadRow.effective_time_zone)).all()
        )
    assert (server[mobile], server[by_city]) == ("Asia/Vladivostok", "Asia/Yekaterinburg")
    laptop = open_profile_store(tmp_path / "laptop.sqlite3")
    try:
        login(laptop, world.server.url, "anna", PASSWORD)
        SyncEngine(laptop, connect(laptop)).run()
        assert zones_here(laptop, mobile) == ("Asia/Vladivostok", None)
        assert zones_here(laptop, by_city) == ("Asia/Yekaterinburg", None)
        lead = LeadService(laptop).lead(by_city)
        assert lead is not None and lead.city == "Екатеринбург"
    finally:
        laptop.close()
