# SPDX-License-Identifier: MIT
"""Secrets in the OS keyring: the bearer token and the local database's key; the password
is never stored.

One keyring entry per server and user (service ``salesdesk``), one per local database.
Backends that keep secrets in a plain file or that fail silently are refused with a
message saying how to fix it;
``SALESDESK_INSECURE_KEYRING=1`` allows them (headless machines, tests), with a warning at
every use.
"""

from __future__ import annotations

import logging
import os

import keyring
import keyring.backend
import keyring.errors

from desktop.sync.errors import CredentialsError

log = logging.getLogger(__name__)

SERVICE = "salesdesk"
INSECURE_ENV = "SALESDESK_INSECURE_KEYRING"

#: Backends that keep nothing, fail on every call, or write secrets into a readable file.
_REFUSED = {
    "keyring.backends.fail.Keyring": "no keyring service is available",
    "keyring.backends.null.Keyring": "the keyring is switched off (it keeps nothing)",
    "keyrings.alt.file.PlaintextKeyring": "it stores secrets in a plain file",
}

_FIX = (
    "install and unlock a keyring service (GNOME Keyring/KWallet on Linux; Windows and macOS "
    f"have one), or on a headless machine set {INSECURE_ENV}=1 to accept this backend"
)


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps tokens in this process only (the demo and the tests).

    Its negative priority keeps keyring's automatic choice from ever picking it (keyring
    considers every backend class imported): it is used only through use_memory_keyring.
    """

    priority = -1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


def use_memory_keyring() -> MemoryKeyring:
    """Keep tokens in memory from now on (forgotten when the process ends)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def _name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    chained = getattr(backend, "backends", None)
    return list(chained) if chained is not None else [backend]


def checked_backend() -> keyring.backend.KeyringBackend:
    """The keyring backend to use; CredentialsError when it is unsafe and not allowed."""
    backend = keyring.get_keyring()
    problems = [
        f"{_name(b)}: {_REFUSED[_name(b)]}" for b in _backends(backend) if _name(b) in _REFUSED
    ]
    if not _backends(backend):
        problems.append(f"{_name(backend)}: it has no backend at all")
    if problems:
        if os.environ.get(INSECURE_ENV) == "1":
            log.warning(
                "using an insecure keyring backend because %s=1: %s",
                INSECURE_ENV,
                "; ".join(problems),
            )
            return backend
        raise CredentialsError(
            "the keyring cannot keep the login token and the database key safely "
            f"({'; '.join(problems)}): {_FIX}"
        )
    return backend


def entry_name(server_url: str, username: str) -> str:
    """The keyring entry of one user on one server."""
    return f"{server_url.rstrip('/')}|{username}"


def save_token(server_url: str, username: str, token: str) -> None:
    """Keep the token for this server and user."""
    save_secret(entry_name(server_url, username), token)


def load_token(server_url: str, username: str) -> str | None:
    """The stored token, or None when there is none."""
    return load_secret(entry_name(server_url, username))


def delete_token(server_url: str, username: str) -> None:
    """Forget the token (no error when there was none)."""
    delete_secret(entry_name(server_url, username))


def save_secret(name: str, value: str) -> None:
    """Keep a secret of this computer's Salesdesk (a login token, the local database's key)."""
    backend = checked_backend()
    try:
        backend.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(f"the keyring refused to store a secret: {exc}. {_FIX}") from exc


def load_secret(name: str) -> str | None:
    """A secret kept with ``save_secret``, or None."""
    backend = checked_backend()
    try:
        return backend.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(f"the keyring could not be read: {exc}. {_FIX}") from exc


def delete_secret(name: str) -> None:
    """Forget a secret (no error when there was none)."""
    backend = checked_backend()
    try:
        backend.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(f"the keyring could not delete a secret: {exc}") from exc
