# SPDX-License-Identifier: MIT
"""Teams: a team lead and the managers in their team. A team lead sees, assigns and reports
on their team's work; an admin on everyone's (``managed_ids``)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, insert, or_, select, true, update
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.vocabulary import Role
from server.models import LeadRow, TeamRow, UserRow
from server.services.users import UserError, get_user


class TeamError(ValueError):
    """A team operation that cannot be done (unknown team, taken name, not a team lead…)."""


def add_team(connection: Connection, name: str, lead: str | None, now: datetime) -> str:
    """A new team, led by the user ``lead`` (a team lead); returns its ID."""
    name = name.strip()
    if not name or len(name) > 100:
        raise TeamError("a team needs a name of 1 to 100 characters")
    if connection.scalar(select(TeamRow.id).where(TeamRow.name == name)) is not None:
        raise TeamError(f"there is a team {name!r} already")
    lead_id = _lead_id(connection, lead) if lead else None
    team_id = str(uuid.uuid4())
    connection.execute(
        insert(TeamRow), {"id": team_id, "name": name, "lead_id": lead_id, "created_at": now}
    )
    return team_id


def _lead_id(connection: Connection, username: str) -> str:
    try:
        user = get_user(connection, username)
    except UserError as exc:
        raise TeamError(str(exc)) from exc
    if user.role != Role.TEAM_LEAD.value:
        raise TeamError(f"{username} is not a team lead (role {user.role})")
    return str(user.id)


def team_of(connection: Connection, name: str) -> Row[Any]:
    """The team by name; TeamError when there is none."""
    row = connection.execute(select(TeamRow).where(TeamRow.name == name)).first()
    if row is None:
        raise TeamError(f"no team {name!r}")
    return row


def move_user(connection: Connection, username: str, team: str | None) -> None:
    """Put a manager in a team (None: in none)."""
    try:
        user = get_user(connection, username)
    except UserError as exc:
        raise TeamError(str(exc)) from exc
    team_id = team_of(connection, team).id if team else None
    connection.execute(update(UserRow).where(UserRow.id == user.id).values(team_id=team_id))


def list_teams(connection: Connection) -> list[dict[str, Any]]:
    """Every team with its lead's username and its members' usernames."""
    users = {u.id: u for u in connection.execute(select(UserRow))}
    teams = []
    for team in connection.execute(select(TeamRow).order_by(TeamRow.name)):
        lead = users.get(team.lead_id)
        members = sorted(u.username for u in users.values() if u.team_id == team.id)
        teams.append({"name": team.name, "lead": lead.username if lead else None,
                      "members": members})  # fmt: skip
    return teams


def managed_ids(connection: Connection, user: Row[Any]) -> frozenset[str] | None:
    """The users whose work ``user`` manages: None for an admin (everyone); for a team lead,
    the members of the teams they lead and themselves; for a manager, themselves."""
    if user.role == Role.ADMIN.value:
        return None
    if user.role != Role.TEAM_LEAD.value:
        return frozenset({user.id})
    teams = select(TeamRow.id).where(TeamRow.lead_id == user.id)
    members = connection.scalars(select(UserRow.id).where(UserRow.team_id.in_(teams))).all()
    return frozenset({user.id, *members})


def visible_leads(connection: Connection, user: Row[Any]) -> ColumnElement[bool]:
    """Which leads ``user`` sees: an admin all; a team lead their team's and the unassigned
    pool (which they assign from); a manager their own."""
    managed = managed_ids(connection, user)
    if managed is None:
        return true()
    if user.role == Role.TEAM_LEAD.value:
        return or_(LeadRow.assignee_id.in_(managed), LeadRow.assignee_id.is_(None))
    return LeadRow.assignee_id.in_(managed)
