# SPDX-License-Identifier: MIT
"""Encryption at rest: a lost laptop's database is noise without the key in the keyring."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import func, select

from desktop.services.local_store import key_entry, open_profile_store
from desktop.store import cipher
from desktop.store.db import StoreError, open_store
from desktop.store.leads import insert_lead
from desktop.store.models import LeadRow
from desktop.sync.credentials import SERVICE, MemoryKeyring
from salesdesk.domain.lead import LeadDraft, create_lead
from tests.conftest import NOW

SECRET_NAME = "Zyxwvut Secretname"


def add_leads(path: Path, key: bytes | None, count: int) -> None:
    store = open_store(path, key)
    with store.write() as session:
        for n in range(count):
            draft = LeadDraft(first_name=f"{SECRET_NAME} {n}", emails=[f"lead{n}@example.com"],
                              company="Hidden Holdings")  # fmt: skip
            insert_lead(session, create_lead(draft, now=NOW, default_region="DE"))
    store.close()


def lead_count(path: Path, key: bytes | None) -> int:
    store = open_store(path, key)
    try:
        with store.read() as session:
            return int(session.scalar(select(func.count()).select_from(LeadRow)) or 0)
    finally:
        store.close()


def stored_key(backend: MemoryKeyring, path: Path) -> bytes:
    return bytes.fromhex(backend.secrets[(SERVICE, key_entry(path))])


def test_a_new_profile_is_encrypted_with_a_key_in_the_keyring(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "salesdesk.sqlite3"
    open_profile_store(path).close()
    key = stored_key(memory_keyring, path)
    assert len(key) == 32
    add_leads(path, key, 50)
    raw = path.read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith(path.name + "-")
    )
    assert not raw.startswith(cipher.PLAIN_HEADER)
    assert SECRET_NAME.encode() not in raw and b"Hidden Holdings" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM leads").fetchall()
    store = open_profile_store(path)  # the keyring's key opens it again, search included
    try:
        from desktop.store.leads import search_lead_ids

        with store.read() as session:
            assert len(search_lead_ids(session, "secretname 4")) == 11  # 4, 40…49
    finally:
        store.close()


def test_without_its_key_the_database_does_not_open(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "salesdesk.sqlite3"
    open_profile_store(path).close()
    memory_keyring.secrets.clear()  # another computer, or the keyring reset
    with pytest.raises(StoreError, match="its key is not in this computer's keyring"):
        open_profile_store(path)
    with pytest.raises(StoreError, match="cannot be read"):
        open_store(path, cipher.new_key())  # a wrong key
    with pytest.raises(StoreError, match="not a plain SQLite file"):
        open_store(path)


def test_a_plain_profile_is_encrypted_in_place_and_keeps_everything(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    path = tmp_path / "salesdesk.sqlite3"
    add_leads(path, None, 120)  # an older version's profile
    assert path.read_bytes().startswith(cipher.PLAIN_HEADER)
    open_profile_store(path).close()
    assert not path.read_bytes().startswith(cipher.PLAIN_HEADER)
    assert lead_count(path, stored_key(memory_keyring, path)) == 120
    assert sorted(p.name for p in tmp_path.iterdir() if "encrypting" in p.name) == []


def test_a_plain_store_is_kept_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv(cipher.PLAIN_ENV, "1")
    path = tmp_path / "salesdesk.sqlite3"
    open_profile_store(path).close()
    assert path.read_bytes().startswith(cipher.PLAIN_HEADER)
    assert memory_keyring.secrets == {}


def test_a_keyring_in_a_plain_file_is_refused_unless_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(backend)
    monkeypatch.delenv("SALESDESK_INSECURE_KEYRING", raising=False)
    path = tmp_path / "salesdesk.sqlite3"
    with pytest.raises(StoreError, match="SALESDESK_INSECURE_KEYRING=1"):
        open_profile_store(path)
    monkeypatch.setenv("SALESDESK_INSECURE_KEYRING", "1")
    open_profile_store(path).close()
    assert not path.read_bytes().startswith(cipher.PLAIN_HEADER)


_RUNNER = """
import sys, time
from pathlib import Path
from desktop.store import cipher
print("start", flush=True)
started = time.perf_counter()
cipher.encrypt_in_place(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
print(f"done {time.perf_counter() - started}", flush=True)
"""


def test_a_kill_at_any_moment_of_the_encryption_leaves_one_readable_database(
    tmp_path: Path,
) -> None:
    """kill -9 during the in-place encryption: the plain file (complete) or the encrypted
    one (complete, with the key kept first) — never neither, never half."""
    template = tmp_path / "template.sqlite3"
    add_leads(template, None, 6000)
    key = cipher.new_key()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[4])}

    def run(path: Path) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", _RUNNER, str(path), key.hex()],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

    whole = tmp_path / "whole.sqlite3"
    whole.write_bytes(template.read_bytes())
    out, err = run(whole).communicate(timeout=120)
    assert out.startswith("start\ndone "), err
    duration = float(out.split()[-1])  # the encryption alone, without the start of Python
    outcomes = {"plain": 0, "encrypted": 0}
    for step in range(12):
        path = tmp_path / f"killed{step}.sqlite3"
        path.write_bytes(template.read_bytes())
        process = run(path)
        assert process.stdout is not None and process.stdout.readline() == "start\n"
        if step == 11:  # past its last step however busy the machine: the encrypted outcome
            assert process.stdout.readline().startswith("done ")
        else:
            time.sleep(duration * 1.2 * step / 11)  # from its first step to past its last
        process.kill()
        process.communicate()
        plain = cipher.is_plain(path)
        outcomes["plain" if plain else "encrypted"] += 1
        assert lead_count(path, None if plain else key) == 6000, step
        assert not (tmp_path / f"killed{step}.sqlite3.encrypting").exists()
    assert outcomes["plain"] >= 1 and outcomes["encrypted"] >= 1, outcomes
