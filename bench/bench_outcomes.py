# SPDX-License-Identifier: MIT
"""Saving call outcomes (durable commit with the outbox row) and pushing 1,000 of them.

- Save: ``record_outcome`` one at a time on a profile with N leads; p50/p99. Floor: a bare
  durable ``BEGIN IMMEDIATE; INSERT; COMMIT`` of a row of the same size on the same file.
- Push: 1,000 recorded outcomes sent to a real server on loopback by the SyncEngine (batches
  of 200, each result written back). Floor: the same number of HTTP round trips carrying
  the same JSON bodies to the server's health endpoint (what the network and HTTP cost
  alone). Beside it: 1,000 bare durable commits on the server's file (what one transaction
  per mutation costs by itself) and the pull that ends the same sync (the server hands the
  calls and the leads they moved back as the manager's history).

Run: ``python -m bench.bench_outcomes --leads 2000 --outcomes 1000``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
from sqlalchemy import Engine, select, text

from bench.common import Row, open_bench_store, report, sample
from bench.fixtures import PASSWORD, prepare_server_db, serve
from desktop.services.account import connect, login
from desktop.store.models import LeadRow, OutboxRow
from desktop.store.outcomes import record_outcome
from desktop.sync.credentials import use_memory_keyring
from desktop.sync.engine import SyncEngine, SyncSummary
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.vocabulary import Disposition, Result
from server.db import create_server_engine


def run(leads: int, outcomes: int) -> list[Row]:
    use_memory_keyring()  # a benchmark never touches the machine's keyring
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url = f"sqlite:///{tmp / 'server.sqlite3'}"
        prepare_server_db(url, leads)
        with serve(url) as served:
            store = open_bench_store(tmp / "profile.sqlite3")
            login(store, served.url, "manager", PASSWORD)
            engine = SyncEngine(store, connect(store), page_size=5000)
            engine.run()
            with store.read() as session:
                lead_ids = list(session.scalars(select(LeadRow.id)))
            now = datetime.now(UTC)
            rules = QueueRules()
            drafts = [
                OutcomeDraft(
                    lead_id=lead_ids[i % len(lead_ids)],
                    started_at=now - timedelta(minutes=5),
                    duration_s=120,
                    disposition=Disposition.CONNECTED,
                    result=Result.NONE,
                    note="talked about the trial",
                )
                for i in range(outcomes)
            ]
            queue = iter(drafts)
            saves = sample(
                lambda: record_outcome(store, next(queue), now=now, rules=rules), outcomes
            )
            with store.read() as session:
                bodies = [orjson.dumps(r.payload) for r in session.scalars(select(OutboxRow))]
            floor_save = _bare_commits(store.engine, bodies)
            summary = SyncSummary()
            start = time.perf_counter()
            engine.push_all(summary)
            push = [(time.perf_counter() - start) * 1000]
            assert summary.pushed == outcomes, summary.pushed
            start = time.perf_counter()
            engine.run()  # what the same sync does next: pull the calls and moved leads back
            echo = [(time.perf_counter() - start) * 1000]
            batches = [
                b"[" + b",".join(bodies[i : i + 200]) + b"]" for i in range(0, outcomes, 200)
            ]
            start = time.perf_counter()
            for body in batches:
                served.session.get(f"{served.url}/api/v1/health", data=body, timeout=30)
            floor_push = [(time.perf_counter() - start) * 1000]
            store.close()
        server_engine = create_server_engine(url)  # the server's own pragmas (WAL, FULL)
        commits = [sum(_bare_commits(server_engine, bodies))]
        server_engine.dispose()
    return [
        Row(
            "save a call outcome (durable, with outbox)",
            "p99 ≤ 10 ms",
            saves,
            floor_save,
            "BEGIN IMMEDIATE; INSERT a row of the same size; COMMIT (same file, same pragmas)",
        ),
        Row(
            f"push {outcomes:,} outcomes",
            "≤ 1 s",
            push,
            floor_push,
            "the same request bodies as round trips to /health",
        ),
        Row(
            f"… of which {outcomes:,} durable commits alone",
            "—",
            commits,
            floor_name="one transaction per mutation (DESIGN §4) on the server's SQLite file",
        ),
        Row(f"… then the same sync pulls back {outcomes:,} calls + their leads", "—", echo),
    ]


def _bare_commits(engine: Engine, bodies: list[bytes]) -> list[float]:
    """One durable ``BEGIN IMMEDIATE; INSERT; COMMIT`` per body on ``engine``'s file: ms each."""
    with engine.connect() as connection:
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS bench_floor (body BLOB)")
        connection.commit()
        raw = connection.connection.dbapi_connection
        raw.isolation_level = None

        def commit(body: bytes) -> None:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO bench_floor VALUES (?)", (body,))
            raw.execute("COMMIT")

        queue = iter(bodies)
        times = sample(lambda: commit(next(queue)), len(bodies))
        connection.execute(text("DROP TABLE bench_floor"))
        connection.commit()
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=2000)
    parser.add_argument("--outcomes", type=int, default=1000)
    args = parser.parse_args()
    print(report(run(args.leads, args.outcomes)))


if __name__ == "__main__":
    main()
