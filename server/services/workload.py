# SPDX-License-Identifier: MIT
"""The team's leads and each manager's load, for the team lead who assigns them.

``team_leads`` lists the leads a team lead sees (their team's and the unassigned pool; an
admin: all) with filters; ``loads`` gives each manager's open leads, callbacks due today and
today's calls, conversations and qualified leads — "today" in the manager's own time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.stages import OPEN_STAGES
from salesdesk.domain.vocabulary import NO_CONVERSATION, Result
from server.models import LeadRow, OutcomeRow, UserRow
from server.services.teams import managed_ids, visible_leads

#: At most this many leads in one answer (the total is said with it).
LEADS_LIMIT = 5000
_OPEN = [s.value for s in OPEN_STAGES]


@dataclass(frozen=True)
class LeadFilter:
    """Which of the team's leads to list (each None or empty: any)."""

    source: str | None = None
    event: str | None = None
    stage: str | None = None
    temperature: str | None = None
    manager: str | None = None
    unassigned: bool = False
    #: never called and arrived at or before this moment
    waiting_since: datetime | None = None


def _conditions(connection: Connection, staff: Row[Any], wanted: LeadFilter) -> list[Any]:
    conditions: list[ColumnElement[bool]] = [visible_leads(connection, staff)]
    for column, value in ((LeadRow.source, wanted.source), (LeadRow.stage, wanted.stage),
                          (LeadRow.event_name, wanted.event),
                          (LeadRow.temperature, wanted.temperature)):  # fmt: skip
        if value:
            conditions.append(column == value)
    if wanted.unassigned:
        conditions.append(LeadRow.assignee_id.is_(None))
    elif wanted.manager:
        owner = select(UserRow.id).where(UserRow.username == wanted.manager)
        conditions.append(LeadRow.assignee_id.in_(owner.scalar_subquery()))
    if wanted.waiting_since is not None:
        conditions.append(LeadRow.attempts == 0)
        conditions.append(LeadRow.created_at <= wanted.waiting_since)
    return conditions


def team_leads(
    connection: Connection, staff: Row[Any], wanted: LeadFilter, limit: int = LEADS_LIMIT
) -> tuple[int, list[dict[str, Any]]]:
    """How many leads fit, and the first ``limit`` of them, oldest first."""
    conditions = _conditions(connection, staff, wanted)
    counted = select(func.count()).select_from(LeadRow).where(*conditions)
    total = int(connection.scalar(counted) or 0)
    names = dict(connection.execute(select(UserRow.id, UserRow.username)).all())
    rows = connection.execute(
        select(
            LeadRow.id, LeadRow.first_name, LeadRow.last_name, LeadRow.company, LeadRow.phones,
            LeadRow.source, LeadRow.event_name, LeadRow.stage, LeadRow.temperature,
            LeadRow.created_at, LeadRow.last_attempt_at, LeadRow.next_call_at, LeadRow.attempts,
            LeadRow.score, LeadRow.assignee_id,
        )
        .where(*conditions)
        .order_by(LeadRow.created_at, LeadRow.id)
        .limit(limit)
    ).all()  # fmt: skip
    return total, [
        {
            "id": r.id, "name": f"{r.first_name} {r.last_name}".strip(), "company": r.company,
            "phone": (r.phones or [""])[0], "source": r.source, "event": r.event_name,
            "stage": r.stage, "temperature": r.temperature, "created_at": r.created_at,
            "last_attempt_at": r.last_attempt_at, "next_call_at": r.next_call_at,
            "attempts": r.attempts, "score": r.score,
            "manager": names.get(r.assignee_id, "") if r.assignee_id else "",
        }
        for r in rows
    ]  # fmt: skip


def _today(zone: str | None, now: datetime) -> tuple[datetime, datetime]:
    local = now.astimezone(ZoneInfo(zone or "UTC"))
    start = datetime.combine(local.date(), time(0), local.tzinfo)
    return start, start + timedelta(days=1)


def loads(connection: Connection, staff: Row[Any], now: datetime) -> list[dict[str, Any]]:
    """Each active manager the staff manages: open leads, callbacks due by the end of their
    day, and their calls, conversations and qualified leads so far today."""
    managed = managed_ids(connection, staff)
    query = select(UserRow).where(UserRow.role == "manager", UserRow.disabled.is_(False))
    if managed is not None:
        query = query.where(UserRow.id.in_(managed))
    found = []
    for user in connection.execute(query.order_by(UserRow.username)):
        start, end = _today(user.time_zone, now)
        mine = LeadRow.assignee_id == user.id
        open_leads = connection.scalar(
            select(func.count()).select_from(LeadRow).where(mine, LeadRow.stage.in_(_OPEN))
        )
        due = connection.scalar(
            select(func.count())
            .select_from(LeadRow)
            .where(mine, LeadRow.stage.in_(_OPEN), LeadRow.next_call_at < end)
        )
        calls = connection.execute(
            select(OutcomeRow.disposition, OutcomeRow.result, func.count())
            .where(
                OutcomeRow.manager_id == user.id,
                OutcomeRow.started_at >= start,
                OutcomeRow.started_at < end,
            )
            .group_by(OutcomeRow.disposition, OutcomeRow.result)
        ).all()
        silent = {d.value for d in NO_CONVERSATION}
        found.append({
            "username": user.username, "name": user.name, "time_zone": user.time_zone or "UTC",
            "open": int(open_leads or 0), "due_today": int(due or 0),
            "calls_today": sum(n for _d, _r, n in calls),
            "conversations_today": sum(n for d, _r, n in calls if d not in silent),
            "qualified_today": sum(n for _d, r, n in calls if r == Result.QUALIFIED.value),
        })  # fmt: skip
    return found
