# SPDX-License-Identifier: MIT
"""The profile's local database opened with its key: encrypted at rest (``desktop.store.
cipher``), the 256-bit key in the OS keyring next to the login token, made on first use.

Every program that opens a manager's profile (the window, the command line, the doctor)
comes through here; the demo's made-up data stays plain.
"""

from __future__ import annotations

import glob
from pathlib import Path

from desktop.store import cipher
from desktop.store.db import Store, StoreError, open_store
from desktop.sync import credentials
from desktop.sync.errors import CredentialsError


def key_entry(path: Path) -> str:
    """The keyring entry of the database at ``path`` (one key per profile file)."""
    return f"local-database|{path.resolve()}"


def _stored_key(path: Path) -> bytes | None:
    stored = credentials.load_secret(key_entry(path))
    if not stored:
        return None
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if len(key) != cipher.KEY_BYTES:
        raise StoreError("the local database's key in the keyring is damaged")
    return key


def store_key(path: Path) -> bytes | None:
    """The key to open the profile database at ``path`` with (None: it stays plain).

    A new or plain database gets a new key, kept in the keyring before anything is
    encrypted with it; an encrypted one needs the key the keyring holds.
    """
    encrypted = path.exists() and path.stat().st_size > 0 and not cipher.is_plain(path)
    if not encrypted and not cipher.wanted():
        return None
    if cipher.binding() is None:
        raise StoreError(
            f"{cipher.MISSING}; set {cipher.PLAIN_ENV}=1 to keep this profile unencrypted"
        )
    try:
        key = _stored_key(path)
        if key is None and encrypted:
            raise StoreError(
                "the local database cannot be read: it is encrypted and its key is not in this "
                "computer's keyring (copied from another computer? the keyring reset?), or it "
                "is damaged"
            )
        if key is None:
            key = cipher.new_key()
            credentials.save_secret(key_entry(path), key.hex())
    except CredentialsError as exc:
        raise StoreError(f"the local database's key: {exc.message}") from exc
    return key


def open_profile_store(path: Path | str) -> Store:
    """Open (creating, encrypting or migrating as needed) the profile database at ``path``."""
    return open_store(path, store_key(Path(path)))


def forget_store_key(path: Path) -> None:
    """Delete the database's key: from then on the file at ``path`` is noise."""
    try:
        credentials.delete_secret(key_entry(path))
    except CredentialsError as exc:
        raise StoreError(f"the local database's key: {exc.message}") from exc


def erase_profile_database(store: Store) -> Path:
    """Close ``store`` and erase its database: the key forgotten first (whatever is left of
    the file, or a backup of it, is noise without it), then the file and everything named
    after it (WAL, shared memory, the sync lock, a half-made encrypted copy)."""
    path = Path(str(store.engine.url.database))
    store.close()
    forget_store_key(path)
    for leftover in path.parent.glob(glob.escape(path.name) + "*"):
        leftover.unlink(missing_ok=True)
    return path
