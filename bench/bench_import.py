# SPDX-License-Identifier: MIT
"""Importing N rows of a CRM export: the whole import into the server database, its floor,
reading the same rows from an Excel workbook with calamine and with openpyxl, and a pull's
time while the import runs.

The file: a Salesforce-like export (names, company, one email, one national phone with its
country, a source in the CRM's words), a tenth of the rows repeating an earlier person.
Floor: normalising the same phones and emails alone (phonenumbers + email-validator, each
value once) — what any import that checks its contacts must do at the least. Target (the
import issue): 100,000 rows in ≤ 30 s and ≤ 3× the floor; a pull's p99 during the import
≤ 200 ms on PostgreSQL. Run: ``python -m bench.bench_import --rows 100000 [--postgres]``.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_server_pull import database
from bench.common import Row, database_kinds, percentile, report, sample

_FIRST = ("Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas")
_LAST = ("Berg", "Clark", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ivanova", "Jones")
_COUNTRIES = (
    ("Germany", "030 {:07d}"),
    ("France", "01 {:02d} {:02d} {:02d} {:02d}"),
    ("United Kingdom", "020 7{:03d} {:04d}"),
    ("United States", "(212) 5{:02d}-{:04d}"),
)
HEADER = ["First Name", "Last Name", "Company", "Email", "Phone", "Country", "Lead Source"]


def _phone(rng: random.Random, country: int) -> str:
    pattern = _COUNTRIES[country][1]
    if country == 0:
        return pattern.format(rng.randrange(1_000_000, 9_999_999))
    if country == 1:
        return pattern.format(*(rng.randrange(10, 99) for _ in range(4)))
    if country == 2:
        return pattern.format(rng.randrange(100, 999), rng.randrange(1000, 9999))
    return pattern.format(rng.randrange(10, 99), rng.randrange(1000, 9999))


def export_rows(count: int, seed: int = 7) -> list[list[str]]:
    """A CRM export of ``count`` rows (a tenth repeat an earlier person)."""
    rng = random.Random(seed)
    rows: list[list[str]] = []
    for i in range(count):
        if rows and rng.random() < 0.1:
            rows.append(list(rng.choice(rows)))
            continue
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        country = rng.randrange(len(_COUNTRIES))
        rows.append([first, last, f"{last} {i} GmbH", f"{first}.{last}.{i}@example.org".lower(),
                     _phone(rng, country), _COUNTRIES[country][0],
                     rng.choice(("Web", "Trade Show", "Partner Referral"))])  # fmt: skip
    return rows


def csv_bytes(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def floor(rows: list[list[str]]) -> None:
    """Normalise each row's phone (in its country) and email once, nothing else."""
    from salesdesk.domain.contacts import normalize_email, normalize_phone
    from salesdesk.domain.errors import ValidationError
    from server.imports.rows import country_region

    for row in rows:
        region = country_region(row[5]) or "US"
        with contextlib.suppress(ValidationError):  # the floor counts the work, not the outcome
            normalize_phone.__wrapped__(row[4], region)  # type: ignore[attr-defined]
        normalize_email.__wrapped__(row[3])  # type: ignore[attr-defined]


def _fresh(url: str) -> str:
    """A migrated database with the manager the import assigns to ("owner") and another
    ("reader", whose workstation syncs meanwhile); returns the reader's ID."""
    from salesdesk.domain.clock import utc_now
    from server.db import create_server_engine, migrate
    from server.services.users import add_user

    engine = create_server_engine(url)
    migrate(engine)
    with engine.begin() as connection:
        add_user(connection, "owner", "bench-password-1", "manager", now=utc_now())
        reader = add_user(connection, "reader", "bench-password-1", "manager", now=utc_now())
    engine.dispose()
    return reader


def import_once(url: str, data: bytes) -> float:
    """Import the file into a fresh database, in this process; seconds taken."""
    from salesdesk.domain.clock import utc_now
    from server.db import create_server_engine
    from server.imports.engine import run_import
    from server.imports.reading import read_bytes

    reader = _fresh(url)
    engine = create_server_engine(url)
    start = time.perf_counter()
    table = read_bytes(data, "export.csv")
    result = run_import(engine, table, "export.csv", now=utc_now(), default_region="US",
                        assignees=[reader])  # fmt: skip
    seconds = time.perf_counter() - start
    assert result.counts["created"] > 0, result.summary()
    engine.dispose()
    return seconds


def pulls_during_import(url: str, data: bytes) -> list[float]:
    """Another manager's workstation syncing (an incremental pull from its cursor, every
    50 ms) while the command line imports the file in its own process for "owner", as an
    admin would run it; ms each."""
    from server.db import READ_ONLY, create_server_engine
    from server.feed import pull_page

    reader = _fresh(url)
    engine = create_server_engine(url)
    pulls: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.csv"
        path.write_bytes(data)
        command = [sys.executable, "-m", "server.cli", "--database", url, "leads", "import",
                   str(path), "--assign-to", "owner"]  # fmt: skip
        importer = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        cursor = None
        while importer.poll() is None:
            start = time.perf_counter()
            with engine.connect() as connection:  # as the pull endpoint reads
                if connection.dialect.name == "sqlite":
                    connection = connection.execution_options(**{READ_ONLY: True})
                cursor = pull_page(connection, reader, cursor, 1000)["cursor"]
            pulls.append((time.perf_counter() - start) * 1000)
            time.sleep(0.05)
    engine.dispose()
    return pulls


def read_xlsx(rows: list[list[str]], repeat: int) -> tuple[list[float], list[float]]:
    """Reading the rows from an .xlsx: calamine (what the import uses) and openpyxl."""
    from openpyxl import Workbook, load_workbook
    from python_calamine import CalamineWorkbook

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.xlsx"
        book = Workbook(write_only=True)
        sheet = book.create_sheet()
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
        book.save(path)

        def calamine() -> int:
            return len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())

        def openpyxl() -> int:
            workbook = load_workbook(path, read_only=True, data_only=True)
            count = sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))
            workbook.close()
            return count

        return sample(calamine, repeat), sample(openpyxl, repeat)


def run(count: int, repeat: int, kinds: list[str]) -> list[Row]:
    from salesdesk.domain.contacts import normalize_email, normalize_phone

    rows_ = export_rows(count)
    data = csv_bytes(rows_)
    normalize_phone.cache_clear()  # type: ignore[attr-defined]
    normalize_email.cache_clear()  # type: ignore[attr-defined]
    floor_ms = sample(lambda: floor(rows_), repeat)
    rows: list[Row] = []
    for kind in kinds:
        times = []
        for _attempt in range(repeat):
            normalize_phone.cache_clear()  # type: ignore[attr-defined]
            normalize_email.cache_clear()  # type: ignore[attr-defined]
            with database(kind) as url:
                times.append(1000 * import_once(url, data))
        with database(kind) as url:
            pulls = pulls_during_import(url, data)
        rows.append(Row(f"import {count:,} CSV rows, {kind}", "≤ 30 s, ≤ 3× floor", times,
                        floor_ms, "normalise the same phones and emails alone",
                        {"pull p99 ms during it": round(percentile(pulls, 99), 1),
                         "pulls": len(pulls)}))  # fmt: skip
    calamine, openpyxl = read_xlsx(rows_, repeat)
    rows.append(Row(f"read {count:,} rows of an .xlsx, calamine", "(chosen: the faster)",
                    calamine, openpyxl, "openpyxl read-only on the same file"))  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    args = parser.parse_args()
    kinds = database_kinds(args.postgres)
    print(report(run(args.rows, args.repeat, kinds)))


if __name__ == "__main__":
    main()
