# SPDX-License-Identifier: MIT
"""Leads on the server: creation with duplicate detection, assignment, domain round trips."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.lead import ContactPerson, Lead
from salesdesk.domain.lead_values import lead_from_record, lead_values
from server.db import bulk_insert
from server.feed import FeedChange, record
from server.models import AssignmentRow, LeadContactRow, LeadRow, UserRow


def lead_row_values(lead: Lead, now: datetime) -> dict[str, Any]:
    """The leads-table values of a new domain lead (version 1)."""
    return dict(lead_values(lead), version=1, field_versions={}, updated_at=now, review_state=None)


# Statements run for every pushed mutation are built once (building costs as much as running).
_SELECT_LEAD = select(LeadRow).where(LeadRow.id == bindparam("lead_id"))
_LOCK_LEAD = _SELECT_LEAD.with_for_update()
_UPDATE_LEAD = update(LeadRow).where(LeadRow.id == bindparam("lead_id"))


def lock_lead(connection: Connection, lead_id: str) -> Row[Any] | None:
    """The lead's row, locked for update on PostgreSQL (SQLite locks the whole database)."""
    query = _LOCK_LEAD if connection.dialect.name == "postgresql" else _SELECT_LEAD
    return connection.execute(query, {"lead_id": lead_id}).first()


SYSTEM_ACTOR = "system"


def lock_leads(connection: Connection, lead_ids: Sequence[str]) -> dict[str, Row[Any]]:
    """The leads' rows by ID, locked for update on PostgreSQL; read 500 at a time."""
    found: dict[str, Row[Any]] = {}
    ordered = sorted(set(lead_ids))  # one lock order for every writer: no deadlock between two
    for start in range(0, len(ordered), 500):
        query = select(LeadRow).where(LeadRow.id.in_(ordered[start : start + 500]))
        if connection.dialect.name == "postgresql":
            query = query.with_for_update()
        found.update((row.id, row) for row in connection.execute(query))
    return found


def device_actor(user_id: str, client_id: str) -> str:
    """Who changed a field, to the device: a manager on two laptops is two actors."""
    return f"{user_id}/{client_id}"


def changed_by_other(row: Row[Any], name: str, base_version: int, actor: str) -> bool:
    """True when another actor changed the field after ``base_version``.

    Actors are a user on one device (``device_actor``): a manager's own earlier mutations
    from the same workstation (an outcome moving the next call, say) never conflict with
    their later edits there — they were made in order; an edit from their other laptop
    does. Stamps written before devices were told apart name the user alone and count as
    the same actor for any of that user's devices.
    """
    stamp = (row.field_versions or {}).get(name)
    if not stamp:
        return False
    version, by = str(stamp[0]), str(stamp[1])
    if int(version) <= base_version:
        return False
    return by != actor and by != actor.split("/", 1)[0]


def write_changes(
    connection: Connection,
    row: Row[Any],
    changed: dict[str, Any],
    now: datetime,
    actor: str = SYSTEM_ACTOR,
    also_log: Sequence[FeedChange] = (),
) -> int:
    """Apply changed fields to a lead: version + 1, each changed field stamped with the new
    version and who changed it (``field_versions``: name → [version, actor]).

    Also refreshes contact keys when contacts changed and logs an upsert for the assignee,
    together with ``also_log`` (the caller's other changes: one feed write for all).
    Returns the new version.
    """
    version = int(row.version) + 1
    field_versions = dict(row.field_versions or {})
    for name in changed:
        field_versions[name] = [version, actor]
    values = dict(changed, version=version, field_versions=field_versions, updated_at=now)
    zone_evidence = changed.keys() & {"phones", "emails", "time_zone", "city"}
    contacts_changed = changed.keys() & {"phones", "emails", "contacts"}
    merged = _with_changes(row, changed) if zone_evidence or contacts_changed else None
    if merged is not None and zone_evidence:
        values["effective_time_zone"] = merged.effective_time_zone
    connection.execute(_UPDATE_LEAD, {"lead_id": row.id, **values})
    if merged is not None and contacts_changed:
        set_contact_keys(connection, row.id, merged.contact_keys)
    feed = [FeedChange(row.assignee_id, "lead", row.id)] if row.assignee_id else []
    record(connection, [*feed, *also_log], now)
    return version


def _with_changes(row: Row[Any], changed: dict[str, Any]) -> Lead:
    """The lead as it is after these changes (their zone and contact keys follow from it)."""
    lead = lead_from_record(row)
    lead.phones = tuple(changed.get("phones", row.phones))
    lead.emails = tuple(changed.get("emails", row.emails))
    lead.time_zone = changed.get("time_zone", row.time_zone)
    lead.city = changed.get("city", row.city)
    lead.contacts = tuple(
        ContactPerson.from_plain(c) for c in changed.get("contacts", row.contacts) or ()
    )
    return lead


def set_contact_keys(connection: Connection, lead_id: str, keys: frozenset[str]) -> None:
    """Make a lead's duplicate keys these (``Lead.contact_keys``: its own and its persons')."""
    connection.execute(delete(LeadContactRow).where(LeadContactRow.lead_id == lead_id))
    if keys:
        connection.execute(insert(LeadContactRow), [{"key": k, "lead_id": lead_id} for k in keys])


def known_leads(connection: Connection, keys: Iterable[str]) -> dict[str, str]:
    """For each key that a lead already has: that lead's ID (the oldest when several)."""
    keys = list(keys)
    found: dict[str, str] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = connection.execute(
            select(LeadContactRow.key, LeadContactRow.lead_id)
            .join(LeadRow, LeadRow.id == LeadContactRow.lead_id)
            .where(LeadContactRow.key.in_(chunk))
            .order_by(LeadRow.created_at)
        )
        for key, lead_id in rows:
            found.setdefault(key, lead_id)
    return found


def insert_leads(
    connection: Connection,
    leads: Sequence[Lead],
    now: datetime,
    review: dict[str, str] | None = None,
    batch_id: str | None = None,
) -> None:
    """Insert new leads with their keys, history and feed entries (in bulk).

    ``review`` maps a lead ID to the known lead it duplicates: such leads are kept in the
    ``duplicate`` review state linked to it instead of being refused. ``batch_id``: the
    import that creates them.
    """
    if not leads:
        return
    review = review or {}
    rows = []
    for lead in leads:
        values = lead_row_values(lead, now)
        if lead.id in review:
            values.update(duplicate_of=review[lead.id], review_state="duplicate")
        values["import_batch_id"] = batch_id
        rows.append(values)
    bulk_insert(connection, LeadRow, rows)
    contact_rows = [{"key": k, "lead_id": lead.id} for lead in leads for k in lead.contact_keys]
    if contact_rows:
        bulk_insert(connection, LeadContactRow, contact_rows)
    assigned = [lead for lead in leads if lead.assignee_id]
    if assigned:
        bulk_insert(connection, AssignmentRow, [
            {"lead_id": lead.id, "user_id": lead.assignee_id, "assigned_at": now}
            for lead in assigned
        ])  # fmt: skip
        record(
            connection,
            [FeedChange(str(lead.assignee_id), "lead", lead.id) for lead in assigned],
            now,
        )


def assign_leads(
    connection: Connection, lead_ids: Sequence[str], user_id: str, now: datetime
) -> int:
    """Assign leads to a user in one transaction: ``remove`` for the old assignee,
    ``upsert`` for the new one, a new version, the history kept. Returns how many moved."""
    moved = 0
    changes: list[FeedChange] = []
    for start in range(0, len(lead_ids), 500):
        chunk = list(lead_ids[start : start + 500])
        rows = connection.execute(
            select(LeadRow.id, LeadRow.assignee_id).where(LeadRow.id.in_(chunk))
        ).all()
        movers = [r for r in rows if r.assignee_id != user_id]
        if not movers:
            continue
        ids = [r.id for r in movers]
        connection.execute(
            update(LeadRow)
            .where(LeadRow.id.in_(ids))
            .values(assignee_id=user_id, version=LeadRow.version + 1, updated_at=now)
        )
        known = set(
            connection.scalars(
                select(AssignmentRow.lead_id).where(
                    AssignmentRow.lead_id.in_(ids), AssignmentRow.user_id == user_id
                )
            )
        )
        fresh = [
            {"lead_id": i, "user_id": user_id, "assigned_at": now} for i in ids if i not in known
        ]
        if fresh:
            connection.execute(insert(AssignmentRow), fresh)
        # the managers who had them lose them now; the new one has them again if they had
        connection.execute(
            update(AssignmentRow)
            .where(
                AssignmentRow.lead_id.in_(ids),
                AssignmentRow.user_id != user_id,
                AssignmentRow.unassigned_at.is_(None),
            )
            .values(unassigned_at=now)
        )
        connection.execute(
            update(AssignmentRow)
            .where(AssignmentRow.lead_id.in_(ids), AssignmentRow.user_id == user_id)
            .values(unassigned_at=None)
        )
        for r in movers:
            if r.assignee_id:
                changes.append(FeedChange(r.assignee_id, "lead", r.id, "remove"))
            changes.append(FeedChange(user_id, "lead", r.id))
        moved += len(movers)
    record(connection, changes, now)
    return moved


def manager_ids(connection: Connection) -> list[str]:
    """Active managers, by username (the round-robin order)."""
    return list(connection.scalars(
        select(UserRow.id).where(UserRow.role == "manager", UserRow.disabled.is_(False))
        .order_by(UserRow.username)
    ))  # fmt: skip


def assignment_of(connection: Connection, lead_id: str, user_id: str) -> Row[Any] | None:
    """The user's assignment of the lead (``assigned_at``, ``unassigned_at``: when it last
    left them, None while it is theirs), or None when it never was theirs."""
    row: Row[Any] | None = connection.execute(
        select(AssignmentRow.assigned_at, AssignmentRow.unassigned_at).where(
            AssignmentRow.lead_id == lead_id, AssignmentRow.user_id == user_id
        )
    ).first()  # type: ignore[assignment]
    return row


def unassigned_lead_ids(connection: Connection, source: str | None = None) -> list[str]:
    """Leads nobody works yet (optionally of one source), oldest first."""
    query = select(LeadRow.id).where(LeadRow.assignee_id.is_(None)).order_by(LeadRow.created_at)
    if source:
        query = query.where(LeadRow.source == source)
    return list(connection.scalars(query))
