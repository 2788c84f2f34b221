# SPDX-License-Identifier: MIT
"""Events and their stand teams: who works which exhibition, and what teammates may see.

A manager on an event's staff sees the visitors teammates captured there — their name,
company, contacts for matching, who captured them and when — so that a visitor who comes
back is recognised by any laptop at the stand. Nothing else of a teammate's leads is sent:
the capture is its own entity (``stand_capture``) with only these fields, sent only while
both the reader and the capturer are on that event's staff.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from salesdesk.domain.lead import Lead
from server.feed import FeedChange, record
from server.models import EventRow, EventStaffRow, LeadRow, UserRow

STAND_CAPTURE = "stand_capture"


class EventError(ValueError):
    """An event that cannot be set up as asked (an unknown manager, no name)."""


def set_event(
    connection: Connection, name: str, usernames: Sequence[str], now: datetime
) -> list[str]:
    """Create the event (or keep it) and make these managers its staff; returns the names."""
    name = name.strip()
    if not name:
        raise EventError("an event needs a name")
    users = dict(
        connection.execute(
            select(UserRow.username, UserRow.id).where(UserRow.username.in_(list(usernames)))
        ).all()
    )
    unknown = [u for u in usernames if u not in users]
    if unknown:
        raise EventError(f"no such user: {', '.join(unknown)}")
    if connection.scalar(select(EventRow.name).where(EventRow.name == name)) is None:
        connection.execute(insert(EventRow), [{"name": name, "created_at": now}])
    connection.execute(delete(EventStaffRow).where(EventStaffRow.event_name == name))
    if users:
        connection.execute(
            insert(EventStaffRow), [{"event_name": name, "user_id": i} for i in users.values()]
        )
    return sorted(users)


def list_events(connection: Connection) -> list[tuple[str, list[str]]]:
    """Every event with its staff's usernames."""
    staff: dict[str, list[str]] = {
        name: [] for name in connection.scalars(select(EventRow.name).order_by(EventRow.name))
    }
    query = (
        select(EventStaffRow.event_name, UserRow.username)
        .join(UserRow, UserRow.id == EventStaffRow.user_id)
        .order_by(UserRow.username)
    )
    for event, username in connection.execute(query):
        staff.setdefault(event, []).append(username)
    return list(staff.items())


def announce_capture(connection: Connection, lead: Lead, now: datetime) -> None:
    """A lead captured at an event: its capture goes to the capturer's teammates there."""
    if not lead.event_name or not lead.assignee_id:
        return
    staff = set(
        connection.scalars(
            select(EventStaffRow.user_id).where(EventStaffRow.event_name == lead.event_name)
        )
    )
    if lead.assignee_id not in staff:
        return
    record(
        connection,
        [FeedChange(user, STAND_CAPTURE, lead.id) for user in sorted(staff - {lead.assignee_id})],
        now,
    )


def capture_data(
    connection: Connection, ids: Sequence[str], reader_id: str
) -> dict[str, tuple[int, dict[str, Any]]]:
    """The captures among these lead IDs that the reader may see, as the pull sends them:
    both the reader and the capturing manager on the staff of the lead's event."""
    reader_events = select(EventStaffRow.event_name).where(EventStaffRow.user_id == reader_id)
    query = (
        select(
            LeadRow.id,
            LeadRow.version,
            LeadRow.first_name,
            LeadRow.last_name,
            LeadRow.company,
            LeadRow.phones,
            LeadRow.emails,
            LeadRow.event_name,
            LeadRow.created_at,
            UserRow.name,
            UserRow.username,
        )
        .join(UserRow, UserRow.id == LeadRow.assignee_id)
        .join(
            EventStaffRow,
            (EventStaffRow.event_name == LeadRow.event_name)
            & (EventStaffRow.user_id == LeadRow.assignee_id),
        )
        .where(LeadRow.id.in_(list(ids)), LeadRow.event_name.in_(reader_events))
    )
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    for row in connection.execute(query):
        found[row.id] = (
            int(row.version),
            {
                "id": row.id,
                "name": f"{row.first_name} {row.last_name}".strip(),
                "company": row.company,
                "phones": list(row.phones or []),
                "emails": list(row.emails or []),
                "event_name": row.event_name,
                "captured_by": row.name or row.username,
                "captured_at": row.created_at.isoformat(),
            },
        )
    return found
