# SPDX-License-Identifier: MIT
"""Opening the team lead's workspace over N leads and 3·N calls (the last 90 days).

What the workspace asks the server when it opens and when each tab is chosen, over HTTP as
the team lead of the managers who hold the leads: the conversion report by source for the
last 30 days (the first tab), the review queue, the assignment table (the oldest 5,000
leads with the total) and each manager's load. Floor: counting the team's leads and the
period's calls with two plain queries in-process — what any of these answers must read.
Run: ``python -m bench.bench_team_view --leads 100000 [--postgres]``.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from functools import partial

import requests
from sqlalchemy import func, insert, select

from bench.bench_server_pull import database
from bench.common import Row, database_kinds, report, sample
from bench.fixtures import prepare_server_db, serve
from salesdesk.domain.vocabulary import Disposition, Result
from server.db import create_server_engine
from server.models import LeadRow, OutcomeRow, UserRow
from server.services.teams import add_team, move_user
from server.services.users import add_user
from tests.unit.server.conftest import PASSWORD

CALLS_PER_LEAD = 3


def add_calls_and_team(url: str, seed: int = 7) -> float:
    """3·N calls over the last 90 days by the manager, and a team led by ``lead``."""
    start = time.perf_counter()
    rng = random.Random(seed)
    engine = create_server_engine(url)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        add_user(connection, "lead", PASSWORD, "team_lead", now=now)
        add_team(connection, "Bench", "lead", now)
        move_user(connection, "manager", "Bench")
        manager = connection.scalar(select(UserRow.id).where(UserRow.username == "manager"))
        lead_ids = list(connection.scalars(select(LeadRow.id)))
    batch: list[dict[str, object]] = []
    for _ in range(len(lead_ids) * CALLS_PER_LEAD):
        started = now - timedelta(minutes=rng.randint(1, 90 * 24 * 60))
        batch.append({
            "id": str(uuid.uuid4()), "lead_id": rng.choice(lead_ids), "manager_id": manager,
            "started_at": started, "duration_s": rng.randint(10, 900),
            "disposition": rng.choice(list(Disposition)).value,
            "result": rng.choice(list(Result)).value, "received_at": started,
            "objections": [], "answers_used": [], "answers": {}, "note": "",
        })  # fmt: skip
        if len(batch) == 20_000:
            with engine.begin() as connection:
                connection.execute(insert(OutcomeRow), batch)
            batch = []
    if batch:
        with engine.begin() as connection:
            connection.execute(insert(OutcomeRow), batch)
    engine.dispose()
    return time.perf_counter() - start


def floor(url: str) -> None:
    """Count the team's leads and the last 30 days' calls."""
    engine = create_server_engine(url)
    since = datetime.now(UTC) - timedelta(days=30)
    with engine.connect() as connection:
        connection.scalar(select(func.count()).select_from(LeadRow))
        connection.scalar(
            select(func.count()).select_from(OutcomeRow).where(OutcomeRow.started_at >= since)
        )
    engine.dispose()


ASKS = {
    "reports tab (conversion by source, 30 days)": "/api/v1/reports/conversion?by=source",
    "review tab": "/api/v1/admin/review",
    "assignment tab: the oldest 5,000 leads": "/api/v1/admin/leads",
    "assignment tab: each manager's load": "/api/v1/admin/load",
}


def _ask(session: requests.Session, url: str) -> None:
    answer = session.get(url, timeout=300)
    assert answer.status_code == 200, answer.text


def run(leads: int, repeat: int, kinds: list[str]) -> list[Row]:
    rows: list[Row] = []
    for kind in kinds:
        with database(kind) as url:
            made = prepare_server_db(url, leads) + add_calls_and_team(url)
            floor_ms = sample(partial(floor, url), repeat)
            with serve(url) as served:
                session = requests.Session()
                token = session.post(f"{served.url}/api/v1/auth/token", timeout=30,
                                     json={"username": "lead", "password": PASSWORD})  # fmt: skip
                session.headers["Authorization"] = f"Bearer {token.json()['access_token']}"
                since = (datetime.now(UTC) - timedelta(days=29)).date().isoformat()
                for what, path in ASKS.items():
                    url_of = f"{served.url}{path}" + (f"&since={since}" if "?" in path else "")

                    ask = partial(_ask, session, url_of)
                    rows.append(Row(
                        f"{what}, {leads:,} leads, {leads * CALLS_PER_LEAD:,} calls, {kind}",
                        "(reported)", sample(ask, repeat), floor_ms,
                        "count the leads and the period's calls, in-process",
                        {"setup s": round(made, 1)},
                    ))  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    args = parser.parse_args()
    print(report(run(args.leads, args.repeat, database_kinds(args.postgres))))


if __name__ == "__main__":
    main()
