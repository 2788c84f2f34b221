# SPDX-License-Identifier: MIT
"""Sync fixtures: the real server in a uvicorn thread on loopback (so tests can steer its
clock and inject server-side faults), a logged-in local profile, and a fault-injecting
requests adapter for the client side."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from requests.adapters import HTTPAdapter
from sqlalchemy import Engine, func, select

from desktop.demo import free_port
from desktop.services.account import login
from desktop.services.local_store import open_profile_store
from desktop.store.db import Store
from desktop.sync.client import ApiClient
from desktop.sync.engine import SyncEngine
from salesdesk.domain.lead import LeadDraft, create_lead
from server.config import ServerSettings
from server.db import create_server_engine
from server.http.app import create_app
from server.models import LeadRow, OutcomeRow
from server.services.leads import insert_leads
from server.services.users import add_user
from tests.unit.server.conftest import PASSWORD, Clock, _reset_postgres


class ThreadServer:
    """uvicorn serving the app in a background thread until ``stop``."""

    def __init__(self, app: Any, lifespan: str = "off") -> None:
        self.port = free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan=lifespan
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@dataclass
class SyncWorld:
    """A live server, its database and clock, and a local profile of manager ``anna``."""

    engine: Engine
    clock: Clock
    server: ThreadServer
    store: Store
    users: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def add_user(self, username: str, role: str = "manager") -> str:
        with self.engine.begin() as connection:
            self.users[username] = add_user(connection, username, PASSWORD, role, now=self.clock())
        return self.users[username]

    def add_leads(self, count: int, assignee: str, **draft: Any) -> list[str]:
        leads = []
        for i in range(count):
            values: dict[str, Any] = {
                "emails": [f"{assignee}.{i}.{time.monotonic_ns()}@ex.io"],
                "first_name": f"Lead{i}",
                "company": "Acme",
            }
            values.update(draft)
            leads.append(
                create_lead(
                    LeadDraft(**values),
                    now=self.clock(),
                    default_region="US",
                    assignee_id=self.users[assignee],
                )
            )
        with self.engine.begin() as connection:
            insert_leads(connection, leads, self.clock())
        return [lead.id for lead in leads]

    def client(self, adapter: HTTPAdapter | None = None) -> ApiClient:
        return self.client_of(self.store, adapter)

    def client_of(self, store: Store, adapter: HTTPAdapter | None = None) -> ApiClient:
        """A client for another profile logged in to this server (a second laptop)."""
        from desktop.services.account import connect

        client = connect(store)
        if adapter is not None:
            client.session.mount("http://", adapter)
        return client

    def sync(self, adapter: HTTPAdapter | None = None, **kwargs: Any) -> Any:
        return SyncEngine(self.store, self.client(adapter), **kwargs).run()

    def server_outcomes(self) -> dict[str, int]:
        """Outcome ID → how many times the server holds it."""
        with self.engine.connect() as connection:
            rows = connection.execute(select(OutcomeRow.id, func.count()).group_by(OutcomeRow.id))
            return {r[0]: r[1] for r in rows}

    def server_leads(self, username: str = "anna") -> dict[str, int]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(LeadRow.id, LeadRow.version).where(
                    LeadRow.assignee_id == self.users[username]
                )
            )
            return dict(rows.all())  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def world(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[SyncWorld]:
    """A live server with user ``anna`` and a local profile logged in as her."""
    if request.param == "sqlite":
        path = tmp_path / "server.sqlite3"
        shutil.copy(sqlite_template, path)
        engine = create_server_engine(f"sqlite:///{path}")
    else:
        engine = create_server_engine(request.getfixturevalue("postgres_url"))
        _reset_postgres(engine)
    # the server's clock agrees with the workstation's (the real one) unless a test moves it:
    # a server days off the workstations' clocks would correct every call they push
    clock = Clock(now=datetime.now(UTC).replace(microsecond=0))
    app = create_app(
        ServerSettings(database_url="(engine)", stats_interval=timedelta(0)), engine, clock=clock
    )
    server = ThreadServer(app, lifespan="on")  # live delivery: PostgreSQL LISTENs
    server.start()
    store = open_profile_store(tmp_path / "profile.sqlite3")
    world = SyncWorld(engine, clock, server, store)
    world.add_user("anna")
    login(store, server.url, "anna", PASSWORD)
    yield world
    store.close()
    server.stop()
    engine.dispose()


Fault = Callable[[requests.PreparedRequest, HTTPAdapter, dict[str, Any]], requests.Response]


class FaultyAdapter(HTTPAdapter):
    """A requests transport that applies a scripted fault to the n-th matching request.

    ``faults`` maps a call number (0-based, counting requests whose path contains
    ``match``) to a function that produces the response or raises instead of the network.
    """

    def __init__(self, faults: dict[int, Fault], match: str = "/sync/") -> None:
        super().__init__()
        self.faults = faults
        self.match = match
        self.calls = 0
        self.sent: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if self.match not in (request.url or ""):
            return super().send(request, **kwargs)
        number = self.calls
        self.calls += 1
        self.sent.append(f"{request.method} {request.path_url}")
        fault = self.faults.get(number)
        if fault is None:
            return super().send(request, **kwargs)
        return fault(request, self, kwargs)


def drop_before(
    request: requests.PreparedRequest, adapter: HTTPAdapter, kwargs: dict[str, Any]
) -> requests.Response:
    """The request never reaches the server."""
    raise requests.ConnectionError("connection reset (injected before sending)")


def drop_reply(
    request: requests.PreparedRequest, adapter: HTTPAdapter, kwargs: dict[str, Any]
) -> requests.Response:
    """The server gets the request and commits; the reply is lost."""
    response = HTTPAdapter.send(adapter, request, **kwargs)
    response.content  # noqa: B018 - let the server finish
    raise requests.ConnectionError("connection reset (injected after the server answered)")


def canned(
    status: int,
    body: bytes,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Fault:
    """Answer with this response instead of the server's."""

    def fault(
        request: requests.PreparedRequest, adapter: HTTPAdapter, kwargs: dict[str, Any]
    ) -> requests.Response:
        from io import BytesIO

        from urllib3 import HTTPResponse

        raw = HTTPResponse(
            body=BytesIO(body),
            status=status,
            preload_content=False,
            headers={"Content-Type": content_type, **(headers or {})},
        )
        return adapter.build_response(request, raw)

    return fault
