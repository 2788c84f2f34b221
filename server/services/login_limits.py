# SPDX-License-Identifier: MIT
"""The login limiter: how long a login attempt must wait, from the attempts in the database.

Two limits, both kept in ``login_attempts`` so that every server process sees the same:

* per account (the username as typed, case-folded, whether it exists or not): after
  ``login_failures_per_user`` failures in a row, each further attempt waits a delay that
  doubles with every failure (2 s, 4 s, 8 s … up to ``login_max_delay``), counted from the
  last failure; a success ends the row. Guessing from many addresses meets this limit.
* per address: at most ``login_attempts_per_address`` attempts within ``login_window``
  (an office behind one NAT address logs many managers in at 9 a.m.). Guessing many
  accounts from one address meets this one.

The address is the TCP peer, or the client a trusted proxy forwarded (uvicorn only reads
``X-Forwarded-For`` from the proxies ``serve --trusted-proxy`` names).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.engine import Connection

from server.config import ServerSettings
from server.models import LoginAttemptRow

#: How long attempts are remembered (a row of failures older than this starts afresh).
MEMORY = timedelta(days=1)


def account_key(username: str) -> str:
    """How an account is counted: the name as typed, case-folded and bounded."""
    return username.casefold()[:200]


def login_wait(
    connection: Connection, username: str, address: str, now: datetime, settings: ServerSettings
) -> int:
    """0 when a login attempt may go ahead now, else the whole seconds until one may."""
    waits = [
        _account_wait(connection, account_key(username), now, settings),
        _address_wait(connection, address, now, settings),
    ]
    longest = max(waits)
    return 0 if longest <= 0 else max(1, math.ceil(longest))


def _account_wait(
    connection: Connection, account: str, now: datetime, settings: ServerSettings
) -> float:
    last_success = connection.scalar(
        select(func.max(LoginAttemptRow.at)).where(
            LoginAttemptRow.account == account, LoginAttemptRow.failed.is_(False)
        )
    )
    since = max(last_success, now - MEMORY) if last_success else now - MEMORY
    failures, last_failure = connection.execute(
        select(func.count(), func.max(LoginAttemptRow.at)).where(
            LoginAttemptRow.account == account,
            LoginAttemptRow.failed.is_(True),
            LoginAttemptRow.at > since,
        )
    ).one()
    excess = failures - settings.login_failures_per_user
    if excess < 0 or last_failure is None:
        return 0.0
    delay = min(2.0 ** min(excess + 1, 30), settings.login_max_delay.total_seconds())
    return (last_failure + timedelta(seconds=delay) - now).total_seconds()


def _address_wait(
    connection: Connection, address: str, now: datetime, settings: ServerSettings
) -> float:
    window_start = now - settings.login_window
    attempts, oldest = connection.execute(
        select(func.count(), func.min(LoginAttemptRow.at)).where(
            LoginAttemptRow.address == address, LoginAttemptRow.at > window_start
        )
    ).one()
    if attempts < settings.login_attempts_per_address or oldest is None:
        return 0.0
    return (oldest + settings.login_window - now).total_seconds()


def record_login(
    connection: Connection, username: str, address: str, now: datetime, *, failed: bool
) -> None:
    """Remember an attempt (and forget those older than a day)."""
    connection.execute(delete(LoginAttemptRow).where(LoginAttemptRow.at < now - MEMORY))
    connection.execute(
        insert(LoginAttemptRow),
        {"account": account_key(username), "address": address[:64], "at": now, "failed": failed},
    )
