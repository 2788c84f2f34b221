# SPDX-License-Identifier: MIT
"""The one CSV writer of every export, on both sides: cells a spreadsheet would run as a
formula are written as text, and files are the owner's only.

A cell starting with ``= + - @``, a tab or a carriage return is what Excel, LibreOffice and
Google Sheets evaluate (OWASP "CSV Injection"); such a text cell gets a leading apostrophe,
which spreadsheets show as text. Numbers are written as numbers (``-3`` stays ``-3``): only
text from data can carry a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from salesdesk.private_files import write_private

#: Cells a spreadsheet would run as a formula start with one of these.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def safe_cell(value: Cell) -> str | int | float:
    """A cell a spreadsheet shows as it is and never runs (None is an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """Write a header row and ``rows`` to ``out`` with every cell made safe."""
    writer = csv.writer(out)
    writer.writerow([safe_cell(cell) for cell in header])
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> str:
    """The CSV text of a header row and ``rows``, every cell made safe."""
    out = io.StringIO()
    write_csv(out, header, rows)
    return out.getvalue()


def export_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """Write the CSV file ``path`` (UTF-8), owner-only, every cell made safe."""
    write_private(path, csv_text(header, rows))
