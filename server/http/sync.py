# SPDX-License-Identifier: MIT
"""The sync endpoints: pull the manager's feed after a cursor, push queued mutations."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Header, HTTPException, Query, Response
from fastapi.responses import JSONResponse
from sqlalchemy.engine import Engine
from starlette.concurrency import run_in_threadpool

from salesdesk.protocol.models import (
    API_PREFIX,
    CLIENT_HEADER,
    DEFAULT_PAGE,
    MAX_PAGE,
    MAX_PULL_WAIT,
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
from server.wakeups import WAKEUPS

router = APIRouter(prefix=f"{API_PREFIX}/sync")
#: After a wake-up that found nothing yet, how long to look again before waiting on (s).
_SETTLE = (0.02, 0.05, 0.1)


@router.get(
    "/pull",
    responses={
        200: {"model": PullResponse},
        400: {"description": "malformed cursor"},
        410: {"description": "cursor too old: re-sync from a snapshot"},
    },
)
async def pull(
    user: User,
    db: DbEngine,
    jobs: Jobs,
    now: AppClock,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    wait: Annotated[int, Query(ge=0, le=MAX_PULL_WAIT)] = 0,
    client: Annotated[str | None, Header(alias=CLIENT_HEADER, max_length=64)] = None,
) -> Response:
    """A page of the manager's changes after ``cursor`` (from the start without one).

    With ``wait`` (seconds, at most 30) and nothing new, the answer waits until the
    manager's feed moves or the time is up (then it is empty, the cursor unchanged); the
    wait holds no database connection and no worker thread. A device an admin marked lost
    gets no more changes, only the order to erase its data.
    """

    def read() -> dict[str, Any]:
        return _read_page(user.id, db, jobs, now, cursor, limit, client)

    if not wait:
        return _answer(await run_in_threadpool(read))
    deadline = asyncio.get_running_loop().time() + wait
    async with WAKEUPS.waiter(user.id) as woken:  # before reading: no change slips between
        page = await run_in_threadpool(read)
        while not (page["changes"] or page["has_more"] or page.get("wipe")):
            left = deadline - asyncio.get_running_loop().time()
            if left <= 0:
                break
            try:
                await asyncio.wait_for(woken.wait(), left)
            except TimeoutError:
                break
            woken.clear()
            # SQLite wakes as its writer commits: the change may show a moment later
            for pause in _SETTLE:
                page = await run_in_threadpool(read)
                if page["changes"] or page["has_more"]:
                    break
                await asyncio.sleep(pause)
    return _answer(page)


def _read_page(
    user_id: str,
    db: Engine,
    jobs: Any,
    now: Any,
    cursor: str | None,
    limit: int,
    client: str | None,
) -> dict[str, Any]:
    jobs.run_due()
    if note_pull(db, client, user_id, now()):
        return {"changes": [], "cursor": cursor or "-", "has_more": False, "wipe": True}
    with db.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        else:
            connection = connection.execution_options(**{READ_ONLY: True})
        try:
            return pull_page(connection, user_id, cursor, limit)
        except CursorError as exc:
            raise HTTPException(410 if exc.gone else 400, str(exc)) from exc


def _answer(page: dict[str, Any]) -> Response:
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
