# SPDX-License-Identifier: MIT
"""Team reports (admins): loss reasons, objections, conversion, speed to lead, win rates."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import orjson
from fastapi import APIRouter, HTTPException, Query, Response
from pydantic import StringConstraints

from salesdesk.protocol.models import API_PREFIX
from server.http.deps import Admin, DbEngine
from server.services.reports import REPORTS, ReportError, ReportFilters, run_report

router = APIRouter(prefix=f"{API_PREFIX}/reports")


@router.get(
    "/{name}",
    responses={
        403: {"description": "admins only"},
        404: {"description": "no such report"},
        422: {"description": "unknown grouping, manager or source, or a bad period"},
    },
)
def report(
    name: Annotated[str, StringConstraints(max_length=40)],
    admin: Admin,
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
    filters = ReportFilters(since, until, manager, source, language)
    with db.connect() as connection:
        try:
            built, chosen = run_report(connection, name, filters, by)
        except ReportError as exc:
            raise HTTPException(422, str(exc)) from exc
    return Response(orjson.dumps(built.as_json(filters, chosen)), media_type="application/json")
