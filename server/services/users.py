# SPDX-License-Identifier: MIT
"""Users, passwords and tokens."""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.lead import validate_time_zone
from salesdesk.domain.vocabulary import Role
from server.feed import create_feed
from server.models import TokenRow, UserRow
from server.security import hash_password, new_token, token_digest, verify_password

_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,149}$")


class UserError(ValueError):
    """A user operation that cannot be done (unknown user, taken name, bad role…)."""


def add_user(
    connection: Connection,
    username: str,
    password: str,
    role: str,
    *,
    now: datetime,
    name: str = "",
    time_zone: str = "UTC",
) -> str:
    """Create a user with a feed of the current scripts and catalogs; return its ID."""
    if not _USERNAME.match(username):
        raise UserError(
            "a username is 1–150 letters, digits or _.@- and starts with a letter or digit"
        )
    try:
        role = Role(role).value
    except ValueError as exc:
        raise UserError(f"the role must be one of: {', '.join(r.value for r in Role)}") from exc
    if connection.scalar(select(UserRow.id).where(UserRow.username == username)):
        raise UserError(f"the username {username!r} is taken")
    try:
        validate_time_zone(time_zone)
        password_hash = hash_password(password, username)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    user_id = str(uuid.uuid4())
    connection.execute(insert(UserRow), {
        "id": user_id, "username": username, "name": name or username, "role": role,
        "password_hash": password_hash, "time_zone": time_zone, "disabled": False,
        "created_at": now,
    })  # fmt: skip
    create_feed(connection, user_id, now)
    return user_id


def get_user(connection: Connection, username: str) -> Row[Any]:
    """The user row by name; UserError when there is none."""
    row = connection.execute(select(UserRow).where(UserRow.username == username)).first()
    if row is None:
        raise UserError(f"no user {username!r}")
    return row


def list_users(connection: Connection) -> list[Row[Any]]:
    """Every user, by name."""
    return list(connection.execute(select(UserRow).order_by(UserRow.username)))


def revoke_user_tokens(connection: Connection, user_id: str, now: datetime) -> int:
    """Revoke every live token of a user; return how many."""
    result = connection.execute(
        update(TokenRow)
        .where(TokenRow.user_id == user_id, TokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount or 0)


def disable_user(connection: Connection, username: str, now: datetime) -> dict[str | None, int]:
    """Disable a user: every token stops working at once, and their open leads go to others
    by the assignment rules (or the pool). Returns how many went to whom."""
    from server.services.assignment import redistribute

    user = get_user(connection, username)
    connection.execute(update(UserRow).where(UserRow.id == user.id).values(disabled=True))
    revoke_user_tokens(connection, user.id, now)
    return redistribute(connection, user.id, now)


def reset_password(connection: Connection, username: str, password: str, now: datetime) -> None:
    """Set a new password; the user's tokens are revoked."""
    user = get_user(connection, username)
    try:
        password_hash = hash_password(password, username)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    connection.execute(
        update(UserRow).where(UserRow.id == user.id).values(password_hash=password_hash)
    )
    revoke_user_tokens(connection, user.id, now)


def authenticate(connection: Connection, username: str, password: str) -> Row[Any] | None:
    """The active user with this name and password, else None (same cost either way)."""
    user = connection.execute(select(UserRow).where(UserRow.username == username)).first()
    ok = verify_password(user.password_hash if user else None, password)
    if user is None or not ok or user.disabled:
        return None
    return user


def issue_token(
    connection: Connection, user_id: str, ttl: timedelta, now: datetime
) -> tuple[str, datetime]:
    """A new token for the user and when it expires; only its hash is stored."""
    token = new_token()
    expires_at = now + ttl
    connection.execute(insert(TokenRow), {
        "token_hash": token_digest(token), "user_id": user_id, "created_at": now,
        "expires_at": expires_at, "revoked_at": None,
    })  # fmt: skip
    return token, expires_at


#: Run on every request: built once (building it cost as much as running it).
_USER_FOR_TOKEN = (
    select(
        UserRow,
        TokenRow.created_at.label("token_created_at"),
        TokenRow.expires_at.label("token_expires_at"),
    )
    .join(TokenRow, TokenRow.user_id == UserRow.id)
    .where(
        TokenRow.token_hash == bindparam("digest"),
        TokenRow.revoked_at.is_(None),
        TokenRow.expires_at > bindparam("now"),
        UserRow.disabled.is_(False),
    )
)


def user_for_token(connection: Connection, token: str, now: datetime) -> Row[Any] | None:
    """The active user a live token belongs to (with ``token_created_at`` and
    ``token_expires_at``), else None."""
    if not token or len(token) > 512:
        return None
    result = connection.execute(_USER_FOR_TOKEN, {"digest": token_digest(token), "now": now})
    row: Row[Any] | None = result.first()  # type: ignore[assignment]
    return row


#: A token in use is renewed at most this often (one write an hour, not one per request).
RENEWAL_STEP = timedelta(hours=1)


def renewed_expiry(
    user: Row[Any], now: datetime, ttl: timedelta, max_age: timedelta
) -> datetime | None:
    """The later expiry a token in use gets (sliding: ``ttl`` from now, never beyond
    ``max_age`` after its login), or None when it needs no renewal yet."""
    expires_at = min(now + ttl, user.token_created_at + max_age)
    return expires_at if expires_at - user.token_expires_at >= RENEWAL_STEP else None


def renew_token(connection: Connection, token: str, expires_at: datetime) -> None:
    """Move a live token's expiry to ``expires_at`` (only ever later)."""
    connection.execute(
        update(TokenRow)
        .where(TokenRow.token_hash == token_digest(token), TokenRow.expires_at < expires_at)
        .values(expires_at=expires_at)
    )


def revoke_token(connection: Connection, token: str, now: datetime) -> None:
    """Revoke one token (logout)."""
    connection.execute(
        update(TokenRow)
        .where(TokenRow.token_hash == token_digest(token), TokenRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
