# SPDX-License-Identifier: MIT
"""The dashboard's figures over a real local database, against numbers worked out by hand."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import yaml

from desktop.services.analytics import AnalyticsService
from desktop.store.db import Store
from desktop.store.leads import insert_lead
from desktop.store.models import LossReasonRow, ScriptRow, ScriptStatsRow
from desktop.store.outcomes import record_outcome
from salesdesk.domain.analytics import Period, Tally
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.vocabulary import Disposition, ObjectionCategory, Result
from salesdesk.protocol.convert import script_from_wire
from salesdesk.protocol.models import ScriptData
from tests.conftest import NOW

SCRIPT_FILE = Path(__file__).parents[4] / "server" / "content" / "script.en.yaml"


def english_script() -> ScriptData:
    return ScriptData.model_validate(
        {**yaml.safe_load(SCRIPT_FILE.read_text("utf-8")), "version": 1}
    )


def add_lead(store: Store, arrived: datetime, phone: str) -> str:
    lead = create_lead(LeadDraft(phones=[phone]), now=arrived, default_region="DE")
    with store.write() as session:
        insert_lead(session, lead)
    return lead.id


def call(store: Store, lead_id: str, started: datetime, disposition: Disposition,
         result: Result, **extra: object) -> None:  # fmt: skip
    draft = OutcomeDraft(lead_id, started, 60, disposition, result, **extra)  # type: ignore[arg-type]
    record_outcome(store, draft, now=started + timedelta(minutes=2), rules=QueueRules())


@pytest.fixture
def history(store: Store) -> dict[str, str]:
    """Five calls on four leads around NOW (25 Nov 2026 12:00 UTC); see the test for the sums."""
    script = english_script()
    with store.write() as session:
        session.add(
            LossReasonRow(id="price", label="Price too high", position=0, labels={"ru": "Дорого"})
        )
        session.add(
            ScriptRow(
                id=script.id,
                name=script.name,
                version=1,
                language="en",
                data=script.model_dump(mode="json"),
            )
        )
    a = add_lead(store, NOW - timedelta(hours=3), "+4915123456701")  # arrived 09:00
    b = add_lead(store, NOW - timedelta(days=1), "+4915123456702")  # 24 Nov 12:00
    c = add_lead(store, NOW - timedelta(hours=9, minutes=30), "+4915123456703")  # 02:30
    d = add_lead(store, NOW - timedelta(hours=30), "+4915123456704")  # 24 Nov 06:00
    call(store, a, NOW - timedelta(hours=2), Disposition.NO_ANSWER, Result.FOLLOW_UP,
         next_call_at=NOW - timedelta(hours=1))  # 10:00, promises 11:00  # fmt: skip
    call(
        store,
        a,
        NOW - timedelta(minutes=50),
        Disposition.CONNECTED,
        Result.QUALIFIED,
        objections=("price-expensive",),
        answers_used=("price-expensive-roi",),
    )  # 11:10
    call(
        store,
        b,
        NOW - timedelta(hours=23, minutes=30),
        Disposition.BUSY,
        Result.FOLLOW_UP,
        next_call_at=NOW - timedelta(hours=3),
    )  # yesterday 12:30, promises today 09:00
    call(
        store,
        c,
        NOW - timedelta(hours=9),
        Disposition.CONNECTED,
        Result.LOST,
        loss_reason_id="price",
        objections=("price-expensive", "trust-reviews"),
        answers_used=("price-expensive-start-small",),
    )  # 03:00
    call(store, d, NOW - timedelta(hours=3), Disposition.VOICEMAIL, Result.NONE)  # 09:00
    return {"a": a, "b": b, "c": c, "d": d}


def service(store: Store) -> AnalyticsService:
    return AnalyticsService(store, lambda: NOW)


def test_today(store: Store, history: dict[str, str]) -> None:
    figures = service(store).dashboard(Period.today(NOW, "UTC"))
    assert (figures.calls, figures.connected, figures.qualified) == (4, 2, 1)
    assert figures.connect_rate == 0.5 and figures.qualify_rate == 0.5
    assert {d: n for d, n in figures.dispositions.items() if n} == {
        Disposition.NO_ANSWER: 1,
        Disposition.CONNECTED: 2,
        Disposition.VOICEMAIL: 1,
    }
    assert {r: n for r, n in figures.results.items() if n} == {
        Result.FOLLOW_UP: 1,
        Result.QUALIFIED: 1,
        Result.LOST: 1,
        Result.NONE: 1,
    }
    assert figures.loss_reasons == [("price", 1)]
    assert figures.loss_reason_label("price", "ru") == "Дорого"  # its Russian label
    assert figures.loss_reason_label("price", "de") == "Price too high"  # falls back
    assert figures.loss_reason_label("retired_since", "ru") == "retired_since"
    assert {c: n for c, n in figures.objection_categories.items() if n} == {
        ObjectionCategory.PRICE: 2,
        ObjectionCategory.TRUST: 1,
    }
    # first calls today: A 60 min after arrival, C 30 min, D 27 h; B was first called yesterday
    assert sorted(figures.speed_to_lead) == [30.0, 60.0, 1620.0]
    assert figures.speed_median == 60.0 and figures.speed_p90 == 1620.0
    # promised today: A at 11:00 (called 11:10: kept), B at 09:00 (never called)
    assert (figures.callbacks_due, figures.callbacks_kept) == (2, 1)
    assert figures.callbacks_kept_rate == 0.5


def test_yesterday_and_an_empty_period(store: Store, history: dict[str, str]) -> None:
    analytics = service(store)
    yesterday = analytics.dashboard(Period.days(date(2026, 11, 24), date(2026, 11, 24), "UTC"))
    assert (yesterday.calls, yesterday.connected, yesterday.connect_rate) == (1, 0, 0.0)
    assert yesterday.qualify_rate is None
    assert yesterday.speed_to_lead == [30.0]
    assert (yesterday.callbacks_due, yesterday.callbacks_kept_rate) == (0, None)
    empty = analytics.dashboard(Period.days(date(2025, 1, 6), date(2025, 1, 12), "UTC"))
    assert (empty.calls, empty.connect_rate, empty.speed_median, empty.speed_p90) == (
        0,
        None,
        None,
        None,
    )
    assert empty.loss_reasons == [] and not any(empty.objection_categories.values())


def test_the_manager_day_follows_their_time_zone(store: Store, history: dict[str, str]) -> None:
    # in Tokyo (UTC+9) "today" is 25 Nov 00:00 JST = 24 Nov 15:00 UTC → 26 Nov 00:00 JST;
    # every call but B's (24 Nov 12:30 UTC) falls inside
    figures = service(store).dashboard(Period.today(NOW, "Asia/Tokyo"))
    assert figures.calls == 4


def test_csv_export_writes_the_figures(
    store: Store, history: dict[str, str], tmp_path: Path
) -> None:
    analytics = service(store)
    figures = analytics.dashboard(Period.today(NOW, "UTC"))
    path = tmp_path / "figures.csv"
    analytics.export_csv(figures, path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["period start", "period end", "section", "item", "value"]
    values = {(r[2], r[3]): r[4] for r in rows[1:]}
    assert values[("summary", "calls")] == "4"
    assert values[("summary", "connect rate")] == "0.5"
    assert values[("summary", "callbacks kept rate")] == "0.5"
    assert values[("loss reason", "Price too high")] == "1"
    assert values[("objection category", "price")] == "2"
    assert values[("disposition", "callback_requested")] == "0"
    with pytest.raises(OSError):
        analytics.export_csv(figures, tmp_path)  # a folder, not a file


def test_answer_figures_mine_and_the_team(store: Store, history: dict[str, str]) -> None:
    analytics = service(store)
    script = script_from_wire(english_script())
    figures = analytics.answer_figures(script)
    assert figures["price-expensive"].mine == Tally(2, 1, 1)
    assert figures["price-expensive-roi"].mine == Tally(1, 1, 0)
    assert figures["price-expensive-start-small"].mine == Tally(1, 0, 1)
    assert figures["trust-reviews"].mine == Tally(1, 0, 1)
    assert figures["competitor-already"].mine == Tally()
    assert figures["price-expensive-roi"].team is None  # nothing pulled yet
    with store.write() as session:
        session.add(
            ScriptStatsRow(
                script_id=script.id,
                version=3,
                data={
                    "script_id": script.id,
                    "computed_at": NOW.isoformat(),
                    "answers": {"price-expensive-roi": {"calls": 120, "won": 41, "lost": 30}},
                },
            )
        )
    figures = analytics.answer_figures(script)
    assert figures["price-expensive-roi"].team == Tally(120, 41, 30)
    assert figures["price-expensive-start-small"].team == Tally()
