# SPDX-License-Identifier: MIT
"""Devices: each workstation (client ID) with its user, last contact and clock skew."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, insert, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from server.models import DeviceRow


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
