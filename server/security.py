# SPDX-License-Identifier: MIT
"""Passwords (argon2), bearer tokens (random, stored hashed) and the login rate limiter."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

#: A hash to verify against when the user does not exist, so timing does not tell.
_DUMMY_HASH = _hasher.hash("salesdesk-no-such-user")

MIN_PASSWORD_LENGTH = 4


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
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


class LoginRateLimiter:
    """Sliding-window limits on login attempts, in memory (one server process).

    Failures are counted per (username, client address); all attempts per client address.
    ``check`` returns 0 when an attempt may go ahead, else the seconds to wait.
    """

    def __init__(
        self,
        failures_per_user: int,
        attempts_per_address: int,
        window_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._failures_per_user = failures_per_user
        self._attempts_per_address = attempts_per_address
        self._window = window_s
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._attempts: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _trim(self, events: deque[float], now: float) -> None:
        while events and events[0] <= now - self._window:
            events.popleft()

    def check(self, username: str, address: str) -> int:
        """Record an attempt; 0 if allowed, else the whole seconds until the next is."""
        now = self._clock()
        key = (username.casefold(), address)
        with self._lock:
            failures = self._failures[key]
            attempts = self._attempts[address]
            self._trim(failures, now)
            self._trim(attempts, now)
            waits = []
            if len(failures) >= self._failures_per_user:
                waits.append(failures[0] + self._window - now)
            if len(attempts) >= self._attempts_per_address:
                waits.append(attempts[0] + self._window - now)
            if waits:
                return max(1, int(max(waits) + 0.999))
            attempts.append(now)
            return 0

    def failed(self, username: str, address: str) -> None:
        """Count a failed login."""
        with self._lock:
            self._failures[(username.casefold(), address)].append(self._clock())

    def succeeded(self, username: str, address: str) -> None:
        """A successful login clears that user's failures from that address."""
        with self._lock:
            self._failures.pop((username.casefold(), address), None)
