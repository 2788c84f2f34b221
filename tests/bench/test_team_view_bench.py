# SPDX-License-Identifier: MIT
"""The team-view benchmark runs end to end on a small SQLite database, so the instrument
never rots (no timing asserted; the figures are in the closing note and the README)."""

from __future__ import annotations

from bench.bench_team_view import ASKS, run


def test_the_team_view_benchmark_measures_each_tab() -> None:
    rows = run(leads=200, repeat=1, kinds=["sqlite"])
    assert len(rows) == len(ASKS)
    for row in rows:
        assert row.samples_ms and all(s > 0 for s in row.samples_ms), row.name
        assert row.floor_ms and "600 calls" in row.name
