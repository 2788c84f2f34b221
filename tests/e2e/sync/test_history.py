# SPDX-License-Identifier: MIT
"""The manager's call history and the team's script figures travel through sync."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.services.account import connect, login
from desktop.services.analytics import AnalyticsService
from desktop.services.calls import CallService
from desktop.services.local_store import open_profile_store
from desktop.store.db import Store
from desktop.store.models import LeadRow, OutcomeRow
from desktop.store.outcomes import lead_history
from desktop.sync.engine import SyncEngine
from desktop.sync.pages import parse_page
from salesdesk.domain.analytics import Period, Tally
from salesdesk.domain.vocabulary import Result
from salesdesk.protocol.models import Change
from server.services.leads import assign_leads
from server.services.stats import refresh_script_stats
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.unit.server.conftest import PASSWORD


def outcome_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(OutcomeRow)) or 0


def test_a_new_laptop_shows_the_same_history_and_the_team_figures(
    world: SyncWorld, tmp_path: Path
) -> None:
    world.add_user("bob")
    leads = world.add_leads(2, "anna")
    world.sync()
    won = record(world.store, leads[0], Result.QUALIFIED, objections=("price-expensive",),
                 answers_used=("price-expensive-roi",))  # fmt: skip
    lost = record(world.store, leads[1], Result.LOST, loss_reason_id="price_high",
                  answers_used=("price-expensive-roi",))  # fmt: skip
    world.sync()
    world.sync()  # the calls come back in the feed: the same facts, not copies
    assert outcome_count(world.store) == 2
    with world.engine.begin() as connection:
        refresh_script_stats(connection, world.clock())
        assign_leads(connection, [leads[1]], world.users["bob"], world.clock())
    laptop = open_profile_store(tmp_path / "laptop.sqlite3")
    try:
        login(laptop, world.server.url, "anna", PASSWORD)
        SyncEngine(laptop, connect(laptop)).run()
        with laptop.read() as session:
            [first] = lead_history(session, leads[0])
            assert (first.id, first.result, first.answers_used) == (
                won,
                Result.QUALIFIED,
                ("price-expensive-roi",),
            )
            # the lead went to bob, her call on it stays in her history
            assert session.get(LeadRow, leads[1]) is None
            assert session.get(OutcomeRow, lost) is not None
        today = Period.today(datetime.now(UTC), "UTC")
        figures = AnalyticsService(laptop).dashboard(today)
        assert (figures.calls, figures.qualified, figures.loss_reasons) == (
            2,
            1,
            [("price_high", 1)],
        )
        assert figures.loss_reason_label("price_high", "ru") == "Дорого / нашли дешевле"
        script = CallService(laptop).script("en")
        assert script is not None
        answers = AnalyticsService(laptop).answer_figures(script)
        assert answers["price-expensive-roi"].team == Tally(2, 1, 1)
        assert answers["price-expensive-roi"].mine == Tally(2, 1, 1)
        assert answers["price-expensive"].team == Tally(1, 1, 0)
    finally:
        laptop.close()


def _change(entity: str, id_: str, data: dict[str, Any]) -> Change:
    return Change(entity=entity, op="upsert", id=id_, version=1, data=data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entity", "id_", "data", "message"),
    [
        ("script_stats", "s1", {"script_id": "s1", "computed_at": "2026-11-25T12:00:00Z",
                                "answers": {"a": {"calls": 2, "won": 2, "lost": 1}}},
         "outnumber"),
        ("script_stats", "s1", {"script_id": "s2", "computed_at": "2026-11-25T12:00:00Z"},
         "carries"),
        ("script_stats", "s1", {"script_id": "s1", "computed_at": "2026-11-25T12:00:00"},
         "timezone"),
        ("call_outcome", "o1", {"id": "o1", "lead_id": "L", "started_at": "2026-11-25T12:00:00Z",
                                "duration_s": 60, "disposition": "telepathy", "result": "none"},
         "disposition"),
        ("call_outcome", "o1", {"id": "o2", "lead_id": "L", "started_at": "2026-11-25T12:00:00Z",
                                "duration_s": 60, "disposition": "busy", "result": "none"},
         "carries"),
        ("call_outcome", "o1", {"id": "o1", "lead_id": "L", "started_at": "2026-11-25T12:00:00Z",
                                "duration_s": -5, "disposition": "busy", "result": "none"},
         "duration_s"),
    ],
)  # fmt: skip
def test_hostile_history_and_figures_are_kept_aside_not_applied(
    entity: str, id_: str, data: dict[str, Any], message: str
) -> None:
    page = parse_page([_change(entity, id_, data)])
    assert page.size == 0  # nothing of it is written
    [kept] = page.quarantined  # the change is kept with the reason, the pull goes on
    assert (kept.entity, kept.entity_id, kept.data) == (entity, id_, data)
    assert message in kept.reason
