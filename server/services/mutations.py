# SPDX-License-Identifier: MIT
"""The effect of each mutation type on the server: a call outcome recorded as a fact, a lead
created (or sent to duplicate review), a lead's fields updated with per-field conflicts.

Each handler runs inside the mutation's transaction (``server.services.push``) and returns
the wire result; ``Rejected`` says why a mutation can never be applied as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.catalog import LossReason
from salesdesk.domain.contacts import duplicate_keys, normalize_emails, normalize_phones
from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.lead import (
    Consent,
    LeadDraft,
    create_lead,
    new_contact_person,
    validate_time_zone,
)
from salesdesk.domain.lead_values import lead_from_record, lead_values
from salesdesk.domain.limits import MAX_CONTACT_PERSONS
from salesdesk.domain.outcome import (
    AMEND_WINDOW,
    amend_effect,
    apply_outcome,
    fields_before,
    validate_outcome,
)
from salesdesk.domain.stages import can_move
from salesdesk.domain.vocabulary import Stage
from salesdesk.protocol.convert import draft_from_wire, qualification_record
from salesdesk.protocol.models import (
    CallOutcomeAmendData,
    CallOutcomeData,
    ContactAddData,
    LeadCreateData,
    LeadUpdateData,
    Mutation,
    MutationType,
)
from server.config import ServerSettings
from server.feed import OUTCOME_WIRE_COLUMNS, FeedChange, record
from server.models import InterestTagRow, LeadRow, LossReasonRow, OutcomeRow
from server.services.events import announce_capture
from server.services.leads import (
    assignment_of,
    changed_by_other,
    device_actor,
    insert_leads,
    known_leads,
    lock_lead,
    write_changes,
)
from server.services.plausibility import (
    check_after_arrival,
    check_moment,
    check_qualification,
    check_script_marks,
    check_still_theirs,
)
from server.services.rejection import Rejected

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True, slots=True)
class Sender:
    """Who pushed a mutation: the user, and the device (the workstation's client ID)."""

    id: str
    time_zone: str
    device: str
    #: the workstation's clock minus the server's, measured at the push (zero: unknown)
    skew: timedelta = timedelta(0)

    @property
    def actor(self) -> str:
        """How field changes are stamped: the user on this device."""
        return device_actor(self.id, self.device)

    @classmethod
    def of(cls, user: Row[Any], client_id: str, skew: timedelta = timedelta(0)) -> Sender:
        """The sender of a push by ``user`` from the workstation ``client_id``."""
        return cls(user.id, user.time_zone, client_id, skew)

    def corrected(self, moment: datetime, threshold: timedelta) -> datetime:
        """A time the workstation computed from its own clock, on the server's clock."""
        return moment - self.skew if abs(self.skew) > threshold else moment


def _parse(model: type[Any], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except PydanticValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'data'}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise Rejected(f"invalid data: {problems}", "invalid_data") from exc


def _check_uuid(value: str, what: str) -> str:
    if not _UUID.match(value.lower()):
        raise Rejected(f"{what} must be a UUID", "invalid_data")
    return value.lower()


def _domain_rejection(exc: ValidationError | ValidationErrors) -> Rejected:
    """A broken domain rule as a rejection: the English text, and the first rule's code and
    values, so that the workstation says it in its manager's language."""
    first = exc.errors[0] if isinstance(exc, ValidationErrors) else exc
    return Rejected("invalid: " + str(exc), first.code.value, first.params)


def _loss_reasons(connection: Connection, reason_id: str | None) -> dict[str, LossReason]:
    """The one catalog entry an outcome names (none: nothing to look up)."""
    if not reason_id:
        return {}
    return {
        r.id: LossReason(r.id, r.label, r.requires_comment, r.active, r.position)
        for r in connection.execute(select(LossReasonRow).where(LossReasonRow.id == reason_id))
    }


def known_interests(connection: Connection) -> set[str]:
    """Every interest tag's ID (retired ones too: a workstation may have used it offline)."""
    return set(connection.scalars(select(InterestTagRow.id)))


_OUTCOME_OWNER = select(OutcomeRow.manager_id).where(OutcomeRow.id == bindparam("outcome_id"))
_INSERT_OUTCOME = insert(OutcomeRow)  # built once: SQLAlchemy then reuses its cache key


def record_outcome(
    connection: Connection,
    user: Sender,
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``call_outcome.record``: store the fact; move the lead if it is still the caller's."""
    outcome_id = _check_uuid(mutation.entity_id, "an outcome's entity_id")
    data: CallOutcomeData = _parse(CallOutcomeData, mutation.data)
    client_started_at = data.started_at
    data = _on_server_clock(data, user, now, settings)
    existing = connection.execute(_OUTCOME_OWNER, {"outcome_id": outcome_id}).first()
    if existing is not None:
        if existing.manager_id != user.id:
            raise Rejected("an outcome with this ID belongs to someone else", "id_reuse")
        return {"status": "applied", "reason": "this outcome was already recorded"}
    lead = lock_lead(connection, data.lead_id)
    if lead is None:
        raise Rejected("no such lead among yours", "unknown_lead")
    if lead.assignee_id != user.id:
        held = assignment_of(connection, lead.id, user.id)
        if held is None:
            raise Rejected("no such lead among yours", "unknown_lead")
        check_still_theirs(data.started_at, held.unassigned_at)
    check_after_arrival(data.started_at, lead.created_at)
    check_script_marks(
        connection, data.objections, data.answers_used, data.script_id, data.script_version
    )
    check_qualification(connection, data, client_started_at)
    draft = draft_from_wire(outcome_id, data)
    reasons = _loss_reasons(connection, data.loss_reason_id)
    # a call is a fact: a reason retired after the call was recorded is kept (and flagged)
    retired = [r for r in reasons.values() if not r.active]
    reasons.update({r.id: replace(r, active=True) for r in retired})
    try:
        outcome = validate_outcome(draft, now=data.started_at, loss_reasons=reasons)
    except ValidationErrors as exc:
        raise _domain_rejection(exc) from exc
    review: str | None = "retired_reason" if retired else None
    changed: dict[str, Any] = {}
    lead_before: dict[str, Any] | None = None
    if lead.assignee_id != user.id:
        review = "reassigned"
    else:
        before = lead_from_record(lead)
        try:
            after = apply_outcome(before, outcome, manager_time_zone=user.time_zone)
            lead_before = fields_before(before)
        except ValidationError:
            # a fact that contradicts the lead's stage (say, a call on a converted lead)
            review = "stage_conflict"
            after = replace(before, attempts=before.attempts + 1)
        old, new = lead_values(before), lead_values(after)
        changed = {k: v for k, v in new.items() if old[k] != v}
    history = FeedChange(user.id, "call_outcome", outcome_id)
    version = int(lead.version)
    if changed:
        version = write_changes(
            connection, lead, changed, now, actor=user.actor, also_log=[history]
        )
    else:
        record(connection, [history], now)
    connection.execute(_INSERT_OUTCOME, {
        "id": outcome_id, "lead_id": outcome.lead_id, "manager_id": user.id,
        "started_at": outcome.started_at, "duration_s": outcome.duration_s,
        "disposition": outcome.disposition.value, "result": outcome.result.value,
        "loss_reason_id": outcome.loss_reason_id, "objections": list(outcome.objections),
        "answers_used": list(outcome.answers_used), "note": outcome.note,
        "next_call_at": outcome.next_call_at, "nurture_until": outcome.nurture_until,
        "received_at": now, "review_reason": review,
        "client_started_at": client_started_at if client_started_at != data.started_at else None,
        "version": 1, "lead_before": lead_before, "lead_version": version,
        "script_id": outcome.script_id, "script_version": outcome.script_version,
        **qualification_record(outcome),
    })  # fmt: skip
    result: dict[str, Any] = {"status": "applied", "version": version}
    if review:
        result["reason"] = f"accepted and flagged for review: {review}"
    return result


def _on_server_clock(
    data: CallOutcomeData, user: Sender, now: datetime, settings: ServerSettings
) -> CallOutcomeData:
    """The call's times on the server's clock: moved by the workstation's measured skew when it
    is over the threshold, and never later than the server received them (a call cannot
    start in the future, so no lead's last attempt lands there). A start far in the future
    or older than the offline window is refused (``plausibility``)."""
    threshold = settings.clock_skew_threshold

    def moved(moment: datetime | None) -> datetime | None:
        return None if moment is None else user.corrected(moment, threshold)

    started = check_moment(user.corrected(data.started_at, threshold), "the call", now, settings)
    return data.model_copy(
        update={
            "started_at": started,
            "next_call_at": moved(data.next_call_at),
            "nurture_until": moved(data.nurture_until),
        }
    )


def create_lead_mutation(
    connection: Connection,
    user: Sender,
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``lead.create``: a captured lead; one whose contact is known goes to duplicate review."""
    lead_id = _check_uuid(mutation.entity_id, "a new lead's entity_id")
    data: LeadCreateData = _parse(LeadCreateData, mutation.data)
    if connection.scalar(select(LeadRow.id).where(LeadRow.id == lead_id)) is not None:
        raise Rejected("a lead with this ID already exists", "id_reuse")
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
        city=data.city,
        consent=Consent.from_plain(data.consent.model_dump()) if data.consent else None,
        interests=data.interests,
        next_step=data.next_step,
        next_call_at=data.next_call_at,
    )
    unknown = sorted(set(data.interests) - known_interests(connection)) if data.interests else []
    if unknown:
        raise Rejected(
            f"invalid: unknown interest tags: {', '.join(unknown)}",
            ErrorCode.UNKNOWN_INTEREST.value,
            {"value": ", ".join(unknown)},
        )
    arrived = now
    if data.created_at:
        corrected = user.corrected(data.created_at, settings.clock_skew_threshold)
        arrived = check_moment(corrected, "the lead's arrival", now, settings)
    try:
        lead = create_lead(
            draft,
            now=arrived,
            default_region=settings.default_region,
            lead_id=lead_id,
            assignee_id=user.id,
        )
    except ValidationErrors as exc:
        raise _domain_rejection(exc) from exc
    known = known_leads(connection, duplicate_keys(lead.phones, lead.emails))
    review = {lead.id: next(iter(known.values()))} if known else {}
    insert_leads(connection, [lead], now, review)
    announce_capture(connection, lead, now)  # teammates at the stand recognise the visitor
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
        raise _domain_rejection(exc) from exc
    for name in ("quality", "temperature", "stage"):
        if values.get(name) is not None:
            values[name] = values[name].value
    for name, value in list(values.items()):
        if value is None and name not in ("time_zone", "next_call_at", "nurture_until"):
            raise Rejected(f"invalid data: {name} cannot be null", "invalid_data")
    return values


def _wire(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def update_lead_mutation(
    connection: Connection,
    user: Sender,
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``lead.update``: per-field merge against the version the edit was based on."""
    if mutation.base_version is None:
        raise Rejected("lead.update needs the base_version it was made on", "invalid_data")
    lead = lock_lead(connection, mutation.entity_id)
    if lead is None or lead.assignee_id != user.id:
        raise Rejected("no such lead among yours", "unknown_lead")
    data: LeadUpdateData = _parse(LeadUpdateData, mutation.data)
    values = _normalise_update(
        {f: getattr(data, f) for f in data.model_fields_set}, settings.default_region
    )
    if not values:
        raise Rejected("lead.update carries no field", "invalid_data")
    if mutation.base_version > lead.version:
        raise Rejected("base_version is ahead of the server's version", "invalid_data")
    conflicts: dict[str, Any] = {}
    changed: dict[str, Any] = {}
    for name, value in values.items():
        current = getattr(lead, name)
        if current == value:
            continue
        if changed_by_other(lead, name, mutation.base_version, user.actor):
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
        version = write_changes(connection, lead, changed, now, actor=user.actor)
    if conflicts:
        return {
            "status": "conflict",
            "version": version,
            "server": conflicts,
            "reason": "changed on the server since your copy: " + ", ".join(conflicts),
        }
    return {"status": "applied", "version": version}


def add_contact_mutation(
    connection: Connection,
    user: Sender,
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``lead.add_contact``: someone else at the lead's company, met by this manager (at a
    stand). Only added, never replaced: a person already there is a repeat. Taken also from
    a manager the lead was moved away from — the visitor was met while it was theirs."""
    lead = lock_lead(connection, mutation.entity_id)
    if lead is None or (
        lead.assignee_id != user.id and assignment_of(connection, lead.id, user.id) is None
    ):
        raise Rejected("no such lead among yours", "unknown_lead")
    data: ContactAddData = _parse(ContactAddData, mutation.data)
    _check_uuid(data.id, "a contact person's id")
    if any(person.get("id") == data.id for person in lead.contacts or []):
        return {"status": "applied", "reason": "this contact person was already added"}
    added = data.added_at or now
    try:
        person = new_contact_person(
            name=data.name,
            role=data.role,
            phones=data.phones,
            emails=data.emails,
            note=data.note,
            event_name=data.event_name,
            now=check_moment(
                user.corrected(added, settings.clock_skew_threshold),
                "the contact's time",
                now,
                settings,
            ),
            default_region=settings.default_region,
            person_id=data.id,
        )
    except ValidationErrors as exc:
        raise _domain_rejection(exc) from exc
    if len(lead.contacts or []) >= MAX_CONTACT_PERSONS:
        raise Rejected(
            f"a lead holds at most {MAX_CONTACT_PERSONS} contact persons", "invalid_data"
        )
    contacts = [*(lead.contacts or []), person.to_plain()]
    version = write_changes(connection, lead, {"contacts": contacts}, now, actor=user.actor)
    return {"status": "applied", "version": version}


_OUTCOME_TO_AMEND = select(OutcomeRow).where(OutcomeRow.id == bindparam("outcome_id"))
_LATER_CALLS = select(func.count()).where(
    OutcomeRow.lead_id == bindparam("lead_id"),
    OutcomeRow.started_at > bindparam("started_at"),
)


def amend_outcome(
    connection: Connection,
    user: Sender,
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """``call_outcome.amend``: the caller corrects their own call within 24 hours of it.

    The corrected data replaces the call's (its start and duration stay as measured; the
    first data is kept in ``original``), so reports and win rates count the correction. The
    lead is recomputed as if the corrected call had been recorded instead, unless a later
    call on it exists; fields someone else changed since the call keep their value and come
    back as a conflict. The correction reaches the caller's other workstations in the feed.
    """
    outcome_id = _check_uuid(mutation.entity_id, "a corrected outcome's entity_id")
    data: CallOutcomeAmendData = _parse(CallOutcomeAmendData, mutation.data)
    owner = connection.execute(_OUTCOME_OWNER, {"outcome_id": outcome_id}).first()
    if owner is None or owner.manager_id != user.id:
        raise Rejected("no such call among yours", "unknown_call")
    lead = lock_lead(connection, data.lead_id)  # the lead first, as every writer locks it
    row = connection.execute(_OUTCOME_TO_AMEND.with_for_update(), {"outcome_id": outcome_id}).one()
    if data.lead_id != row.lead_id:
        raise Rejected("a correction cannot move a call to another lead", "invalid_data")
    threshold = settings.clock_skew_threshold
    amended_at = min(user.corrected(data.amended_at, threshold), now)
    if amended_at - row.started_at > AMEND_WINDOW:
        raise Rejected("a call can be corrected within 24 hours of it", "amend_too_late")
    corrected = _on_server_clock(
        CallOutcomeData.model_validate(data.model_dump(exclude={"amended_at"})), user, now, settings
    ).model_copy(update={"started_at": row.started_at, "duration_s": row.duration_s})
    check_script_marks(
        connection,
        corrected.objections,
        corrected.answers_used,
        corrected.script_id,
        corrected.script_version,
    )
    check_qualification(connection, corrected, data.started_at)
    reasons = _loss_reasons(connection, corrected.loss_reason_id)
    if corrected.loss_reason_id == row.loss_reason_id:  # kept as recorded, even if retired
        reasons = {r.id: replace(r, active=True) for r in reasons.values()}
    try:
        outcome = validate_outcome(
            draft_from_wire(outcome_id, corrected), now=row.started_at, loss_reasons=reasons
        )
    except ValidationErrors as exc:
        raise _domain_rejection(exc) from exc
    changed: dict[str, Any] = {}
    conflicts: dict[str, Any] = {}
    later = connection.scalar(_LATER_CALLS, {"lead_id": row.lead_id, "started_at": row.started_at})
    recompute = lead is not None and lead.assignee_id == user.id and row.lead_before and not later
    if lead is not None and recompute:
        current = lead_from_record(lead)
        try:
            after = amend_effect(
                current, row.lead_before, outcome, manager_time_zone=user.time_zone
            )
        except ValidationError as exc:
            raise _domain_rejection(exc) from exc
        old, new = lead_values(current), lead_values(after)
        for name, value in new.items():
            if old[name] == value:
                continue
            if changed_by_other(lead, name, int(row.lead_version or 0), user.actor):
                conflicts[name] = _wire(old[name])
            else:
                changed[name] = value
    history = FeedChange(user.id, "call_outcome", outcome_id)
    version = int(lead.version) if lead is not None else 0
    if lead is not None and changed:
        version = write_changes(
            connection, lead, changed, now, actor=user.actor, also_log=[history]
        )
    else:
        record(connection, [history], now)
    first = row.original or {
        name: _wire(getattr(row, name)) for name in OUTCOME_WIRE_COLUMNS if name != "id"
    }
    connection.execute(
        update(OutcomeRow)
        .where(OutcomeRow.id == outcome_id)
        .values(
            disposition=outcome.disposition.value,
            result=outcome.result.value,
            loss_reason_id=outcome.loss_reason_id,
            objections=list(outcome.objections),
            answers_used=list(outcome.answers_used),
            note=outcome.note,
            next_call_at=outcome.next_call_at,
            nurture_until=outcome.nurture_until,
            script_id=outcome.script_id,
            script_version=outcome.script_version,
            **qualification_record(outcome),
            version=row.version + 1,
            amended_at=amended_at,
            original=first,
            lead_version=version if changed else row.lead_version,
        )
    )
    result: dict[str, Any] = {"status": "applied", "version": version}
    if conflicts:
        result.update(
            status="conflict",
            server=conflicts,
            reason="corrected; changed on the server since the call: " + ", ".join(conflicts),
        )
    elif not recompute:
        result["reason"] = "corrected; the lead follows a later call or is no longer yours"
    return result


Handler = Callable[[Connection, Sender, Mutation, datetime, ServerSettings], dict[str, Any]]
#: The effect of each mutation type (applied inside the mutation's transaction).
HANDLERS: dict[str, Handler] = {
    MutationType.CALL_OUTCOME_RECORD: record_outcome,
    MutationType.CALL_OUTCOME_AMEND: amend_outcome,
    MutationType.LEAD_CREATE: create_lead_mutation,
    MutationType.LEAD_UPDATE: update_lead_mutation,
    MutationType.LEAD_ADD_CONTACT: add_contact_mutation,
}
