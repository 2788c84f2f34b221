# SPDX-License-Identifier: MIT
"""Encryption at rest: the local database as a SQLCipher file (the key is kept in the OS
keyring by ``desktop.services.local_store``; this module only uses it).

A laptop lost at a stand holds every lead of its manager. With SQLCipher (AES-256, each page
authenticated with HMAC-SHA512) the file is noise without the key; the key is 256 random
bits in the OS keyring (the same that keeps the login token), given to SQLCipher as a raw
key so no password derivation slows every connection. The binding is ``sqlcipher3``
(maintained, wheels for Linux, Windows and macOS that bundle SQLCipher 4 with FTS5).

A plain profile from an older version is encrypted in place, crash-safely: the key is kept
first, the plain file is checkpointed, exported into a new encrypted file beside it, the
copy is verified (integrity and every table's row count), and only then does it replace the
plain file (one rename). Killed at any moment, one readable database remains: the plain one
(the half-made copy is deleted at the next start) or the encrypted one (its key is kept).

``SALESDESK_PLAIN_STORE=1`` keeps a profile unencrypted (a machine without the binding
refuses to start otherwise); the demo's store is plain (its data is made up and its keyring
lives in memory).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from types import ModuleType
from typing import Any

from salesdesk.private_files import private_file

PLAIN_ENV = "SALESDESK_PLAIN_STORE"
#: the first 16 bytes of every unencrypted SQLite file
PLAIN_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32


#: what to say when the binding is missing
MISSING = "SQLCipher is not installed (pip install sqlcipher3)"


class CipherError(RuntimeError):
    """The encrypted database cannot be opened or made (no binding, no key, wrong key)."""


def binding() -> ModuleType | None:
    """SQLCipher's DB-API module, or None when it is not installed."""
    try:
        import sqlcipher3.dbapi2 as dbapi
    except ImportError:
        return None
    module: ModuleType = dbapi
    return module


def wanted() -> bool:
    """Whether profiles are encrypted on this machine (unless ``SALESDESK_PLAIN_STORE=1``)."""
    return os.environ.get(PLAIN_ENV) != "1"


def is_plain(path: Path) -> bool:
    """True for an unencrypted SQLite file (an empty or missing file is neither)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except FileNotFoundError:
        return False


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(KEY_BYTES)


def key_pragma(key: bytes) -> str:
    """The statement that opens an encrypted connection with a raw 256-bit key."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _copy_path(path: Path) -> Path:
    return path.with_name(path.name + ".encrypting")


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _row_counts(connection: Any) -> dict[str, int]:
    """Every table's row count on a DB-API connection (the check of an encrypted copy)."""
    cursor = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    names = [row[0] for row in cursor.fetchall()]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def remove_stale_copy(path: Path) -> None:
    """Delete a half-made encrypted copy left by an encryption that was killed."""
    for leftover in (_copy_path(path), *_sidecars(_copy_path(path))):
        leftover.unlink(missing_ok=True)


def _sidecars(path: Path) -> tuple[Path, ...]:
    return tuple(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Turn the plain SQLite file at ``path`` into an encrypted one with ``key`` (see the
    module docstring for why a kill at any point leaves one readable database)."""
    dbapi = binding()
    if dbapi is None:
        raise CipherError(MISSING)
    copy = _copy_path(path)
    remove_stale_copy(path)
    plain = dbapi.connect(str(path), isolation_level=None)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        expected = _row_counts(plain)
        private_file(copy)
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(copy),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
        plain.execute("PRAGMA journal_mode=DELETE")  # no WAL left beside the plain file
    finally:
        plain.close()
    encrypted = dbapi.connect(str(copy), isolation_level=None)
    try:
        encrypted.execute(key_pragma(key))
        check = [row[0] for row in encrypted.execute("PRAGMA quick_check").fetchall()]
        copied = _row_counts(encrypted)
    finally:
        encrypted.close()
    if check != ["ok"] or copied != expected:
        copy.unlink(missing_ok=True)
        raise CipherError("the encrypted copy of the local database did not verify")
    _fsync(copy)
    for sidecar in _sidecars(path):
        if sidecar.exists() and sidecar.stat().st_size > 0:
            copy.unlink(missing_ok=True)
            raise CipherError(f"{sidecar.name} still holds changes; close Salesdesk and retry")
        sidecar.unlink(missing_ok=True)
    os.replace(copy, path)
    _fsync(path.parent)
