# SPDX-License-Identifier: MIT
"""The outbox: writes waiting for the server, queued in the same transaction as the data."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop.store.models import ConflictRow, DeadLetterRow, LeadRow, OutboxRow
from salesdesk.protocol.models import MutationResult, MutationType

# mutations about a call: their entity is the call, the lead is in the payload
_CALL_MUTATIONS = (MutationType.CALL_OUTCOME_RECORD, MutationType.CALL_OUTCOME_AMEND)


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
        select(OutboxRow.payload).where(OutboxRow.type.in_(_CALL_MUTATIONS))
    ):
        ids.add(str(payload.get("lead_id", "")))
    return ids


@dataclass
class ResultCounts:
    """What a batch of push results did locally."""

    done: int = 0
    conflicts: int = 0
    rejected: int = 0
    rejected_leads: list[str] = field(default_factory=list)


def apply_results(
    session: Session, rows: Sequence[OutboxRow], results: Sequence[MutationResult], now: datetime
) -> ResultCounts:
    """Settle the outbox rows the server answered (inside the caller's transaction).

    applied/duplicate: the row leaves. conflict: the row leaves and each contested field
    becomes an open conflict (the local value stays until the manager resolves it).
    rejected: the row moves to the dead letters with the server's reason. Rows without a
    result stay, to be sent again with the same mutation ID.
    """
    counts = ResultCounts()
    by_id = {row.mutation_id: row for row in rows}
    settled: list[int] = []
    for result in results:
        row = by_id.get(result.mutation_id)
        if row is None:
            continue
        if result.status == "conflict":
            lead_id = lead_of(row)
            for name, server_value in (result.server or {}).items():
                session.add(
                    ConflictRow(
                        mutation_id=row.mutation_id,
                        lead_id=lead_id,
                        field=name,
                        local_value=_local_value(session, row, lead_id, name),
                        server_value=server_value,
                        server_version=result.version,
                        created_at=now,
                    )
                )
            counts.conflicts += 1
        elif result.status == "rejected":
            _dead_letter(
                session,
                row,
                result.reason or "rejected without a reason",
                now,
                code=result.code,
                params=result.params,
            )
            counts.rejected += 1
            counts.rejected_leads.append(lead_of(row))
        else:
            counts.done += 1
        settled.append(row.seq)
    for start in range(0, len(settled), 500):  # one statement per 500 rows, not one per row
        session.execute(delete(OutboxRow).where(OutboxRow.seq.in_(settled[start : start + 500])))
    return counts


def _local_value(session: Session, row: OutboxRow, lead_id: str, name: str) -> Any:
    """The value this computer holds for a contested field: the edit's, or for a corrected
    call the lead's as the correction recomputed it (JSON: ISO times)."""
    if row.type == MutationType.LEAD_UPDATE:
        return row.payload.get(name)
    lead = session.get(LeadRow, lead_id)
    value = getattr(lead, name, None) if lead is not None else None
    return value.isoformat() if isinstance(value, datetime) else value


def record_error(
    session: Session,
    rows: Sequence[OutboxRow],
    message: str,
    *,
    server_failed: bool = False,
    split_at: int = 0,
) -> None:
    """Count a failed attempt on rows that are still waiting. ``server_failed``: the server
    answered that it failed on the batch (counts towards splitting it); ``split_at``: the
    batch is to be split at once (the server refused it as a whole)."""
    seqs = [row.seq for row in rows]
    if seqs:
        failures = OutboxRow.server_failures + int(server_failed)
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.seq.in_(seqs))
            .values(
                attempts=OutboxRow.attempts + 1,
                server_failures=func.max(failures, split_at),
                last_error=message[:500],
            )
        )


def lead_of(row: OutboxRow) -> str:
    """The lead a queued write is about."""
    if row.type in _CALL_MUTATIONS:
        return str(row.payload.get("lead_id") or "")
    return row.entity_id


def set_aside(session: Session, row: OutboxRow, reason: str, now: datetime) -> None:
    """Move a row the server will not take to the dead letters (the manager decides)."""
    _dead_letter(session, row, reason, now)
    session.execute(delete(OutboxRow).where(OutboxRow.seq == row.seq))


def _dead_letter(
    session: Session,
    row: OutboxRow,
    reason: str,
    now: datetime,
    *,
    code: str | None = None,
    params: dict[str, str] | None = None,
) -> None:
    session.add(
        DeadLetterRow(
            mutation_id=row.mutation_id,
            client_seq=row.seq,
            type=row.type,
            entity_id=row.entity_id,
            base_version=row.base_version,
            payload=row.payload,
            reason=reason,
            created_at=now,
            code=code,
            params=params,
        )
    )
