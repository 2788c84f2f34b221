# SPDX-License-Identifier: MIT
"""The audit log: every admin action (assignment, import and undo, user and team changes,
device wipes, script publications, source keys, assignment rules) with who did it, when,
on what, and its particulars — written in the action's own transaction, so an action that
did not happen leaves no line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection, Row

from server.models import AuditRow

#: Who acts from the server's shell (``salesdesk-server …``).
COMMAND_LINE = "command line"


def audit(
    connection: Connection,
    actor: Row[Any] | None,
    action: str,
    target: str,
    now: datetime,
    **details: Any,
) -> None:
    """Write one action to the log (``actor`` None: the command line)."""
    connection.execute(
        insert(AuditRow),
        {
            "at": now,
            "actor_id": actor.id if actor is not None else None,
            "actor": actor.username if actor is not None else COMMAND_LINE,
            "action": action,
            "target": target[:200],
            "details": details,
        },
    )


def audit_entries(
    connection: Connection,
    since: datetime | None = None,
    actor: str | None = None,
    action: str | None = None,
    limit: int = 200,
) -> list[Row[Any]]:
    """The latest entries first (``actor``: a username or "command line")."""
    query = select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(limit)
    if since is not None:
        query = query.where(AuditRow.at >= since)
    if actor is not None:
        query = query.where(AuditRow.actor == actor)
    if action is not None:
        query = query.where(AuditRow.action == action)
    return list(connection.execute(query))
