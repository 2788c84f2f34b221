# SPDX-License-Identifier: MIT
"""``salesdesk demo``: a local reference server on SQLite with demo data, and a profile logged in.

The demo lives in its own folder (``<profile>/demo``): the server's database, its log and the
workstation's database. The server runs as a child process on a free loopback port for as
long as the app runs. Demo accounts use the password ``demo`` (a loopback-only server); the
token is kept in memory, never in the OS keyring.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from desktop.services.account import login, move_server
from desktop.store.db import Store
from desktop.sync import credentials
from salesdesk.private_files import private_file, private_folder

DEMO_USER = "manager1"
#: ten characters or more and not a common one: the server's rule for every password
DEMO_PASSWORD = "salesdesk-demo"
DEMO_MANAGERS = 3
DEMO_LEADS = 900


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_command(database_url: str, *args: str) -> list[str]:
    """The ``salesdesk-server`` command line for this Python."""
    return [sys.executable, "-m", "server.cli", "--database", database_url, *args]


@dataclass
class LocalServer:
    """A ``salesdesk-server serve`` child process on loopback."""

    url: str
    database_url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self, grace_s: float = 10) -> None:
        """Stop the process (terminate, then kill after ``grace_s``; its writes are committed
        transactions, so a kill loses nothing)."""
        self.process.terminate()
        try:
            self.process.wait(grace_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_server(
    database_url: str, log: Path, *serve_options: str, timeout: float = 60
) -> LocalServer:
    """Start ``serve`` (which migrates first, with ``serve_options`` if any) on a free port
    and wait until it answers."""
    port = free_port()
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)  # the log: ours only
    with os.fdopen(fd, "ab") as handle:
        process = subprocess.Popen(
            server_command(
                database_url,
                "serve",
                "--port",
                str(port),
                "--log-level",
                "warning",
                "--parent-pid",  # it stops with us, even when we are killed
                str(os.getpid()),
                *serve_options,
            ),
            stdout=handle,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if requests.get(f"{url}/api/v1/health", timeout=1).ok:
                return LocalServer(url, database_url, process, log)
        except requests.ConnectionError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')[-2000:]}")


def seed_demo_data(
    database_url: str, managers: int = DEMO_MANAGERS, leads: int = DEMO_LEADS
) -> None:
    """Create the demo users, content and leads (existing users are kept)."""
    subprocess.run(
        server_command(
            database_url, "demo-data", "--managers", str(managers), "--leads", str(leads),
            "--password", DEMO_PASSWORD,
        ),
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip


def _set_demo_password(database_url: str) -> None:
    subprocess.run(
        server_command(database_url, "users", "reset-password", DEMO_USER, "--password-stdin"),
        input=f"{DEMO_PASSWORD}\n".encode(),
        check=True,
        capture_output=True,
        timeout=120,
    )


#: The demo's team lead (of manager1..3): ``salesdesk demo --as teamlead1``.
DEMO_TEAM_LEAD = "teamlead1"


def _add_team_lead(database_url: str) -> None:
    """A demo made before teams existed gets its team lead and team."""
    for args in (
        ("users", "add", DEMO_TEAM_LEAD, "--role", "team_lead", "--full-name", "Nina Team Lead",
         "--password-stdin"),
        ("teams", "add", "Team 1", "--lead", DEMO_TEAM_LEAD,
         "--members", "manager1,manager2,manager3"),
    ):  # fmt: skip
        subprocess.run(
            server_command(database_url, *args),
            input=f"{DEMO_PASSWORD}\n".encode(),
            check=False,  # already there: nothing to do
            capture_output=True,
            timeout=120,
        )


def start_demo(folder: Path, store: Store, user: str = DEMO_USER) -> LocalServer:
    """Start (seeding on first use) the demo server and log ``store`` in as ``user`` (the
    demo manager; ``teamlead1``, ``admin`` and ``manager2``… work too)."""
    private_folder(folder)  # the demo server's database and log: the owner's only
    database = folder / "server.sqlite3"
    database_url = f"sqlite:///{database}"
    if not database.exists():
        seed_demo_data(database_url)
    else:  # a demo made by an older version had a password the server no longer accepts
        _set_demo_password(database_url)
        if user == DEMO_TEAM_LEAD:
            _add_team_lead(database_url)
    for path in folder.iterdir():
        if path.is_file():
            private_file(path)
    server = start_server(database_url, folder / "server.log")
    try:
        credentials.use_memory_keyring()
        move_server(store, server.url)
        login(store, server.url, user, DEMO_PASSWORD)
    except BaseException:
        server.stop()
        raise
    return server
