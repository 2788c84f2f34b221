# SPDX-License-Identifier: MIT
"""One profile, one sync at a time: a second process waits for the first, or says who syncs."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.services.local_store import open_profile_store
from desktop.store.models import DeadLetterRow, OutboxRow
from desktop.sync.lock import ProfileBusy, profile_sync_lock
from tests.conftest import use_file_keyring
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.e2e.sync.test_kill import cli_env, salesdesk
from tests.unit.server.conftest import PASSWORD


def test_a_busy_profile_says_who_syncs(tmp_path: Path) -> None:
    database = tmp_path / "salesdesk.sqlite3"
    with (
        profile_sync_lock(database, "the window"),
        pytest.raises(ProfileBusy) as info,
        profile_sync_lock(database, "salesdesk sync"),
    ):
        pytest.fail("two holders at once")
    assert info.value.message.startswith("a sync is running in the window (process ")
    assert info.value.retry_after
    with profile_sync_lock(database, "salesdesk sync"):  # free again once released
        pass


@pytest.mark.slow
def test_two_real_syncs_of_one_profile_run_one_after_the_other(
    world: SyncWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a probe: both pushed and pulled the same data; one died on a UNIQUE error."""
    leads = world.add_leads(4, "anna")
    home = tmp_path / "profile"
    login = ["login", "--server", world.url, "--username", "anna", "--password-stdin"]
    assert salesdesk(home, *login, stdin=PASSWORD + "\n").returncode == 0
    assert salesdesk(home, "sync").returncode == 0
    use_file_keyring(home / "keyring", monkeypatch)  # the database's key is kept there
    store = open_profile_store(home / "salesdesk.sqlite3")
    outcomes = [record(store, lead) for lead in leads]
    store.close()
    from server.services import push as push_service

    original = push_service.apply_batch
    command = [sys.executable, "-m", "desktop", "sync"]

    def start() -> subprocess.Popen[str]:
        return subprocess.Popen(
            command, env=cli_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )

    seconds: list[subprocess.Popen[str]] = []
    early_err: list[str] = []

    def slow(*args: Any, **kwargs: Any) -> Any:
        # the first one's push is on the wire: start the second now and hold the push until
        # the second says it waits for the lock (a fixed sleep lost the race on a slow start)
        if not seconds:
            seconds.append(start())
            stream = seconds[0].stderr
            assert stream is not None
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                line = stream.readline()
                early_err.append(line)
                if not line or line.startswith("waiting:"):
                    break
        return original(*args, **kwargs)

    monkeypatch.setattr("server.http.sync.apply_batch", slow)
    first = start()
    first_run = first.communicate(timeout=120)
    [second] = seconds
    out, err = second.communicate(timeout=120)
    runs = [first_run, (out, "".join(early_err) + err)]
    assert [process.returncode for process in (first, second)] == [0, 0], runs
    assert not any("Traceback" in err for _out, err in runs), runs
    assert sum("waiting: a sync is running in salesdesk sync" in err for _out, err in runs) == 1, (
        runs
    )
    pushed = sorted(int(out.split("pushed ")[1].split(",")[0]) for out, _err in runs)
    assert pushed == [0, 4]  # each mutation reported once
    assert world.server_outcomes() == {o: 1 for o in outcomes}
    store = open_profile_store(home / "salesdesk.sqlite3")
    try:
        with store.read() as session:
            assert session.scalar(select(func.count()).select_from(OutboxRow)) == 0
            assert session.scalar(select(func.count()).select_from(DeadLetterRow)) == 0
    finally:
        store.close()
