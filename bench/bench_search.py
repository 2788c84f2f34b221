# SPDX-License-Identifier: MIT
"""Search as you type over N local leads (FTS5 trigram), against a LIKE scan and a floor.

Floor: fetching the same result IDs by primary key (the least any search must do).
Run: ``python -m bench.bench_search --leads 100000``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from bench.common import Row, open_bench_store, report, sample
from desktop.store.db import Store
from desktop.store.leads import lead_values, search_lead_ids
from desktop.store.models import LeadRow
from salesdesk.domain.lead import create_lead
from server.demo.people import demo_leads

#: What a manager types, one keystroke at a time.
TYPED = ("s", "sm", "smi", "smit", "smith", "9", "91", "912", "9123", "nordw", "ооо", "ива")


def fill(store: Store, count: int) -> float:
    """Insert ``count`` demo leads; return the seconds it took."""
    now = datetime.now(UTC)
    start = time.perf_counter()
    leads = [
        create_lead(d.draft, now=d.created_at, default_region="US")
        for d in demo_leads(count, now=now)
    ]
    with store.write() as session:
        session.execute(LeadRow.__table__.insert(), [lead_values(lead) for lead in leads])
    return time.perf_counter() - start


def run(count: int, repeat: int) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_bench_store(Path(tmp) / "bench.sqlite3")
        seconds = fill(store, count)
        rows: list[Row] = []
        with store.read() as session:
            fts: list[float] = []
            like: list[float] = []
            floor: list[float] = []
            hits: dict[str, int] = {}
            for typed in TYPED:
                ids: list[str] = []

                def search(typed: str = typed, ids: list[str] = ids) -> None:
                    ids[:] = search_lead_ids(session, typed)

                fts += sample(search, repeat)
                hits[typed] = len(ids)
                pattern = f"%{typed}%"
                like += sample(
                    lambda p=pattern: session.execute(
                        text(
                            "SELECT id FROM leads WHERE first_name || ' ' || last_name LIKE :p "
                            "OR company LIKE :p OR phones LIKE :p OR emails LIKE :p"
                        ),
                        {"p": p},
                    ).all(),
                    repeat,
                )
                floor += sample(
                    lambda ids=list(ids): session.execute(
                        text(
                            "SELECT id FROM leads WHERE id IN (SELECT value FROM json_each(:ids))"
                        ),
                        {"ids": json.dumps(ids)},
                    ).all(),
                    repeat,
                )
        rows.append(
            Row(
                f"search as you type, {count:,} leads (FTS5)",
                "p95 ≤ 50 ms",
                fts,
                floor,
                "fetch the same result IDs by primary key",
                {"hits per query": hits, "insert time s": round(seconds, 2)},
            )
        )
        rows.append(
            Row(
                f"same queries as a LIKE scan, {count:,} leads",
                "(comparison)",
                like,
                floor,
                "fetch the same result IDs by primary key",
            )
        )
        store.close()
        return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(report(run(args.leads, args.repeat)))


if __name__ == "__main__":
    main()
