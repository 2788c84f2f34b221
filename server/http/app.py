# SPDX-License-Identifier: MIT
"""The server application: state, middleware, error answers and the routers."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from sqlalchemy.exc import DataError
from starlette.middleware.gzip import GZipMiddleware

from salesdesk.domain.clock import utc_now
from salesdesk.protocol.models import API_PREFIX
from server import __version__
from server.config import ServerSettings
from server.db import create_server_engine
from server.http import admin, auth, imports, inbound, leads, reports, scripts, sync, team
from server.http.deps import Clock
from server.http.middleware import BodyLimit
from server.scheduler import PeriodicJobs
from server.wakeups import listen, watch_commits

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def _live_delivery(app: FastAPI) -> AsyncIterator[None]:
    """On PostgreSQL a task LISTENs for feed changes made by any server process (or the
    command line) and wakes this process's waiting pulls."""
    engine: Engine = app.state.engine
    stop = asyncio.Event()
    listener = None
    if engine.dialect.name == "postgresql":
        listener = asyncio.create_task(listen(engine.url.render_as_string(False), stop))
    try:
        yield
    finally:
        stop.set()
        if listener is not None:  # at once, not at the end of its second of listening
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await listener


def create_app(
    settings: ServerSettings, engine: Engine | None = None, clock: Clock = utc_now
) -> FastAPI:
    """The server application over ``engine`` (made from the settings when not given)."""
    engine = engine or create_server_engine(settings.database_url)
    watch_commits(engine)
    app = FastAPI(
        lifespan=_live_delivery,
        title="Salesdesk sync server",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.settings = settings
    app.state.clock = clock
    app.state.jobs = PeriodicJobs(engine, settings, clock)
    # zlib's default level: a 5,000-lead page compresses 3× faster than at Starlette's
    # default 9 (21 vs 65 ms) for 6 % more bytes.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(DataError, _bad_data)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
    for area in (auth, sync, leads, admin, team, imports, inbound, reports, scripts):
        app.include_router(area.router)
    return app


async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    problems = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))[:300]}
        for e in exc.errors()[:10]
    ]
    return JSONResponse({"detail": "the request is invalid", "errors": problems}, 422)


async def _bad_data(request: Request, exc: DataError) -> JSONResponse:
    # a value the database cannot store (NUL characters, out-of-range numbers)
    return JSONResponse({"detail": "the request holds a value that cannot be stored"}, 422)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return JSONResponse({"detail": "the server failed (an internal error)"}, 500)
