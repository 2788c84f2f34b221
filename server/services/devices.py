# SPDX-License-Identifier: MIT
"""Devices: each workstation (client ID) with its user, last contact and clock skew, the
changes it reported it could not read, and the remote wipe of one marked lost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import DBAPIError, IntegrityError

from salesdesk.protocol.models import ClientProblem
from server.models import ClientProblemRow, DeviceRow, UserRow


def record_contact(
    engine: Engine, client_id: str, user_id: str, now: datetime, skew: timedelta
) -> None:
    """Note that a device pushed now with this clock skew (best effort: never fails a push)."""
    values = {"user_id": user_id, "last_seen": now, "clock_skew_s": skew.total_seconds()}
    try:
        with engine.begin() as connection:
            done = connection.execute(
                update(DeviceRow).where(DeviceRow.client_id == client_id).values(**values)
            )
            if not done.rowcount:
                connection.execute(insert(DeviceRow).values(client_id=client_id, **values))
    except IntegrityError:  # the same device's other push inserted it a moment ago
        pass
    except DBAPIError:  # a busy database: the push itself matters more
        pass


def record_problems(
    engine: Engine,
    client_id: str,
    user_id: str,
    problems: Sequence[ClientProblem],
    now: datetime,
) -> None:
    """Keep what a workstation could not read (the latest report per change and device)."""
    if not problems:
        return
    with engine.begin() as connection:
        for problem in problems:
            key = (
                (ClientProblemRow.client_id == client_id)
                & (ClientProblemRow.entity == problem.entity)
                & (ClientProblemRow.entity_id == problem.entity_id)
            )
            connection.execute(delete(ClientProblemRow).where(key))
            connection.execute(
                insert(ClientProblemRow).values(
                    client_id=client_id, user_id=user_id, entity=problem.entity,
                    entity_id=problem.entity_id, version=problem.version,
                    reason=problem.reason, reported_at=now,
                )
            )  # fmt: skip


def list_problems(connection: Connection) -> list[Row[Any]]:
    """Every reported unreadable change with the user's name, newest first."""
    query = (
        select(
            ClientProblemRow.reported_at,
            UserRow.username,
            ClientProblemRow.client_id,
            ClientProblemRow.entity,
            ClientProblemRow.entity_id,
            ClientProblemRow.version,
            ClientProblemRow.reason,
        )
        .join(UserRow, UserRow.id == ClientProblemRow.user_id)
        .order_by(ClientProblemRow.reported_at.desc())
    )
    return list(connection.execute(query))


class DeviceError(ValueError):
    """No such device."""


def list_devices(connection: Connection) -> list[Row[Any]]:
    """Every device with its user's name, the most recently seen first."""
    query = (
        select(
            DeviceRow.client_id,
            UserRow.username,
            DeviceRow.last_seen,
            DeviceRow.wipe_requested_at,
            DeviceRow.wipe_told_at,
        )
        .join(UserRow, UserRow.id == DeviceRow.user_id)
        .order_by(DeviceRow.last_seen.desc())
    )
    return list(connection.execute(query))


def request_wipe(connection: Connection, client_id: str, now: datetime) -> None:
    """Mark a device lost: at its next contact it is told to push what it has and erase its
    data (it is sent no more leads from now on)."""
    done = connection.execute(
        update(DeviceRow)
        .where(DeviceRow.client_id == client_id)
        .values(wipe_requested_at=now, wipe_told_at=None)
    )
    if not done.rowcount:
        raise DeviceError(f"no device {client_id!r} (see `devices list`)")


#: a pull refreshes a device's last contact at most this often (a write per pull would cost
#: a durable commit on SQLite)
CONTACT_STEP = timedelta(minutes=5)
_LAST_SEEN = select(DeviceRow.last_seen).where(DeviceRow.client_id == bindparam("client_id"))


def note_pull(engine: Engine, client_id: str | None, user_id: str, now: datetime) -> None:
    """A device pulled: known from now on, its last contact refreshed now and then."""
    if not client_id:
        return
    with engine.connect() as connection:
        last_seen = connection.scalar(_LAST_SEEN, {"client_id": client_id})
    if last_seen is not None and now - last_seen < CONTACT_STEP:
        return
    try:
        with engine.begin() as connection:
            values = {"user_id": user_id, "last_seen": now}
            done = connection.execute(
                update(DeviceRow).where(DeviceRow.client_id == client_id).values(**values)
            )
            if not done.rowcount:
                connection.execute(
                    insert(DeviceRow).values(client_id=client_id, clock_skew_s=0.0, **values)
                )
    except (IntegrityError, DBAPIError):  # a concurrent insert, a busy database: next time
        pass


_WIPE_REQUESTED = select(DeviceRow.wipe_requested_at).where(
    DeviceRow.client_id == bindparam("client_id")
)


def wipe_due(engine: Engine, client_id: str | None, now: datetime) -> bool:
    """Whether this device was marked lost (a read; noting that it was told, when it was)."""
    if not client_id:
        return False
    with engine.connect() as connection:
        requested = connection.scalar(_WIPE_REQUESTED, {"client_id": client_id})
    if requested is None:
        return False
    with engine.begin() as connection:
        connection.execute(
            update(DeviceRow).where(DeviceRow.client_id == client_id).values(wipe_told_at=now)
        )
    return True
