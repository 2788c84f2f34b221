# SPDX-License-Identifier: MIT
"""The arithmetic of the figures: periods, shares, percentiles, win rates, kept callbacks.

Shared by the workstation's dashboard and the server's reports so that a "connect rate" or a
"90th percentile" means the same thing on both sides. No SQL and no Qt here.

Definitions:
- a share is ``part / whole``, or None when the whole is 0 (shown as "—", never as 0 %);
- the median is the middle value (the mean of the two middle ones for an even count);
- the 90th percentile is nearest-rank: the smallest value at least 90 % of values are ≤;
- a call *wins* when its result is ``qualified`` and *loses* when it is ``lost``; the win
  rate of an answer is wins / calls where it was used, and needs ``MIN_SAMPLE`` calls before
  it means anything;
- a callback (a ``follow_up`` result with its next-call time) is *kept* when the next call on
  that lead starts no later than ``CALLBACK_GRACE`` after the promised time; it counts once
  that moment has passed.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from salesdesk.domain.vocabulary import ObjectionCategory, Result

MIN_SAMPLE = 10
CALLBACK_GRACE = timedelta(minutes=15)


def share(part: int, whole: int) -> float | None:
    """``part / whole``; None when there is nothing to divide by."""
    return part / whole if whole else None


def median(values: Sequence[float]) -> float | None:
    """The median, None for no values."""
    return float(statistics.median(values)) if values else None


def nearest_rank(values: Sequence[float], fraction: float) -> float | None:
    """The nearest-rank percentile (``fraction`` in (0, 1]); None for no values."""
    if not values:
        return None
    if not 0 < fraction <= 1:
        raise ValueError("a percentile lies in (0, 1]")
    ordered = sorted(values)
    return float(ordered[max(math.ceil(fraction * len(ordered)), 1) - 1])


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open span of time ``[start, end)`` (aware datetimes)."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("a period needs aware datetimes")
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")

    @classmethod
    def days(cls, first: date, last: date, zone: str) -> Period:
        """Whole days ``first``…``last`` (inclusive) in the time zone ``zone``."""
        if last < first:
            raise ValueError("the last day comes before the first")
        tz = ZoneInfo(zone)
        start = datetime.combine(first, time(0), tzinfo=tz)
        end = datetime.combine(last + timedelta(days=1), time(0), tzinfo=tz)
        return cls(start, end)

    @classmethod
    def today(cls, now: datetime, zone: str) -> Period:
        """Today in ``zone``."""
        day = now.astimezone(ZoneInfo(zone)).date()
        return cls.days(day, day, zone)

    @classmethod
    def this_week(cls, now: datetime, zone: str) -> Period:
        """Monday of this week to today, in ``zone``."""
        day = now.astimezone(ZoneInfo(zone)).date()
        return cls.days(day - timedelta(days=day.weekday()), day, zone)

    def __contains__(self, moment: object) -> bool:
        return isinstance(moment, datetime) and self.start <= moment < self.end


@dataclass(frozen=True, slots=True)
class Tally:
    """Calls where an objection came up or an answer was used, and how they ended."""

    calls: int = 0
    won: int = 0
    lost: int = 0

    @property
    def win_rate(self) -> float | None:
        """Share of those calls that ended ``qualified``."""
        return share(self.won, self.calls)

    @property
    def loss_rate(self) -> float | None:
        """Share of those calls that ended ``lost``."""
        return share(self.lost, self.calls)

    @property
    def enough(self) -> bool:
        """Whether the sample is big enough to read a rate from."""
        return self.calls >= MIN_SAMPLE

    def add(self, result: str, calls: int = 1) -> Tally:
        """This tally with ``calls`` more calls that ended with ``result``."""
        return Tally(
            self.calls + calls,
            self.won + (calls if result == Result.QUALIFIED.value else 0),
            self.lost + (calls if result == Result.LOST.value else 0),
        )


def tally_calls(
    calls: Iterable[tuple[Sequence[str], Sequence[str], str, int]],
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Tallies by objection ID and by answer ID from ``(objections, answers_used, result,
    how many calls)`` rows (one per call, or per group of identical calls); an ID listed
    twice on one call counts once."""
    objections: dict[str, Tally] = {}
    answers: dict[str, Tally] = {}
    for raised, used, result, count in calls:
        for target, ids in ((objections, raised), (answers, used)):
            for item in set(ids):
                target[item] = target.get(item, Tally()).add(result, count)
    return objections, answers


def objection_categories(scripts: Iterable[Mapping[str, Any]]) -> dict[str, ObjectionCategory]:
    """Objection ID → category over script documents (wire form; a later document wins);
    objections without a known category are left out."""
    found: dict[str, ObjectionCategory] = {}
    for script in scripts:
        for objection in script.get("objections", []):
            try:
                found[objection["id"]] = ObjectionCategory(objection["category"])
            except (KeyError, TypeError, ValueError):
                continue
    return found


@dataclass(frozen=True, slots=True)
class Callback:
    """A promised call back: when the follow-up was recorded, for when, and the next call."""

    lead_id: str
    recorded_call_at: datetime
    promised_at: datetime
    next_call_at: datetime | None


def callbacks_kept(callbacks: Iterable[Callback], now: datetime) -> tuple[int, int]:
    """``(due, kept)``: callbacks whose grace time has passed, and those called in time."""
    due = kept = 0
    for callback in callbacks:
        if callback.promised_at + CALLBACK_GRACE > now:
            continue
        due += 1
        if (
            callback.next_call_at is not None
            and callback.next_call_at <= callback.promised_at + CALLBACK_GRACE
        ):
            kept += 1
    return due, kept


def minutes_to_first_call(pairs: Iterable[tuple[datetime, datetime]]) -> list[float]:
    """Minutes from each lead's arrival to its first call (a call logged before the lead's
    server arrival time, e.g. a captured lead, counts as 0)."""
    return [max((first - arrived).total_seconds() / 60, 0.0) for arrived, first in pairs]


def round_ticks(largest: int, most: int = 6) -> tuple[int, int]:
    """A count axis's top and step: whole round numbers (1, 2 or 5 × a power of ten), the top
    at or above ``largest``, no more than ``most`` steps — 0/100/200/300/400/500/600/700 for
    630, not 0/157/315/472/630; 0/1 for 1 (never the same label twice)."""
    largest = max(1, largest)
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            if -(-largest // candidate) <= most:
                return candidate * -(-largest // candidate), candidate
        step *= 10
