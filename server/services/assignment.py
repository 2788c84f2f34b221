# SPDX-License-Identifier: MIT
"""Assignment rules: who gets a lead that arrives by itself.

A manager takes part while active and on shift (their hours and weekdays in their own time
zone; no hours: always), when the lead's source and country are among theirs (none listed:
any) and their open leads are under their cap. Among those, weighted round robin: the one
with the fewest leads from the rules per unit of weight is next (ties by username). When
nobody fits, the lead stays in the unassigned pool, which team leads see. The choice and
its reason are stored with the lead. A disabled manager's open leads go through the rules
again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from sqlalchemy import func, select, true, update
from sqlalchemy.engine import Connection, Row

from salesdesk.domain.lead import Lead
from salesdesk.domain.lead_values import lead_from_record
from salesdesk.domain.stages import OPEN_STAGES
from salesdesk.domain.their_time import number_zones
from salesdesk.domain.vocabulary import Source
from server.feed import FeedChange, record
from server.models import LeadRow, UserRow

_HOURS = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$")


class RuleError(ValueError):
    """A rule that cannot be set as given (bad hours, weight, cap, zone)."""


@dataclass(frozen=True)
class Choice:
    """The manager chosen (None: the pool) and why, in a sentence for the team lead."""

    user_id: str | None
    reason: str


def parse_hours(text: str) -> tuple[str, str]:
    """``09:00-18:00`` as its two ends; RuleError otherwise."""
    match = _HOURS.match(text.strip())
    if not match or text.strip()[:5] == text.strip()[6:]:
        raise RuleError(f"hours are HH:MM-HH:MM, e.g. 09:00-18:00, not {text!r}")
    start, end = text.strip().split("-")
    return start, end


def on_shift(user: Any, now: datetime) -> bool:
    """Whether the manager works now, in their own time zone (no hours: always)."""
    local = now.astimezone(ZoneInfo(user.time_zone or "UTC"))
    if str(local.isoweekday()) not in (user.shift_days or "1234567"):
        return False
    if not user.shift_start or not user.shift_end:
        return True
    start = time.fromisoformat(user.shift_start)
    end = time(23, 59, 59) if user.shift_end == "24:00" else time.fromisoformat(user.shift_end)
    clock = local.time()
    return start <= clock < end if start < end else clock >= start or clock < end


def lead_country(lead: Lead) -> str:
    """The country of the lead's first phone ("" when it has none)."""
    return number_zones(lead.phones[0])[1] if lead.phones else ""


def choose(
    connection: Connection, lead: Lead, now: datetime, among: frozenset[str] | None = None
) -> Choice:
    """The manager the rules give this lead (one of ``among`` when given), or the pool, and
    why (nothing is written)."""
    managers = connection.execute(
        select(UserRow)
        .where(UserRow.role == "manager", UserRow.disabled.is_(False))
        .where(UserRow.id.in_(among) if among is not None else true())
        .order_by(UserRow.username)
    ).all()
    open_counts = dict(
        connection.execute(
            select(LeadRow.assignee_id, func.count())
            .where(LeadRow.stage.in_([s.value for s in OPEN_STAGES]))
            .group_by(LeadRow.assignee_id)
        ).all()
    )
    country = lead_country(lead)
    fitting, why_not = [], []
    for user in managers:
        if user.assign_weight <= 0:
            continue
        if not on_shift(user, now):
            why_not.append(f"{user.username} off shift")
        elif user.assign_sources and lead.source.value not in user.assign_sources:
            why_not.append(f"{user.username} takes other sources")
        elif user.assign_countries and country not in user.assign_countries:
            why_not.append(f"{user.username} takes other countries")
        elif user.open_cap is not None and open_counts.get(user.id, 0) >= user.open_cap:
            why_not.append(f"{user.username} at the cap of {user.open_cap} open leads")
        else:
            fitting.append(user)
    if not fitting:
        detail = "; ".join(why_not) if why_not else "no manager takes leads by the rules"
        return Choice(None, f"unassigned pool: {detail}"[:300])
    chosen = min(fitting, key=lambda u: (u.auto_assigned / u.assign_weight, u.username))
    shift = (
        f"{chosen.shift_start}-{chosen.shift_end} {chosen.time_zone}"
        if chosen.shift_start
        else "always"
    )
    reason = (
        f"round robin among {len(fitting)} on shift: {chosen.username} "
        f"(shift {shift}, weight {chosen.assign_weight}, "
        f"{open_counts.get(chosen.id, 0)} open)"
    )
    return Choice(chosen.id, reason[:300])


def assign_by_rules(
    connection: Connection, lead: Lead, now: datetime, among: frozenset[str] | None = None
) -> Choice:
    """Choose the lead's manager and count it for them (the caller inserts the lead with
    ``lead.assignee_id`` and the reason)."""
    choice = choose(connection, lead, now, among)
    lead.assignee_id = choice.user_id
    if choice.user_id is not None:
        connection.execute(
            update(UserRow)
            .where(UserRow.id == choice.user_id)
            .values(auto_assigned=UserRow.auto_assigned + 1)
        )
    return choice


def set_rules(connection: Connection, username: str, **rules: Any) -> None:
    """Change a manager's rules (only the ones given): hours ("" clears), days, zone,
    weight, cap (None clears), sources, countries."""
    values: dict[str, Any] = {}
    if "hours" in rules:
        values["shift_start"], values["shift_end"] = (
            parse_hours(rules["hours"]) if rules["hours"] else (None, None)
        )
    if "days" in rules:
        days = "".join(sorted(set(rules["days"])))
        if not days or any(d not in "1234567" for d in days):
            raise RuleError(f"days are ISO weekday digits (1 Monday … 7 Sunday), not {days!r}")
        values["shift_days"] = days
    if "zone" in rules:
        try:
            ZoneInfo(rules["zone"])
        except (KeyError, ValueError) as exc:
            raise RuleError(f"{rules['zone']!r} is not a time zone") from exc
        values["time_zone"] = rules["zone"]
    if "weight" in rules:
        if not 0 <= rules["weight"] <= 100:
            raise RuleError("the weight is 0 (takes no leads) to 100")
        values["assign_weight"] = rules["weight"]
    if "cap" in rules:
        if rules["cap"] is not None and rules["cap"] < 0:
            raise RuleError("the cap is a number of open leads, 0 or more")
        values["open_cap"] = rules["cap"]
    if "sources" in rules:
        sources = [v.strip() for v in rules["sources"] if v.strip()]
        unknown = [v for v in sources if v not in {s.value for s in Source}]
        if unknown:
            raise RuleError(f"not a source: {', '.join(unknown)}; sources: "
                            + ", ".join(s.value for s in Source))  # fmt: skip
        values["assign_sources"] = sources
    if "countries" in rules:
        countries = [v.strip().upper() for v in rules["countries"] if v.strip()]
        unknown = [v for v in countries if v not in phonenumbers.SUPPORTED_REGIONS]
        if unknown:
            raise RuleError(f"not a region code: {', '.join(unknown)} (use DE, GB, RU…)")
        values["assign_countries"] = countries
    found = connection.execute(update(UserRow).where(UserRow.username == username).values(**values))
    if not found.rowcount:
        raise RuleError(f"no user {username!r}")


def redistribute(connection: Connection, user_id: str, now: datetime) -> dict[str | None, int]:
    """Give a disabled manager's open leads to others by the rules (or the pool); returns
    how many went to whom (None: the pool)."""
    rows = connection.execute(
        select(LeadRow).where(
            LeadRow.assignee_id == user_id,
            LeadRow.stage.in_([s.value for s in OPEN_STAGES]),
        )
    ).all()
    return reassign_by_rules(connection, rows, now)


def reassign_by_rules(
    connection: Connection,
    rows: Sequence[Row[Any]],
    now: datetime,
    among: frozenset[str] | None = None,
    keep_unfit: bool = False,
) -> dict[str | None, int]:
    """Give these leads (their rows) to managers by the rules — only those in ``among``
    when given (a team lead's team). A lead nobody fits goes to the pool, or stays where it
    is with ``keep_unfit``. Returns how many went to whom (None: the pool)."""
    from server.services.leads import assign_leads

    targets: dict[str | None, list[str]] = {}
    reasons: dict[str, str] = {}
    for row in rows:
        choice = assign_by_rules(connection, lead_from_record(row), now, among)
        if choice.user_id is None and keep_unfit:
            continue
        targets.setdefault(choice.user_id, []).append(row.id)
        reasons[row.id] = choice.reason
    for target, ids in targets.items():
        if target is not None:
            assign_leads(connection, ids, target, now)
            continue
        owners = dict(connection.execute(
            select(LeadRow.id, LeadRow.assignee_id).where(LeadRow.id.in_(ids))
        ).all())  # fmt: skip
        connection.execute(
            update(LeadRow)
            .where(LeadRow.id.in_(ids))
            .values(assignee_id=None, version=LeadRow.version + 1, updated_at=now)
        )
        gone = [FeedChange(owner, "lead", i, "remove") for i, owner in owners.items() if owner]
        record(connection, gone, now)
    for lead_id, reason in reasons.items():
        connection.execute(
            update(LeadRow).where(LeadRow.id == lead_id).values(assignment_reason=reason)
        )
    return {target: len(ids) for target, ids in targets.items()}
