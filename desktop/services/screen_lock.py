# SPDX-License-Identifier: MIT
"""The idle lock's password check, offline: at login an argon2id hash of the account's
password (never the password) is kept in the local database, which is encrypted at rest; the
lock screen checks what the manager types against it, with no server at the stand.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desktop.store.db import Store
from desktop.store.sync_state import StateKey, get_state, set_state

_HASHER = PasswordHasher()


def password_verifier(password: str) -> str:
    """What is kept of the password: its argon2id hash (salted, memory-hard)."""
    return _HASHER.hash(password)


def remember_password(store: Store, password: str) -> None:
    """Keep the verifier of the password the manager just logged in with."""
    verifier = password_verifier(password)
    with store.write() as session:
        set_state(session, StateKey.PASSWORD_VERIFIER, verifier)


def can_lock(store: Store) -> bool:
    """Whether the lock screen can check a password (a login since this version kept one)."""
    with store.read() as session:
        return bool(get_state(session, StateKey.PASSWORD_VERIFIER))


def password_matches(store: Store, password: str) -> bool:
    """True when ``password`` is the account's (checked against the kept verifier)."""
    with store.read() as session:
        verifier = get_state(session, StateKey.PASSWORD_VERIFIER)
    if not verifier:
        return False
    try:
        return _HASHER.verify(verifier, password)
    except (VerificationError, InvalidHashError):
        return False
