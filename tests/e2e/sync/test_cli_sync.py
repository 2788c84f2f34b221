# SPDX-License-Identifier: MIT
"""``salesdesk login / sync / status / logout`` against the live server."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from desktop.cli import main
from desktop.services.local_store import key_entry, open_profile_store
from desktop.services.screen_lock import can_lock, password_matches
from tests.conftest import MemoryKeyring
from tests.e2e.sync.conftest import SyncWorld
from tests.unit.server.conftest import PASSWORD


def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_login_sync_status_logout(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    profile_home: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    world.add_leads(12, "anna")
    code, _, err = cli(
        monkeypatch,
        capsys,
        "login",
        "--server",
        world.url,
        "--username",
        "anna",
        "--password-stdin",
        stdin="wrong\n",
    )
    assert code == 3 and "wrong username or password" in err
    code, out, _ = cli(
        monkeypatch,
        capsys,
        "login",
        "--server",
        world.url,
        "--username",
        "anna",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert code == 0 and "logged in as anna" in out
    database_key = ("salesdesk", key_entry(profile_home / "salesdesk.sqlite3"))
    token_entry = ("salesdesk", f"{world.url}|anna")
    assert {token_entry, database_key} <= set(memory_keyring.secrets)
    token = memory_keyring.secrets[token_entry]
    store = open_profile_store(profile_home / "salesdesk.sqlite3")
    assert password_matches(store, PASSWORD)  # the idle lock can check it offline
    store.close()
    code, out, _ = cli(monkeypatch, capsys, "sync")
    assert code == 0 and "pulled 33 changes in 1 request" in out
    code, out, _ = cli(monkeypatch, capsys, "status", "--json")
    status = json.loads(out)
    assert (status["user"], status["leads"], status["pending_outbox"]) == ("anna", 12, 0)
    assert status["last_successful_sync"] and status["cursor"]
    database = (profile_home / "salesdesk.sqlite3").read_bytes()
    assert token.encode() not in database and PASSWORD.encode() not in database
    code, out, _ = cli(monkeypatch, capsys, "logout")
    assert code == 0 and "12 leads stay" in out
    assert token_entry not in memory_keyring.secrets  # the token is gone; the data stays
    assert database_key in memory_keyring.secrets
    store = open_profile_store(profile_home / "salesdesk.sqlite3")
    assert not can_lock(store)  # nobody's password is kept after the logout
    store.close()
    code, _, err = cli(monkeypatch, capsys, "sync")
    assert code == 3 and "log in again" in err
    code, out, _ = cli(monkeypatch, capsys, "status", "--json")
    assert json.loads(out)["leads"] == 12  # local data stays


def test_unreachable_server_and_bad_url(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.demo import free_port

    code, _, err = cli(
        monkeypatch,
        capsys,
        "login",
        "--server",
        f"http://127.0.0.1:{free_port()}",
        "--username",
        "anna",
        "--password-stdin",
        stdin="x\n",
    )
    assert code == 1 and "cannot reach" in err


def test_unsafe_keyrings_are_refused_unless_allowed(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    plain = PlaintextKeyring()
    plain.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(plain)
    args = ("login", "--server", world.url, "--username", "anna", "--password-stdin")
    code, _, err = cli(monkeypatch, capsys, *args, stdin=PASSWORD + "\n")
    assert code == 4 and "plain file" in err and "SALESDESK_INSECURE_KEYRING=1" in err
    monkeypatch.setenv("SALESDESK_INSECURE_KEYRING", "1")
    with caplog.at_level(logging.WARNING):
        code, _, _ = cli(monkeypatch, capsys, *args, stdin=PASSWORD + "\n")
    assert code == 0
    assert "insecure keyring" in caplog.text
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    monkeypatch.delenv("SALESDESK_INSECURE_KEYRING")
    code, _, err = cli(monkeypatch, capsys, "sync")
    assert code == 4 and "no keyring service" in err


def test_two_profiles_of_two_managers(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    world.add_user("bob")
    world.add_leads(3, "anna")
    world.add_leads(5, "bob")
    for name, expected in (("anna", 3), ("bob", 5)):
        monkeypatch.setenv("SALESDESK_HOME", str(tmp_path / name))
        assert (
            cli(
                monkeypatch,
                capsys,
                "login",
                "--server",
                world.url,
                "--username",
                name,
                "--password-stdin",
                stdin=PASSWORD + "\n",
            )[0]
            == 0
        )
        assert cli(monkeypatch, capsys, "sync")[0] == 0
        status = json.loads(cli(monkeypatch, capsys, "status", "--json")[1])
        assert (status["user"], status["leads"]) == (name, expected)


def test_another_user_cannot_take_over_unsynced_work(
    world: SyncWorld, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    world.add_user("bob")
    [lead] = world.add_leads(1, "anna")
    args = ("--server", world.url, "--password-stdin")
    cli(monkeypatch, capsys, "login", "--username", "anna", *args, stdin=PASSWORD + "\n")
    cli(monkeypatch, capsys, "sync")
    from desktop.profile import database_path
    from desktop.services.local_store import open_profile_store
    from tests.e2e.sync.helpers import record

    store = open_profile_store(database_path())
    record(store, lead)
    store.close()
    code, _, err = cli(
        monkeypatch, capsys, "login", "--username", "bob", *args, stdin=PASSWORD + "\n"
    )
    assert code == 1 and "1 change waiting" in err
    cli(monkeypatch, capsys, "sync")
    code, _, _ = cli(
        monkeypatch, capsys, "login", "--username", "bob", *args, stdin=PASSWORD + "\n"
    )
    assert code == 0
    cli(monkeypatch, capsys, "sync")
    status = json.loads(cli(monkeypatch, capsys, "status", "--json")[1])
    assert (status["user"], status["leads"]) == ("bob", 0)  # anna's copy is gone


def test_switching_user_never_drops_problems_silently_and_erases_the_calls(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    """Found by a probe: a dead letter vanished at bob's login, and anna's calls stayed."""
    world.add_user("bob")
    leads = world.add_leads(2, "anna")
    args = ("--server", world.url, "--password-stdin")
    cli(monkeypatch, capsys, "login", "--username", "anna", *args, stdin=PASSWORD + "\n")
    cli(monkeypatch, capsys, "sync")
    from desktop.profile import database_path
    from desktop.services.local_store import open_profile_store
    from desktop.store.models import DeadLetterRow, OutcomeRow
    from desktop.store.outbox import enqueue
    from tests.e2e.sync.helpers import record

    store = open_profile_store(database_path())
    record(store, leads[0])
    with store.write() as session:  # the server will refuse this one: a dead letter
        enqueue(session, "lead.update", leads[1], {"stage": "converted"}, base_version=1)
    store.close()
    assert cli(monkeypatch, capsys, "sync")[0] == 5  # synced, one change rejected
    bob = ("login", "--username", "bob", *args)
    code, _, err = cli(monkeypatch, capsys, *bob, stdin=PASSWORD + "\n")
    assert code == 1 and "1 rejected change" in err and "--export-and-erase" in err
    status = json.loads(cli(monkeypatch, capsys, "status", "--json")[1])
    assert (status["user"], status["dead_letters"]) == ("anna", 1)  # nothing was dropped
    export = tmp_path / "anna-problems.csv"
    code, _, _ = cli(
        monkeypatch, capsys, *bob, "--export-and-erase", str(export), stdin=PASSWORD + "\n"
    )
    assert code == 0
    assert "converted" in export.read_text(encoding="utf-8")
    assert export.stat().st_mode & 0o777 == 0o600
    store = open_profile_store(database_path())
    try:
        with store.read() as session:  # anna's calls and problems are gone with her leads
            assert session.scalars(select(OutcomeRow.id)).all() == []
            assert session.scalars(select(DeadLetterRow.id)).all() == []
    finally:
        store.close()


def test_logout_can_erase_this_computers_data_but_never_unsent_work(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    profile_home: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    """A borrowed laptop at a stand: log out and leave nothing behind — but a call the
    server does not have yet is never erased unseen."""
    from tests.e2e.sync.helpers import record

    [lead] = world.add_leads(1, "anna")
    login = ("login", "--server", world.url, "--username", "anna", "--password-stdin")
    assert cli(monkeypatch, capsys, *login, stdin=PASSWORD + "\n")[0] == 0
    assert cli(monkeypatch, capsys, "sync")[0] == 0
    database = profile_home / "salesdesk.sqlite3"
    store = open_profile_store(database)
    outcome = record(store, lead)  # not sent yet
    store.close()
    code, _, err = cli(monkeypatch, capsys, "logout", "--erase")
    assert code == 1 and "1 change waiting" in err and "--export" in err
    assert database.exists()
    code, _, err = cli(monkeypatch, capsys, "logout", "--export", str(tmp_path / "x.csv"))
    assert code == 2 and "--export goes with --erase" in err
    export = tmp_path / "unsent.csv"
    code, out, _ = cli(monkeypatch, capsys, "logout", "--erase", "--export", str(export))
    assert code == 0 and "this computer's data was erased" in out
    assert outcome in export.read_text(encoding="utf-8")
    assert export.stat().st_mode & 0o777 == 0o600
    assert not any(p.name.startswith("salesdesk.sqlite3") for p in profile_home.iterdir())
    assert memory_keyring.secrets.get(("salesdesk", key_entry(database))) is None
    assert memory_keyring.secrets.get(("salesdesk", f"{world.url}|anna")) is None
