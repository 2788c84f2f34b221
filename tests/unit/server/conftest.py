# SPDX-License-Identifier: MIT
"""Server fixtures: a migrated database (SQLite, and PostgreSQL where reachable), the app
under the FastAPI test client, a controllable clock and helpers to make users and leads."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text

from salesdesk.domain.lead import LeadDraft, create_lead
from server.config import ServerSettings
from server.db import create_server_engine
from server.http.app import create_app
from server.models import Base
from server.services.content import seed_default_content
from server.services.leads import insert_leads
from server.services.users import add_user
from tests.conftest import NOW

START = NOW
PASSWORD = "correct horse"


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _reset_postgres(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name != "meta")
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} CASCADE"))
        seed_default_content(connection, START)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server_engine(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path
) -> Iterator[Engine]:
    """A migrated server database with default content, empty of users and leads."""
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite3"
        shutil.copy(sqlite_template, path)
        engine = create_server_engine(f"sqlite:///{path}")
    else:
        url = request.getfixturevalue("postgres_url")
        engine = create_server_engine(url)
        _reset_postgres(engine)
    yield engine
    engine.dispose()


@dataclass
class ServerEnv:
    """The app under test with helpers; ``clock`` drives every server time."""

    engine: Engine
    client: TestClient
    clock: Clock
    settings: ServerSettings
    users: dict[str, str] = field(default_factory=dict)

    def add_user(self, username: str, role: str = "manager") -> str:
        with self.engine.begin() as connection:
            user_id = add_user(connection, username, PASSWORD, role, now=self.clock())
        self.users[username] = user_id
        return user_id

    def login(self, username: str, password: str = PASSWORD) -> dict[str, str]:
        response = self.client.post(
            "/api/v1/auth/token", json={"username": username, "password": password}
        )
        assert response.status_code == 200, response.text
        return {"Authorization": f"Bearer {response.json()['access_token']}"}

    def add_leads(self, count: int, assignee: str | None, **draft: Any) -> list[str]:
        leads = []
        for i in range(count):
            values: dict[str, Any] = {
                "emails": [f"lead{uuid.uuid4().hex[:12]}@example.com"],
                "first_name": f"Lead{i}",
            }
            values.update(draft)
            lead = create_lead(
                LeadDraft(**values),
                now=self.clock(),
                default_region="US",
                assignee_id=self.users[assignee] if assignee else None,
            )
            leads.append(lead)
        with self.engine.begin() as connection:
            insert_leads(connection, leads, self.clock())
        return [lead.id for lead in leads]

    def pull_all(
        self, headers: dict[str, str], cursor: str | None = None, limit: int = 1000
    ) -> tuple[list[dict[str, Any]], str]:
        changes: list[dict[str, Any]] = []
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            response = self.client.get("/api/v1/sync/pull", params=params, headers=headers)
            assert response.status_code == 200, response.text
            page = response.json()
            changes += page["changes"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return changes, cursor


@pytest.fixture
def env(server_engine: Engine) -> Iterator[ServerEnv]:
    """The server app over a fresh database."""
    clock = Clock()
    settings = ServerSettings(database_url="(given engine)", stats_interval=timedelta(0))
    app = create_app(settings, server_engine, clock=clock)
    with TestClient(app) as client:
        yield ServerEnv(server_engine, client, clock, settings)


def new_id() -> str:
    """A fresh UUID string."""
    return str(uuid.uuid4())
