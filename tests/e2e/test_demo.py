# SPDX-License-Identifier: MIT
"""``salesdesk demo`` — the README's first command — starts a server, logs in and syncs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.store.db import open_store
from desktop.store.replica import count_leads


def test_the_demo_starts_a_server_logs_in_and_syncs(tmp_path: Path) -> None:
    env = {**os.environ, "SALESDESK_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "desktop.cli", "demo", "--no-window"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "logged in as manager1" in first.stdout
    synced = int(first.stdout.split("synced ")[1].split()[0])
    store = open_store(tmp_path / "home" / "demo" / "salesdesk.sqlite3")
    try:
        with store.read() as session:
            leads = count_leads(session)
    finally:
        store.close()
    assert 250 <= leads < synced  # a third of 900 demo leads, plus scripts and catalogs
    # A second start reuses the data on a new port and keeps the same local profile.
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "synced 0 change(s)" in second.stdout
    assert "Traceback" not in second.stderr
