# SPDX-License-Identifier: MIT
"""Queue order with a fixed clock: callbacks, temperatures, calling hours, attempt cap."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from salesdesk.domain.queue import (
    Bucket,
    HeldReason,
    QueueEntry,
    QueueRules,
    next_calling_start,
    next_change,
    order_queue,
)
from salesdesk.domain.vocabulary import Stage, Temperature
from tests.conftest import NOW

RULES = QueueRules(
    calling_start=time(9),
    calling_end=time(20),
    daily_attempt_cap=3,
    manager_time_zone="Europe/Berlin",
)
BERLIN = "Europe/Berlin"  # 13:00 local at NOW
TOKYO = "Asia/Tokyo"  # 21:00 local at NOW: outside calling hours


def entry(
    lead_id: str,
    temperature: Temperature = Temperature.COLD,
    *,
    age_h: float = 1,
    stage: Stage = Stage.NEW,
    zone: str = BERLIN,
    **kw: object,
) -> QueueEntry:
    return QueueEntry(
        id=lead_id,
        stage=stage,
        temperature=temperature,
        created_at=NOW - timedelta(hours=age_h),
        time_zone=zone,
        **kw,
    )  # type: ignore[arg-type]


def ids(entries: list[QueueEntry]) -> list[str]:
    return [item.entry.id for item in order_queue(entries, NOW, RULES)]


def test_full_order() -> None:
    entries = [
        entry("cold-old", age_h=48),
        entry("warm", Temperature.WARM),
        entry("hot-old", Temperature.HOT, age_h=5),
        entry("hot-fresh", Temperature.HOT, age_h=0.1),
        entry("callback-late", stage=Stage.QUALIFYING, next_call_at=NOW - timedelta(minutes=5)),
        entry("callback-early", stage=Stage.QUALIFYING, next_call_at=NOW - timedelta(hours=2)),
        entry(
            "hot-tried",
            Temperature.HOT,
            age_h=0.05,
            stage=Stage.QUALIFYING,
            attempts_today=1,
            last_attempt_at=NOW - timedelta(hours=1),
        ),
        entry("cold-fresh", age_h=2),
        entry("converted", Temperature.HOT, stage=Stage.CONVERTED),
        entry("lost", stage=Stage.DISQUALIFIED),
    ]
    assert ids(entries) == [
        "callback-early",
        "callback-late",
        "hot-fresh",
        "hot-old",
        "hot-tried",
        "warm",
        "cold-fresh",
        "cold-old",
    ]


def test_a_lead_outside_calling_hours_is_held_until_its_morning() -> None:
    items = order_queue([entry("tokyo", Temperature.HOT, zone=TOKYO), entry("berlin")], NOW, RULES)
    assert [i.entry.id for i in items] == ["berlin", "tokyo"]
    held = items[1]
    assert (held.bucket, held.held) == (Bucket.HELD, HeldReason.OUTSIDE_HOURS)
    assert held.callable_from == datetime(2026, 11, 26, 0, 0, tzinfo=UTC)  # 09:00 in Tokyo


def test_a_lead_without_zone_uses_the_managers() -> None:
    late = NOW.replace(hour=20)  # 21:00 in Berlin
    items = order_queue([entry("nozone", zone="")], late, RULES)
    assert items[0].held is HeldReason.OUTSIDE_HOURS


def test_attempt_cap_holds_back_for_today_only() -> None:
    tried = entry(
        "tried", stage=Stage.QUALIFYING, attempts_today=3, last_attempt_at=NOW - timedelta(hours=1)
    )
    yesterday = entry(
        "yesterday",
        stage=Stage.QUALIFYING,
        attempts_today=3,
        last_attempt_at=NOW - timedelta(days=1),
    )
    items = order_queue([tried, yesterday], NOW, RULES)
    assert [i.entry.id for i in items] == ["yesterday", "tried"]
    assert items[1].held is HeldReason.ATTEMPT_CAP


def test_scheduled_callbacks_and_nurtured_leads_wait() -> None:
    entries = [
        entry("later", stage=Stage.QUALIFYING, next_call_at=NOW + timedelta(hours=3)),
        entry("nurture-back", stage=Stage.NURTURING, nurture_until=NOW - timedelta(days=1)),
        entry("nurture-wait", stage=Stage.NURTURING, nurture_until=NOW + timedelta(days=30)),
        entry("nurture-open", stage=Stage.NURTURING),
    ]
    items = order_queue(entries, NOW, RULES)
    assert [(i.entry.id, i.held) for i in items] == [
        ("nurture-back", HeldReason.NONE),
        ("later", HeldReason.SCHEDULED),
        ("nurture-wait", HeldReason.NURTURING),
        ("nurture-open", HeldReason.NURTURING),
    ]


def test_the_order_is_deterministic() -> None:
    entries = [entry(f"lead-{i:03}", age_h=1) for i in range(50)]
    assert ids(entries) == ids(list(reversed(entries))) == sorted(e.id for e in entries)


def test_next_calling_start() -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo(BERLIN)
    assert next_calling_start(NOW, berlin, RULES) is None
    early = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)  # 06:00 Berlin
    assert next_calling_start(early, berlin, RULES) == datetime(2026, 11, 25, 9, tzinfo=berlin)
    edge = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 20:00 Berlin: calling hours are over
    assert next_calling_start(edge, berlin, RULES) == datetime(2026, 11, 26, 9, tzinfo=berlin)


def test_the_next_change_is_the_first_callback_opening_or_closing_of_hours() -> None:
    berlin_closes = datetime(2026, 11, 25, 19, tzinfo=UTC)  # 20:00 in Berlin at NOW's date
    tokyo_opens = datetime(2026, 11, 26, 0, tzinfo=UTC)  # 09:00 in Tokyo
    callback = NOW + timedelta(minutes=2)
    items = order_queue(
        [
            entry("berlin"),
            entry("tokyo", zone=TOKYO),
            entry("later", stage=Stage.QUALIFYING, next_call_at=callback),
        ],
        NOW,
        RULES,
    )
    assert next_change(items, NOW, RULES) == callback
    without_callback = [i for i in items if i.entry.id != "later"]
    assert next_change(without_callback, NOW, RULES) == berlin_closes
    only_tokyo = [i for i in items if i.entry.id == "tokyo"]
    assert next_change(only_tokyo, NOW, RULES) == tokyo_opens
    assert next_change([], NOW, RULES) is None


RUSSIAN_MOBILE = "Europe/Moscow|Asia/Novosibirsk|Asia/Vladivostok"


def candidate_item(clock: datetime, *, all_in_hours: bool = False) -> tuple[object, ...]:
    """The queue item of a lead that may be in Moscow, Novosibirsk or Vladivostok."""
    created = clock - timedelta(hours=1)
    lead = QueueEntry("ru", Stage.NEW, Temperature.HOT, created, candidate_zones=RUSSIAN_MOBILE)
    rules = QueueRules(
        calling_start=time(9),
        calling_end=time(20),
        manager_time_zone="Europe/Moscow",
        all_candidates_in_hours=all_in_hours,
    )
    [item] = order_queue([lead], clock, rules)
    return item.bucket, item.held, item.callable_from, item.zone_doubt


def test_a_lead_whose_zone_is_not_known_is_held_marked_or_callable_by_its_candidates() -> None:
    """Found: a Russian mobile was called as if it lived in the manager's zone."""
    morning = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)  # Moscow 09, Novosibirsk 13, Vlad 16
    assert candidate_item(morning) == (Bucket.HOT, HeldReason.NONE, None, False)
    evening = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)  # Moscow 18, Novosibirsk 22, Vlad 01
    assert candidate_item(evening) == (Bucket.HOT, HeldReason.NONE, None, True)  # marked
    # with the "all candidates" rule it waits for the last of them to open (Novosibirsk 09:00)
    novosibirsk_opens = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    assert candidate_item(evening, all_in_hours=True) == (
        Bucket.HELD, HeldReason.OUTSIDE_HOURS, novosibirsk_opens, False)  # fmt: skip
    night = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)  # Moscow 23, Novosibirsk 03, Vlad 06
    vladivostok_opens = datetime(2026, 12, 2, 23, 0, tzinfo=UTC)  # the first to open
    assert candidate_item(night) == (
        Bucket.HELD, HeldReason.OUTSIDE_HOURS, vladivostok_opens, False)  # fmt: skip


def test_calling_hours_closing_in_any_candidate_zone_is_a_change() -> None:
    lead = QueueEntry("ru", Stage.NEW, Temperature.HOT, NOW, candidate_zones=RUSSIAN_MOBILE)
    rules = QueueRules(manager_time_zone="Europe/Moscow")
    clock = datetime(2026, 12, 2, 6, 0, tzinfo=UTC)
    items = order_queue([lead], clock, rules)
    # Vladivostok (UTC+10) closes first: 20:00 there is 10:00 UTC
    assert next_change(items, clock, rules) == datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
