# SPDX-License-Identifier: MIT
"""The sync endpoints: pull the manager's feed after a cursor, push queued mutations."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Header, HTTPException, Query, Response
from fastapi.responses import JSONResponse

from salesdesk.protocol.models import (
    API_PREFIX,
    CLIENT_HEADER,
    DEFAULT_PAGE,
    MAX_PAGE,
    PullResponse,
    PushRequest,
    PushResponse,
)
from server.db import READ_ONLY
from server.feed import CursorError, pull_page
from server.http.deps import AppClock, DbEngine, Jobs, Settings, User
from server.services.devices import note_pull, record_contact, record_problems, wipe_due
from server.services.mutations import Sender
from server.services.push import apply_batch

router = APIRouter(prefix=f"{API_PREFIX}/sync")


@router.get(
    "/pull",
    responses={
        200: {"model": PullResponse},
        400: {"description": "malformed cursor"},
        410: {"description": "cursor too old: re-sync from a snapshot"},
    },
)
def pull(
    user: User,
    db: DbEngine,
    jobs: Jobs,
    now: AppClock,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    client: Annotated[str | None, Header(alias=CLIENT_HEADER, max_length=64)] = None,
) -> Response:
    """A page of the manager's changes after ``cursor`` (from the start without one).

    A device an admin marked lost gets no more changes, only the order to erase its data.
    """
    jobs.run_due()
    if note_pull(db, client, user.id, now()):
        wiped = {"changes": [], "cursor": cursor or "-", "has_more": False, "wipe": True}
        return Response(orjson.dumps(wiped), media_type="application/json")
    with db.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        else:
            connection = connection.execution_options(**{READ_ONLY: True})
        try:
            page = pull_page(connection, user.id, cursor, limit)
        except CursorError as exc:
            raise HTTPException(410 if exc.gone else 400, str(exc)) from exc
    return Response(orjson.dumps(page), media_type="application/json")


@router.post(
    "/push",
    response_model=PushResponse,
    responses={503: {"description": "nothing could be applied now; retry later"}},
)
def push(body: PushRequest, user: User, db: DbEngine, settings: Settings, now: AppClock) -> Any:
    """Apply mutations in the client's order; each result is recorded with its effect.

    The workstation's clock reading (``client_time``) gives its skew, kept per device and
    sent back; times it computed from a clock further off than the threshold are corrected.
    """
    received = now()
    skew = body.client_time - received if body.client_time is not None else timedelta(0)
    record_contact(db, body.client_id, user.id, received, skew)
    record_problems(db, body.client_id, user.id, body.problems, received)
    sender = Sender.of(user, body.client_id, skew)
    results = apply_batch(db, sender, body.mutations, now, settings)
    if body.mutations and not results:
        return JSONResponse(
            {"detail": "the database is busy; nothing was applied"},
            503,
            headers={"Retry-After": "2"},
        )
    clock_skew_s = skew.total_seconds() if body.client_time is not None else None
    wipe = wipe_due(db, body.client_id, received)  # its pushed work is in: now it may erase
    return {"results": results, "clock_skew_s": clock_skew_s, "wipe": wipe}
