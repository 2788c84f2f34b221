# SPDX-License-Identifier: MIT
"""Owner-only files and folders on both sides, also when they already exist wider open."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.profile import database_path, profile_dir
from desktop.services.local_store import open_profile_store
from server.db import create_server_engine

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_existing_profile_folder_is_made_the_owners_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by the trust probe: a profile folder made 0755 by hand (or an older version)
    stayed readable by everyone on the machine."""
    home = tmp_path / "profile"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    monkeypatch.setenv("SALESDESK_HOME", str(home))
    assert profile_dir() == home
    assert mode(home) == 0o700
    store = open_profile_store(database_path())
    store.close()
    assert mode(database_path()) == 0o600


@pytest.mark.parametrize("existing", [False, True])
def test_the_servers_sqlite_database_is_the_owners_only(tmp_path: Path, existing: bool) -> None:
    """Found by the trust probe: the reference server's SQLite file (password hashes, every
    lead of the team) was created 0644, and its WAL beside it."""
    database = tmp_path / "server.sqlite3"
    if existing:
        database.touch(mode=0o644)
        database.chmod(0o644)
    engine = create_server_engine(f"sqlite:///{database}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
        written = sorted(p.name for p in tmp_path.iterdir())
        for name in written:
            assert mode(tmp_path / name) == 0o600, name
    assert "server.sqlite3-wal" in written
    engine.dispose()
