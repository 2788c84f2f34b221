# SPDX-License-Identifier: MIT
"""The one CSV writer: formulas written as text, numbers as numbers, files owner-only."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from salesdesk.csv_export import csv_text, export_csv


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")',
     "=cmd|' /C calc'!A0"],
)  # fmt: skip
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(cell: str) -> None:
    [header, row] = list(csv.reader(io.StringIO(csv_text(["value"], [[cell]]))))
    assert header == ["value"]
    assert row == ["'" + cell]


def test_other_cells_are_written_as_they_are() -> None:
    rows = [["Anna", 3, -3, 0.5, None, "a=b", "Иван", " =x"]]
    [_, row] = list(csv.reader(io.StringIO(csv_text(list("abcdefgh"), rows))))
    assert row == ["Anna", "3", "-3", "0.5", "", "a=b", "Иван", " =x"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_an_export_is_the_owners_only_even_over_a_wider_file(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old, longer text than the new one\n", encoding="utf-8")
    path.chmod(0o644)
    export_csv(path, ["a"], [["=1"]])
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() == b"a\r\n'=1\r\n"
