# SPDX-License-Identifier: MIT
"""Reading one lead and its calls (a manager's own; an admin's any)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, StringConstraints
from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from salesdesk.protocol.models import API_PREFIX, LEAD_WIRE_COLUMNS, LeadData
from server.http.deps import DbEngine, User
from server.models import LeadRow, OutcomeRow
from server.services.teams import visible_leads

router = APIRouter(prefix=f"{API_PREFIX}/leads")

LeadId = Annotated[str, StringConstraints(max_length=64)]
_WIRE_LEAD = select(*[getattr(LeadRow, c) for c in LEAD_WIRE_COLUMNS])


class OutcomeInfo(BaseModel):
    """A recorded call as the server keeps it."""

    id: str
    lead_id: str
    manager_id: str
    started_at: datetime
    duration_s: int
    disposition: str
    result: str
    loss_reason_id: str | None
    objections: list[str]
    answers_used: list[str]
    note: str
    next_call_at: datetime | None
    review_reason: str | None


def visible_lead(connection: Connection, user: Row[Any], lead_id: str) -> Row[Any]:
    """The lead in its wire columns when the user may see it; 404 otherwise."""
    query = _WIRE_LEAD.where(LeadRow.id == lead_id, visible_leads(connection, user))
    row = connection.execute(query).first()
    if row is None:
        raise HTTPException(404, "no such lead")
    return row


@router.get(
    "/{lead_id}",
    response_model=LeadData,
    responses={404: {"description": "no such lead among yours"}},
)
def get_lead(lead_id: LeadId, user: User, db: DbEngine) -> dict[str, Any]:
    """One lead."""
    with db.connect() as connection:
        return dict(visible_lead(connection, user, lead_id)._mapping)


@router.get(
    "/{lead_id}/outcomes",
    response_model=list[OutcomeInfo],
    responses={404: {"description": "no such lead among yours"}},
)
def lead_outcomes(lead_id: LeadId, user: User, db: DbEngine) -> list[dict[str, Any]]:
    """The lead's calls, oldest first."""
    with db.connect() as connection:
        visible_lead(connection, user, lead_id)
        rows = connection.execute(
            select(OutcomeRow).where(OutcomeRow.lead_id == lead_id).order_by(OutcomeRow.started_at)
        )
        return [dict(r._mapping) for r in rows]
