# SPDX-License-Identifier: MIT
"""Stored times: fixed-width UTC text whose text order is time order, and back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from salesdesk.sqltypes import from_db_time, to_db_time


def test_a_time_is_stored_as_fixed_width_utc_text_and_read_back_equal() -> None:
    moscow = timezone(timedelta(hours=3))
    value = datetime(2026, 11, 25, 12, 30, 5, 42, tzinfo=moscow)
    stored = to_db_time(value)
    assert stored == "2026-11-25T09:30:05.000042Z"
    assert from_db_time(stored) == value
    assert from_db_time(stored).utcoffset() == timedelta(0)


def test_whole_seconds_keep_their_microseconds_so_text_order_is_time_order() -> None:
    times = [
        datetime(2026, 1, 1, 0, 0, 0, tzinfo=UTC),
        datetime(2026, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
        datetime(2026, 1, 1, 0, 0, 1, tzinfo=timezone(timedelta(hours=-5))),
        datetime(999, 1, 1, tzinfo=UTC),
    ]
    stored = [to_db_time(t) for t in times]
    assert len({len(s) for s in stored}) == 1
    assert sorted(stored) == [to_db_time(t) for t in sorted(times)]


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_db_time(datetime(2026, 11, 25, 12, 0))
