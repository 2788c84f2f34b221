# SPDX-License-Identifier: MIT
"""Leads that arrive by themselves: lead sources and their API keys, and one posted lead.

A key is bound to a source, a campaign and optionally an event; it is shown once and kept as
its SHA-256. A posted lead goes through the import's rules (the same column names, the same
validation, the same duplicate rules: a known person is linked, not doubled; a phone shared
under another name is a new lead marked as a possible duplicate), then through the
assignment rules. Fields nothing maps are kept in the lead's need. An Idempotency-Key makes
a retry answer what the first post answered.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.engine import Connection

from salesdesk.domain.vocabulary import Source
from server.imports.columns import resolve
from server.imports.engine import DUPLICATE, MATCHED, match_one, merge_into
from server.imports.rows import read_row
from server.models import InboundRequestRow, LeadRow, LeadSourceRow
from server.services.assignment import assign_by_rules
from server.services.leads import insert_leads

#: Posts one key may make per minute (429 beyond).
PER_MINUTE = 120
KEY_PREFIX = "sdk_"


class SourceError(ValueError):
    """A source that cannot be added or changed as asked."""


def key_hash(key: str) -> str:
    """How a key is kept: its SHA-256, hex."""
    return hashlib.sha256(key.encode()).hexdigest()


def add_source(
    connection: Connection,
    name: str,
    source: str,
    now: datetime,
    *,
    campaign: str = "",
    event_name: str = "",
) -> str:
    """A new lead source; returns its key (shown once, kept only as a hash)."""
    if not name.strip() or len(name) > 100:
        raise SourceError("a source needs a name of 1–100 characters")
    if source not in {s.value for s in Source}:
        raise SourceError(
            f"{source!r} is not a source; one of: {', '.join(s.value for s in Source)}"
        )
    if connection.scalar(select(LeadSourceRow.id).where(LeadSourceRow.name == name.strip())):
        raise SourceError(f"a source named {name.strip()!r} exists (revoke it to replace it)")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    connection.execute(insert(LeadSourceRow), {
        "id": str(uuid.uuid4()), "name": name.strip(), "source": source,
        "campaign": campaign.strip()[:200], "event_name": event_name.strip()[:200],
        "key_hash": key_hash(key), "created_at": now,
    })  # fmt: skip
    return key


def revoke_source(connection: Connection, name: str, now: datetime) -> None:
    """Stop a source's key working (its leads stay)."""
    done = connection.execute(
        update(LeadSourceRow)
        .where(LeadSourceRow.name == name, LeadSourceRow.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    if not done.rowcount:
        raise SourceError(f"no active source named {name!r}")


def list_sources(connection: Connection) -> list[Any]:
    """Every source (revoked ones too), by name."""
    return list(connection.execute(select(LeadSourceRow).order_by(LeadSourceRow.name)))


def source_for_key(connection: Connection, key: str) -> Any | None:
    """The active source a key belongs to, or None."""
    if not key:
        return None
    return connection.execute(
        select(LeadSourceRow).where(
            LeadSourceRow.key_hash == key_hash(key), LeadSourceRow.revoked_at.is_(None)
        )
    ).first()


_COUNT = text(
    'INSERT INTO inbound_rate (source_id, "window", count) VALUES (:source, :window, 1) '
    'ON CONFLICT (source_id) DO UPDATE SET count = CASE WHEN inbound_rate."window" = '
    ':window THEN inbound_rate.count + 1 ELSE 1 END, "window" = :window RETURNING count'
)


def within_rate(connection: Connection, source_id: str, now: datetime) -> bool:
    """Count a post; False when the key has made ``PER_MINUTE`` already this minute."""
    window = int(now.timestamp() // 60)
    count = connection.execute(_COUNT, {"source": source_id, "window": window}).scalar_one()
    return int(count) <= PER_MINUTE


@dataclass(frozen=True)
class Answer:
    """An inbound post's HTTP status and JSON body."""

    status: int
    body: dict[str, Any]


def remembered(connection: Connection, source_id: str, idempotency_key: str) -> Answer | None:
    """The answer given to the first post with this Idempotency-Key (None: new)."""
    row = connection.execute(
        select(InboundRequestRow).where(
            InboundRequestRow.source_id == source_id,
            InboundRequestRow.idempotency_key == idempotency_key,
        )
    ).first()
    if row is None:
        return None
    return Answer(200, {**row.answer, "repeat": True})


def receive(
    connection: Connection,
    source: Any,
    fields: dict[str, str],
    now: datetime,
    default_region: str,
    idempotency_key: str | None = None,
) -> Answer:
    """One posted lead: 201 created (or created as a possible duplicate), 200 a known
    person (the post's news merged into their lead), 422 with every reason."""
    header = list(fields)
    columns = resolve(header)
    if columns.unmapped:  # a form's other fields stay with the lead, never dropped
        columns = resolve(header, mapping={name: "note" for name in columns.unmapped})
    if not any(f in ("phones", "emails") for f in columns.fields):
        missing = {"kind": "no contact", "text": "a lead needs a phone or an email field"}
        return Answer(422, {"errors": [missing]})
    found = read_row([fields[h] for h in header], columns, default_region=default_region, now=now)
    if found.lead is None:
        return Answer(422, {"errors": [{"kind": r.kind, "text": r.text} for r in found.reasons]})
    lead = found.lead
    lead.source = Source(source.source)
    lead.campaign = lead.campaign or source.campaign
    lead.event_name = lead.event_name or source.event_name
    status, other = match_one(connection, lead)
    if status == MATCHED and other is not None:
        merge_into(connection, other, [lead], now)
        answer = Answer(200, {"lead_id": other, "status": "matched"})
    else:
        choice = assign_by_rules(connection, lead, now)
        review = {lead.id: str(other)} if status == DUPLICATE else {}
        insert_leads(connection, [lead], now, review)
        connection.execute(
            update(LeadRow).where(LeadRow.id == lead.id).values(assignment_reason=choice.reason)
        )
        body: dict[str, Any] = {"lead_id": lead.id, "status": "created"}
        if status == DUPLICATE:
            body.update(status="possible duplicate", duplicate_of=other)
        body["assigned"] = choice.user_id is not None
        answer = Answer(201, body)
    if idempotency_key:
        connection.execute(insert(InboundRequestRow), {
            "source_id": source.id, "idempotency_key": idempotency_key[:200],
            "status_code": answer.status, "answer": answer.body, "created_at": now,
        })  # fmt: skip
    return answer
