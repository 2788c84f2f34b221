# SPDX-License-Identifier: MIT
"""The outbox: writes waiting for the server, queued in the same transaction as the data."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.store.models import OutboxRow


def enqueue(
    session: Session,
    mutation_type: str,
    entity_id: str,
    payload: dict[str, Any],
    *,
    base_version: int | None = None,
    mutation_id: str | None = None,
) -> OutboxRow:
    """Add a mutation to the outbox inside the caller's transaction and return its row."""
    row = OutboxRow(
        mutation_id=mutation_id or str(uuid.uuid4()),
        type=mutation_type,
        entity_id=entity_id,
        base_version=base_version,
        payload=payload,
        created_at=datetime.now(UTC),
        attempts=0,
    )
    session.add(row)
    session.flush()
    return row


def pending(session: Session, limit: int) -> list[OutboxRow]:
    """The oldest ``limit`` mutations, in push order."""
    return list(session.scalars(select(OutboxRow).order_by(OutboxRow.seq).limit(limit)))


def pending_count(session: Session) -> int:
    """How many mutations wait to be pushed."""
    return session.scalar(select(func.count()).select_from(OutboxRow)) or 0


def pending_entity_ids(session: Session) -> set[str]:
    """The IDs of the entities that queued writes refer to (kept safe from removal)."""
    ids = set(session.scalars(select(OutboxRow.entity_id)))
    for payload in session.scalars(
        select(OutboxRow.payload).where(OutboxRow.type == "call_outcome.record")
    ):
        ids.add(str(payload.get("lead_id", "")))
    return ids
