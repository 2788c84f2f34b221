# SPDX-License-Identifier: MIT
"""A manager's own lead changes: capturing a new lead and editing one, each with its outbox row."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from desktop.store.db import Store
from desktop.store.leads import find_by_contacts, insert_lead, replace_contact_keys, save_lead
from desktop.store.models import LeadRow, OutboxRow
from desktop.store.outbox import enqueue
from salesdesk.domain.errors import ErrorCode, ValidationError
from salesdesk.domain.lead import ContactPerson, Lead, LeadDraft, create_lead, edit_lead
from salesdesk.domain.lead_values import lead_from_record
from salesdesk.protocol.models import ConsentData, ContactAddData, LeadCreateData, LeadUpdateData

CREATE_MUTATION = "lead.create"
UPDATE_MUTATION = "lead.update"
ADD_CONTACT_MUTATION = "lead.add_contact"


def capture_lead(store: Store, draft: LeadDraft, *, now: datetime, default_region: str) -> Lead:
    """Validate a new lead and save it with its ``lead.create`` in one durable transaction.

    Raises ValidationErrors (nothing saved). Does not refuse known contacts: the caller asks
    ``find_by_contacts`` first and offers the known lead; the server flags duplicates too.
    """
    lead = create_lead(draft, now=now, default_region=default_region)
    payload = LeadCreateData(
        phones=list(lead.phones),
        emails=list(lead.emails),
        first_name=lead.first_name,
        last_name=lead.last_name,
        company=lead.company,
        job_title=lead.job_title,
        need=lead.need,
        source=lead.source,
        campaign=lead.campaign,
        event_name=lead.event_name,
        quality=lead.quality,
        temperature=lead.temperature,
        budget_notes=lead.budget_notes,
        time_zone=lead.time_zone,
        city=lead.city,
        consent=ConsentData.model_validate(lead.consent.to_plain()) if lead.consent else None,
        interests=list(lead.interests),
        next_step=lead.next_step,
        next_call_at=lead.next_call_at,
        created_at=lead.created_at,
    )
    with store.write() as session:
        insert_lead(session, lead)
        enqueue(
            session, CREATE_MUTATION, lead.id, payload.model_dump(mode="json", exclude_none=True)
        )
    return lead


def add_contact_person(store: Store, lead_id: str, person: ContactPerson) -> Lead:
    """Add someone else at the lead's company and queue ``lead.add_contact`` (one transaction).

    Taken on a lead moved to someone else too (the server keeps the person: met while it
    was this manager's). LookupError for an unknown lead.
    """
    with store.write() as session:
        row = session.get(LeadRow, lead_id)
        if row is None:
            raise LookupError(f"no lead {lead_id}")
        lead = lead_from_record(row)
        updated = replace(lead, contacts=(*lead.contacts, person))
        save_lead(session, updated)
        wire = ContactAddData.model_validate(person.to_plain())
        enqueue(session, ADD_CONTACT_MUTATION, lead_id, wire.model_dump(mode="json"))
    return updated


def remove_capture(store: Store, lead_id: str) -> bool:
    """Take back a lead captured moments ago while its ``lead.create`` has not left this
    computer: the lead and its queued create go. False when it was already sent."""
    with store.write() as session:
        queued = session.scalars(
            select(OutboxRow).where(
                OutboxRow.type == CREATE_MUTATION, OutboxRow.entity_id == lead_id
            )
        ).first()
        row = session.get(LeadRow, lead_id)
        if queued is None or row is None:
            return False
        session.execute(delete(OutboxRow).where(OutboxRow.entity_id == lead_id))
        replace_contact_keys(session, [lead_id], {})
        session.delete(row)
    return True


def known_lead_ids(store: Store, phones: list[str], emails: list[str]) -> list[str]:
    """IDs of local leads sharing a (normalised) phone or email with these raw contacts."""
    with store.read() as session:
        return find_by_contacts(session, phones, emails)


def update_lead(
    store: Store, lead_id: str, edits: dict[str, Any], *, default_region: str
) -> tuple[Lead, dict[str, Any]]:
    """Apply a manager's edits to a lead and queue ``lead.update`` in one transaction.

    Returns the lead after the edit and the fields that changed (empty: nothing written).
    Raises ValidationErrors / ValidationError (nothing saved) and LookupError.
    """
    with store.write() as session:
        row = session.get(LeadRow, lead_id)
        if row is None:
            raise LookupError(f"no lead {lead_id}")
        if row.reassigned:
            raise ValidationError(
                "this lead was reassigned to someone else", "lead", ErrorCode.REASSIGNED
            )
        lead = lead_from_record(row)
        changes = edit_lead(lead, edits, default_region=default_region)
        if not changes:
            return lead, {}
        updated = replace(lead, **changes)
        save_lead(session, updated)
        wire = LeadUpdateData.model_validate(
            {k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()}
        )
        enqueue(
            session,
            UPDATE_MUTATION,
            lead_id,
            wire.model_dump(mode="json", include=set(changes)),
            base_version=lead.version,
        )
    return updated, changes
