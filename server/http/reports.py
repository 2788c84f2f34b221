# SPDX-License-Identifier: MIT
"""Team reports (admins; a team lead over their team's work): loss reasons, objections,
conversion, speed to lead, qualification paths, hand-offs."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import orjson
from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import StringConstraints

from salesdesk.protocol.models import API_PREFIX
from server.http.deps import DbEngine, Staff
from server.services.reports import REPORTS, ReportError, ReportFilters, run_report
from server.services.teams import managed_ids
from server.services.users import list_users

router = APIRouter(prefix=f"{API_PREFIX}/reports")


@router.get(
    "/{name}",
    responses={
        403: {"description": "team leads (their team) and admins only"},
        404: {"description": "no such report"},
        422: {"description": "unknown grouping, manager or source, or a bad period"},
    },
)
def report(
    name: Annotated[str, StringConstraints(max_length=40)],
    staff: Staff,
    db: DbEngine,
    since: date | None = None,
    until: date | None = None,
    manager: Annotated[str | None, Query(max_length=150)] = None,
    source: Annotated[str | None, Query(max_length=32)] = None,
    by: Annotated[str | None, Query(max_length=16)] = None,
    language: Annotated[str, Query(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")] = "en",
) -> Response:
    """One report over a period, filtered and grouped."""
    if name not in REPORTS:
        raise HTTPException(404, f"no report {name!r}; one of: {', '.join(REPORTS)}")
    with db.connect() as connection:
        team = managed_ids(connection, staff)  # a team lead: their team's work only
        if team is not None and manager is not None:
            names = {u.username: u.id for u in list_users(connection)}
            if names.get(manager) not in team:
                raise HTTPException(404, f"no user {manager!r} in your team")
        filters = ReportFilters(since, until, manager, source, language, team)
        try:
            built, chosen = run_report(connection, name, filters, by)
        except ReportError as exc:
            raise HTTPException(422, str(exc)) from exc
    return Response(orjson.dumps(built.as_json(filters, chosen)), media_type="application/json")
