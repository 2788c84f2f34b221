# SPDX-License-Identifier: MIT
"""The import benchmark runs end to end at a small size (no timing asserted): the import,
its floor, the pulls of another manager during a command-line import, both workbook
readers."""

from __future__ import annotations

import pytest

from bench.bench_import import export_rows, run


def test_the_export_repeats_a_tenth_of_its_people() -> None:
    rows = export_rows(1000)
    assert len(rows) == 1000
    assert 50 < len(rows) - len({tuple(r) for r in rows}) < 150


@pytest.mark.slow
def test_the_import_benchmark_measures_its_rows() -> None:
    rows = run(300, 1, ["sqlite"])
    names = [row.name for row in rows]
    assert names == ["import 300 CSV rows, sqlite", "read 300 rows of an .xlsx, calamine"]
    assert rows[0].floor_ms and rows[0].extra["pulls"] >= 1
