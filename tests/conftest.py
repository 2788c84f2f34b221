# SPDX-License-Identifier: MIT
"""Test-wide setup: offscreen Qt, a temporary profile per test, shared fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.services.local_store import open_profile_store
from desktop.store.db import Store
from desktop.sync.credentials import MemoryKeyring
from server.db import create_server_engine, migrate
from server.services.content import seed_default_content
from tests.pg import scratch_database, unreachable_reason

#: A fixed clock for rules that depend on the time: Wednesday 2026-11-25 12:00 UTC.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def profile_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SALESDESK_HOME, so nothing touches a real profile."""
    home = tmp_path / "profile"
    monkeypatch.setenv("SALESDESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def file_keyring_env(folder: Path) -> dict[str, str]:
    """The environment under which a child process keeps its secrets in ``folder``."""
    return {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(folder),
        "SALESDESK_INSECURE_KEYRING": "1",
    }


def use_file_keyring(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Keep this process's secrets where child processes under ``file_keyring_env(folder)``
    keep theirs (the database's key is shared with them); returns that environment."""
    from keyrings.alt.file import PlaintextKeyring

    backend = PlaintextKeyring()
    backend.file_path = str(folder / "python_keyring" / backend.filename)  # type: ignore[misc]
    keyring.set_keyring(backend)
    env = file_keyring_env(folder)
    monkeypatch.setenv("SALESDESK_INSECURE_KEYRING", "1")
    return env


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated local store in a temporary file."""
    opened = open_profile_store(tmp_path / "store.sqlite3")
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite server database with the default content, copied per test."""
    path = tmp_path_factory.mktemp("template") / "server.sqlite3"
    engine = create_server_engine(f"sqlite:///{path}")
    migrate(engine)
    with engine.begin() as connection:
        seed_default_content(connection, NOW)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A scratch PostgreSQL database for the session, migrated with the default content."""
    reason = unreachable_reason()
    if reason:
        pytest.skip(reason)
    with scratch_database() as url:
        engine = create_server_engine(url)
        migrate(engine)
        engine.dispose()
        yield url
