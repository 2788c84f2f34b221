# SPDX-License-Identifier: MIT
"""Admin endpoints: users, their tokens, assigning leads, and workstations (a lost one wiped)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Response
from pydantic import BaseModel, StringConstraints

from salesdesk.protocol.models import API_PREFIX, LeadData
from server.http.deps import Admin, AppClock, DbEngine
from server.http.leads import LeadId, visible_lead
from server.services import leads as lead_service
from server.services import users as user_service
from server.services.devices import DeviceError, list_devices, list_problems, request_wipe

router = APIRouter(prefix=f"{API_PREFIX}/admin")

Username = Annotated[str, StringConstraints(max_length=150)]
DeviceId = Annotated[str, StringConstraints(min_length=1, max_length=64)]


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


@router.get(
    "/users", response_model=list[UserInfo], responses={403: {"description": "admins only"}}
)
def users(admin: Admin, db: DbEngine) -> list[dict[str, Any]]:
    """Every user."""
    with db.connect() as connection:
        return [dict(u._mapping) for u in user_service.list_users(connection)]


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
    return Response(status_code=204)


@router.post(
    "/leads/{lead_id}/assign",
    response_model=LeadData,
    responses={403: {"description": "admins only"}, 404: {"description": "no lead"}},
)
def assign(
    lead_id: LeadId, body: AssignRequest, admin: Admin, db: DbEngine, now: AppClock
) -> dict[str, Any]:
    """Give a lead to a user (the previous assignee's workstation drops it)."""
    with db.begin() as connection:
        visible_lead(connection, admin, lead_id)
        try:
            target = user_service.get_user(connection, body.username)
        except user_service.UserError as exc:
            raise HTTPException(404, str(exc)) from exc
        lead_service.assign_leads(connection, [lead_id], target.id, now())
        return dict(visible_lead(connection, admin, lead_id)._mapping)


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
def devices(admin: Admin, db: DbEngine) -> list[dict[str, Any]]:
    """Every workstation with its user and last contact, the most recent first."""
    with db.connect() as connection:
        return [dict(r._mapping) for r in list_devices(connection)]


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
    return Response(status_code=204)
