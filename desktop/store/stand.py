# SPDX-License-Identifier: MIT
"""The stand's day in the store: this manager's captures at an event and those teammates
made there (pulled read-only), for recognising a returning visitor and listing the day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import LeadRow, StandCaptureRow


@dataclass(frozen=True)
class StandVisitor:
    """A visitor captured at an event: by this manager (``captured_by`` "") or a teammate."""

    id: str
    name: str
    company: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    captured_by: str
    captured_at: datetime
    consent_given: bool | None = None


def stand_visitors(session: Session, event_name: str, since: datetime) -> list[StandVisitor]:
    """Everyone captured at the event since a moment, newest first: own leads and teammates'."""
    own = session.execute(
        select(LeadRow).where(LeadRow.event_name == event_name, LeadRow.created_at >= since)
    ).scalars()
    visitors = [
        StandVisitor(
            row.id,
            f"{row.first_name} {row.last_name}".strip(),
            row.company,
            tuple(row.phones),
            tuple(row.emails),
            "",
            row.created_at,
            None if row.consent is None else bool(row.consent.get("given")),
        )
        for row in own
    ]
    visitors += teammate_captures(session, event_name, since)
    return sorted(visitors, key=lambda v: v.captured_at, reverse=True)


def teammate_captures(
    session: Session, event_name: str, since: datetime | None = None
) -> list[StandVisitor]:
    """The visitors teammates captured at the event (since a moment, or any day)."""
    query = select(StandCaptureRow).where(StandCaptureRow.event_name == event_name)
    if since is not None:
        query = query.where(StandCaptureRow.captured_at >= since)
    return [
        StandVisitor(
            row.id,
            row.name,
            row.company,
            tuple(row.phones),
            tuple(row.emails),
            row.captured_by,
            row.captured_at,
        )
        for row in session.scalars(query)
    ]
