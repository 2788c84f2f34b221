# SPDX-License-Identifier: MIT
"""Speed to lead, measured: from the inbound POST's answer to the lead in the manager's
workstation store, with N workstations holding waiting pulls.

The server runs as it would be deployed (``salesdesk-server serve``): one process on SQLite,
two processes on PostgreSQL (the workstations split between them, the posts go to the
first, so a lead's wake-up crosses processes through LISTEN/NOTIFY). The workstations run in
separate client processes (threads of waiting pulls, 30 s each); one that receives a lead
writes it to its SQLite store and commits — that moment is the arrival. Leads arrive through
the inbound API and go to the managers by the assignment rules (round robin). Reported:
latency p50/p95/p99 and leads that never arrived; and the idle cost, the requests each
waiting workstation made in an idle minute. Floor: the same POST's own round trip (the
least any delivery adds to it is nothing). Targets (the speed-to-lead issue): p95 ≤ 2 s on
PostgreSQL with 200 workstations, no errors; at most one request per 30 s when idle.
Run: ``python -m bench.bench_live --workstations 200 --leads 300 [--postgres]``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import requests

from bench.bench_server_pull import database
from bench.common import Row, database_kinds, percentile, report
from server.services.inbound import PER_MINUTE

WAIT_S = 30  # as the workstation waits (the server's longest)


def _prepare(url: str, workstations: int, leads: int) -> tuple[list[str], list[str]]:
    """Managers with tokens, and lead sources enough to post the leads within each key's
    rate; returns the tokens and the sources' keys."""
    from salesdesk.domain.clock import utc_now
    from server.db import create_server_engine, migrate
    from server.services.inbound import add_source
    from server.services.users import add_user as add
    from server.services.users import issue_token

    engine = create_server_engine(url)
    migrate(engine)
    tokens = []
    now = utc_now()
    with engine.begin() as connection:
        for i in range(workstations):
            user = add(connection, f"m{i:03d}", "bench-password-1", "manager", now=now)
            tokens.append(issue_token(connection, user, timedelta(days=1), now)[0])
        keys = [
            add_source(connection, f"bench form {i}", "website_form", now)
            for i in range(leads // (PER_MINUTE // 2) + 1)
        ]
    engine.dispose()
    return tokens, keys


def _serve(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SALESDESK_STATS_MINUTES": "0", "SALESDESK_LOGINS_PER_ADDRESS": "100000"}
    return subprocess.Popen(
        [sys.executable, "-m", "server.cli", "--database", url, "serve", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def _up(base: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{base}/api/v1/health", timeout=1).ok:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{base} did not start")


def _workstations(
    bases: list[str], tokens: list[tuple[int, str]], store: str, stop_file: str
) -> None:
    """One client process: a thread per workstation holding waiting pulls."""
    db = sqlite3.connect(store, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS arrived (lead_id TEXT, at REAL)")
    db.execute("CREATE TABLE IF NOT EXISTS requests (token INTEGER, at REAL)")
    lock = threading.Lock()

    def one(index: int, token: str) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        base = bases[index % len(bases)]
        cursor = None
        while not os.path.exists(stop_file):
            params: dict[str, Any] = {"limit": 1000, "wait": WAIT_S}
            if cursor:
                params["cursor"] = cursor
            try:
                page = session.get(f"{base}/api/v1/sync/pull", params=params,
                                   timeout=WAIT_S + 30).json()  # fmt: skip
            except requests.RequestException:
                time.sleep(1)
                continue
            with lock:
                db.execute("INSERT INTO requests VALUES (?, ?)", (index, time.time()))
                leads = [c["id"] for c in page["changes"] if c["entity"] == "lead"]
                if leads and cursor is not None:  # the first, full pull brings no new leads
                    db.execute("BEGIN")
                    db.executemany("INSERT INTO arrived VALUES (?, ?)",
                                   [(lead, time.time()) for lead in leads])  # fmt: skip
                    db.execute("COMMIT")
            cursor = page["cursor"]

    threads = [threading.Thread(target=one, args=pair, daemon=True) for pair in tokens]
    for thread in threads:
        thread.start()
    while not os.path.exists(stop_file):
        time.sleep(0.2)


def run_once(kind: str, workstations: int, leads: int, idle_s: float) -> Row:
    """One configuration; the latency row (its extra: errors and the idle request rate)."""
    from desktop.demo import free_port

    processes = 1 if kind == "sqlite" else 2
    with database(kind) as url, tempfile.TemporaryDirectory() as tmp:
        tokens, keys = _prepare(url, workstations, leads)
        ports = [free_port() for _ in range(processes)]
        servers = [_serve(url, port) for port in ports]
        bases = [f"http://127.0.0.1:{port}" for port in ports]
        try:
            for base in bases:
                _up(base)
            stop_file = str(Path(tmp) / "stop")
            clients = []
            per = max(1, workstations // 4)
            numbered = list(enumerate(tokens))
            for start in range(0, workstations, per):
                store = str(Path(tmp) / f"client{start}.sqlite3")
                process = multiprocessing.Process(
                    target=_workstations, args=(bases, numbered[start : start + per], store,
                                                stop_file))  # fmt: skip
                process.start()
                clients.append((process, store))
            time.sleep(5)  # every workstation has pulled and waits
            idle_from = time.time()
            time.sleep(idle_s)
            idle_to = time.time()
            posted: dict[str, float] = {}
            round_trips: list[float] = []
            errors = 0
            with requests.Session() as session:
                for i in range(leads):
                    started = time.perf_counter()
                    lead = {"name": f"Lead {i}", "email": f"l{i}@bench.example"}
                    answer = session.post(f"{bases[0]}/api/v1/inbound/leads", json=lead,
                                          headers={"X-Api-Key": keys[i % len(keys)]},
                                          timeout=30)  # fmt: skip
                    round_trips.append((time.perf_counter() - started) * 1000)
                    if answer.status_code != 201:
                        errors += 1
                        continue
                    posted[answer.json()["lead_id"]] = time.time()
                    time.sleep(0.05)
            time.sleep(5)
            Path(stop_file).touch()
            arrived: dict[str, float] = {}
            idle_requests = 0
            for process, store in clients:
                process.join(WAIT_S + 35)
                with sqlite3.connect(store) as db:
                    arrived.update(dict(db.execute("SELECT lead_id, at FROM arrived")))
                    idle_requests += db.execute(
                        "SELECT count(*) FROM requests WHERE at BETWEEN ? AND ?",
                        (idle_from, idle_to),
                    ).fetchone()[0]
            latencies = [(arrived[i] - t) * 1000 for i, t in posted.items() if i in arrived]
            missing = len(posted) - len(latencies)
        finally:
            for server in servers:
                server.send_signal(signal.SIGTERM)
                server.wait(30)
    per_30s = idle_requests / workstations / (idle_to - idle_from) * 30
    return Row(
        f"lead to store, {workstations} waiting, {kind}, {processes} process"
        + ("es" if processes > 1 else ""),
        "p95 ≤ 2 s, no errors",
        latencies,
        round_trips,
        "the inbound POST's own round trip",
        {**{f"p{q} ms": round(percentile(latencies, q), 1) for q in (50, 95, 99)},
         "never arrived": missing,
         "post errors": errors, "idle requests per workstation per 30 s": round(per_30s, 2)},
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workstations", type=int, default=200)
    parser.add_argument("--leads", type=int, default=300)
    parser.add_argument("--idle", type=float, default=60.0, help="idle seconds measured")
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    kinds = database_kinds(args.postgres)
    rows = [run_once(kind, args.workstations, args.leads, args.idle) for kind in kinds]
    print(report(rows, args.json))
    if args.json:
        print(json.dumps([row.extra for row in rows]))


if __name__ == "__main__":
    main()
