# SPDX-License-Identifier: MIT
"""Live delivery: a pull that finds nothing waits, and answers within a second of a new lead
for its manager — on SQLite in one process, and on PostgreSQL when the lead arrives through
another server process; an unanswered wait ends empty with the cursor unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
import requests

from desktop.demo import free_port
from server.config import ServerSettings
from server.http.app import create_app
from tests.e2e.sync.conftest import SyncWorld, ThreadServer
from tests.unit.server.conftest import PASSWORD

PULL = "/api/v1/sync/pull"


def token(url: str, username: str = "anna") -> dict[str, str]:
    credentials = {"username": username, "password": PASSWORD}
    answer = requests.post(f"{url}/api/v1/auth/token", json=credentials, timeout=10)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def cursor_now(url: str, headers: dict[str, str]) -> str:
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 5000} | ({"cursor": cursor} if cursor else {})
        page = requests.get(url + PULL, params=params, headers=headers, timeout=30).json()
        cursor = page["cursor"]
        if not page["has_more"]:
            return str(cursor)


@contextmanager
def live_server(world: SyncWorld) -> Iterator[str]:
    """A second server over the world's database, with live delivery on (lifespan)."""
    app = create_app(ServerSettings(database_url="(engine)", stats_interval=timedelta(0)),
                     world.engine, clock=world.clock)  # fmt: skip
    server = ThreadServer(app, lifespan="on")
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def waiting_pull(url: str, headers: dict[str, str], cursor: str, wait: int) -> dict[str, Any]:
    """Start a waiting pull in a thread; its answer and when it came are filled in."""
    result: dict[str, Any] = {}

    def run() -> None:
        page = requests.get(url + PULL, params={"cursor": cursor, "wait": wait},
                            headers=headers, timeout=wait + 10).json()  # fmt: skip
        result.update(page=page, at=time.monotonic())

    result["thread"] = threading.Thread(target=run)
    result["thread"].start()
    return result


def test_a_waiting_pull_answers_a_new_lead_within_a_second(world: SyncWorld) -> None:
    with live_server(world) as url:
        headers = token(url)
        cursor = cursor_now(url, headers)
        pending = waiting_pull(url, headers, cursor, wait=20)
        time.sleep(0.5)  # the pull is waiting now
        assert "page" not in pending
        created = time.monotonic()
        (lead_id,) = world.add_leads(1, "anna")
        pending["thread"].join(10)
        assert pending["page"]["changes"][0]["id"] == lead_id
        assert pending["at"] - created < 1.0


def test_a_wait_without_news_ends_empty_with_the_cursor_unchanged(world: SyncWorld) -> None:
    with live_server(world) as url:
        headers = token(url)
        cursor = cursor_now(url, headers)
        started = time.monotonic()
        page = requests.get(url + PULL, params={"cursor": cursor, "wait": 1}, headers=headers,
                            timeout=15).json()  # fmt: skip
        assert time.monotonic() - started >= 1.0
        assert page == {"changes": [], "cursor": cursor, "has_more": False}
        # another manager's new lead does not wake this pull
        world.add_user("boris")
        pending = waiting_pull(url, headers, cursor, wait=2)
        time.sleep(0.3)
        world.add_leads(1, "boris")
        pending["thread"].join(10)
        assert pending["page"]["changes"] == []
        too_long = requests.get(url + PULL, params={"wait": 31}, headers=headers, timeout=10)
        assert too_long.status_code == 422


@pytest.mark.postgres
@pytest.mark.parametrize("world", ["postgres"], indirect=True)
def test_postgres_wakes_a_pull_held_by_another_server_process(
    world: SyncWorld, postgres_url: str
) -> None:
    port = free_port()
    other = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "--database", postgres_url, "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, "SALESDESK_STATS_MINUTES": "0"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        other_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{other_url}/api/v1/health", timeout=1)
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "the second server did not start"
                time.sleep(0.2)
        with live_server(world) as url:
            headers = token(url)
            cursor = cursor_now(url, headers)
            pending = waiting_pull(url, headers, cursor, wait=20)
            time.sleep(0.5)
            lead_id = str(uuid.uuid4())
            push = {"client_id": "laptop-2", "mutations": [{
                "mutation_id": str(uuid.uuid4()), "client_seq": 1, "type": "lead.create",
                "entity_id": lead_id, "data": {"emails": ["new@lead.example"],
                                               "source": "website_form"}}]}  # fmt: skip
            created = time.monotonic()
            answer = requests.post(f"{other_url}/api/v1/sync/push", json=push,
                                   headers=token(other_url), timeout=10)  # fmt: skip
            assert answer.json()["results"][0]["status"] == "applied", answer.text
            pending["thread"].join(10)
            assert [c["id"] for c in pending["page"]["changes"]] == [lead_id]
            assert pending["at"] - created < 1.0
    finally:
        other.terminate()
        other.wait(10)
