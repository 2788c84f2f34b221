# SPDX-License-Identifier: MIT
"""Benchmark data: a server database with one manager and N leads, and a live server."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import requests
from sqlalchemy import Engine

from desktop.demo import start_server
from salesdesk.domain.lead import Lead
from server.db import create_server_engine, migrate, refresh_statistics
from server.demo.people import demo_leads
from server.services.content import seed_default_content
from server.services.leads import insert_leads
from server.services.users import add_user

PASSWORD = "bench-password"


def demo_lead_rows(count: int, assignee_id: str, now: datetime) -> Iterator[Lead]:
    """Demo leads as domain leads; the generator's contacts are already normalised."""
    for i, demo in enumerate(demo_leads(count, seed=7, now=now)):
        d = demo.draft
        yield Lead(
            id=f"00000000-0000-4000-8000-{i:012d}",
            created_at=demo.created_at,
            phones=tuple(d.phones),
            emails=tuple(d.emails),
            first_name=d.first_name,
            last_name=d.last_name,
            company=d.company,
            job_title=d.job_title,
            need=d.need,
            source=d.source,
            campaign=d.campaign,
            event_name=d.event_name,
            temperature=d.temperature,
            quality=d.quality,
            assignee_id=assignee_id,
        )


def prepare_server_db(url: str, leads: int) -> float:
    """Migrate ``url``, add ``manager`` and ``leads`` leads; return the seconds it took."""
    start = time.perf_counter()
    engine: Engine = create_server_engine(url)
    migrate(engine)
    now = datetime.now(UTC)
    with engine.begin() as connection:
        seed_default_content(connection, now)
        user_id = add_user(connection, "manager", PASSWORD, "manager", now=now)
    batch: list[Lead] = []
    for lead in demo_lead_rows(leads, user_id, now):
        batch.append(lead)
        if len(batch) == 10_000:
            with engine.begin() as connection:
                insert_leads(connection, batch, now)
            batch = []
    with engine.begin() as connection:
        insert_leads(connection, batch, now)
        refresh_statistics(connection)
    engine.dispose()
    return time.perf_counter() - start


@dataclass
class Served:
    """A running server process and a logged-in session."""

    url: str
    session: requests.Session


@contextmanager
def serve(url: str) -> Iterator[Served]:
    """Run ``salesdesk-server serve`` on ``url``'s database; yield a logged-in session."""
    with tempfile.TemporaryDirectory() as tmp:
        server = start_server(url, Path(tmp) / "server.log")
        try:
            session = requests.Session()
            token = session.post(
                f"{server.url}/api/v1/auth/token",
                json={"username": "manager", "password": PASSWORD},
                timeout=30,
            ).json()["access_token"]
            session.headers["Authorization"] = f"Bearer {token}"
            yield Served(server.url, session)
        finally:
            server.stop()
