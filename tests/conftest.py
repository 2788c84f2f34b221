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

from desktop.store.db import Store, open_store

#: A fixed clock for rules that depend on the time: Wednesday 2026-11-25 12:00 UTC.
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def profile_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SALESDESK_HOME, so nothing touches a real profile."""
    home = tmp_path / "profile"
    monkeypatch.setenv("SALESDESK_HOME", str(home))
    return home


class MemoryKeyring(keyring.backend.KeyringBackend):
    """An in-memory keyring: the tests never touch the machine's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets a fresh in-memory keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A migrated local store in a temporary file."""
    opened = open_store(tmp_path / "store.sqlite3")
    yield opened
    opened.close()
