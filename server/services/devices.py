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
    engine: Engine, client_id: str, user_id: str, now: datetime, skew: timedelta | None
) -> None:
    """Note that a device was in touch now, with this clock skew (None: not measured, the
    stored one stays). Best effort: never fails the request it came with."""
    values: dict[str, Any] = {"user_id": user_id, "last_seen": now}
    if skew is not None:
        values["clock_skew_s"] = skew.total_seconds()
    try:
        with engine.begin() as connection:
            done = connection.execute(
                update(DeviceRow).where(DeviceRow.client_id == client_id).values(**values)
            )
            if not done.rowcount:
                new = {"clock_skew_s": 0.0, **values, "client_id": client_id}
                connection.execute(insert(DeviceRow).values(**new))
    except IntegrityError:  # the same device's other request inserted it a moment ago
        pass
    except DBAPIError:  # a busy database: the request itself matters more
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
_DEVICE = select(DeviceRow.last_seen, DeviceRow.wipe_requested_at).where(
    DeviceRow.client_id == bindparam("client_id")
)


def _device(engine: Engine, client_id: str) -> Any:
    with engine.connect() as connection:
        return connection.execute(_DEVICE, {"client_id": client_id}).first()


def _ordered_to_wipe(engine: Engine, client_id: str, device: Any, now: datetime) -> bool:
    """Whether the device was marked lost; if so, notes that it has been told now."""
    if device is None or device.wipe_requested_at is None:
        return False
    with engine.begin() as connection:
        connection.execute(
            update(DeviceRow).where(DeviceRow.client_id == client_id).values(wipe_told_at=now)
        )
    return True


def note_pull(engine: Engine, client_id: str | None, user_id: str, now: datetime) -> bool:
    """A device pulled: known from now on, its last contact refreshed now and then (one read
    per pull). Returns whether it was marked lost."""
    if not client_id:
        return False
    device = _device(engine, client_id)
    if device is None or now - device.last_seen >= CONTACT_STEP:
        record_contact(engine, client_id, user_id, now, None)
    return _ordered_to_wipe(engine, client_id, device, now)


def wipe_due(engine: Engine, client_id: str, now: datetime) -> bool:
    """Whether this device (just recorded by its push) was marked lost."""
    return _ordered_to_wipe(engine, client_id, _device(engine, client_id), now)
