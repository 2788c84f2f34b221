# SPDX-License-Identifier: MIT
"""A real ``salesdesk-server`` process on a loopback port, with demo users."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.demo import LocalServer, seed_demo_data, server_command
from desktop.demo import start_server as start_local_server
from tests.pg import scratch_database, unreachable_reason


class LiveServer(LocalServer):
    """A running server (see ``desktop.demo.LocalServer``) plus its admin command line."""

    def admin(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """Run ``salesdesk-server`` against the same database."""
        return subprocess.run(
            server_command(self.database_url, *args),
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )


def start_server(database_url: str, log: Path) -> LiveServer:
    """Seed demo users (password ``DEMO_PASSWORD``), start ``serve`` on a free port, wait for it."""
    seed_demo_data(database_url, managers=2, leads=60)
    server = start_local_server(database_url, log)
    return LiveServer(server.url, server.database_url, server.process, server.log)


def stop_server(server: LiveServer) -> None:
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def live_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A real server process over SQLite, and over PostgreSQL where reachable."""
    if request.param == "sqlite":
        server = start_server(f"sqlite:///{tmp_path / 'server.sqlite3'}", tmp_path / "server.log")
        yield server
        stop_server(server)
        return
    reason = unreachable_reason()
    if reason:
        pytest.skip(reason)
    with scratch_database() as url:
        server = start_server(url, tmp_path / "server.log")
        yield server
        stop_server(server)
