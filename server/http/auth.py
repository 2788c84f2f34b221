# SPDX-License-Identifier: MIT
"""Health, logging in (rate limited) and out, and who the token belongs to."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response

from salesdesk.protocol.models import (
    API_PREFIX,
    HealthResponse,
    ManagerInfo,
    TokenRequest,
    TokenResponse,
)
from server import __version__
from server.http.deps import AppClock, Credentials, DbEngine, Settings, User
from server.services import users as user_service
from server.services.login_limits import login_wait, record_login

router = APIRouter(prefix=API_PREFIX)


@router.get("/health", response_model=HealthResponse)
def health(db: DbEngine) -> dict[str, Any]:
    """The server answers and reaches its database."""
    with db.connect() as connection:
        connection.exec_driver_sql("SELECT 1")
    return {"status": "ok", "version": __version__, "database": db.dialect.name}


@router.post(
    "/auth/token",
    response_model=TokenResponse,
    responses={
        401: {"description": "wrong username or password"},
        429: {"description": "too many attempts; see Retry-After"},
    },
)
def login(
    body: TokenRequest,
    request: Request,
    db: DbEngine,
    settings: Settings,
    now: AppClock,
) -> dict[str, Any]:
    """A token for a username and password (limited per account and per address)."""
    # the TCP peer; uvicorn puts the forwarded client here only for a --trusted-proxy peer
    address = request.client.host if request.client else "unknown"
    with db.begin() as connection:
        wait = login_wait(connection, body.username, address, now(), settings)
        if wait:
            raise HTTPException(
                429, "too many login attempts; try again later", headers={"Retry-After": str(wait)}
            )
    with db.begin() as connection:
        user = user_service.authenticate(connection, body.username, body.password)
        record_login(connection, body.username, address, now(), failed=user is None)
    if user is None:
        raise HTTPException(401, "wrong username or password")
    with db.begin() as connection:
        token, expires_at = user_service.issue_token(connection, user.id, settings.token_ttl, now())
    return {
        "access_token": token,
        "token_type": "bearer",
        "expires_at": expires_at,
        "manager": {"id": user.id, "name": user.name, "role": user.role},
    }


@router.post("/auth/revoke", status_code=204)
def revoke(user: User, credentials: Credentials, db: DbEngine, now: AppClock) -> Response:
    """End the calling token."""
    assert credentials is not None  # ``user`` checked it
    with db.begin() as connection:
        user_service.revoke_token(connection, credentials.credentials, now())
    return Response(status_code=204)


@router.get("/me", response_model=ManagerInfo)
def me(user: User) -> dict[str, Any]:
    """Who the token belongs to."""
    return {"id": user.id, "name": user.name, "role": user.role}
