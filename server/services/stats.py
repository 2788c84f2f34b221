# SPDX-License-Identifier: MIT
"""Team-wide win rates of script objections, answers and guided-call choices, published as
``script_stats``.

``refresh_script_stats`` tallies every recorded call (objections raised, answers used, how
the call ended) with the same arithmetic as the workstation (``salesdesk.domain.analytics``),
and for each script keeps the tallies of the objections and answers it contains. A script
whose figures changed gets a new version and a feed change for every user, so workstations
pull it like any other entity. The server runs it every ``stats_interval`` and the CLI's
``stats refresh`` runs it on demand.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from salesdesk.domain.analytics import Tally, tally_calls
from salesdesk.domain.flow import Node
from salesdesk.domain.qualification import choice_marks
from server.feed import FeedChange, all_user_ids, record
from server.models import OutcomeRow, ScriptStatsRow, ScriptVersionRow
from server.services.content import published_script

_BATCH = 5000


def _latest_scripts(connection: Connection) -> dict[str, dict[str, Any]]:
    latest = (
        select(ScriptVersionRow.script_id, func.max(ScriptVersionRow.version).label("v"))
        .group_by(ScriptVersionRow.script_id)
        .subquery()
    )
    rows = connection.execute(
        select(ScriptVersionRow.script_id, ScriptVersionRow.data).join(
            latest,
            (ScriptVersionRow.script_id == latest.c.script_id)
            & (ScriptVersionRow.version == latest.c.v),
        )
    )
    return {r.script_id: r.data for r in rows}


def team_tallies(connection: Connection) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Tallies by objection ID and by answer ID over every recorded call."""
    # per execution: Connection.execution_options() would change the connection for good
    rows = connection.execute(
        select(OutcomeRow.objections, OutcomeRow.answers_used, OutcomeRow.result),
        execution_options={"yield_per": _BATCH},
    )
    return tally_calls((r.objections or [], r.answers_used or [], r.result, 1) for r in rows)


def choice_tallies(connection: Connection) -> dict[str, dict[str, Tally]]:
    """Per script: tallies by ``question=choice`` over the guided calls made with it (the
    questions of its latest version decide what is a choice)."""
    found: dict[str, dict[str, Tally]] = {}
    questions: dict[str, dict[str, Node]] = {}
    rows = connection.execute(
        select(OutcomeRow.script_id, OutcomeRow.answers, OutcomeRow.result).where(
            OutcomeRow.script_id.is_not(None)
        ),
        execution_options={"yield_per": _BATCH},
    )
    for row in rows:
        if not row.answers:
            continue
        if row.script_id not in questions:
            latest = connection.scalar(
                select(func.max(ScriptVersionRow.version)).where(
                    ScriptVersionRow.script_id == row.script_id
                )
            )
            script = published_script(connection, row.script_id, latest) if latest else None
            questions[row.script_id] = script.questions() if script else {}
        tallies = found.setdefault(row.script_id, {})
        for mark in set(choice_marks(row.answers, questions[row.script_id])):
            tallies[mark] = tallies.get(mark, Tally()).add(row.result, 1)
    return found


def _wire(tally: Tally) -> dict[str, int]:
    return {"calls": tally.calls, "won": tally.won, "lost": tally.lost}


def refresh_script_stats(connection: Connection, now: datetime) -> list[str]:
    """Recompute every script's figures; publish those that changed. Returns their IDs."""
    objections, answers = team_tallies(connection)
    choices = choice_tallies(connection)
    stored = {r.script_id: r for r in connection.execute(select(ScriptStatsRow))}
    changed: list[str] = []
    for script_id, script in sorted(_latest_scripts(connection).items()):
        figures = {
            "objections": {
                o["id"]: _wire(objections[o["id"]])
                for o in script.get("objections", [])
                if o["id"] in objections
            },
            "answers": {
                a["id"]: _wire(answers[a["id"]])
                for o in script.get("objections", [])
                for a in o.get("answers", [])
                if a["id"] in answers
            },
            "choices": {k: _wire(t) for k, t in sorted(choices.get(script_id, {}).items())},
        }
        old = stored.get(script_id)
        if old is not None and {k: old.data.get(k) for k in figures} == figures:
            continue
        data = {"script_id": script_id, "computed_at": now.isoformat(), **figures}
        if old is None:
            connection.execute(
                insert(ScriptStatsRow),
                {"script_id": script_id, "version": 1, "computed_at": now, "data": data},
            )
        else:
            connection.execute(
                update(ScriptStatsRow)
                .where(ScriptStatsRow.script_id == script_id)
                .values(version=old.version + 1, computed_at=now, data=data)
            )
        changed.append(script_id)
    if changed:
        users = all_user_ids(connection)
        record(connection, [FeedChange(u, "script_stats", s) for u in users for s in changed], now)
    return changed
