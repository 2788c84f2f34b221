# SPDX-License-Identifier: MIT
"""Logging in and out, and the client of the profile's server (headless and for the UI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services.local_store import erase_profile_database
from desktop.services.screen_lock import password_verifier
from desktop.store.conflicts import unsent_work_counts, unsent_work_csv
from desktop.store.db import Store
from desktop.store.leads import count_leads
from desktop.store.outbox import pending_count
from desktop.store.settings import load_settings
from desktop.store.snapshot import erase_replica
from desktop.store.sync_state import StateKey, get_state, set_state
from desktop.sync import credentials
from desktop.sync.client import ApiClient
from desktop.sync.errors import AuthError, SyncError, TransientError
from salesdesk.english import counted
from salesdesk.private_files import write_private
from salesdesk.protocol.models import TokenResponse


class ProfileInUse(SyncError):
    """The profile holds unsynced work of another user or server."""


@dataclass(frozen=True)
class Account:
    """Who this profile is logged in as."""

    server_url: str
    username: str
    manager_id: str
    manager_name: str
    #: "manager" until a login says otherwise (a profile from before roles were kept)
    role: str = "manager"

    @property
    def edits_scripts(self) -> bool:
        """Whether the account may edit and publish call scripts (team leads and admins)."""
        return self.role in ("team_lead", "admin")


def current_account(store: Store) -> Account | None:
    """The account of the profile, or None when nobody logged in."""
    with store.read() as session:
        keys = (StateKey.SERVER_URL, StateKey.USERNAME, StateKey.MANAGER_ID, StateKey.MANAGER_NAME)
        values = [get_state(session, k) for k in keys]
        role = get_state(session, StateKey.MANAGER_ROLE) or "manager"
    if not values[0] or not values[1]:
        return None
    server_url, username, manager_id, manager_name = (v or "" for v in values)
    return Account(server_url, username, manager_id, manager_name, role)


def client_for(
    store: Store, server_url: str, token: str | None = None, ca_bundle: str | None = None
) -> ApiClient:
    """A client of ``server_url`` with the profile's CA bundle (or ``ca_bundle``) and proxy
    (UnsafeServer for a URL that would send data in the clear: nothing is sent)."""
    with store.read() as session:
        settings = load_settings(session)
    return ApiClient(
        server_url,
        token,
        ca_bundle=ca_bundle or settings.ca_bundle or None,
        proxy=settings.proxy or None,
    )


def login(
    store: Store,
    server_url: str,
    username: str,
    password: str,
    ca_bundle: str | None = None,
    *,
    export_to: Path | None = None,
) -> TokenResponse:
    """Log in and keep the token in the keyring (never the password).

    Switching to another user or server erases the previous user's local data first. While
    that user has work the server does not have (changes waiting, rejected changes, open
    conflicts) the switch is refused (``ProfileInUse``), unless ``export_to`` names a file:
    that work is written there as CSV (owner-only), then erased.
    """
    credentials.checked_backend()
    server_url = server_url.rstrip("/")
    previous = current_account(store)
    switching = previous is not None and (previous.server_url, previous.username) != (
        server_url,
        username,
    )
    if previous is not None and switching:
        with store.read() as session:
            waiting, rejected, conflicts = unsent_work_counts(session)
        if (waiting or rejected or conflicts) and export_to is None:
            raise ProfileInUse(
                f"this profile holds work of {previous.username} on {previous.server_url} "
                f"that the server does not have ({counted(waiting, 'change')} waiting, "
                f"{counted(rejected, 'rejected change')}, {counted(conflicts, 'conflict')}): "
                f"log in as {previous.username} to settle it, or export it and erase it "
                "(`salesdesk login … --export-and-erase FILE.csv`)",
                code="profile_in_use",
                params={
                    "user": previous.username, "server": previous.server_url,
                    "waiting": str(waiting), "rejected": str(rejected),
                    "conflicts": str(conflicts),
                },
            )  # fmt: skip
    client = client_for(store, server_url, ca_bundle=ca_bundle)
    try:
        token = client.login(username, password)
    finally:
        client.close()
    credentials.save_token(server_url, username, token.access_token)
    verifier = password_verifier(password)  # the idle lock checks the password offline
    if switching:
        with store.write() as session:
            if export_to is not None:
                write_private(export_to, unsent_work_csv(session))
            erase_replica(session)
    with store.write() as session:
        set_state(session, StateKey.SERVER_URL, server_url)
        set_state(session, StateKey.USERNAME, username)
        set_state(session, StateKey.MANAGER_ID, token.manager.id)
        set_state(session, StateKey.MANAGER_NAME, token.manager.name)
        set_state(session, StateKey.MANAGER_ROLE, token.manager.role)
        set_state(session, StateKey.PASSWORD_VERIFIER, verifier)
    return token


def move_server(store: Store, server_url: str) -> None:
    """The profile's server moved to another address (the demo's port changes each run):
    keep the account, its data and its unsynced work, and use the new address."""
    with store.write() as session:
        if get_state(session, StateKey.SERVER_URL):
            set_state(session, StateKey.SERVER_URL, server_url.rstrip("/"))


def connect(store: Store) -> ApiClient:
    """A client of the profile's server with the stored token; AuthError if there is none."""
    account = current_account(store)
    if account is None:
        raise AuthError("not logged in: run `salesdesk login --server URL --username NAME`")
    token = credentials.load_token(account.server_url, account.username)
    if not token:
        raise AuthError(
            f"no login token for {account.username} on {account.server_url}: log in again"
        )
    return client_for(store, account.server_url, token)


def forget_token(store: Store) -> None:
    """Drop a token the server refused (expired or revoked); local data stays."""
    account = current_account(store)
    if account is not None:
        credentials.delete_token(account.server_url, account.username)


def unsent_work(store: Store) -> tuple[int, int, int]:
    """(changes waiting, rejected changes, open conflicts): the work the server lacks."""
    with store.read() as session:
        return unsent_work_counts(session)


@dataclass(frozen=True)
class LoggedOut:
    """What a logout did: who, whether the server was told, what stays on this computer."""

    username: str = ""
    server_error: str | None = None  # why the server was not told (None: it was, or no token)
    leads: int = 0
    waiting: int = 0
    erased: bool = False  # this computer's data was erased with the logout

    def __str__(self) -> str:  # the command line's sentence
        if not self.username:
            return "not logged in"
        note = f" (the server was not told: {self.server_error})" if self.server_error else ""
        if self.erased:
            return f"logged out {self.username}{note}; this computer's data was erased"
        message = (
            f"logged out {self.username}{note}; {counted(self.leads, 'lead')} stay on this computer"
        )
        if self.waiting:
            message += f"; {counted(self.waiting, 'unsynced change')} wait for the next login"
        return message


def logout(store: Store, *, erase: bool = False, export_to: Path | None = None) -> LoggedOut:
    """Revoke the token on the server when reachable and forget it; local data stays.

    With ``erase`` this computer's data goes too (the database and its key; the store is
    closed): refused (``ProfileInUse``) while the server lacks work done here, unless
    ``export_to`` names a file it is written to first (CSV, owner-only).
    """
    account = current_account(store)
    if account is None:
        return LoggedOut()
    if erase:
        with store.read() as session:
            waiting, rejected, conflicts = unsent_work_counts(session)
        if (waiting or rejected or conflicts) and export_to is None:
            raise ProfileInUse(
                f"{counted(waiting, 'change')} waiting, {counted(rejected, 'rejected change')} "
                f"and {counted(conflicts, 'conflict')} are not on the server: sync first, or "
                "export them (`salesdesk logout --erase --export FILE.csv`)",
                code="unsent_on_erase",
                params={"waiting": str(waiting), "rejected": str(rejected),
                        "conflicts": str(conflicts)},
            )  # fmt: skip
    token = credentials.load_token(account.server_url, account.username)
    server_error = None
    if token:
        client = client_for(store, account.server_url, token)
        try:
            client.revoke()
        except (AuthError, TransientError) as exc:
            server_error = exc.message
        finally:
            client.close()
    credentials.delete_token(account.server_url, account.username)
    with store.write() as session:  # the lock has nobody's password to check any more
        set_state(session, StateKey.PASSWORD_VERIFIER, None)
    if erase:
        if export_to is not None:
            with store.read() as session:
                write_private(export_to, unsent_work_csv(session))
        erase_profile_database(store)
        return LoggedOut(account.username, server_error, erased=True)
    with store.read() as session:  # who it was stays recorded: another user's login
        waiting = pending_count(session)  # must not mix with this one's data
        leads = count_leads(session)
    return LoggedOut(account.username, server_error, leads, waiting)
