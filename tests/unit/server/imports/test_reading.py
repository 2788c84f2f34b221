# SPDX-License-Identifier: MIT
"""Reading import files as they come: encodings, delimiters, Excel's sep= line, cells that
span lines, over-long fields, rows wrapped whole in quotes, workbooks and vCard files."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.imports.reading import FileError, cell_text, parse_delimiter, read_bytes, read_table

DATA = Path(__file__).resolve().parents[3] / "data" / "imports"
BADGES = Path(__file__).resolve().parents[3] / "data" / "badges"
TEXT = "Имя;Фамилия;Город\nМария;Сидорова;Екатеринбург\nПётр;Иванов;Санкт-Петербург\n"
LATIN = "Name,Company,City\nZoë Dupré,Crème & Co,Köln\nJosé García,Café Müller,Málaga\n"


@pytest.mark.parametrize(
    ("text", "encoding", "found"),
    [
        (TEXT, "cp1251", "cp1251"),
        (TEXT, "koi8_r", "koi8_r"),
        (TEXT, "utf-8-sig", "utf-8"),
        (TEXT, "utf-16", "utf-16"),
        (LATIN, "cp1252", "cp1252"),
        (LATIN, "latin-1", "cp1252"),  # the same bytes for these letters: read alike
        (LATIN, "utf-8", "utf-8"),
    ],
)
def test_each_encoding_is_read_and_named(text: str, encoding: str, found: str) -> None:
    """Found: Windows-1251, Latin-1, cp1252 and UTF-16 files were refused ("save it as CSV
    UTF-8") with no way to say the encoding."""
    table = read_bytes(text.encode(encoding), "people.csv")
    assert table.detected.encoding == found
    assert [table.header, *(r.cells for r in table.rows)] == [
        line.split(table.detected.delimiter or ",") for line in text.splitlines()
    ]


def test_a_given_encoding_wins_and_a_wrong_one_is_said() -> None:
    data = LATIN.encode("cp1252")
    assert read_bytes(data, "a.csv", encoding="latin-1").rows[0].cells[1] == "Crème & Co"
    with pytest.raises(FileError, match=r"not utf-8 text \(byte 20"):
        read_bytes(data, "a.csv", encoding="utf-8")
    with pytest.raises(FileError, match="unknown encoding"):
        read_bytes(data, "a.csv", encoding="klingon")


def test_excels_sep_line_and_a_row_wrapped_in_quotes() -> None:
    """Found: Excel's sep=; first line aborted the import; a row wrapped whole in quotes was
    split into misaligned cells (the cell count was never checked)."""
    table = read_table(DATA / "russian_open_data.csv")
    assert (table.detected.delimiter, table.detected.delimiter_by) == (";", "sep= line")
    assert table.header[:3] == ["Наименование", "ФИО руководителя", "Телефон"]
    assert [r.line for r in table.rows] == [3, 5]  # the file's own line numbers
    ((row, reason),) = table.unreadable
    assert row.line == 4 and "one quoted cell holding 5 values" in reason


def test_line_numbers_count_the_lines_inside_cells() -> None:
    """Found: line numbers were wrong when fields contained line breaks."""
    text = 'email,note\na@x.example,"one\ntwo\nthree"\nb@x.example,plain\n"c@x.example","x"\n'
    table = read_bytes(text.encode(), "notes.csv")
    assert [(r.line, r.cells[0]) for r in table.rows] == [
        (2, "a@x.example"), (5, "b@x.example"), (6, "c@x.example")
    ]  # fmt: skip


def test_a_field_over_the_csv_modules_limit_is_read() -> None:
    """Found: a field over 131,072 characters aborted the whole import with a _csv.Error."""
    text = "email,note\na@x.example," + "x" * 200_000 + "\nb@x.example,short\n"
    table = read_bytes(text.encode(), "long.csv")
    assert [len(r.cells[1]) for r in table.rows] == [200_000, 5]  # its row's rules refuse it


def test_delimiters_sniffed_or_given() -> None:
    assert read_bytes(b"a\tb\n1\t2\n", "t.csv").detected.delimiter == "\t"
    assert read_bytes(b"a|b\n1|2\n", "t.csv").detected.delimiter == "|"
    given = read_bytes(b"name;company\nA, B;C\n", "t.csv", delimiter=";")
    assert given.rows[0].cells == ["A, B", "C"]
    assert parse_delimiter("tab") == "\t" and parse_delimiter(";") == ";"
    for bad in ("ab", '"', "x"):
        with pytest.raises(FileError, match="one character"):
            parse_delimiter(bad)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(FileError, match="is empty"):
        read_bytes(b"  \n", "e.csv")
    with pytest.raises(FileError, match="cannot read"):
        read_table(tmp_path / "nope.csv")


def test_a_workbook_keeps_numbers_as_typed(tmp_path: Path) -> None:
    """Phone numbers in Excel are often numbers: read without ".0", dates as dates."""
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Phone", "Since", "Score"])
    sheet.append(["Anna Berg", 4915123456789, datetime(2026, 5, 4), 12.5])
    sheet.append([None, None, None, None])
    sheet.append(["Ben Ode", "+49 30 1234567", None, 3])
    path = tmp_path / "leads.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.detected.kind == "xlsx"
    assert table.header == ["Name", "Phone", "Since", "Score"]
    assert [(r.line, r.cells) for r in table.rows] == [
        (2, ["Anna Berg", "4915123456789", "2026-05-04", "12.5"]),
        (4, ["Ben Ode", "+49 30 1234567", "", "3"]),
    ]
    with pytest.raises(FileError, match="not a readable Excel workbook"):
        read_bytes(b"PK\x03\x04 not really", "broken.xlsx")


def test_a_vcard_file_holds_several_cards() -> None:
    """Real exports (ez-vcard's test files: Outlook, iPhone, Android, Thunderbird, Gmail…),
    one file of several cards."""
    cards = [p for p in sorted(BADGES.glob("*.vcf"))]
    assert cards, "the badge samples are missing"
    text = "\r\n".join(p.read_text(encoding="utf-8", errors="replace").strip() for p in cards)
    table = read_bytes(text.encode("utf-8"), "all.vcf")
    assert table.detected.kind == "vcf"
    assert len(table.rows) == len(cards)
    assert all(r.cells[0] or r.cells[1] or r.cells[2] for r in table.rows)  # a name or company
    assert table.rows[0].line == 1


def test_cell_text() -> None:
    from datetime import date, datetime, time

    assert [cell_text(v) for v in (None, True, 7.0, 0.5, "x", date(2026, 1, 2), time(9, 30),
                                   datetime(2026, 1, 2, 9, 30))] == [
        "", "TRUE", "7", "0.5", "x", "2026-01-02", "09:30:00", "2026-01-02T09:30:00"
    ]  # fmt: skip
