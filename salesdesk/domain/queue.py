# SPDX-License-Identifier: MIT
"""Who to call now: the call queue's order and the leads it holds back.

Order (DESIGN §2, issue #2): due callbacks first (earliest due first); then hot, warm and
cold leads. Within a temperature, leads never tried come first, freshest first (speed to
lead: a lead called minutes after it arrived converts best); then leads already tried, the
longest untouched first. Held back, after everything callable and ordered by when they can
be called: leads whose local time is outside calling hours, leads tried too often today,
callbacks scheduled for later and nurtured leads whose return date has not come.
Converted and disqualified leads are not in the queue at all.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import IntEnum
from functools import cache
from itertools import islice
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from salesdesk.domain.clock import day_start
from salesdesk.domain.stages import OPEN_STAGES
from salesdesk.domain.vocabulary import Stage, Temperature


class Bucket(IntEnum):
    """A queue position class; lower is called first."""

    DUE_CALLBACK = 0
    HOT = 1
    WARM = 2
    COLD = 3
    HELD = 9


class HeldReason(IntEnum):
    """Why a lead is not callable now."""

    NONE = 0
    OUTSIDE_HOURS = 1
    ATTEMPT_CAP = 2
    SCHEDULED = 3
    NURTURING = 4
    CLOSED = 5  # converted or disqualified: found by a search over all leads, not called


_TEMPERATURE_BUCKET = {
    Temperature.HOT: Bucket.HOT,
    Temperature.WARM: Bucket.WARM,
    Temperature.COLD: Bucket.COLD,
}

_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=ZoneInfo("UTC"))


@dataclass(frozen=True, slots=True)
class QueueRules:
    """The settings that shape the queue."""

    calling_start: time = time(9, 0)
    calling_end: time = time(20, 0)
    daily_attempt_cap: int = 3
    manager_time_zone: str = "UTC"
    #: A lead whose zone is not known (several candidates) is callable only when calling
    #: hours hold in all of them (True), or in some of them, marked as a doubt (False).
    all_candidates_in_hours: bool = False


class QueueEntry(NamedTuple):
    """The few facts about a lead the queue needs.

    A named tuple, not a frozen dataclass: as immutable, and three times cheaper to make,
    which counts when the queue is rebuilt from 100,000 leads at every start.
    """

    id: str
    stage: Stage
    temperature: Temperature
    created_at: datetime
    next_call_at: datetime | None = None
    nurture_until: datetime | None = None
    attempts_today: int = 0
    last_attempt_at: datetime | None = None
    time_zone: str | None = None
    #: The local store's key for the lead: what a search of the store returns.
    search_key: int = 0
    #: When ``time_zone`` is not known: the zones the lead may be in, "|"-joined.
    candidate_zones: str | None = None


class QueueItem(NamedTuple):
    """An entry's place in the queue: its bucket and, when held, from when it is callable."""

    entry: QueueEntry
    bucket: Bucket
    held: HeldReason = HeldReason.NONE
    callable_from: datetime | None = None
    #: Callable, but the lead's zone is not known and calling hours hold in only some of
    #: the zones it may be in: the queue marks it rather than hides it.
    zone_doubt: bool = False


def _zone(name: str | None, fallback: ZoneInfo, cache: dict[str | None, ZoneInfo]) -> ZoneInfo:
    zone = cache.get(name)
    if zone is None:
        try:
            zone = ZoneInfo(name) if name else fallback
        except (ZoneInfoNotFoundError, ValueError):
            zone = fallback
        cache[name] = zone
    return zone


def next_calling_start(now: datetime, zone: ZoneInfo, rules: QueueRules) -> datetime | None:
    """None when it is within calling hours in ``zone``; else when calling hours next begin."""
    local = now.astimezone(zone)
    if rules.calling_start <= local.time() < rules.calling_end:
        return None
    day = local.date() if local.time() < rules.calling_start else local.date() + timedelta(days=1)
    return datetime.combine(day, rules.calling_start, tzinfo=zone)


def classify(entries: Iterable[QueueEntry], now: datetime, rules: QueueRules) -> list[QueueItem]:
    """Place each open lead in a bucket (closed stages are left out), in input order."""
    fallback = ZoneInfo(rules.manager_time_zone)
    zones: dict[str | None, ZoneInfo] = {}
    starts: dict[str, datetime | None] = {}
    today = day_start(now, rules.manager_time_zone)
    tomorrow = datetime.combine(
        today.date() + timedelta(days=1), rules.calling_start, tzinfo=today.tzinfo
    )
    items: list[QueueItem] = []
    for entry in entries:
        if entry.stage not in OPEN_STAGES:
            continue
        if entry.stage is Stage.NURTURING and (
            entry.nurture_until is None or entry.nurture_until > now
        ):
            items.append(QueueItem(entry, Bucket.HELD, HeldReason.NURTURING, entry.nurture_until))
            continue
        if entry.next_call_at is not None and entry.next_call_at > now:
            items.append(QueueItem(entry, Bucket.HELD, HeldReason.SCHEDULED, entry.next_call_at))
            continue
        tried_today = (
            entry.attempts_today
            if entry.last_attempt_at is not None and entry.last_attempt_at >= today
            else 0
        )
        if tried_today >= rules.daily_attempt_cap:
            items.append(QueueItem(entry, Bucket.HELD, HeldReason.ATTEMPT_CAP, tomorrow))
            continue
        doubt = False
        if entry.time_zone is None and entry.candidate_zones:
            # not known: when calling hours hold in all, some or none of its zones
            all_in, some_in, opens = candidate_hours(entry.candidate_zones, now, rules, starts)
            held_until = (
                opens if not some_in or (rules.all_candidates_in_hours and not all_in) else None
            )
            if held_until is not None:
                items.append(QueueItem(entry, Bucket.HELD, HeldReason.OUTSIDE_HOURS, held_until))
                continue
            doubt = not all_in
        else:
            zone = zones.get(entry.time_zone) or _zone(entry.time_zone, fallback, zones)
            if zone.key not in starts:
                starts[zone.key] = next_calling_start(now, zone, rules)
            start = starts[zone.key]
            if start is not None:
                items.append(QueueItem(entry, Bucket.HELD, HeldReason.OUTSIDE_HOURS, start))
                continue
        bucket = (
            Bucket.DUE_CALLBACK
            if entry.next_call_at is not None
            else _TEMPERATURE_BUCKET[entry.temperature]
        )
        items.append(QueueItem(entry, bucket, zone_doubt=doubt))
    return items


def candidate_hours(
    candidates: str, now: datetime, rules: QueueRules, starts: dict[str, datetime | None]
) -> tuple[bool, bool, datetime | None]:
    """For a lead that may be in any of these zones ("|"-joined): whether calling hours hold
    in all of them, in some of them, and when they next open where they do not hold — the
    first such opening with the "some" rule, the last with the "all" rule."""
    openings = []
    for name in candidates.split("|"):
        if name not in starts:
            starts[name] = next_calling_start(now, _candidate_zone(name), rules)
        if starts[name] is not None:
            openings.append(starts[name])
    some_in = len(openings) < candidates.count("|") + 1
    if not openings:
        return True, True, None
    pick = max if rules.all_candidates_in_hours and some_in else min
    return False, some_in, pick(openings)  # type: ignore[type-var]


@cache
def _candidate_zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def sort_key(item: QueueItem) -> tuple[int, int, float, str]:
    """The total order of queue items (see the module docstring)."""
    entry = item.entry
    if item.bucket is Bucket.HELD:
        when = item.callable_from or _FAR_FUTURE
        return (Bucket.HELD, 0, when.timestamp(), entry.id)
    if item.bucket is Bucket.DUE_CALLBACK:
        assert entry.next_call_at is not None
        return (Bucket.DUE_CALLBACK, 0, entry.next_call_at.timestamp(), entry.id)
    if entry.last_attempt_at is None:
        return (item.bucket, 0, -entry.created_at.timestamp(), entry.id)
    return (item.bucket, 1, entry.last_attempt_at.timestamp(), entry.id)


def order_queue(entries: Iterable[QueueEntry], now: datetime, rules: QueueRules) -> list[QueueItem]:
    """The call queue: callable leads in calling order, then the held-back ones."""
    return sorted(classify(entries, now, rules), key=sort_key)


def next_change(items: Sequence[QueueItem], now: datetime, rules: QueueRules) -> datetime | None:
    """The first moment after ``now`` at which the order of ``items`` (as ``order_queue``
    returns them) can change without any write: a held lead becomes callable (its callback
    time, its calling hours opening, a new day), or calling hours close where a callable lead
    is. None when nothing is waiting.

    The order makes this cheap: callable items come first, then the held ones by the time
    they become callable (measured: 0.1 s for 100,000 leads before, a few ms now)."""
    first_held = bisect_left(items, Bucket.HELD, key=lambda item: item.bucket)
    waiting = (
        item.callable_from
        for item in islice(items, first_held, None)
        if item.callable_from is not None and item.callable_from > now
    )
    moments = list(islice(waiting, 1))
    fallback = ZoneInfo(rules.manager_time_zone)
    zones: dict[str | None, ZoneInfo] = {}
    names: set[str | None] = set()
    for item in islice(items, first_held):
        entry = item.entry
        if entry.time_zone is None and entry.candidate_zones:
            names.update(entry.candidate_zones.split("|"))  # hours close zone by zone
        else:
            names.add(entry.time_zone)
    for name in names:
        local = now.astimezone(_zone(name, fallback, zones))
        closes = datetime.combine(local.date(), rules.calling_end, tzinfo=local.tzinfo)
        if closes > now:
            moments.append(closes)
    return min(moments, default=None)


def closed_item(entry: QueueEntry) -> QueueItem:
    """A converted or disqualified lead as a search over all leads shows it (held, last)."""
    return QueueItem(entry, Bucket.HELD, HeldReason.CLOSED)
