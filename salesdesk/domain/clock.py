# SPDX-License-Identifier: MIT
"""Time rules both programs share: the current moment and the start of a manager's day."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def utc_now() -> datetime:
    """The current moment, UTC (the default clock everywhere; tests pass their own)."""
    return datetime.now(UTC)


def day_start(moment: datetime, time_zone: str) -> datetime:
    """Midnight before ``moment`` in ``time_zone``: the start of the manager's day.

    The one rule for "today" in attempts-today counts: the queue (with the current moment),
    recording a call, the rebase of pending calls and the server's push (with the call's
    start) all use it, so the count never depends on which side computed it.
    """
    zone = ZoneInfo(time_zone)
    return datetime.combine(moment.astimezone(zone).date(), time(0), tzinfo=zone)


def tomorrow_at(moment: datetime, time_zone: str, at: time) -> datetime:
    """``at`` o'clock on the day after ``moment``'s day in ``time_zone`` (a follow-up agreed
    at a stand: "call tomorrow" is tomorrow morning where the visitor is)."""
    zone = ZoneInfo(time_zone)
    day = moment.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(day, at, tzinfo=zone)
