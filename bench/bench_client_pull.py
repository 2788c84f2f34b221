# SPDX-License-Identifier: MIT
"""The workstation's full first pull and incremental pulls, against a floor in the same run.

Full pull: a fresh profile pulls N leads from a real server on loopback (SyncEngine, all
pages, each page and its cursor committed). Floor: decoding the same JSON pages (fetched
beforehand, in memory) and inserting the same rows into a fresh SQLite file with a plain
``executemany`` in one transaction — the least any client must do with that data. Beside
it, a second floor: the same rows into the store's own schema (indexes, search, contact
keys) in one transaction — what the schema itself costs.
Incremental: 100 leads changed on the server, then a pull with no change at all.
Run: ``python -m bench.bench_client_pull --leads 100000``.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
import requests
from sqlalchemy import select

from bench.bench_server_pull import database
from bench.common import Row, open_bench_store, report, sample
from bench.fixtures import PASSWORD, prepare_server_db, serve
from desktop.services.account import connect, login
from desktop.store.db import open_store
from desktop.store.leads import deferred_search, replace_contact_keys
from desktop.sync.credentials import use_memory_keyring
from desktop.sync.engine import SyncEngine
from salesdesk.domain.contacts import duplicate_keys
from server.db import create_server_engine
from server.models import LeadRow
from server.services.leads import lock_lead, write_changes

COLUMNS = (
    "id",
    "created_at",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "phones",
    "emails",
    "need",
    "source",
    "campaign",
    "event_name",
    "quality",
    "temperature",
    "stage",
    "score",
    "budget_notes",
    "time_zone",
    "effective_time_zone",
    "next_call_at",
    "nurture_until",
    "attempts",
    "attempts_today",
    "last_attempt_at",
    "loss_reason_id",
    "assignee_id",
    "duplicate_of",
    "version",
)


def fetch_pages(url: str, session: requests.Session, page: int) -> list[bytes]:
    pages: list[bytes] = []
    cursor = None
    while True:
        params: dict[str, object] = {"limit": page}
        if cursor:
            params["cursor"] = cursor
        body = session.get(f"{url}/api/v1/sync/pull", params=params, timeout=120).content
        pages.append(body)
        decoded = orjson.loads(body)
        cursor = decoded["cursor"]
        if not decoded["has_more"]:
            return pages


def _lead_rows(body: bytes) -> Iterator[tuple[dict[str, Any], tuple[Any, ...]]]:
    """Each lead of a pull page as its decoded data and its row in COLUMNS order."""
    for change in orjson.loads(body)["changes"]:
        data = change.get("data")
        if change["entity"] != "lead" or not data:
            continue
        yield (
            data,
            tuple(
                orjson.dumps(data[c]).decode() if c in ("phones", "emails") else data.get(c)
                for c in COLUMNS
            ),
        )


def floor(pages: list[bytes], directory: Path) -> None:
    path = directory / f"floor-{time.perf_counter_ns()}.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"CREATE TABLE leads ({', '.join(COLUMNS)})")
    marks = ", ".join("?" for _ in COLUMNS)
    with connection:
        for body in pages:
            rows = [row for _data, row in _lead_rows(body)]
            connection.executemany(f"INSERT INTO leads VALUES ({marks})", rows)
    connection.close()


def schema_floor(pages: list[bytes], directory: Path) -> None:
    """The same rows into the workstation's own schema, through its bulk path, unchecked.

    What the issue's floor leaves out and the store must keep up: the three lead indexes,
    the two search indexes and the contact keys. One transaction, no validation, no HTTP:
    what remains between the full pull and this is the sync engine's own cost.
    """
    store = open_store(directory / f"schema-floor-{time.perf_counter_ns()}.sqlite3")
    columns = (*COLUMNS, "reassigned")
    insert = f"INSERT INTO leads ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    ids: list[str] = []
    keys: dict[str, frozenset[str]] = {}
    with store.write() as session:
        with deferred_search(session, lambda: ids, new_only=True):
            for body in pages:
                rows = []
                for data, row in _lead_rows(body):
                    rows.append((*row, False))
                    ids.append(data["id"])
                    keys[data["id"]] = duplicate_keys(data["phones"], data["emails"])
                session.connection().exec_driver_sql(insert, rows)
        replace_contact_keys(session, [], keys)
    store.close()


def run(leads: int, repeat: int, page: int, kind: str = "sqlite") -> list[Row]:
    rows: list[Row] = []
    use_memory_keyring()  # a benchmark never touches the machine's keyring
    with tempfile.TemporaryDirectory() as tmp_name, database(kind) as url:
        tmp = Path(tmp_name)
        setup = prepare_server_db(url, leads)
        with serve(url) as served:
            pages = fetch_pages(served.url, served.session, page)
            floor_ms = sample(lambda: floor(pages, tmp), repeat)
            schema_ms = sample(lambda: schema_floor(pages, tmp), repeat)
            full: list[float] = []
            stores = []
            for i in range(repeat):
                store = open_bench_store(tmp / f"profile-{i}.sqlite3")
                login(store, served.url, "manager", PASSWORD)
                engine = SyncEngine(store, connect(store), page_size=page)
                start = time.perf_counter()
                summary = engine.run()
                full.append((time.perf_counter() - start) * 1000)
                stores.append(store)
            rows.append(
                Row(
                    f"full first pull, {leads:,} leads, {kind} server",
                    "≤ 2× floor, < 10 s",
                    full,
                    floor_ms,
                    "decode the same JSON + executemany the same rows into SQLite",
                    {
                        "changes": summary.pulled,
                        "server setup s": round(setup, 1),
                        "response bytes (uncompressed)": sum(len(p) for p in pages),
                        "floor in the store's own schema ms (median)": round(
                            statistics.median(schema_ms)
                        ),
                        "ratio to the schema floor": round(
                            statistics.median(full) / statistics.median(schema_ms), 2
                        ),
                    },
                )
            )
            store = stores[0]
            engine = SyncEngine(store, connect(store), page_size=page)
            server = create_server_engine(url)
            incremental: list[float] = []
            empty: list[float] = []
            ids: list[str] = []
            with server.connect() as connection:
                ids = list(connection.scalars(select(LeadRow.id).limit(100 * repeat)))
            for i in range(repeat):
                with server.begin() as connection:
                    for lead_id in ids[i * 100 : (i + 1) * 100]:
                        row = lock_lead(connection, lead_id)
                        assert row is not None
                        write_changes(
                            connection,
                            row,
                            {"need": f"changed {i}"},
                            datetime.now(UTC),
                        )
                start = time.perf_counter()
                changed = engine.run()
                incremental.append((time.perf_counter() - start) * 1000)
                assert changed.pulled == 100, changed.pulled
                start = time.perf_counter()
                engine.run()
                empty.append((time.perf_counter() - start) * 1000)
            server.dispose()
            rows.append(
                Row(f"incremental pull, 100 changed of {leads:,}, {kind}", "≤ 150 ms", incremental)
            )
            rows.append(Row(f"pull with no changes, {leads:,} local, {kind}", "≤ 30 ms", empty))
            for store in stores:
                store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--page", type=int, default=5000)
    parser.add_argument("--postgres", action="store_true", help="a PostgreSQL server database")
    args = parser.parse_args()
    kind = "postgres" if args.postgres else "sqlite"
    print(report(run(args.leads, args.repeat, args.page, kind)))


if __name__ == "__main__":
    main()
