# SPDX-License-Identifier: MIT
"""The workstation killed with SIGKILL at every dangerous point: after a restart and a sync,
every saved outcome is on the server exactly once and the local copy equals the server's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.services.local_store import open_profile_store
from desktop.store.models import OutboxRow, OutcomeRow
from server.services import push as push_service
from tests.conftest import file_keyring_env, use_file_keyring
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import local_leads
from tests.unit.server.conftest import PASSWORD


def cli_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SALESDESK_HOME": str(home),
        **file_keyring_env(home / "keyring"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[3]),
    }


def salesdesk(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_env(home),
        timeout=120,
    )


def run_until_killed(
    home: Path, point: str, count: int, kill_when: threading.Event | None = None
) -> list[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.sync.crash_runner", point, str(count)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(home),
    )
    if kill_when is not None:
        assert kill_when.wait(60), "the push never reached the server"
        process.send_signal(signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL, (process.returncode, out, err)
    return [line for line in out.split() if line]


POINTS = ["during-save", "after-save", "after-send", "after-reply", "mid-pull"]


@pytest.mark.slow
@pytest.mark.parametrize("point", POINTS)
def test_killed_workstation_loses_and_doubles_nothing(
    world: SyncWorld, tmp_path: Path, point: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.add_leads(8, "anna")
    home = tmp_path / "killed-profile"
    login = salesdesk(
        home,
        "login",
        "--server",
        world.url,
        "--username",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert login.returncode == 0, login.stderr
    assert salesdesk(home, "sync").returncode == 0
    if point == "mid-pull":
        world.add_leads(5, "anna")  # something to pull when it dies
    arrived: threading.Event | None = None
    if point == "after-send":
        arrived = threading.Event()
        original = push_service.apply_batch

        def slow_batch(*args: Any, **kwargs: Any) -> Any:
            arrived.set()
            time.sleep(1.0)  # the client is killed while the server works and commits
            return original(*args, **kwargs)

        monkeypatch.setattr("server.http.sync.apply_batch", slow_batch)
    saved = run_until_killed(home, point if point != "after-send" else "sync", 4, arrived)
    expected = 1 if point == "during-save" else 4
    assert len(saved) == expected
    time.sleep(1.2 if point == "after-send" else 0)  # let the server finish committing
    recovered = salesdesk(home, "sync")
    assert recovered.returncode == 0, recovered.stdout + recovered.stderr
    assert world.server_outcomes() == {o: 1 for o in saved}
    use_file_keyring(home / "keyring", monkeypatch)  # the database's key is kept there
    store = open_profile_store(home / "salesdesk.sqlite3")
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(OutboxRow)) == 0
            assert set(session.scalars(select(OutcomeRow.id))) == set(saved)
        assert local_leads(store) == world.server_leads()
    finally:
        store.close()
