# SPDX-License-Identifier: MIT
"""Team-lead and admin endpoints for the script editor: the latest version of a script, a
check of an edited one (every problem that keeps it from being walked on a call) and its
publication as a new version, which every workstation pulls."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, HTTPException
from pydantic import StringConstraints
from sqlalchemy import func, select

from salesdesk.protocol.models import API_PREFIX
from server.http.deps import AppClock, DbEngine, Staff
from server.models import ScriptVersionRow
from server.services.audit import audit
from server.services.content import ContentError, check_script, latest_script, publish_script

router = APIRouter(prefix=f"{API_PREFIX}/admin/scripts")

ScriptId = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Document = Annotated[dict[str, Any], Body()]
_ADMINS: dict[int | str, dict[str, Any]] = {403: {"description": "team leads and admins"}}


@router.get("", responses=_ADMINS)
def scripts(staff: Staff, db: DbEngine) -> list[dict[str, Any]]:
    """Every script with its latest version."""
    with db.connect() as connection:
        rows = connection.execute(
            select(ScriptVersionRow.script_id, func.max(ScriptVersionRow.version)).group_by(
                ScriptVersionRow.script_id
            )
        )
        return [{"id": r[0], "version": r[1]} for r in rows]


@router.get("/{script_id}", responses={**_ADMINS, 404: {"description": "no such script"}})
def script(script_id: ScriptId, staff: Staff, db: DbEngine) -> dict[str, Any]:
    """The latest version of a script, as published."""
    with db.connect() as connection:
        found = latest_script(connection, script_id)
    if found is None:
        raise HTTPException(404, f"no script {script_id!r}")
    return found


@router.post("/check", responses=_ADMINS)
def check(document: Document, staff: Staff, db: DbEngine) -> dict[str, Any]:
    """Every problem that keeps an edited script from being published ([] when none), and
    the version it would be published as."""
    with db.connect() as connection:
        try:
            checked = check_script(connection, document)
        except ContentError as exc:
            return {"problems": exc.problems, "version": None}
    return {"problems": [], "version": checked.version}


@router.post(
    "",
    status_code=201,
    responses={**_ADMINS, 422: {"description": "the script cannot be walked on a call"}},
)
def publish(document: Document, staff: Staff, db: DbEngine, now: AppClock) -> dict[str, Any]:
    """Publish an edited script as a new version (the old ones are kept)."""
    with db.begin() as connection:
        try:
            script_id, version = publish_script(connection, document, now())
        except ContentError as exc:
            raise HTTPException(422, {"problems": exc.problems}) from exc
        audit(connection, staff, "script.publish", script_id, now(), version=version)
    return {"id": script_id, "version": version}
