# SPDX-License-Identifier: MIT
"""The HTTP API (DESIGN §4 "Wire API"): auth, pull, push, lead reads and admin operations."""

import logging
import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Annotated, Any

import orjson
from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, StringConstraints
from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import DataError
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from salesdesk.domain.clock import utc_now
from salesdesk.protocol.models import (
    API_PREFIX,
    DEFAULT_PAGE,
    MAX_PAGE,
    HealthResponse,
    LeadData,
    ManagerInfo,
    PullResponse,
    PushRequest,
    PushResponse,
    TokenRequest,
    TokenResponse,
)
from server import __version__
from server.config import ServerSettings
from server.db import create_server_engine
from server.feed import LEAD_WIRE_COLUMNS, CursorError, pull_page, purge_tombstones
from server.models import Lead, Outcome
from server.security import LoginRateLimiter
from server.services import leads as lead_service
from server.services import users as user_service
from server.services.push import apply_batch
from server.services.reports import REPORTS, ReportError, ReportFilters, run_report
from server.services.stats import refresh_script_stats

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, streamed or not."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            await _too_large(send)
            return
        seen = 0
        exceeded = False
        replaced = False

        async def limited() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                exceeded = True
                raise _BodyTooLarge
            return message

        async def answer(message: Message) -> None:
            # whatever the app makes of a cut-off body, the client is told it was too large
            nonlocal replaced
            if not exceeded:
                await send(message)
            elif not replaced:
                replaced = True
                await _too_large(send)

        try:
            await self.app(scope, limited, answer)
        except _BodyTooLarge:
            if not replaced:
                await _too_large(send)


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send) -> None:
    body = b'{"detail":"the request body is too large"}'
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


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


def create_app(
    settings: ServerSettings, engine: Engine | None = None, clock: Clock = utc_now
) -> FastAPI:
    """The server application over ``engine`` (made from the settings when not given)."""
    engine = engine or create_server_engine(settings.database_url)
    limiter = LoginRateLimiter(
        settings.login_failures_per_user,
        settings.login_attempts_per_address,
        settings.login_window.total_seconds(),
    )
    purge_state = {"next": clock()}
    purge_lock = threading.Lock()
    stats_state = {"next": clock()}
    stats_lock = threading.Lock()

    app = FastAPI(
        title="Salesdesk sync server",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.engine = engine
    # zlib's default level: a 5,000-lead page compresses 3× faster than at Starlette's
    # default 9 (21 vs 65 ms) for 6 % more bytes.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))[:300]}
            for e in exc.errors()[:10]
        ]
        return JSONResponse({"detail": "the request is invalid", "errors": problems}, 422)

    @app.exception_handler(DataError)
    async def _bad_data(request: Request, exc: DataError) -> JSONResponse:
        # a value the database cannot store (NUL characters, out-of-range numbers)
        return JSONResponse({"detail": "the request holds a value that cannot be stored"}, 422)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; the request changed nothing"}, 500)

    def read() -> Iterator[Connection]:
        with engine.connect() as connection:
            yield connection

    bearer = HTTPBearer(auto_error=False)

    def current_user(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Row[Any]:
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise HTTPException(
                401, "a bearer token is needed", headers={"WWW-Authenticate": "Bearer"}
            )
        with engine.connect() as connection:
            user = user_service.user_for_token(connection, credentials.credentials, clock())
        if user is None:
            raise HTTPException(
                401,
                "the token is invalid, expired or revoked; log in again",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return user

    User = Annotated[Row[Any], Depends(current_user)]

    def admin_user(user: User) -> Row[Any]:
        if user.role != "admin":
            raise HTTPException(403, "this needs an admin")
        return user

    Admin = Annotated[Row[Any], Depends(admin_user)]

    @app.get(f"{API_PREFIX}/health", response_model=HealthResponse)
    def health() -> dict[str, Any]:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        return {"status": "ok", "version": __version__, "database": engine.dialect.name}

    @app.post(
        f"{API_PREFIX}/auth/token",
        response_model=TokenResponse,
        responses={
            401: {"description": "wrong username or password"},
            429: {"description": "too many attempts; see Retry-After"},
        },
    )
    def login(body: TokenRequest, request: Request) -> dict[str, Any]:
        address = request.client.host if request.client else "unknown"
        wait = limiter.check(body.username, address)
        if wait:
            raise HTTPException(
                429, "too many login attempts; try again later", headers={"Retry-After": str(wait)}
            )
        with engine.begin() as connection:
            user = user_service.authenticate(connection, body.username, body.password)
            if user is None:
                limiter.failed(body.username, address)
                raise HTTPException(401, "wrong username or password")
            limiter.succeeded(body.username, address)
            token, expires_at = user_service.issue_token(
                connection, user.id, settings.token_ttl, clock()
            )
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_at": expires_at,
            "manager": {"id": user.id, "name": user.name, "role": user.role},
        }

    @app.post(f"{API_PREFIX}/auth/revoke", status_code=204)
    def revoke(
        user: User, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
    ) -> Response:
        assert credentials is not None
        with engine.begin() as connection:
            user_service.revoke_token(connection, credentials.credentials, clock())
        return Response(status_code=204)

    @app.get(f"{API_PREFIX}/me", response_model=ManagerInfo)
    def me(user: User) -> dict[str, Any]:
        return {"id": user.id, "name": user.name, "role": user.role}

    def maybe_purge() -> None:
        now = clock()
        if now < purge_state["next"] or not purge_lock.acquire(blocking=False):
            return
        try:
            purge_state["next"] = now + timedelta(hours=1)
            with engine.begin() as connection:
                purged = purge_tombstones(connection, now - settings.tombstone_retention)
            if purged:
                log.info("purged %d tombstones older than %s", purged, settings.tombstone_retention)
        finally:
            purge_lock.release()

    def refresh_stats() -> None:
        try:
            with engine.begin() as connection:
                changed = refresh_script_stats(connection, clock())
            if changed:
                log.info("published new script figures for %s", ", ".join(changed))
        except Exception:
            log.exception("recomputing the script figures failed; next try in one interval")
        finally:
            stats_lock.release()

    def maybe_refresh_stats() -> None:
        """Recompute the team's win rates in the background once an interval has passed."""
        now = clock()
        if (
            not settings.stats_interval
            or now < stats_state["next"]
            or not stats_lock.acquire(blocking=False)
        ):
            return
        stats_state["next"] = now + settings.stats_interval
        threading.Thread(target=refresh_stats, name="script-stats", daemon=True).start()

    @app.get(
        f"{API_PREFIX}/sync/pull",
        responses={
            200: {"model": PullResponse},
            400: {"description": "malformed cursor"},
            410: {"description": "cursor too old: re-sync from a snapshot"},
        },
    )
    def pull(
        user: User,
        cursor: Annotated[str | None, Query(max_length=200)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = DEFAULT_PAGE,
    ) -> Response:
        maybe_purge()
        maybe_refresh_stats()
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            try:
                page = pull_page(connection, user.id, cursor, limit)
            except CursorError as exc:
                raise HTTPException(410 if exc.gone else 400, str(exc)) from exc
        return Response(orjson.dumps(page), media_type="application/json")

    @app.post(
        f"{API_PREFIX}/sync/push",
        response_model=PushResponse,
        responses={503: {"description": "nothing could be applied now; retry later"}},
    )
    def push(body: PushRequest, user: User) -> Any:
        results = apply_batch(engine, user, body.mutations, clock, settings)
        if body.mutations and not results:
            return JSONResponse(
                {"detail": "the database is busy; nothing was applied"},
                503,
                headers={"Retry-After": "2"},
            )
        return {"results": results}

    def visible_lead(connection: Connection, user: Row[Any], lead_id: str) -> Row[Any]:
        query = select(*[getattr(Lead, c) for c in LEAD_WIRE_COLUMNS]).where(Lead.id == lead_id)
        if user.role != "admin":
            query = query.where(Lead.assignee_id == user.id)
        row = connection.execute(query).first()
        if row is None:
            raise HTTPException(404, "no such lead")
        return row

    @app.get(
        f"{API_PREFIX}/leads/{{lead_id}}",
        response_model=LeadData,
        responses={404: {"description": "no such lead among yours"}},
    )
    def get_lead(
        lead_id: Annotated[str, StringConstraints(max_length=64)], user: User
    ) -> dict[str, Any]:
        with engine.connect() as connection:
            return dict(visible_lead(connection, user, lead_id)._mapping)

    @app.get(
        f"{API_PREFIX}/leads/{{lead_id}}/outcomes",
        response_model=list[OutcomeInfo],
        responses={404: {"description": "no such lead among yours"}},
    )
    def lead_outcomes(
        lead_id: Annotated[str, StringConstraints(max_length=64)], user: User
    ) -> list[dict[str, Any]]:
        with engine.connect() as connection:
            visible_lead(connection, user, lead_id)
            rows = connection.execute(
                select(Outcome).where(Outcome.lead_id == lead_id).order_by(Outcome.started_at)
            )
            return [dict(r._mapping) for r in rows]

    @app.get(
        f"{API_PREFIX}/admin/users",
        response_model=list[UserInfo],
        responses={403: {"description": "admins only"}},
    )
    def admin_users(admin: Admin) -> list[dict[str, Any]]:
        with engine.connect() as connection:
            return [dict(u._mapping) for u in user_service.list_users(connection)]

    @app.post(
        f"{API_PREFIX}/admin/users/{{username}}/revoke",
        status_code=204,
        responses={403: {"description": "admins only"}, 404: {"description": "no user"}},
    )
    def admin_revoke(
        username: Annotated[str, StringConstraints(max_length=150)], admin: Admin
    ) -> Response:
        with engine.begin() as connection:
            try:
                target = user_service.get_user(connection, username)
            except user_service.UserError as exc:
                raise HTTPException(404, str(exc)) from exc
            user_service.revoke_user_tokens(connection, target.id, clock())
        return Response(status_code=204)

    @app.post(
        f"{API_PREFIX}/admin/leads/{{lead_id}}/assign",
        response_model=LeadData,
        responses={403: {"description": "admins only"}, 404: {"description": "no lead"}},
    )
    def admin_assign(
        lead_id: Annotated[str, StringConstraints(max_length=64)], body: AssignRequest, admin: Admin
    ) -> dict[str, Any]:
        with engine.begin() as connection:
            visible_lead(connection, admin, lead_id)
            try:
                target = user_service.get_user(connection, body.username)
            except user_service.UserError as exc:
                raise HTTPException(404, str(exc)) from exc
            lead_service.assign_leads(connection, [lead_id], target.id, clock())
            return dict(visible_lead(connection, admin, lead_id)._mapping)

    @app.get(
        f"{API_PREFIX}/reports/{{name}}",
        responses={
            403: {"description": "admins only"},
            404: {"description": "no such report"},
            422: {"description": "unknown grouping, manager or source, or a bad period"},
        },
    )
    def report(
        name: Annotated[str, StringConstraints(max_length=40)],
        admin: Admin,
        since: date | None = None,
        until: date | None = None,
        manager: Annotated[str | None, Query(max_length=150)] = None,
        source: Annotated[str | None, Query(max_length=32)] = None,
        by: Annotated[str | None, Query(max_length=16)] = None,
    ) -> Response:
        if name not in REPORTS:
            raise HTTPException(404, f"no report {name!r}; one of: {', '.join(REPORTS)}")
        filters = ReportFilters(since, until, manager, source)
        with engine.connect() as connection:
            try:
                built, chosen = run_report(connection, name, filters, by)
            except ReportError as exc:
                raise HTTPException(422, str(exc)) from exc
        return Response(orjson.dumps(built.as_json(filters, chosen)), media_type="application/json")

    return app
