# SPDX-License-Identifier: MIT
"""Pending local work on top of the server's state: a pulled lead with queued edits, calls or
open conflicts takes the server's row, then the manager's work is applied again on it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.leads import save_lead
from desktop.store.models import ConflictRow, LeadRow, OutboxRow, OutcomeRow
from desktop.store.outbox import lead_of
from desktop.store.settings import load_settings
from salesdesk.domain.errors import ValidationError
from salesdesk.domain.lead import ContactPerson, Lead
from salesdesk.domain.lead_values import lead_from_record
from salesdesk.domain.outcome import amend_effect, apply_outcome
from salesdesk.domain.vocabulary import Quality, Stage, Temperature
from salesdesk.protocol.convert import outcome_from_wire
from salesdesk.protocol.models import CallOutcomeData, MutationType


def conflicted_leads(ids: Sequence[str], session: Session) -> list[str]:
    """Those of these leads that have an open conflict (their local values go on top)."""
    if not ids:
        return []
    query = select(ConflictRow.lead_id).where(ConflictRow.resolved_at.is_(None))
    open_ids = set(session.scalars(query.distinct()))
    return [i for i in ids if i in open_ids]


def lead_fields_from_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """A ``lead.update`` payload as domain field values (tuples, enums, datetimes)."""
    enums: dict[str, Any] = {"quality": Quality, "temperature": Temperature, "stage": Stage}
    values: dict[str, Any] = {}
    for name, value in payload.items():
        if name in ("phones", "emails"):
            value = tuple(value or ())
        elif name in enums and value is not None:
            value = enums[name](value)
        elif name in ("next_call_at", "nurture_until") and value:
            value = datetime.fromisoformat(value)
        values[name] = value
    return values


def rebase(session: Session, lead_ids: Sequence[str]) -> None:
    """Apply the pending outbox rows and open conflicts of these leads on top of their rows."""
    if not lead_ids:
        return
    wanted = set(lead_ids)
    manager_zone = load_settings(session).time_zone
    work: dict[str, list[OutboxRow]] = {}
    for queued in session.scalars(select(OutboxRow).order_by(OutboxRow.seq)):
        lead_id = lead_of(queued)
        if lead_id in wanted:
            work.setdefault(str(lead_id), []).append(queued)
    conflicts: dict[str, list[ConflictRow]] = {}
    for conflict in session.scalars(
        select(ConflictRow).where(
            ConflictRow.resolved_at.is_(None), ConflictRow.lead_id.in_(wanted)
        )
    ):
        conflicts.setdefault(conflict.lead_id, []).append(conflict)
    for lead_id in lead_ids:
        row = session.get(LeadRow, lead_id)
        if row is None:
            continue
        lead: Lead = lead_from_record(row)
        for conflict in conflicts.get(lead_id, []):
            conflict.server_value = _json_value(getattr(lead, conflict.field, None))
            conflict.server_version = lead.version
            lead = replace(lead, **lead_fields_from_payload({conflict.field: conflict.local_value}))
        for item in work.get(lead_id, []):
            if item.type == MutationType.LEAD_UPDATE:
                lead = replace(lead, **lead_fields_from_payload(item.payload))
            elif item.type == MutationType.LEAD_ADD_CONTACT:
                person = ContactPerson.from_plain(item.payload)
                if all(known.id != person.id for known in lead.contacts):
                    lead = replace(lead, contacts=(*lead.contacts, person))
            elif item.type in (MutationType.CALL_OUTCOME_RECORD, MutationType.CALL_OUTCOME_AMEND):
                data = {k: v for k, v in item.payload.items() if k != "amended_at"}
                outcome = outcome_from_wire(item.entity_id, CallOutcomeData.model_validate(data))
                try:
                    if item.type == MutationType.CALL_OUTCOME_RECORD:
                        lead = apply_outcome(lead, outcome, manager_time_zone=manager_zone)
                    else:
                        before = session.scalar(
                            select(OutcomeRow.lead_before).where(OutcomeRow.id == item.entity_id)
                        )
                        if before:
                            lead = amend_effect(
                                lead, before, outcome, manager_time_zone=manager_zone
                            )
                except ValidationError:
                    continue  # the server's stage no longer takes it; the push will tell
        save_lead(session, lead)


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return getattr(value, "value", value)
