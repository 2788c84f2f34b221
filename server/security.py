# SPDX-License-Identifier: MIT
"""Passwords (argon2id, and what a new one must be) and bearer tokens (random, stored hashed).

The login limiter is ``server.services.login_limits`` (its memory is in the database)."""

from __future__ import annotations

import functools
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

#: A hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("salesdesk-no-such-user")

#: NIST SP 800-63B asks for at least 8; a shared sales floor's accounts get 10.
MIN_PASSWORD_LENGTH = 10


@functools.cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of public breach corpora, as zxcvbn ships them
    (the list its strength estimate starts from), case-folded."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(p.casefold() for p in FREQUENCY_LISTS["passwords"])


def password_problem(password: str, username: str) -> str | None:
    """Why ``password`` cannot be a new password of ``username``, or None when it can."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"a password needs at least {MIN_PASSWORD_LENGTH} characters"
    folded = password.casefold()
    if folded == username.casefold() or folded == username.casefold()[::-1]:
        return "a password must not be the username"
    if folded in _common_passwords() or folded.strip() in _common_passwords():
        return "this password is among the most common ones; choose another"
    return None


def hash_password(password: str, username: str) -> str:
    """An argon2id hash of a new ``password`` of ``username`` (ValueError if it cannot be)."""
    problem = password_problem(password, username)
    if problem:
        raise ValueError(problem)
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; always costs one argon2 verification."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    """A fresh bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the database keeps of a token: its SHA-256 (tokens are random, no salt needed)."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
