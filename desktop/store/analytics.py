# SPDX-License-Identifier: MIT
"""The SQL behind the dashboard: counts over the local call history for a period.

Every query reads ``outcomes`` through its ``started_at`` index (or ``result, next_call_at``
for callbacks), so a day or a week costs milliseconds however long the history is. JSON
lists (objections, answers) are opened with SQLite's ``json_each``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.domain.analytics import Callback, Period, Tally
from desktop.domain.vocabulary import Result
from desktop.store.types import from_db_time, to_db_time

_IN_PERIOD = "o.started_at >= :start AND o.started_at < :end"


def _bounds(period: Period) -> dict[str, str]:
    return {"start": to_db_time(period.start), "end": to_db_time(period.end)}


def call_counts(session: Session, period: Period) -> list[tuple[str, str, int]]:
    """``(disposition, result, calls)`` for the calls started in the period."""
    rows = session.execute(
        text(
            f"SELECT o.disposition, o.result, count(*) FROM outcomes o WHERE {_IN_PERIOD} "
            "GROUP BY o.disposition, o.result"
        ),
        _bounds(period),
    )
    return [(str(d), str(r), int(n)) for d, r, n in rows]


def loss_reason_counts(session: Session, period: Period) -> list[tuple[str, int]]:
    """``(loss reason ID, lost calls)`` in the period, most frequent first."""
    rows = session.execute(
        text(
            f"SELECT coalesce(o.loss_reason_id, ''), count(*) AS n FROM outcomes o "
            f"WHERE {_IN_PERIOD} AND o.result = :lost GROUP BY 1 ORDER BY n DESC, 1"
        ),
        {**_bounds(period), "lost": Result.LOST.value},
    )
    return [(str(r), int(n)) for r, n in rows]


def objection_counts(session: Session, period: Period) -> list[tuple[str, int]]:
    """``(objection ID, calls where it came up)`` in the period."""
    rows = session.execute(
        text(
            "SELECT j.value, count(DISTINCT o.id) FROM outcomes o, json_each(o.objections) j "
            f"WHERE {_IN_PERIOD} GROUP BY j.value"
        ),
        _bounds(period),
    )
    return [(str(i), int(n)) for i, n in rows]


def first_calls(session: Session, period: Period) -> list[tuple[datetime, datetime]]:
    """``(lead arrived, first call)`` for the leads whose first call falls in the period
    (leads no longer held here are left out: their arrival time is unknown)."""
    rows = session.execute(
        text(
            "SELECT l.created_at, min(o.started_at) FROM outcomes o JOIN leads l ON l.id = "
            f"o.lead_id WHERE {_IN_PERIOD} AND NOT EXISTS (SELECT 1 FROM outcomes p WHERE "
            "p.lead_id = o.lead_id AND p.started_at < :start) GROUP BY o.lead_id"
        ),
        _bounds(period),
    )
    return [(from_db_time(a), from_db_time(f)) for a, f in rows]


def callbacks(session: Session, period: Period) -> list[Callback]:
    """Callbacks promised for a moment inside the period, with the next call on each lead."""
    rows = session.execute(
        text(
            "SELECT o.lead_id, o.started_at, o.next_call_at, (SELECT min(n.started_at) FROM "
            "outcomes n WHERE n.lead_id = o.lead_id AND n.started_at > o.started_at) "
            "FROM outcomes o WHERE o.result = :follow_up AND o.next_call_at >= :start "
            "AND o.next_call_at < :end"
        ),
        {**_bounds(period), "follow_up": Result.FOLLOW_UP.value},
    )
    return [
        Callback(
            lead_id=str(lead),
            recorded_call_at=from_db_time(at),
            promised_at=from_db_time(promised),
            next_call_at=from_db_time(following) if following else None,
        )
        for lead, at, promised, following in rows
    ]


def tallies(session: Session) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """The manager's own tallies by objection ID and by answer ID, over all their calls."""
    found: list[dict[str, Tally]] = []
    for column in ("objections", "answers_used"):
        rows = session.execute(
            text(
                "SELECT j.value, count(DISTINCT o.id), "
                "count(DISTINCT CASE WHEN o.result = :won THEN o.id END), "
                "count(DISTINCT CASE WHEN o.result = :lost THEN o.id END) "
                f"FROM outcomes o, json_each(o.{column}) j GROUP BY j.value"
            ),
            {"won": Result.QUALIFIED.value, "lost": Result.LOST.value},
        )
        found.append({str(i): Tally(int(n), int(w), int(lo)) for i, n, w, lo in rows})
    return found[0], found[1]
