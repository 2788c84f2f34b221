# SPDX-License-Identifier: MIT
"""The display columns of queue rows, read a block of leads at a time for what the table shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.orm import Session

from salesdesk.domain.vocabulary import Stage, Temperature
from salesdesk.sqltypes import from_db_time


@dataclass(frozen=True, slots=True)
class LeadRowView:
    """The display columns of one queue row."""

    id: str
    name: str
    company: str
    temperature: Temperature
    stage: Stage
    next_call_at: datetime | None
    attempts: int
    source: str
    time_zone: str | None
    contact: str
    #: asked at a stand and did not agree (the lead is kept, marked)
    no_consent: bool = False
    #: what was agreed for next time (a ``NextStep`` value), due at next_call_at
    next_step: str | None = None


_ROW_SQL = (
    "SELECT id, first_name, last_name, company, temperature, stage, next_call_at, attempts, "
    "source, effective_time_zone, phones, emails, json_extract(consent, '$.given'), next_step "
    "FROM leads "
    "WHERE id IN (SELECT value FROM json_each(:ids))"
)


def display_rows(session: Session, lead_ids: Sequence[str]) -> dict[str, LeadRowView]:
    """The display columns of these leads (one query), by lead ID."""
    result = session.execute(text(_ROW_SQL), {"ids": orjson.dumps(list(lead_ids)).decode()})
    return {row[0]: _row_view(row) for row in result}


def _row_view(row: Any) -> LeadRowView:
    lead_id, first, last, company, temperature, stage, next_call, attempts = row[:8]
    source, zone, phones, emails, consent_given, next_step = row[8:]
    contacts = _json_list(phones) + _json_list(emails)
    return LeadRowView(
        id=lead_id,
        name=f"{first} {last}".strip() or company or (contacts[0] if contacts else ""),
        company=company,
        temperature=Temperature(temperature),
        stage=Stage(stage),
        next_call_at=from_db_time(next_call) if next_call else None,
        attempts=attempts,
        source=source,
        time_zone=zone,
        contact=contacts[0] if contacts else "",
        no_consent=consent_given == 0,
        next_step=next_step,
    )


def _json_list(value: Any) -> list[str]:
    if isinstance(value, list):
        return value
    return list(orjson.loads(value)) if value else []
