# SPDX-License-Identifier: MIT
"""Applying pushed mutations: in order, one transaction each, idempotent by mutation ID.

Each mutation's transaction looks its ID up in ``processed_mutations``, applies the effect
and stores the result with the payload hash — all in one commit. A concurrent copy of the
same mutation fails on that row's key (or waits on the lead's lock, then finds nothing left
to change), rolls back and answers as a repeat. A rejection rolls the effect back and
stores the result in a transaction of its own, so a resend gets the same answer.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import orjson
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import Engine, bindparam, insert, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import DBAPIError, IntegrityError

from salesdesk.domain.catalog import LossReason
from salesdesk.domain.contacts import duplicate_keys, normalize_emails, normalize_phones
from salesdesk.domain.errors import ValidationError, ValidationErrors
from salesdesk.domain.lead import LeadDraft, create_lead, validate_time_zone
from salesdesk.domain.lead_values import lead_from_record, lead_values
from salesdesk.domain.outcome import apply_outcome, validate_outcome
from salesdesk.domain.stages import can_move
from salesdesk.domain.vocabulary import Stage
from salesdesk.protocol.convert import draft_from_wire
from salesdesk.protocol.models import CallOutcomeData, LeadCreateData, LeadUpdateData, Mutation
from server.config import ServerSettings
from server.feed import FeedChange, record
from server.models import LeadRow, LossReasonRow, OutcomeRow, ProcessedMutationRow
from server.services.leads import (
    changed_by_other,
    insert_leads,
    known_leads,
    lock_lead,
    was_assigned,
    write_changes,
)

log = logging.getLogger(__name__)

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class Rejected(Exception):
    """A mutation that can never be applied as it is; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason[:1000]


class TransientFailure(Exception):
    """The database failed in a way a retry may fix; processing stops before this mutation."""


def payload_hash(mutation: Mutation) -> str:
    """The hash that tells a resend of a mutation from a different one with the same ID."""
    body = {
        "type": mutation.type,
        "entity_id": mutation.entity_id,
        "base_version": mutation.base_version,
        "data": mutation.data,
    }
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _parse(model: type[Any], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'data'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise Rejected(f"invalid data: {problems}") from exc


def _check_uuid(value: str, what: str) -> str:
    if not _UUID.match(value.lower()):
        raise Rejected(f"{what} must be a UUID")
    return value.lower()


def _domain_message(exc: ValidationError | ValidationErrors) -> str:
    return "invalid: " + str(exc)


def _loss_reasons(connection: Connection, reason_id: str | None) -> dict[str, LossReason]:
    """The one catalog entry an outcome names (none: nothing to look up)."""
    if not reason_id:
        return {}
    return {
        r.id: LossReason(r.id, r.label, r.requires_comment, r.active, r.position)
        for r in connection.execute(select(LossReasonRow).where(LossReasonRow.id == reason_id))
    }


_OUTCOME_OWNER = select(OutcomeRow.manager_id).where(OutcomeRow.id == bindparam("outcome_id"))
_INSERT_OUTCOME = insert(OutcomeRow)  # built once: SQLAlchemy then reuses its cache key


def record_outcome(
    connection: Connection,
    user: Row[Any],
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``call_outcome.record``: store the fact; move the lead if it is still the caller's."""
    outcome_id = _check_uuid(mutation.entity_id, "an outcome's entity_id")
    data: CallOutcomeData = _parse(CallOutcomeData, mutation.data)
    existing = connection.execute(_OUTCOME_OWNER, {"outcome_id": outcome_id}).first()
    if existing is not None:
        if existing.manager_id != user.id:
            raise Rejected("an outcome with this ID belongs to someone else")
        return {"status": "applied", "reason": "this outcome was already recorded"}
    lead = lock_lead(connection, data.lead_id)
    if lead is None or (
        lead.assignee_id != user.id and not was_assigned(connection, lead.id, user.id)
    ):
        raise Rejected("unknown_lead: no such lead among yours")
    draft = draft_from_wire(outcome_id, data)
    try:
        outcome = validate_outcome(
            draft, now=data.started_at, loss_reasons=_loss_reasons(connection, data.loss_reason_id)
        )
    except ValidationErrors as exc:
        raise Rejected(_domain_message(exc)) from exc
    review: str | None = None
    changed: dict[str, Any] = {}
    if lead.assignee_id != user.id:
        review = "reassigned"
    else:
        before = lead_from_record(lead)
        try:
            after = apply_outcome(before, outcome, manager_time_zone=user.time_zone)
        except ValidationError:
            # a fact that contradicts the lead's stage (say, a call on a converted lead)
            review = "stage_conflict"
            after = replace(before, attempts=before.attempts + 1)
        old, new = lead_values(before), lead_values(after)
        changed = {k: v for k, v in new.items() if old[k] != v}
    connection.execute(_INSERT_OUTCOME, {
        "id": outcome_id, "lead_id": outcome.lead_id, "manager_id": user.id,
        "started_at": outcome.started_at, "duration_s": outcome.duration_s,
        "disposition": outcome.disposition.value, "result": outcome.result.value,
        "loss_reason_id": outcome.loss_reason_id, "objections": list(outcome.objections),
        "answers_used": list(outcome.answers_used), "note": outcome.note,
        "next_call_at": outcome.next_call_at, "nurture_until": outcome.nurture_until,
        "received_at": now, "review_reason": review,
    })  # fmt: skip
    history = FeedChange(user.id, "call_outcome", outcome_id)
    version = int(lead.version)
    if changed:
        version = write_changes(connection, lead, changed, now, actor=user.id, also_log=[history])
    else:
        record(connection, [history], now)
    result: dict[str, Any] = {"status": "applied", "version": version}
    if review:
        result["reason"] = f"accepted and flagged for review: {review}"
    return result


def create_lead_mutation(
    connection: Connection,
    user: Row[Any],
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``lead.create``: a captured lead; one whose contact is known goes to duplicate review."""
    lead_id = _check_uuid(mutation.entity_id, "a new lead's entity_id")
    data: LeadCreateData = _parse(LeadCreateData, mutation.data)
    if connection.scalar(select(LeadRow.id).where(LeadRow.id == lead_id)) is not None:
        raise Rejected("a lead with this ID already exists")
    draft = LeadDraft(
        phones=data.phones,
        emails=data.emails,
        first_name=data.first_name,
        last_name=data.last_name,
        company=data.company,
        job_title=data.job_title,
        need=data.need,
        source=data.source,
        campaign=data.campaign,
        event_name=data.event_name,
        temperature=data.temperature,
        quality=data.quality,
        budget_notes=data.budget_notes,
        time_zone=data.time_zone,
    )
    try:
        lead = create_lead(
            draft,
            now=data.created_at or now,
            default_region=settings.default_region,
            lead_id=lead_id,
            assignee_id=user.id,
        )
    except ValidationErrors as exc:
        raise Rejected(_domain_message(exc)) from exc
    known = known_leads(connection, duplicate_keys(lead.phones, lead.emails))
    review = {lead.id: next(iter(known.values()))} if known else {}
    insert_leads(connection, [lead], now, review)
    result: dict[str, Any] = {"status": "applied", "version": 1}
    if known:
        original = review[lead.id]
        visible = connection.scalar(select(LeadRow.assignee_id).where(LeadRow.id == original))
        server: dict[str, Any] = {"review_state": "duplicate"}
        if visible == user.id:
            server["duplicate_of"] = original
        result.update(
            reason="a lead with this phone or email is known: kept for duplicate review",
            server=server,
        )
    return result


def _normalise_update(values: dict[str, Any], region: str) -> dict[str, Any]:
    try:
        if "phones" in values:
            values["phones"] = list(normalize_phones(values["phones"] or [], region))
        if "emails" in values:
            values["emails"] = list(normalize_emails(values["emails"] or []))
        if "time_zone" in values:
            values["time_zone"] = validate_time_zone(values["time_zone"])
    except ValidationError as exc:
        raise Rejected(_domain_message(exc)) from exc
    for name in ("quality", "temperature", "stage"):
        if values.get(name) is not None:
            values[name] = values[name].value
    for name, value in list(values.items()):
        if value is None and name not in ("time_zone", "next_call_at", "nurture_until"):
            raise Rejected(f"invalid data: {name} cannot be null")
    return values


def _wire(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def update_lead_mutation(
    connection: Connection,
    user: Row[Any],
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``lead.update``: per-field merge against the version the edit was based on."""
    if mutation.base_version is None:
        raise Rejected("lead.update needs the base_version it was made on")
    lead = lock_lead(connection, mutation.entity_id)
    if lead is None or lead.assignee_id != user.id:
        raise Rejected("not_found: no such lead among yours")
    data: LeadUpdateData = _parse(LeadUpdateData, mutation.data)
    values = _normalise_update(
        {f: getattr(data, f) for f in data.model_fields_set}, settings.default_region
    )
    if not values:
        raise Rejected("lead.update carries no field")
    if mutation.base_version > lead.version:
        raise Rejected("base_version is ahead of the server's version")
    conflicts: dict[str, Any] = {}
    changed: dict[str, Any] = {}
    for name, value in values.items():
        current = getattr(lead, name)
        if current == value:
            continue
        if changed_by_other(lead, name, mutation.base_version, user.id):
            conflicts[name] = _wire(current)
        else:
            changed[name] = value
    if "stage" in changed and not can_move(Stage(lead.stage), Stage(changed["stage"])):
        raise Rejected(f"invalid: a lead cannot go from {lead.stage} to {changed['stage']}")
    phones = changed.get("phones", lead.phones)
    emails = changed.get("emails", lead.emails)
    if not phones and not emails:
        raise Rejected("invalid: a lead needs a phone or an email")
    version = int(lead.version)
    if changed:
        version = write_changes(connection, lead, changed, now, actor=user.id)
    if conflicts:
        return {
            "status": "conflict",
            "version": version,
            "server": conflicts,
            "reason": "changed on the server since your copy: " + ", ".join(conflicts),
        }
    return {"status": "applied", "version": version}


Handler = Callable[[Connection, Row[Any], Mutation, datetime, ServerSettings], dict[str, Any]]
HANDLERS: dict[str, Handler] = {
    "call_outcome.record": record_outcome,
    "lead.create": create_lead_mutation,
    "lead.update": update_lead_mutation,
}


def _repeat(stored: Row[Any], user_id: str, digest: str) -> dict[str, Any]:
    if stored.user_id != user_id or stored.payload_hash != digest:
        return {
            "status": "rejected",
            "reason": "id_reuse: this mutation ID was already used for a different change",
        }
    result = dict(stored.result)
    if result.get("status") != "rejected":
        result["status"] = "duplicate"
    return result


def apply_mutation(
    connection: Connection,
    user: Row[Any],
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """Apply one mutation in its own transaction on ``connection`` and return its wire result."""
    digest = payload_hash(mutation)
    mutation_id = mutation.mutation_id.lower()
    for _attempt in range(3):
        try:
            try:
                with connection.begin():
                    stored = _stored(connection, mutation_id)
                    if stored is not None:
                        return {
                            "mutation_id": mutation.mutation_id,
                            **_repeat(stored, user.id, digest),
                        }
                    result = HANDLERS[mutation.type](connection, user, mutation, now, settings)
                    _store(connection, mutation_id, user.id, digest, result, now)
            except Rejected as exc:
                # the effect rolled back with the transaction; the answer is kept
                result = {"status": "rejected", "reason": exc.reason}
                with connection.begin():
                    _store(connection, mutation_id, user.id, digest, result, now)
            return {"mutation_id": mutation.mutation_id, **result}
        except IntegrityError:
            # the same mutation committed meanwhile (a concurrent resend): answer as a repeat
            log.info("mutation %s raced with a copy of itself; reading its result", mutation_id)
            continue
        except DBAPIError as exc:
            raise TransientFailure(str(exc.orig)) from exc
    raise TransientFailure("the mutation kept conflicting with concurrent writes")


_SELECT_STORED = select(ProcessedMutationRow).where(
    ProcessedMutationRow.mutation_id == bindparam("mutation_id")
)
_INSERT_STORED = insert(ProcessedMutationRow)


def _stored(connection: Connection, mutation_id: str) -> Row[Any] | None:
    return connection.execute(_SELECT_STORED, {"mutation_id": mutation_id}).first()


def _store(
    connection: Connection,
    mutation_id: str,
    user_id: str,
    digest: str,
    result: dict[str, Any],
    now: datetime,
) -> None:
    """Record the mutation with its result; a concurrent copy stored first → IntegrityError."""
    connection.execute(_INSERT_STORED, {
        "mutation_id": mutation_id, "user_id": user_id, "payload_hash": digest,
        "result": result, "processed_at": now,
    })  # fmt: skip


def apply_batch(
    engine: Engine,
    user: Row[Any],
    mutations: list[Mutation],
    now: Callable[[], datetime],
    settings: ServerSettings,
) -> list[dict[str, Any]]:
    """Apply mutations in order, each in its own transaction on one connection; stop at the
    first transient failure (never skip past one)."""
    results: list[dict[str, Any]] = []
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        log.warning("push could not reach the database: %s", exc.orig)
        return results
    with connection:
        for mutation in mutations:
            try:
                results.append(apply_mutation(connection, user, mutation, now(), settings))
            except TransientFailure as exc:
                log.warning("push stopped at mutation %s: %s", mutation.mutation_id, exc)
                break
    return results
