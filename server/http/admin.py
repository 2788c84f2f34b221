# SPDX-License-Identifier: MIT
"""Admin endpoints: users, their tokens, assigning leads, and workstations (a lost one wiped)."""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Annotated, Any
from zoneinfo import available_timezones

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel, StringConstraints
from sqlalchemy import select

from salesdesk.protocol.models import API_PREFIX, LeadData
from server.http.deps import Admin, AppClock, DbEngine, Staff
from server.http.leads import LeadId, visible_lead
from server.models import LeadRow, TeamRow
from server.services import leads as lead_service
from server.services import users as user_service
from server.services.audit import audit, audit_entries
from server.services.devices import DeviceError, list_devices, list_problems, request_wipe
from server.services.teams import TeamError, managed_ids, move_user

router = APIRouter(prefix=f"{API_PREFIX}/admin")

Username = Annotated[str, StringConstraints(max_length=150)]
DeviceId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


_ONE_USER: dict[int | str, dict[str, Any]] = {
    403: {"description": "admins only"},
    404: {"description": "no such user (or team)"},
}


class AssignRequest(BaseModel):
    """Admin: assign a lead to a user."""

    username: Annotated[str, StringConstraints(min_length=1, max_length=150)]


class UserInfo(BaseModel):
    """Admin: a user as listed."""

    id: str
    username: str
    name: str
    role: str
    disabled: bool
    time_zone: str = "UTC"
    team: str | None = None


@router.get(
    "/users", response_model=list[UserInfo], responses={403: {"description": "admins only"}}
)
def users(staff: Staff, db: DbEngine) -> list[dict[str, Any]]:
    """Every user (a team lead: their team)."""
    with db.connect() as connection:
        managed = managed_ids(connection, staff)
        teams = {t.id: t.name for t in connection.execute(select(TeamRow.id, TeamRow.name))}
        return [
            {**u._mapping, "team": teams.get(u.team_id)}
            for u in user_service.list_users(connection)
            if managed is None or u.id in managed
        ]


@router.post(
    "/users/{username}/revoke",
    status_code=204,
    responses={403: {"description": "admins only"}, 404: {"description": "no user"}},
)
def revoke_user(username: Username, admin: Admin, db: DbEngine, now: AppClock) -> Response:
    """End every token of a user."""
    with db.begin() as connection:
        try:
            target = user_service.get_user(connection, username)
        except user_service.UserError as exc:
            raise HTTPException(404, str(exc)) from exc
        user_service.revoke_user_tokens(connection, target.id, now())
        audit(connection, admin, "user.revoke", username, now())
    return Response(status_code=204)


@router.post(
    "/leads/{lead_id}/assign",
    response_model=LeadData,
    responses={403: {"description": "admins only"}, 404: {"description": "no lead"}},
)
def assign(
    lead_id: LeadId, body: AssignRequest, staff: Staff, db: DbEngine, now: AppClock
) -> dict[str, Any]:
    """Give a lead to a user (the previous assignee's workstation drops it); a team lead
    within their team (another team's lead or manager: 404)."""
    with db.begin() as connection:
        visible_lead(connection, staff, lead_id)
        previous = connection.scalar(select(LeadRow.assignee_id).where(LeadRow.id == lead_id))
        try:
            target = user_service.get_user(connection, body.username)
        except user_service.UserError as exc:
            raise HTTPException(404, str(exc)) from exc
        managed = managed_ids(connection, staff)
        if managed is not None and target.id not in managed:
            raise HTTPException(404, f"no user {body.username!r} in your team")
        lead_service.assign_leads(connection, [lead_id], target.id, now())
        audit(connection, staff, "lead.assign", lead_id, now(), to=target.username,
              previous=previous)  # fmt: skip
        return dict(visible_lead(connection, staff, lead_id)._mapping)


class ClientProblemInfo(BaseModel):
    """Admin: a change a workstation reported it could not read."""

    reported_at: datetime
    username: str
    client_id: str
    entity: str
    entity_id: str
    version: int
    reason: str


@router.get(
    "/client-problems",
    response_model=list[ClientProblemInfo],
    responses={403: {"description": "admins only"}},
)
def client_problems(admin: Admin, db: DbEngine) -> list[dict[str, Any]]:
    """Changes workstations could not read and kept aside, newest first."""
    with db.connect() as connection:
        return [dict(r._mapping) for r in list_problems(connection)]


class DeviceInfo(BaseModel):
    """Admin: a workstation as listed."""

    client_id: str
    username: str
    last_seen: datetime
    wipe_requested_at: datetime | None
    wipe_told_at: datetime | None


@router.get(
    "/devices", response_model=list[DeviceInfo], responses={403: {"description": "admins only"}}
)
def devices(staff: Staff, db: DbEngine) -> list[dict[str, Any]]:
    """Every workstation with its user and last contact, the most recent first (a team
    lead: their team's)."""
    with db.connect() as connection:
        managed = managed_ids(connection, staff)
        names = None
        if managed is not None:
            names = {u.username for u in user_service.list_users(connection) if u.id in managed}
        return [
            dict(r._mapping)
            for r in list_devices(connection)
            if names is None or r.username in names
        ]


@router.post(
    "/devices/{client_id}/wipe",
    status_code=204,
    responses={403: {"description": "admins only"}, 404: {"description": "no such device"}},
)
def wipe_device(client_id: DeviceId, admin: Admin, db: DbEngine, now: AppClock) -> Response:
    """Mark a workstation lost: it gets no more leads and erases its data at its next contact."""
    with db.begin() as connection:
        try:
            request_wipe(connection, client_id, now())
        except DeviceError as exc:
            raise HTTPException(404, str(exc)) from exc
        audit(connection, admin, "device.wipe", client_id, now())
    return Response(status_code=204)


class AssignmentRules(BaseModel):
    """A manager's assignment rules (see ``services.assignment``)."""

    username: str
    time_zone: str
    shift_start: str | None
    shift_end: str | None
    shift_days: str
    assign_weight: int
    open_cap: int | None
    assign_sources: list[str]
    assign_countries: list[str]
    auto_assigned: int
    disabled: bool


class RulesChange(BaseModel):
    """The rules to change (those left out stay): hours "HH:MM-HH:MM" ("" always), days
    as ISO weekday digits, zone, weight, cap (null: none), sources, countries."""

    hours: Annotated[str, StringConstraints(max_length=20)] | None = None
    days: Annotated[str, StringConstraints(max_length=7)] | None = None
    zone: Annotated[str, StringConstraints(max_length=64)] | None = None
    weight: int | None = None
    cap: int | None = None
    sources: list[Annotated[str, StringConstraints(max_length=32)]] | None = None
    countries: list[Annotated[str, StringConstraints(max_length=2)]] | None = None


@router.get(
    "/assignment-rules",
    response_model=list[AssignmentRules],
    responses={403: {"description": "admins only"}},
)
def assignment_rules(admin: Admin, db: DbEngine) -> list[dict[str, Any]]:
    """Every manager's assignment rules and how many leads the rules gave them."""
    from server.models import UserRow

    with db.connect() as connection:
        rows = connection.execute(
            select(UserRow).where(UserRow.role == "manager").order_by(UserRow.username)
        )
        return [{name: getattr(r, name) for name in AssignmentRules.model_fields} for r in rows]


@router.put(
    "/assignment-rules/{username}",
    status_code=204,
    responses={403: {"description": "admins only"}, 422: {"description": "a rule is invalid"}},
)
def change_assignment_rules(
    username: Username, body: RulesChange, admin: Admin, db: DbEngine, now: AppClock
) -> Response:
    """Change a manager's rules."""
    from server.services.assignment import RuleError, set_rules

    rules = body.model_dump(exclude_unset=True)
    try:
        with db.begin() as connection:
            set_rules(connection, username, **rules)
            audit(connection, admin, "rules.set", username, now(), **rules)
    except RuleError as exc:
        raise HTTPException(404 if "no user" in str(exc) else 422, str(exc)) from exc
    return Response(status_code=204)


class AuditInfo(BaseModel):
    """One admin action of the audit log."""

    at: datetime
    actor: str
    action: str
    target: str
    details: dict[str, Any]


@router.get(
    "/audit",
    response_model=list[AuditInfo],
    responses={403: {"description": "team leads (their team's actions) and admins only"}},
)
def audit_log(staff: Staff, db: DbEngine, limit: int = 200) -> list[dict[str, Any]]:
    """The latest admin actions first (a team lead: those of their team's people)."""
    with db.connect() as connection:
        managed = managed_ids(connection, staff)
        entries = audit_entries(connection, limit=max(1, min(limit, 1000)))
    return [
        {name: getattr(e, name) for name in AuditInfo.model_fields}
        for e in entries
        if managed is None or e.actor_id in managed
    ]


class NewUser(BaseModel):
    """Admin: a user to add (a one-time password is made and shown once)."""

    username: Annotated[str, StringConstraints(min_length=1, max_length=150)]
    name: Annotated[str, StringConstraints(max_length=200)] = ""
    role: Annotated[str, StringConstraints(max_length=16)] = "manager"
    time_zone: Annotated[str, StringConstraints(max_length=64)] = "UTC"
    team: Annotated[str, StringConstraints(max_length=100)] | None = None


class TeamChange(BaseModel):
    """Admin: the team to put a user in (null: none)."""

    team: Annotated[str, StringConstraints(max_length=100)] | None = None


def one_time_password() -> str:
    """A password to hand to a person once (96 random bits); shown in one answer only."""
    return secrets.token_urlsafe(12)


@router.post(
    "/users",
    status_code=201,
    responses={403: {"description": "admins only"}, 422: {"description": "a field is invalid"}},
)
def add_person(body: NewUser, admin: Admin, db: DbEngine, now: AppClock) -> dict[str, str]:
    """Add a user with a one-time password, shown in this answer only."""
    password = one_time_password()
    try:
        with db.begin() as connection:
            if body.time_zone not in available_timezones():
                raise user_service.UserError(f"{body.time_zone!r} is not a time zone")
            user_service.add_user(connection, body.username, password, body.role, now=now(),
                                  name=body.name, time_zone=body.time_zone)  # fmt: skip
            if body.team:
                move_user(connection, body.username, body.team)
            audit(connection, admin, "user.add", body.username, now(), role=body.role,
                  team=body.team)  # fmt: skip
    except (user_service.UserError, TeamError) as exc:
        raise HTTPException(422, str(exc)) from exc
    return {"username": body.username, "password": password}


@router.post("/users/{username}/disable", status_code=204, responses=_ONE_USER)
def disable_person(username: Username, admin: Admin, db: DbEngine, now: AppClock) -> Response:
    """Disable a user: their tokens stop, their open leads go to others by the rules."""
    with db.begin() as connection:
        try:
            moved = user_service.disable_user(connection, username, now())
        except user_service.UserError as exc:
            raise HTTPException(404, str(exc)) from exc
        audit(connection, admin, "user.disable", username, now(),
              leads_moved=sum(moved.values()))  # fmt: skip
    return Response(status_code=204)


@router.post("/users/{username}/reset-password", responses=_ONE_USER)
def reset_person(username: Username, admin: Admin, db: DbEngine, now: AppClock) -> dict[str, str]:
    """A new one-time password (shown in this answer only); the user's tokens are revoked."""
    password = one_time_password()
    with db.begin() as connection:
        try:
            user_service.reset_password(connection, username, password, now())
        except user_service.UserError as exc:
            raise HTTPException(404, str(exc)) from exc
        audit(connection, admin, "user.reset_password", username, now())
    return {"username": username, "password": password}


@router.put("/users/{username}/team", status_code=204, responses=_ONE_USER)
def move_person(
    username: Username, body: TeamChange, admin: Admin, db: DbEngine, now: AppClock
) -> Response:
    """Put a user in a team (or in none)."""
    with db.begin() as connection:
        try:
            move_user(connection, username, body.team)
        except TeamError as exc:
            raise HTTPException(404, str(exc)) from exc
        audit(connection, admin, "user.move", username, now(), team=body.team)
    return Response(status_code=204)
