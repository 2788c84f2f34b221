# SPDX-License-Identifier: MIT
"""The team lead's work endpoints: the review queue and its decisions (merge two leads, keep
both, accept, dismiss), the team's leads with filters, each manager's load, and assigning a
selection to a manager or by the rules. Team leads act on their team (and the unassigned
pool), admins on everyone; managers get 403; every change is audited."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import BaseModel, Field, StringConstraints, field_validator
from sqlalchemy import select

from salesdesk.protocol.models import API_PREFIX
from salesdesk.protocol.team import Load, ReviewItem, TeamLeads
from server.http.deps import AppClock, DbEngine, Staff
from server.models import LeadRow
from server.services import users as user_service
from server.services.assignment import reassign_by_rules
from server.services.audit import audit
from server.services.leads import assign_leads
from server.services.review import (
    MERGE_GROUPS,
    ReviewError,
    decide,
    merge_leads,
    review_items,
)
from server.services.teams import managed_ids, visible_leads
from server.services.workload import LeadFilter, loads, team_leads

router = APIRouter(prefix=f"{API_PREFIX}/admin")

Id = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Word = Annotated[str, StringConstraints(max_length=150)]
_STAFF_ONLY: dict[int | str, dict[str, Any]] = {403: {"description": "team leads and admins"}}
_DECIDE: dict[int | str, dict[str, Any]] = {
    **_STAFF_ONLY, 404: {"description": "no such open item (or lead) among yours"},
}  # fmt: skip


class Decision(BaseModel):
    """A decision on a review item."""

    decision: Literal["accept", "dismiss", "keep_both"]


class MergeRequest(BaseModel):
    """Merge ``other`` into ``kept``, taking the named field groups from ``other``."""

    kept: Id
    other: Id
    take: list[Word] = Field(default_factory=list, max_length=20)

    @field_validator("take")
    @classmethod
    def _known_groups(cls, take: list[str]) -> list[str]:
        unknown = sorted(set(take) - MERGE_GROUPS.keys())
        if unknown:
            raise ValueError(f"unknown field groups {unknown}; known: {sorted(MERGE_GROUPS)}")
        return take


class BulkAssign(BaseModel):
    """Give leads to one manager, or by the rules (``username`` None)."""

    lead_ids: list[Id] = Field(min_length=1, max_length=5000)
    username: Word | None = None


@router.get("/review", response_model=list[ReviewItem], responses=_STAFF_ONLY)
def review(staff: Staff, db: DbEngine) -> list[dict[str, Any]]:
    """What waits for a decision: leads in duplicate review, flagged calls, refused calls."""
    with db.connect() as connection:
        return review_items(connection, staff)


@router.post("/review/{kind}/{item_id}", status_code=204, responses=_DECIDE)
def decide_item(
    kind: Literal["duplicate", "flagged_call", "refused_call"],
    item_id: Id,
    body: Decision,
    staff: Staff,
    db: DbEngine,
    now: AppClock,
) -> Response:
    """Close an item: accept or dismiss a call, keep both leads of a duplicate."""
    try:
        with db.begin() as connection:
            decide(connection, staff, kind, item_id, body.decision, now())
    except ReviewError as exc:
        raise HTTPException(404, str(exc)) from exc
    return Response(status_code=204)


@router.post("/leads/merge", responses=_DECIDE)
def merge(body: MergeRequest, staff: Staff, db: DbEngine, now: AppClock) -> dict[str, Any]:
    """Merge two leads: the kept one takes the chosen groups, both contacts and both calls'
    history; the other is removed (workstations drop it at their next pull)."""
    try:
        with db.begin() as connection:
            version = merge_leads(
                connection, staff, body.kept, body.other, frozenset(body.take), now()
            )
    except ReviewError as exc:
        raise HTTPException(404, str(exc)) from exc
    return {"kept": body.kept, "version": version}


@router.get("/leads", response_model=TeamLeads, responses=_STAFF_ONLY)
def leads(
    staff: Staff,
    db: DbEngine,
    source: Annotated[Word | None, Query()] = None,
    event: Annotated[Word | None, Query()] = None,
    stage: Annotated[Word | None, Query()] = None,
    temperature: Annotated[Word | None, Query()] = None,
    manager: Annotated[Word | None, Query()] = None,
    unassigned: bool = False,
    waiting_since: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 5000,
) -> dict[str, Any]:
    """The leads the staff sees (a team lead: their team's and the pool), oldest first."""
    wanted = LeadFilter(source, event, stage, temperature, manager, unassigned, waiting_since)
    with db.connect() as connection:
        total, found = team_leads(connection, staff, wanted, limit)
    return {"total": total, "leads": found}


@router.get("/load", response_model=list[Load], responses=_STAFF_ONLY)
def load(staff: Staff, db: DbEngine, now: AppClock) -> list[dict[str, Any]]:
    """Each manager's open leads, callbacks due today and today's calls."""
    with db.connect() as connection:
        return loads(connection, staff, now())


@router.post("/leads/assign", responses=_DECIDE)
def assign_many(body: BulkAssign, staff: Staff, db: DbEngine, now: AppClock) -> dict[str, Any]:
    """Give the selected leads to a manager of the team, or by the rules among the team's
    managers (a lead nobody fits stays where it is). Returns how many went to whom."""
    ids = list(dict.fromkeys(body.lead_ids))
    with db.begin() as connection:
        rows = connection.execute(
            select(LeadRow).where(LeadRow.id.in_(ids), visible_leads(connection, staff))
        ).all()
        if len(rows) != len(ids):
            raise HTTPException(404, "some of these leads are not among yours")
        managed = managed_ids(connection, staff)
        if body.username is None:
            moved = reassign_by_rules(connection, rows, now(), among=managed, keep_unfit=True)
            names = {u.id: u.username for u in user_service.list_users(connection)}
            given = {names[k]: n for k, n in moved.items() if k is not None}
        else:
            try:
                target = user_service.get_user(connection, body.username)
            except user_service.UserError as exc:
                raise HTTPException(404, str(exc)) from exc
            if (managed is not None and target.id not in managed) or target.disabled:
                raise HTTPException(404, f"no active user {body.username!r} in your team")
            assign_leads(connection, ids, target.id, now())
            given = {target.username: len(ids)}
        audit(connection, staff, "lead.assign_many", f"{len(ids)} leads", now(),
              to=body.username or "rules", given=given, leads=ids[:50])  # fmt: skip
    return {"given": given, "kept": len(ids) - sum(given.values())}
