# SPDX-License-Identifier: MIT
"""The figures' arithmetic, checked against numbers worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from salesdesk.domain.analytics import (
    MIN_SAMPLE,
    Callback,
    Period,
    Tally,
    callbacks_kept,
    median,
    minutes_to_first_call,
    nearest_rank,
    round_ticks,
    share,
    tally_calls,
)

T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_share_of_nothing_is_unknown_not_zero() -> None:
    assert share(0, 0) is None
    assert share(3, 4) == 0.75
    assert share(0, 5) == 0.0


def test_median_and_nearest_rank_p90() -> None:
    assert median([]) is None and nearest_rank([], 0.9) is None
    assert median([7]) == 7 and nearest_rank([7], 0.9) == 7
    # even count: the mean of the middle two (4 and 6)
    assert median([9, 1, 6, 4]) == 5
    # ten values: rank ceil(0.9 * 10) = 9 → the 9th smallest
    assert nearest_rank([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 0.9) == 9
    # eleven values: rank ceil(9.9) = 10
    assert nearest_rank(list(range(1, 12)), 0.9) == 10
    with pytest.raises(ValueError):
        nearest_rank([1], 0)


def test_periods_are_whole_local_days() -> None:
    # 25 Nov 2026 is a Wednesday; Moscow is UTC+3
    today = Period.today(T0, "Europe/Moscow")
    assert today.start == datetime(2026, 11, 24, 21, 0, tzinfo=UTC)
    assert today.end == datetime(2026, 11, 25, 21, 0, tzinfo=UTC)
    week = Period.this_week(T0, "Europe/Moscow")
    assert week.start == datetime(2026, 11, 22, 21, 0, tzinfo=UTC)  # Monday 23rd, 00:00 MSK
    assert week.end == today.end
    days = Period.days(date(2026, 11, 1), date(2026, 11, 3), "UTC")
    assert (days.end - days.start) == timedelta(days=3)
    assert days.start in days and days.end not in days
    with pytest.raises(ValueError):
        Period.days(date(2026, 11, 3), date(2026, 11, 1), "UTC")
    with pytest.raises(ValueError):
        Period(datetime(2026, 1, 1), datetime(2026, 1, 2))  # naive


def test_tallies_count_each_call_once_per_id() -> None:
    objections, answers = tally_calls(
        [
            (["price", "price"], ["roi"], "qualified", 1),
            (["price"], ["roi", "start-small"], "lost", 1),
            (["price", "trust"], [], "follow_up", 1),
            ([], ["roi"], "qualified", 3),  # three identical calls, grouped
        ]
    )
    assert objections == {"price": Tally(3, 1, 1), "trust": Tally(1, 0, 0)}
    assert answers == {"roi": Tally(5, 4, 1), "start-small": Tally(1, 0, 1)}
    assert answers["roi"].win_rate == pytest.approx(4 / 5)
    assert answers["roi"].loss_rate == pytest.approx(1 / 5)
    assert not answers["roi"].enough
    assert Tally(MIN_SAMPLE, 1, 0).enough and Tally().win_rate is None


def test_callbacks_are_kept_within_the_grace_time() -> None:
    promised = T0 - timedelta(hours=2)

    def callback(next_call: datetime | None, at: datetime = promised) -> Callback:
        return Callback("L", at - timedelta(days=1), at, next_call)

    cases = [
        callback(promised + timedelta(minutes=15)),  # kept: at the edge of the grace
        callback(promised - timedelta(minutes=30)),  # kept: called earlier than promised
        callback(promised + timedelta(minutes=16)),  # late
        callback(None),  # never called
        callback(None, at=T0 - timedelta(minutes=10)),  # not due yet: grace still running
    ]
    assert callbacks_kept(cases, T0) == (4, 2)
    assert callbacks_kept([], T0) == (0, 0)


def test_minutes_to_first_call() -> None:
    arrived = T0
    pairs = [
        (arrived, arrived + timedelta(minutes=4)),
        (arrived, arrived + timedelta(hours=2)),
        (arrived, arrived - timedelta(minutes=1)),  # captured on the stand: called "before"
    ]
    assert minutes_to_first_call(pairs) == [4.0, 120.0, 0.0]


def test_count_axes_have_round_ticks() -> None:
    """Found by a new user: ticks at 0/157/315/472/630 and "0 0 0 0 1"."""
    assert round_ticks(1) == (1, 1)
    assert round_ticks(7) == (8, 2)
    assert round_ticks(289) == (300, 50)
    assert round_ticks(630) == (800, 200)
    assert round_ticks(12_345) == (15_000, 5_000)
    for largest in (1, 2, 3, 7, 10, 11, 99, 289, 630, 999, 12_345):
        top, step = round_ticks(largest)
        assert top >= largest and top % step == 0 and top // step <= 6
        assert str(step).strip("0") in ("1", "2", "5")
