# SPDX-License-Identifier: MIT
"""Serving a full pull of N leads over HTTP (gzip), pages of 1,000 and 5,000.

Floor: selecting the same lead rows with one plain query and encoding them with orjson,
in-process — what any server must do at the least, without HTTP, paging or the feed.
Run: ``python -m bench.bench_server_pull --leads 100000 [--postgres]``.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
from sqlalchemy import select

from bench.common import Row, database_kinds, report, sample
from bench.fixtures import prepare_server_db, serve
from salesdesk.protocol.models import LEAD_WIRE_COLUMNS
from server.db import create_server_engine
from server.models import LeadRow
from tests.pg import scratch_database


def full_pull(session_url: str, session: object, limit: int) -> int:
    """Pull every page; return how many changes came."""
    import requests

    assert isinstance(session, requests.Session)
    cursor: str | None = None
    total = 0
    while True:
        params: dict[str, object] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        page = session.get(f"{session_url}/api/v1/sync/pull", params=params, timeout=120).json()
        total += len(page["changes"])
        cursor = page["cursor"]
        if not page["has_more"]:
            return total


def floor(url: str) -> None:
    engine = create_server_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(select(*[getattr(LeadRow, c) for c in LEAD_WIRE_COLUMNS]))
        orjson.dumps([dict(r._mapping) for r in rows])
    engine.dispose()


@contextmanager
def database(kind: str) -> Iterator[str]:
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
    else:
        with scratch_database() as url:
            yield url


def run(leads: int, repeat: int, kinds: list[str]) -> list[Row]:
    rows: list[Row] = []
    for kind in kinds:
        with database(kind) as url:
            seconds = prepare_server_db(url, leads)
            floor_ms = sample(lambda url=url: floor(url), repeat)
            with serve(url) as served:
                for limit in (1000, 5000):
                    counts: list[int] = []
                    times = sample(
                        lambda limit=limit, counts=counts: counts.append(
                            full_pull(served.url, served.session, limit)
                        ),
                        repeat,
                    )
                    rows.append(
                        Row(
                            f"serve full pull {leads:,} leads, {kind}, pages {limit:,}",
                            "(reported)",
                            times,
                            floor_ms,
                            "one SELECT of the same leads + orjson, in-process",
                            {"changes": counts[0], "setup s": round(seconds, 1)},
                        )
                    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    args = parser.parse_args()
    kinds = database_kinds(args.postgres)
    print(report(run(args.leads, args.repeat, kinds)))


if __name__ == "__main__":
    main()
