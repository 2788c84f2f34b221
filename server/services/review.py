# SPDX-License-Identifier: MIT
"""The team lead's review queue: what needs a person's decision, and the decisions.

Three kinds of item, each stored where it arose:

- ``duplicate``: a lead kept in duplicate review (a stand capture or an import row whose
  phone or email a known lead has) — merge the two or keep both;
- ``flagged_call``: a call accepted but flagged (recorded after its lead was reassigned, a
  result its lead's stage contradicts, a loss reason retired meanwhile) — accept or dismiss;
- ``refused_call``: a call refused as implausible (its time), kept here with its data —
  dismiss (the caller sees it among their sync problems).

Merging keeps one lead: the team lead picks, group by group, whose fields it keeps; phones,
emails, contact persons and interests are joined; the calls of both stay with it. The other
lead is removed through the feed, so workstations drop it. Every decision is audited.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, true, update
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.lead import Lead
from salesdesk.domain.lead_values import lead_from_record, lead_values
from salesdesk.protocol.models import Mutation
from server.feed import FeedChange
from server.models import (
    AssignmentRow,
    LeadContactRow,
    LeadRow,
    OutcomeRow,
    RefusalRow,
    UserRow,
)
from server.services.audit import audit
from server.services.leads import lock_lead, write_changes
from server.services.rejection import Rejected
from server.services.teams import managed_ids, visible_leads

#: The refusal codes of a call that a team lead reviews (a time that cannot be right).
IMPLAUSIBLE = frozenset({"implausible_time", "too_old", "before_lead", "not_yours_then"})

#: The groups of fields a merge takes from one lead or the other.
MERGE_GROUPS: dict[str, tuple[str, ...]] = {
    "name": ("first_name", "last_name"),
    "company": ("company", "job_title"),
    "need": ("need", "budget_notes"),
    "place": ("city", "time_zone"),
    "source": ("source", "campaign", "event_name"),
    "standing": ("quality", "temperature", "score"),
    "stage": ("stage", "loss_reason_id", "nurture_until", "next_call_at", "next_step"),
    "consent": ("consent",),
}

KINDS = ("duplicate", "flagged_call", "refused_call")
DECISIONS = {"flagged_call": ("accept", "dismiss"), "refused_call": ("dismiss",),
             "duplicate": ("keep_both",)}  # fmt: skip


class ReviewError(ValueError):
    """A decision that cannot be made (no such item, already decided, not yours)."""


def keep_refusal(
    connection: Connection, mutation_id: str, user_id: str, mutation: Mutation,
    refusal: Rejected, now: datetime,
) -> None:  # fmt: skip
    """Keep a refused call for the review queue (once per mutation)."""
    known = select(RefusalRow.id).where(RefusalRow.mutation_id == mutation_id)
    if connection.scalar(known) is not None:
        return
    connection.execute(insert(RefusalRow), {
        "mutation_id": mutation_id, "user_id": user_id, "entity_id": mutation.entity_id,
        "code": refusal.code, "message": refusal.reason, "data": dict(mutation.data), "at": now,
    })  # fmt: skip


def _names(connection: Connection) -> dict[str, tuple[str, str]]:
    """Each user's username and name (the username when they have none), by ID."""
    users = connection.execute(select(UserRow.id, UserRow.username, UserRow.name))
    return {u.id: (u.username, u.name or u.username) for u in users}


def _who(names: dict[str, tuple[str, str]], user_id: str | None) -> dict[str, str]:
    username, name = names.get(user_id or "", ("", ""))
    return {"manager": username, "manager_name": name}


_BRIEF = ("id", "first_name", "last_name", "company", "phones", "emails", "stage", "source")


def _lead_brief(row: Any) -> dict[str, Any]:
    name = f"{row.first_name} {row.last_name}".strip()
    return {"id": row.id, "name": name, "company": row.company, "phones": list(row.phones),
            "emails": list(row.emails), "stage": row.stage, "source": row.source}  # fmt: skip


def review_items(connection: Connection, staff: Row[Any], limit: int = 500) -> list[dict[str, Any]]:
    """What waits for a decision among the leads and calls ``staff`` sees, oldest first."""
    names = _names(connection)
    managed = managed_ids(connection, staff)
    items: list[dict[str, Any]] = []
    dupes = connection.execute(
        select(LeadRow)
        .where(LeadRow.review_state == "duplicate", visible_leads(connection, staff))
        .order_by(LeadRow.created_at)
        .limit(limit)
    ).all()
    originals = {
        r.id: r
        for r in connection.execute(
            select(LeadRow).where(LeadRow.id.in_({d.duplicate_of for d in dupes if d.duplicate_of}))
        )
    }
    for lead in dupes:
        original = originals.get(lead.duplicate_of or "")
        theirs = _who(names, original.assignee_id if original is not None else None)
        items.append({
            "kind": "duplicate", "id": lead.id, "at": lead.created_at, "reason": "duplicate",
            **_who(names, lead.assignee_id), "lead": _lead_brief(lead),
            "other": _lead_brief(original) if original is not None else None,
            "other_manager": theirs["manager_name"],
            "detail": {},
        })  # fmt: skip
    calls = (
        select(
            OutcomeRow.id.label("outcome_id"), OutcomeRow.started_at, OutcomeRow.review_reason,
            OutcomeRow.manager_id, OutcomeRow.result, OutcomeRow.disposition, OutcomeRow.note,
            *[getattr(LeadRow, name) for name in _BRIEF],
        )
        .join(LeadRow, LeadRow.id == OutcomeRow.lead_id)
        .where(OutcomeRow.review_reason.is_not(None), OutcomeRow.reviewed_at.is_(None))
    )  # fmt: skip
    if managed is not None:
        calls = calls.where(OutcomeRow.manager_id.in_(managed))
    for call in connection.execute(calls.order_by(OutcomeRow.started_at).limit(limit)):
        items.append({
            "kind": "flagged_call", "id": call.outcome_id, "at": call.started_at,
            "reason": call.review_reason, **_who(names, call.manager_id),
            "lead": _lead_brief(call), "other": None, "other_manager": "",
            "detail": {"result": call.result, "disposition": call.disposition,
                       "note": call.note, "lead_stage": call.stage},
        })  # fmt: skip
    refused = select(RefusalRow).where(RefusalRow.reviewed_at.is_(None))
    if managed is not None:
        refused = refused.where(RefusalRow.user_id.in_(managed))
    refusals = connection.execute(refused.order_by(RefusalRow.at).limit(limit)).all()
    named = {str(r.data.get("lead_id", "")) for r in refusals}
    their_leads = {
        r.id: r for r in connection.execute(select(LeadRow).where(LeadRow.id.in_(named)))
    }
    for refusal in refusals:
        lead_row = their_leads.get(str(refusal.data.get("lead_id", "")))
        data = refusal.data
        items.append({
            "kind": "refused_call", "id": str(refusal.id), "at": refusal.at,
            "reason": refusal.code, **_who(names, refusal.user_id),
            "lead": _lead_brief(lead_row) if lead_row is not None else None,
            "other": None, "other_manager": "",
            "detail": {"started_at": data.get("started_at"), "result": data.get("result"),
                       "disposition": data.get("disposition"), "note": data.get("note", ""),
                       "message": refusal.message},
        })  # fmt: skip
    items.sort(key=lambda item: item["at"])
    return items


def _visible_lead(connection: Connection, staff: Row[Any], lead_id: str) -> Row[Any]:
    found = connection.execute(
        select(LeadRow).where(LeadRow.id == lead_id, visible_leads(connection, staff))
    ).first()
    if found is None:
        raise ReviewError(f"no lead {lead_id!r} among those you manage")
    return found


def decide(
    connection: Connection, staff: Row[Any], kind: str, item_id: str, decision: str,
    now: datetime,
) -> None:  # fmt: skip
    """Close an item with ``decision`` (``accept``/``dismiss`` for calls, ``keep_both`` for
    a duplicate); ReviewError when it is not open or not the staff's to decide."""
    if decision not in DECISIONS.get(kind, ()):
        raise ReviewError(f"a {kind} item takes one of {', '.join(DECISIONS.get(kind, ()))}")
    managed = managed_ids(connection, staff)
    if kind == "duplicate":
        lead = _visible_lead(connection, staff, item_id)
        if lead.review_state != "duplicate":
            raise ReviewError("this lead is not in duplicate review")
        write_changes(connection, lead, {"duplicate_of": None}, now, actor=staff.id)
        connection.execute(update(LeadRow).where(LeadRow.id == item_id).values(review_state=None))
        audit(connection, staff, "review.keep_both", item_id, now, other=lead.duplicate_of)
        return
    if kind == "flagged_call":
        opened = update(OutcomeRow).where(
            OutcomeRow.id == item_id,
            OutcomeRow.review_reason.is_not(None),
            OutcomeRow.reviewed_at.is_(None),
            OutcomeRow.manager_id.in_(managed) if managed is not None else true(),
        )
    else:
        opened = update(RefusalRow).where(
            RefusalRow.id == _int(item_id),
            RefusalRow.reviewed_at.is_(None),
            RefusalRow.user_id.in_(managed) if managed is not None else true(),
        )
    done = connection.execute(opened.values(reviewed_at=now, review_decision=decision))
    if not done.rowcount:
        raise ReviewError("no such item waits for a decision among those you manage")
    audit(connection, staff, f"review.{decision}", item_id, now, kind=kind)


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ReviewError(f"no such item {text!r}") from None


def _joined(first: tuple[Any, ...], second: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def merged_lead(kept: Lead, other: Lead, take: frozenset[str]) -> Lead:
    """``kept`` with the groups named in ``take`` from ``other``; contacts and interests
    joined, attempts added up."""
    taken = {name: getattr(other, name) for group in take for name in MERGE_GROUPS[group]}
    people = {person.id: person for person in (*kept.contacts, *other.contacts)}
    last = [t for t in (kept.last_attempt_at, other.last_attempt_at) if t is not None]
    return replace(
        kept, **taken,
        phones=_joined(kept.phones, other.phones), emails=_joined(kept.emails, other.emails),
        contacts=tuple(people.values()), interests=_joined(kept.interests, other.interests),
        attempts=kept.attempts + other.attempts, last_attempt_at=max(last) if last else None,
    )  # fmt: skip


def merge_leads(
    connection: Connection, staff: Row[Any], kept_id: str, other_id: str,
    take: frozenset[str], now: datetime,
) -> int:  # fmt: skip
    """Merge ``other_id`` into ``kept_id`` (see the module's docstring); returns the kept
    lead's new version. ReviewError when a lead is not the staff's or a group is unknown."""
    unknown = take - MERGE_GROUPS.keys()
    if unknown:
        raise ReviewError(f"unknown field groups: {', '.join(sorted(unknown))}")
    if kept_id == other_id:
        raise ReviewError("a lead cannot be merged with itself")
    _visible_lead(connection, staff, kept_id)
    _visible_lead(connection, staff, other_id)
    kept_row, other_row = lock_lead(connection, kept_id), lock_lead(connection, other_id)
    assert kept_row is not None and other_row is not None
    kept, other = lead_from_record(kept_row), lead_from_record(other_row)
    after = merged_lead(kept, other, take)
    before_values, after_values = lead_values(kept), lead_values(after)
    changed = {k: v for k, v in after_values.items() if before_values[k] != v}
    changed.pop("effective_time_zone", None)
    calls = connection.execute(
        select(OutcomeRow.id, OutcomeRow.manager_id).where(OutcomeRow.lead_id == other_id)
    ).all()
    connection.execute(
        update(OutcomeRow).where(OutcomeRow.lead_id == other_id).values(lead_id=kept_id)
    )
    had_kept = select(AssignmentRow.user_id).where(AssignmentRow.lead_id == kept_id)
    connection.execute(
        update(AssignmentRow)
        .where(AssignmentRow.lead_id == other_id, AssignmentRow.user_id.not_in(had_kept))
        .values(lead_id=kept_id)
    )  # whoever had either lead may still send their calls from then
    connection.execute(delete(AssignmentRow).where(AssignmentRow.lead_id == other_id))
    connection.execute(
        update(LeadRow).where(LeadRow.duplicate_of == other_id).values(duplicate_of=kept_id)
    )
    connection.execute(delete(LeadContactRow).where(LeadContactRow.lead_id == other_id))
    connection.execute(delete(LeadRow).where(LeadRow.id == other_id))
    gone = [FeedChange(other_row.assignee_id, "lead", other_id, "remove")]
    moved = [FeedChange(c.manager_id, "call_outcome", c.id) for c in calls]
    also = [*(gone if other_row.assignee_id else []), *moved]
    changed["duplicate_of"] = None
    version = write_changes(connection, kept_row, changed, now, actor=staff.id, also_log=also)
    connection.execute(update(LeadRow).where(LeadRow.id == kept_id).values(review_state=None))
    audit(connection, staff, "lead.merge", kept_id, now, merged=other_id, took=sorted(take),
          calls_moved=len(calls))  # fmt: skip
    return version
