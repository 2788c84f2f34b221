# SPDX-License-Identifier: MIT
"""Dependencies of the routers, read from ``app.state``: the engine, the settings, the clock,
the periodic jobs, and who is calling (a bearer token, renewed as it is used; admins only)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.engine import Row

from server.config import ServerSettings
from server.scheduler import PeriodicJobs
from server.services import users as user_service

Clock = Callable[[], datetime]


def engine(request: Request) -> Engine:
    """The database engine of the app."""
    return request.app.state.engine  # type: ignore[no-any-return]


def settings(request: Request) -> ServerSettings:
    """The server's settings."""
    return request.app.state.settings  # type: ignore[no-any-return]


def clock(request: Request) -> Clock:
    """The app's clock (tests pass their own)."""
    return request.app.state.clock  # type: ignore[no-any-return]


def jobs(request: Request) -> PeriodicJobs:
    """The periodic jobs (run when requests come by)."""
    return request.app.state.jobs  # type: ignore[no-any-return]


DbEngine = Annotated[Engine, Depends(engine)]
Settings = Annotated[ServerSettings, Depends(settings)]
AppClock = Annotated[Clock, Depends(clock)]
Jobs = Annotated[PeriodicJobs, Depends(jobs)]

bearer = HTTPBearer(auto_error=False)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def current_user(
    credentials: Credentials, db: DbEngine, now: AppClock, settings: Settings
) -> Row[Any]:
    """The user the bearer token belongs to; 401 without a valid token. A token in use lives
    on (``token_ttl`` from its last use, at most ``token_max_age`` from its login)."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise HTTPException(401, "a bearer token is needed", headers={"WWW-Authenticate": "Bearer"})
    moment = now()
    with db.connect() as connection:
        user = user_service.user_for_token(connection, credentials.credentials, moment)
    if user is None:
        raise HTTPException(
            401,
            "the token is invalid, expired or revoked; log in again",
            headers={"WWW-Authenticate": "Bearer"},
        )
    renewed = user_service.renewed_expiry(user, moment, settings.token_ttl, settings.token_max_age)
    if renewed is not None:
        with db.begin() as connection:
            user_service.renew_token(connection, credentials.credentials, renewed)
    return user


User = Annotated[Row[Any], Depends(current_user)]


def admin_user(user: User) -> Row[Any]:
    """The calling user when they are an admin; 403 otherwise."""
    if user.role != "admin":
        raise HTTPException(403, "this needs an admin")
    return user


Admin = Annotated[Row[Any], Depends(admin_user)]


def staff_user(user: User) -> Row[Any]:
    """The calling user when they are a team lead or an admin; 403 otherwise (what a team
    lead may touch is their team's: see ``teams.managed_ids``)."""
    if user.role not in ("admin", "team_lead"):
        raise HTTPException(403, "this needs a team lead or an admin")
    return user


Staff = Annotated[Row[Any], Depends(staff_user)]
