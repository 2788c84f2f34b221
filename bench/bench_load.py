# SPDX-License-Identifier: MIT
"""The server under many simulated managers at once: pull + push loops, bounded in time.

Each simulated manager logs in, then loops until the time is up: push one call outcome,
pull its changes since its cursor, wait ``--think`` seconds on average (uniformly 0.5–1.5×,
and each starts at a random moment within the first pause: real managers do not act in
lock step, and 200 loops that do arrive as one burst of 400 requests). Every request's latency is
recorded; errors (non-2xx, timeouts) are counted. Floor: the same number of managers
looping on ``/health`` (what the HTTP stack and this client cost without any work).
The client runs in four processes of threads on the same machine as the server, so on
2 cores the figures include the client's own share of the CPU.

Run: ``python -m bench.bench_load --managers 200 --seconds 30 --postgres``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta

import requests
from sqlalchemy import select

from bench.bench_server_pull import database
from bench.common import Row, report
from bench.fixtures import PASSWORD, serve
from server.db import create_server_engine, migrate
from server.models import LeadRow, UserRow
from server.services.content import seed_default_content
from server.services.leads import insert_leads
from server.services.users import add_user

#: client processes the simulated managers are spread over (threads within each)
PROCESSES = 4


def prepare(url: str, managers: int, leads_each: int) -> None:
    """``managers`` managers (``m1``…), each with ``leads_each`` leads, plus ``manager``."""
    from bench.fixtures import demo_lead_rows

    engine = create_server_engine(url)
    migrate(engine)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        seed_default_content(connection, now)
        add_user(connection, "manager", PASSWORD, "manager", now=now)
        user_ids = [
            add_user(connection, f"m{number}", PASSWORD, "manager", now=now)
            for number in range(1, managers + 1)
        ]
        leads = list(demo_lead_rows(managers * leads_each, user_ids[0], now))
        for index, lead in enumerate(leads):
            lead.assignee_id = user_ids[index % managers]
        insert_leads(connection, leads, now)
    engine.dispose()


def log_in(base: str, managers: int) -> dict[str, str]:
    """A token per simulated manager (before the clock starts: argon2 is slow on purpose)."""
    tokens = {}
    with requests.Session() as session:
        for number in range(1, managers + 1):
            name = f"m{number}"
            response = session.post(
                f"{base}/api/v1/auth/token",
                json={"username": name, "password": PASSWORD},
                timeout=60,
            )
            response.raise_for_status()
            tokens[name] = response.json()["access_token"]
    return tokens


def _manager(base: str, name: str, token: str, lead_ids: list[str], until: float, think: float,
             latencies: list[float], errors: list[str], health_only: bool) -> None:  # fmt: skip
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    cursor: str | None = None
    seq = 0
    pace = random.Random(name)
    time.sleep(pace.uniform(0, think))
    while time.monotonic() < until:
        seq += 1
        requests_to_make = []
        if health_only:
            requests_to_make = [("GET", "/api/v1/health", None, None)] * 2
        else:
            mutation = {
                "mutation_id": str(uuid.uuid4()),
                "client_seq": seq,
                "type": "call_outcome.record",
                "entity_id": str(uuid.uuid4()),
                "data": {
                    "lead_id": lead_ids[seq % len(lead_ids)],
                    "started_at": (datetime.now(UTC) - timedelta(minutes=3)).isoformat(),
                    "duration_s": 90,
                    "disposition": "connected",
                    "result": "none",
                },
            }
            body = {"client_id": name, "mutations": [mutation]}
            requests_to_make = [("POST", "/api/v1/sync/push", body, None)]
            params = {"limit": 500, **({"cursor": cursor} if cursor else {})}
            requests_to_make.append(("GET", "/api/v1/sync/pull", None, params))
        for method, path, body, params in requests_to_make:
            start = time.perf_counter()
            try:
                response = session.request(
                    method, f"{base}{path}", json=body, params=params, timeout=30
                )
                latencies.append((time.perf_counter() - start) * 1000)
                if response.status_code >= 300:
                    errors.append(f"{path}: {response.status_code}")
                elif path.endswith("/pull"):
                    cursor = response.json()["cursor"]
            except requests.RequestException as exc:
                latencies.append((time.perf_counter() - start) * 1000)
                errors.append(f"{path}: {type(exc).__name__}")
        time.sleep(pace.uniform(0.5, 1.5) * think)


def _swarm_part(base: str, tokens: dict[str, str], leads: dict[str, list[str]],
                seconds: float, think: float,
                health_only: bool) -> tuple[list[float], list[str], float]:  # fmt: skip
    """One load process: a thread per manager until the time is up."""
    latencies: list[float] = []
    errors: list[str] = []
    until = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=_manager,
            args=(base, name, token, leads[name], until, think, latencies, errors, health_only),
            daemon=True,
        )
        for name, token in tokens.items()
    ]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + 120)
    return latencies, errors, time.monotonic() - start


def _swarm(base: str, tokens: dict[str, str], leads: dict[str, list[str]], seconds: float,
           think: float, health_only: bool) -> tuple[list[float], list[str], float]:  # fmt: skip
    """The managers spread over ``PROCESSES`` processes, each with a thread per manager.

    One process holding 200 client threads counted its own threads' wait for Python's lock
    as the server's latency: 200 managers every ~3 s measured p99 407 ms from one process
    and 216 ms from four, against the same server.
    """
    names = sorted(tokens)
    parts = [names[i::PROCESSES] for i in range(PROCESSES) if names[i::PROCESSES]]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=len(parts), mp_context=context) as pool:
        futures = [
            pool.submit(
                _swarm_part, base, {n: tokens[n] for n in part}, {n: leads[n] for n in part},
                seconds, think, health_only,
            )
            for part in parts
        ]  # fmt: skip
        results = [future.result() for future in futures]
    latencies = [ms for part_latencies, _errors, _elapsed in results for ms in part_latencies]
    errors = [error for _latencies, part_errors, _elapsed in results for error in part_errors]
    return latencies, errors, max(elapsed for _latencies, _errors, elapsed in results)


def run(managers: int, seconds: float, think: float, kinds: list[str]) -> list[Row]:
    # every simulated manager logs in from 127.0.0.1, like an office behind one NAT address
    os.environ["SALESDESK_LOGINS_PER_ADDRESS"] = str(managers * 3)
    rows: list[Row] = []
    for kind in kinds:
        with database(kind) as url:
            prepare(url, managers, 20)
            engine = create_server_engine(url)
            with engine.connect() as connection:
                owners = dict(connection.execute(select(UserRow.id, UserRow.username)).all())
                leads: dict[str, list[str]] = {}
                for lead_id, owner in connection.execute(select(LeadRow.id, LeadRow.assignee_id)):
                    leads.setdefault(owners[owner], []).append(lead_id)
            engine.dispose()
            with serve(url) as served:
                tokens = log_in(served.url, managers)
                latencies, errors, elapsed = _swarm(
                    served.url, tokens, leads, seconds, think, health_only=False
                )
                floor, floor_errors, _ = _swarm(
                    served.url, tokens, leads, min(seconds, 10), think, health_only=True
                )
            rows.append(
                Row(
                    f"{managers} managers pull+push every ~{think:g} s, {kind}",
                    "p99 ≤ 200 ms, no errors",
                    latencies,
                    floor,
                    f"the same managers looping on /health ({len(floor_errors)} errors)",
                    {
                        "requests/s": round(len(latencies) / elapsed, 1),
                        "errors": len(errors),
                        "first errors": sorted(set(errors))[:3],
                        "p99 ms": round(sorted(latencies)[int(len(latencies) * 0.99) - 1], 1)
                        if latencies
                        else None,
                    },
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--managers", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--think", type=float, default=1.0, help="pause between loops (s)")
    parser.add_argument("--postgres", action="store_true", help="on PostgreSQL (else SQLite)")
    args = parser.parse_args()
    kinds = ["postgres"] if args.postgres else ["sqlite"]
    print(report(run(args.managers, args.seconds, args.think, kinds)))


if __name__ == "__main__":
    main()
