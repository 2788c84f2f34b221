# SPDX-License-Identifier: MIT
"""Recording a call outcome: the outcome, the lead's new state and the outbox row, atomically."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.store.call_drafts import CallDraft, delete_draft, save_draft
from desktop.store.catalogs import loss_reasons
from desktop.store.db import Store
from desktop.store.leads import save_lead
from desktop.store.models import LeadRow, OutboxRow, OutcomeRow
from desktop.store.outbox import enqueue
from salesdesk.domain.errors import ErrorCode, ValidationError
from salesdesk.domain.lead_values import lead_from_record
from salesdesk.domain.outcome import (
    AMEND_WINDOW,
    CallOutcome,
    OutcomeDraft,
    amend_effect,
    apply_outcome,
    fields_before,
    restore_fields,
    validate_outcome,
)
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.readiness import Verdict
from salesdesk.domain.vocabulary import Disposition, Quality, Result
from salesdesk.protocol.convert import outcome_to_wire, qualification_record

OUTCOME_MUTATION = "call_outcome.record"


def lead_update_id(outcome_id: str) -> str:
    """The mutation ID of the ``lead.update`` a call's form queued beside it (derived, so
    that undoing the call finds it)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"salesdesk:outcome:{outcome_id}:lead"))


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
            raise ValidationError(
                "this lead was reassigned to someone else", "lead", ErrorCode.REASSIGNED
            )
        lead = lead_from_record(row)
        outcome = validate_outcome(draft, now=now, loss_reasons=loss_reasons(session))
        updated = apply_outcome(lead, outcome, manager_time_zone=rules.manager_time_zone)
        changes = {k: v for k, v in (lead_updates or {}).items() if getattr(lead, k) != v}
        before = fields_before(lead)
        before.update({k: getattr(getattr(lead, k), "value", getattr(lead, k)) for k in changes})
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
                lead_before=before,
                script_id=outcome.script_id,
                script_version=outcome.script_version,
                **qualification_record(outcome),
            )
        )
        if changes:
            updated = replace(updated, **changes)
        save_lead(session, updated)
        enqueue(
            session, OUTCOME_MUTATION, outcome.id, outcome_to_wire(outcome).model_dump(mode="json")
        )
        if changes:
            payload = {k: getattr(v, "value", v) for k, v in changes.items()}
            enqueue(
                session,
                "lead.update",
                lead.id,
                payload,
                base_version=lead.version,
                mutation_id=lead_update_id(outcome.id),
            )
        delete_draft(session, lead.id)  # the call is recorded: nothing left to reopen
    return outcome


def lead_history(session: Session, lead_id: str) -> list[CallOutcome]:
    """The lead's recorded calls, newest first."""
    rows = session.scalars(
        select(OutcomeRow)
        .where(OutcomeRow.lead_id == lead_id)
        .order_by(OutcomeRow.started_at.desc())
    )
    return [_outcome_of(r) for r in rows]


def earlier_answers(session: Session, lead_id: str) -> dict[str, Any]:
    """The answers of the lead's latest guided call ({} when it had none)."""
    answers = session.scalars(
        select(OutcomeRow.answers)
        .where(OutcomeRow.lead_id == lead_id, OutcomeRow.answers != {})
        .order_by(OutcomeRow.started_at.desc())
        .limit(1)
    ).first()
    return dict(answers or {})


def get_outcome(session: Session, outcome_id: str) -> CallOutcome | None:
    """One recorded call by ID, or None."""
    row = session.get(OutcomeRow, outcome_id)
    return None if row is None else _outcome_of(row)


def _outcome_of(r: OutcomeRow) -> CallOutcome:
    return CallOutcome(
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
        script_id=r.script_id,
        script_version=r.script_version,
        answers=dict(r.answers or {}),
        verdict=Verdict(r.verdict) if r.verdict else None,
        overrule_reason=r.overrule_reason or "",
        score=r.score,
        quality=Quality(r.quality) if r.quality else None,
    )


def undo_outcome(store: Store, outcome_id: str) -> CallDraft | None:
    """Take back a call saved moments ago, while it has not left this computer: the outcome,
    its queued mutations and its effect on the lead go; the call comes back as a draft
    waiting for its outcome. None when it was already sent (correct it instead)."""
    with store.write() as session:
        queued = session.scalars(
            select(OutboxRow).where(
                OutboxRow.type == OUTCOME_MUTATION, OutboxRow.entity_id == outcome_id
            )
        ).first()
        row = session.get(OutcomeRow, outcome_id)
        if queued is None or row is None:
            return None
        lead_row = session.get(LeadRow, row.lead_id)
        if lead_row is not None and row.lead_before:
            save_lead(session, restore_fields(lead_from_record(lead_row), row.lead_before))
        session.execute(
            delete(OutboxRow).where(
                (OutboxRow.seq == queued.seq)
                | (OutboxRow.mutation_id == lead_update_id(outcome_id))
            )
        )
        ended = row.started_at + timedelta(seconds=row.duration_s)
        draft = CallDraft(
            lead_id=row.lead_id,
            started_at=row.started_at,
            saved_at=ended,
            ended_at=ended,
            notes=row.note,
            raised=frozenset(row.objections),
            used=frozenset(row.answers_used),
        )
        session.delete(row)
        save_draft(session, draft)
    return draft


def amend_outcome(
    store: Store, outcome_id: str, draft: OutcomeDraft, *, now: datetime, rules: QueueRules
) -> CallOutcome:
    """Correct one of the manager's calls within 24 hours of it (its start and duration stay).

    While the call is still queued, its queued data is replaced; once sent, a
    ``call_outcome.amend`` is queued (one per call: a second correction replaces the first
    while unsent). The lead is recomputed as if the corrected call had been recorded
    instead, unless a later call on it exists. ValidationError(s) for a bad correction, one
    too late, or an unknown call; nothing is written then.
    """
    with store.write() as session:
        row = session.get(OutcomeRow, outcome_id)
        if row is None:
            raise ValidationError("there is no such call here", "call", ErrorCode.NO_SUCH_CALL)
        if now - row.started_at > AMEND_WINDOW:
            raise ValidationError(
                "a call can be corrected within 24 hours of it", "call", ErrorCode.AMEND_TOO_LATE
            )
        draft = replace(
            draft,
            id=outcome_id,
            lead_id=row.lead_id,
            started_at=row.started_at,
            duration_s=row.duration_s,
            # the marks come from the script shown now, else from the call's own
            script_id=draft.script_id or row.script_id,
            script_version=draft.script_version if draft.script_id else row.script_version,
        )
        reasons = loss_reasons(session)
        if row.loss_reason_id in reasons and draft.loss_reason_id == row.loss_reason_id:
            reasons[row.loss_reason_id] = replace(reasons[row.loss_reason_id], active=True)
        outcome = validate_outcome(draft, now=row.started_at, loss_reasons=reasons)
        later = session.scalar(
            select(func.count()).where(
                OutcomeRow.lead_id == row.lead_id, OutcomeRow.started_at > row.started_at
            )
        )
        lead_row = session.get(LeadRow, row.lead_id)
        if lead_row is not None and row.lead_before and not later:
            lead = lead_from_record(lead_row)
            save_lead(
                session,
                amend_effect(
                    lead, row.lead_before, outcome, manager_time_zone=rules.manager_time_zone
                ),
            )
        for name in _CORRECTABLE:
            value = getattr(outcome, name)
            if isinstance(value, tuple):
                value = list(value)
            setattr(row, name, getattr(value, "value", value))
        row.amended_at = now
        payload = outcome_to_wire(outcome).model_dump(mode="json")
        queued = session.scalars(
            select(OutboxRow).where(
                OutboxRow.entity_id == outcome_id,
                OutboxRow.type.in_([OUTCOME_MUTATION, AMEND_MUTATION]),
            )
        ).first()
        if queued is not None and queued.type == OUTCOME_MUTATION:
            queued.payload = payload  # not sent yet: the server gets the corrected call
        elif queued is not None:
            queued.payload = {**payload, "amended_at": now.isoformat()}
        else:
            enqueue(session, AMEND_MUTATION, outcome_id, {**payload, "amended_at": now.isoformat()})
    return outcome


AMEND_MUTATION = "call_outcome.amend"
# what a correction may change (the call's start and duration were measured)
_CORRECTABLE = (
    "disposition",
    "result",
    "loss_reason_id",
    "objections",
    "answers_used",
    "note",
    "next_call_at",
    "nurture_until",
    "script_id",
    "script_version",
    "answers",
    "verdict",
    "overrule_reason",
    "score",
    "quality",
)
