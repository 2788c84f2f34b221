# SPDX-License-Identifier: MIT
"""Reading an import file into a header and rows, whatever produced it.

CSV in any common encoding (a byte-order mark or UTF-8 first; else charset-normalizer's
best guess, always shown and overridable), any of the usual delimiters (sniffed,
overridable, Excel's ``sep=`` line honoured), fields of any length (a long one is refused
by the lead's rules, for its row only), and each row's real line numbers in the file.
Excel workbooks (.xlsx, the first sheet) and vCard files (.vcf, several cards each) become
the same rows. A row whose cell count is not the header's is kept aside with the reason:
wrapped whole in quotes, it would otherwise be read into the wrong columns.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from server.imports import ImportProblem

#: The most rows one file may have (a larger file is split by whoever exports it).
MAX_ROWS = 1_000_000
DELIMITERS = ",;\t|"
_SEP_LINE = re.compile(r'^"?sep=(.)"?[ \t]*$')
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
#: Encodings exports are most often in: the first of equally likely readings wins.
_PREFERRED = ["utf_8", "cp1252", "cp1251", "koi8_r", "latin_1", "iso8859_15", "cp1250", "utf_16"]
#: What the delimiter option accepts besides the character itself.
DELIMITER_NAMES = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


class FileError(ImportProblem):
    """The file as a whole cannot be read (missing, empty, an encoding that does not fit)."""


@dataclass(frozen=True)
class Detected:
    """How the file was read: its kind, encoding and delimiter, and what decided them."""

    kind: str  # csv, xlsx, vcf
    encoding: str | None = None
    encoding_by: str = ""  # "given", "byte-order mark", "valid UTF-8", "detected"
    delimiter: str | None = None
    delimiter_by: str = ""  # "given", "sep= line", "sniffed"

    def describe(self) -> str:
        """One line for people: ``csv, cp1251 (detected), ';' (sep= line)``."""
        parts = [self.kind]
        if self.encoding:
            parts.append(f"{self.encoding} ({self.encoding_by})")
        if self.delimiter:
            shown = "tab" if self.delimiter == "\t" else repr(self.delimiter)
            parts.append(f"delimiter {shown} ({self.delimiter_by})")
        return ", ".join(parts)


@dataclass(frozen=True)
class SourceRow:
    """One data row: the line it starts on (the sheet's row number in a workbook) and its
    cells as read."""

    line: int
    cells: list[str]


@dataclass
class Table:
    """A file read: its header, its data rows, the rows refused while reading (line, cells,
    reason) and how it was read."""

    header: list[str]
    rows: list[SourceRow]
    detected: Detected
    unreadable: list[tuple[SourceRow, str]] = field(default_factory=list)


def read_table(path: Path, *, encoding: str | None = None, delimiter: str | None = None) -> Table:
    """Read an import file (by its name: .xlsx, .vcf, else CSV). FileError when it cannot."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileError(f"cannot read {path}: {exc.strerror}") from exc
    return read_bytes(data, path.name, encoding=encoding, delimiter=delimiter)


def read_bytes(
    data: bytes, name: str, *, encoding: str | None = None, delimiter: str | None = None
) -> Table:
    """Read an import file's bytes (``name`` tells its kind). FileError when it cannot."""
    if not data.strip():
        raise FileError(f"{name} is empty")
    suffix = Path(name).suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(data, name)
    text, detected = decode(data, name, encoding)
    if suffix in (".vcf", ".vcard"):
        return _read_vcards(text, name, detected)
    return _read_csv(text, name, detected, delimiter)


def decode(data: bytes, name: str, encoding: str | None) -> tuple[str, Detected]:
    """The file's text and how its encoding was found: as given, by its byte-order mark,
    as valid UTF-8, or by charset-normalizer's best guess."""
    if encoding:
        try:
            return data.decode(encoding), Detected("", encoding, "given")
        except LookupError as exc:
            raise FileError(f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise FileError(
                f"{name} is not {encoding} text (byte {exc.start} cannot be read); "
                "leave out --encoding to detect it"
            ) from exc
    for mark, codec in _BOMS:
        if data.startswith(mark):
            try:
                return data.decode(codec), Detected(
                    "", codec.removesuffix("-sig"), "byte-order mark"
                )
            except UnicodeDecodeError as exc:
                raise FileError(f"{name} starts as {codec} but is not: byte {exc.start}") from exc
    try:
        return data.decode("utf-8"), Detected("", "utf-8", "valid UTF-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise FileError(f"cannot tell the encoding of {name}: say it with --encoding (cp1251, …)")
    best = matches[0]
    # equally good readings (cp1250 and cp1252 read "Café" alike, but not "Crème"): the
    # encoding exports are most often in wins, and the others are named
    ties = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.02
    ]
    ties.sort(key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99)
    chosen = ties[0]
    others = [m.encoding for m in ties[1:4]]
    how = "detected" + (f"; could also be {', '.join(others)}" if others else "")
    return str(chosen), Detected("", chosen.encoding, how)


def parse_delimiter(value: str) -> str:
    """A delimiter as given on the command line: one character or tab/comma/semicolon/pipe."""
    chosen = DELIMITER_NAMES.get(value.casefold(), value.replace("\\t", "\t"))
    if len(chosen) != 1 or chosen in '"\r\n' or chosen.isalnum():
        raise FileError(f"a delimiter is one character (or tab, comma, semicolon), not {value!r}")
    return chosen


def _read_csv(text: str, name: str, found: Detected, delimiter: str | None) -> Table:
    skipped = 0
    first_line, _, rest = text.partition("\n")
    sep = _SEP_LINE.match(first_line.rstrip("\r"))
    delimiter_by = "given"
    if sep is not None:
        text, skipped = rest, 1
        if delimiter is None:
            delimiter, delimiter_by = sep.group(1), "sep= line"
    if delimiter is None:
        delimiter, delimiter_by = _sniff(text), "sniffed"
    detected = Detected("csv", found.encoding, found.encoding_by, delimiter, delimiter_by)
    csv.field_size_limit(max(len(text) + 1, 131_072))  # a long field: its row's rules say
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[SourceRow] = []
    unreadable: list[tuple[SourceRow, str]] = []
    ended = 0  # the physical line the previous record ended on
    try:
        for cells in reader:
            row = SourceRow(ended + 1 + skipped, cells)
            ended = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = [cell.strip() for cell in cells]
                continue
            problem = _cell_count_problem(cells, len(header), delimiter)
            if problem:
                unreadable.append((row, problem))
                continue
            rows.append(SourceRow(row.line, cells[: len(header)]))
            if len(rows) > MAX_ROWS:
                raise FileError(f"{name} has more than {MAX_ROWS:,} rows; split it")
    except csv.Error as exc:
        raise FileError(f"{name} line {reader.line_num}: {exc}") from exc
    if header is None:
        raise FileError(f"{name} is empty")
    return Table(header, rows, detected, unreadable)


def _sniff(text: str) -> str:
    sample = text[:65_536]
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = sample.partition("\n")[0]
        counts = {d: header.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _cell_count_problem(cells: list[str], expected: int, delimiter: str) -> str:
    if len(cells) > expected and not any(c.strip() for c in cells[expected:]):
        return ""  # trailing empty cells (a spreadsheet's habit)
    if len(cells) == expected:
        return ""
    if len(cells) == 1 and delimiter in cells[0]:
        return (
            f"the row is one quoted cell holding {cells[0].count(delimiter) + 1} values; "
            f"the header has {expected} columns"
        )
    return f"the row has {len(cells)} cells; the header has {expected} columns"


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees: whole numbers without ``.0`` (phone
    numbers are often stored as numbers), dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e18 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes, name: str) -> Table:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0)
        values = sheet.to_python(skip_empty_area=False)
    except Exception as exc:  # the reader's own errors: a damaged or not-an-xlsx file
        raise FileError(f"{name} is not a readable Excel workbook: {exc}") from exc
    header: list[str] | None = None
    rows: list[SourceRow] = []
    for number, raw in enumerate(values, start=1):
        cells = [cell_text(v) for v in raw]
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            while header and not header[-1]:
                header.pop()
            continue
        rows.append(SourceRow(number, (cells + [""] * len(header))[: len(header)]))
        if len(rows) > MAX_ROWS:
            raise FileError(f"{name} has more than {MAX_ROWS:,} rows; split it")
    if header is None:
        raise FileError(f"{name} is empty")
    return Table(header, rows, Detected("xlsx"))


#: The columns a vCard file is read into (one row per card).
VCARD_COLUMNS = ["Given name", "Family name", "Organization", "Title", "Phones", "Emails",
                 "Note"]  # fmt: skip


def _read_vcards(text: str, name: str, found: Detected) -> Table:
    from salesdesk.domain.badge import read_badge

    detected = Detected("vcf", found.encoding, found.encoding_by)
    rows: list[SourceRow] = []
    for line, card_text in _cards(text):
        card = read_badge(card_text)  # never raises: an unreadable card is read as text
        note = "\n".join(
            f"{label}: {value}" if label else value for label, value in card.note_lines
        )
        rows.append(SourceRow(line, [card.first_name, card.last_name, card.company,
                                     card.job_title, ", ".join(card.callable_phones),
                                     ", ".join(card.emails), note]))  # fmt: skip
    if not rows:
        raise FileError(f"{name} holds no vCard (BEGIN:VCARD … END:VCARD)")
    return Table(list(VCARD_COLUMNS), rows, detected)


def _cards(text: str) -> Iterator[tuple[int, str]]:
    """Each card's text with the line it begins on."""
    start, lines = 0, list[str]()
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip().upper() == "BEGIN:VCARD":
            start, lines = number, []
        lines.append(line)
        if line.strip().upper() == "END:VCARD" and start:
            yield start, "\r\n".join(lines) + "\r\n"
            start = 0
