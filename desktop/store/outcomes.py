# SPDX-License-Identifier: MIT
"""Recording a call outcome: the outcome, the lead's new state and the outbox row, atomically."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.call_drafts import delete_draft
from desktop.store.catalogs import loss_reasons
from desktop.store.db import Store
from desktop.store.leads import save_lead
from desktop.store.models import LeadRow, OutcomeRow
from desktop.store.outbox import enqueue
from salesdesk.domain.errors import ValidationError
from salesdesk.domain.lead_values import lead_from_record
from salesdesk.domain.outcome import CallOutcome, OutcomeDraft, apply_outcome, validate_outcome
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.vocabulary import Disposition, Result
from salesdesk.protocol.convert import outcome_to_wire

OUTCOME_MUTATION = "call_outcome.record"


def record_outcome(
    store: Store,
    draft: OutcomeDraft,
    *,
    now: datetime,
    rules: QueueRules,
    lead_updates: dict[str, Any] | None = None,
) -> CallOutcome:
    """Validate and save an outcome in one durable transaction, and return it.

    The outcome row, the lead's attempts, stage and next call, and the outbox row commit
    together or not at all. ``lead_updates`` (temperature, quality: domain values) change
    the lead too and queue a ``lead.update`` in the same transaction. Raises
    ValidationErrors / ValidationError for bad input, and LookupError for an unknown lead;
    nothing is written then.
    """
    with store.write() as session:
        row = session.get(LeadRow, draft.lead_id)
        if row is None:
            raise LookupError(f"no lead {draft.lead_id}")
        if row.reassigned:
            raise ValidationError("this lead was reassigned to someone else", field="lead")
        lead = lead_from_record(row)
        outcome = validate_outcome(draft, now=now, loss_reasons=loss_reasons(session))
        updated = apply_outcome(lead, outcome, manager_time_zone=rules.manager_time_zone)
        session.add(
            OutcomeRow(
                id=outcome.id,
                lead_id=outcome.lead_id,
                started_at=outcome.started_at,
                duration_s=outcome.duration_s,
                disposition=outcome.disposition.value,
                result=outcome.result.value,
                loss_reason_id=outcome.loss_reason_id,
                objections=list(outcome.objections),
                answers_used=list(outcome.answers_used),
                note=outcome.note,
                next_call_at=outcome.next_call_at,
                nurture_until=outcome.nurture_until,
                recorded_at=now,
            )
        )
        changes = {k: v for k, v in (lead_updates or {}).items() if getattr(lead, k) != v}
        if changes:
            updated = replace(updated, **changes)
        save_lead(session, updated)
        enqueue(
            session, OUTCOME_MUTATION, outcome.id, outcome_to_wire(outcome).model_dump(mode="json")
        )
        if changes:
            payload = {k: getattr(v, "value", v) for k, v in changes.items()}
            enqueue(session, "lead.update", lead.id, payload, base_version=lead.version)
        delete_draft(session, lead.id)  # the call is recorded: nothing left to reopen
    return outcome


def lead_history(session: Session, lead_id: str) -> list[CallOutcome]:
    """The lead's recorded calls, newest first."""
    rows = session.scalars(
        select(OutcomeRow)
        .where(OutcomeRow.lead_id == lead_id)
        .order_by(OutcomeRow.started_at.desc())
    )
    return [
        CallOutcome(
            id=r.id,
            lead_id=r.lead_id,
            started_at=r.started_at,
            duration_s=r.duration_s,
            disposition=Disposition(r.disposition),
            result=Result(r.result),
            loss_reason_id=r.loss_reason_id,
            objections=tuple(r.objections),
            answers_used=tuple(r.answers_used),
            note=r.note,
            next_call_at=r.next_call_at,
            nurture_until=r.nurture_until,
        )
        for r in rows
    ]
