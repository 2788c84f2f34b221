# SPDX-License-Identifier: MIT
"""Devices: each workstation (client ID) with its user, last contact and clock skew, and the
changes it reported it could not read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
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
