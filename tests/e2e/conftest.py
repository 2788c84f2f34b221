# SPDX-License-Identifier: MIT
"""A real ``salesdesk-server`` process on a loopback port, with demo users."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.pg import scratch_database, unreachable_reason


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class LiveServer:
    """A running server: its URL, database URL and process."""

    url: str
    database_url: str
    process: subprocess.Popen[bytes]
    log: Path

    def admin(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        """Run ``salesdesk-server`` against the same database."""
        return subprocess.run(
            [sys.executable, "-m", "server.cli", "--database", self.database_url, *args],
            input=stdin,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )


def start_server(database_url: str, log: Path) -> LiveServer:
    """Seed demo users, start ``serve`` on a free port and wait until it answers."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "--database",
            database_url,
            "demo-data",
            "--managers",
            "2",
            "--leads",
            "60",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    port = free_port()
    handle = log.open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server.cli",
            "--database",
            database_url,
            "serve",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        stdout=handle,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text()}")
        try:
            if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                return LiveServer(url, database_url, process, log)
        except requests.ConnectionError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"the server did not start: {log.read_text()}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(10)
    except subprocess.TimeoutExpired:
        server.process.kill()


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
