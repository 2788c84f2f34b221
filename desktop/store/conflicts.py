# SPDX-License-Identifier: MIT
"""Open conflicts and dead letters: listing, resolving, retrying and exporting them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.store.leads import get_lead, save_lead
from desktop.store.models import ConflictRow, DeadLetterRow, OutboxRow, QuarantineRow
from desktop.store.outbox import enqueue
from desktop.store.rebase import lead_fields_from_payload
from salesdesk.csv_export import csv_text

RESOLUTIONS = ("mine", "theirs", "edit")


def open_conflicts(session: Session) -> list[ConflictRow]:
    """Conflicts the manager has not resolved, oldest first."""
    return list(
        session.scalars(
            select(ConflictRow).where(ConflictRow.resolved_at.is_(None)).order_by(ConflictRow.id)
        )
    )


def resolve_conflict(
    session: Session, conflict_id: int, choice: str, now: datetime, value: Any = None
) -> None:
    """Settle one conflict: keep mine (sent again on top of the server's version), take
    theirs (the server's value becomes local), or edit (a new value, sent like mine)."""
    if choice not in RESOLUTIONS:
        raise ValueError(f"a conflict is resolved with one of {', '.join(RESOLUTIONS)}")
    conflict = session.get(ConflictRow, conflict_id)
    if conflict is None or conflict.resolved_at is not None:
        raise LookupError("no such open conflict")
    lead = get_lead(session, conflict.lead_id)
    chosen = {"mine": conflict.local_value, "theirs": conflict.server_value, "edit": value}[choice]
    if lead is not None:
        save_lead(session, replace(lead, **lead_fields_from_payload({conflict.field: chosen})))
        if choice != "theirs":
            enqueue(
                session,
                "lead.update",
                lead.id,
                {conflict.field: chosen},
                base_version=conflict.server_version,
            )
    conflict.resolved_at = now
    conflict.resolution = choice


def dead_letters(session: Session) -> list[DeadLetterRow]:
    """Rejected writes, in the order they were made."""
    return list(session.scalars(select(DeadLetterRow).order_by(DeadLetterRow.client_seq)))


def quarantined(session: Session) -> list[QuarantineRow]:
    """Pulled changes this version could not read, newest first."""
    query = select(QuarantineRow).order_by(QuarantineRow.received_at.desc())
    return list(session.scalars(query))


def unreported(session: Session, limit: int) -> list[QuarantineRow]:
    """Changes kept aside that the server has not been told about yet, oldest first."""
    query = (
        select(QuarantineRow)
        .where(QuarantineRow.reported_at.is_(None))
        .order_by(QuarantineRow.received_at)
        .limit(limit)
    )
    return list(session.scalars(query))


def mark_reported(session: Session, kept: Sequence[QuarantineRow], now: datetime) -> None:
    """Note that the server was told about these changes kept aside."""
    for row in kept:
        session.execute(
            update(QuarantineRow)
            .where(
                QuarantineRow.entity == row.entity,
                QuarantineRow.entity_id == row.entity_id,
                QuarantineRow.version == row.version,
            )
            .values(reported_at=now)
        )


def retry_dead_letter(
    session: Session, letter_id: int, payload: dict[str, Any] | None = None
) -> str:
    """Queue a rejected write again (edited, if a payload is given) under a new mutation ID.

    The old ID is spent: the server keeps its rejection. Returns the new mutation ID.
    """
    letter = session.get(DeadLetterRow, letter_id)
    if letter is None:
        raise LookupError("no such dead letter")
    row = enqueue(
        session,
        letter.type,
        letter.entity_id,
        payload or letter.payload,
        base_version=letter.base_version,
    )
    session.execute(delete(DeadLetterRow).where(DeadLetterRow.id == letter_id))
    return row.mutation_id


def export_dead_letters(session: Session) -> str:
    """The dead letters as CSV text (for a colleague or support)."""
    return csv_text(
        ["created_at", "type", "entity_id", "reason", "payload"],
        (
            [letter.created_at.isoformat(), letter.type, letter.entity_id, letter.reason,
             orjson.dumps(letter.payload).decode()]
            for letter in dead_letters(session)
        ),
    )  # fmt: skip


def unsent_work_csv(session: Session) -> str:
    """Everything of this profile's user the server does not have: changes waiting to be
    sent, rejected ones and open conflicts, as CSV (before another user takes the profile)."""
    rows: list[list[str]] = []
    for queued in session.scalars(select(OutboxRow).order_by(OutboxRow.seq)):
        rows.append(["waiting", queued.created_at.isoformat(), queued.type, queued.entity_id,
                     queued.last_error or "", orjson.dumps(queued.payload).decode()])  # fmt: skip
    for letter in dead_letters(session):
        rows.append(["rejected", letter.created_at.isoformat(), letter.type, letter.entity_id,
                     letter.reason, orjson.dumps(letter.payload).decode()])  # fmt: skip
    for conflict in open_conflicts(session):
        value = {conflict.field: conflict.local_value}
        rows.append(["conflict", conflict.created_at.isoformat(), "lead.update",
                     conflict.lead_id, f"the server has {conflict.field} = "
                     f"{orjson.dumps(conflict.server_value).decode()}",
                     orjson.dumps(value).decode()])  # fmt: skip
    return csv_text(["kind", "when", "type", "entity_id", "reason", "payload"], rows)


def unsent_work_counts(session: Session) -> tuple[int, int, int]:
    """(waiting to be sent, rejected, open conflicts) of the profile's user."""
    waiting = session.scalar(select(func.count()).select_from(OutboxRow)) or 0
    rejected = session.scalar(select(func.count()).select_from(DeadLetterRow)) or 0
    conflicts = len(open_conflicts(session))
    return waiting, rejected, conflicts


def written_lead_name(session: Session, entity_id: str, payload: dict[str, Any]) -> str:
    """The lead a queued write was about (a call names its lead in its payload); "" when
    the lead is no longer here."""
    lead = get_lead(session, str(payload.get("lead_id") or entity_id))
    return lead.display_name if lead else ""
