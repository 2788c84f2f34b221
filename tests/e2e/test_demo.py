# SPDX-License-Identifier: MIT
"""``salesdesk demo`` — the README's first command — starts a server, logs in and syncs."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

from desktop.store.db import open_store
from desktop.store.leads import count_leads


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
    assert "synced 0 changes" in second.stdout
    assert "Traceback" not in second.stderr


@contextmanager
def running_demo(home: Path) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``salesdesk demo`` with its window (offscreen), the process and its server's URL once
    it serves; killed at the end if it is still there."""
    env = {**os.environ, "SALESDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.cli", "demo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = ""
        for line in process.stdout:
            found = re.search(r"demo server on (http://\S+);", line)
            if found:
                url = found.group(1)
                break
        assert url, "the demo did not report its server"
        assert requests.get(f"{url}/api/v1/health", timeout=5).ok
        yield process, url
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def serves(url: str, timeout: float) -> bool:
    """Whether the server still answers after ``timeout`` seconds (asked at once, then polled
    until then; 0: asked once)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            requests.get(f"{url}/api/v1/health", timeout=1)
        except requests.ConnectionError:
            return False
        if time.monotonic() >= deadline:
            return True
        time.sleep(0.2)


def test_stopping_the_demo_window_stops_its_server(tmp_path: Path) -> None:
    with running_demo(tmp_path / "home") as (process, url):
        process.send_signal(signal.SIGTERM)  # what a desktop session does at logout
        assert process.wait(30) == 0
        assert not serves(url, 0), "the demo server outlived the workstation"


def test_the_demo_server_dies_with_the_workstation_even_by_sigkill(tmp_path: Path) -> None:
    """Found by a new user: after the app aborted, its demo server kept running."""
    home = tmp_path / "home"
    with running_demo(home) as (process, url):
        folder = home / "demo"
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for name in ("server.sqlite3", "server.log"):
            assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
        process.send_signal(signal.SIGKILL)  # no chance to stop its children
        process.wait(10)
        assert not serves(url, 10), "the demo server outlived the killed workstation"
