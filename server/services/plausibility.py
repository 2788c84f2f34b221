# SPDX-License-Identifier: MIT
"""Is a pushed piece of history plausible? The checks that keep a manager from fabricating
what the reports, speed to lead and the team's win rates are built from.

* A call starts after its lead arrived (less ``ARRIVAL_TOLERANCE``: the lead's arrival is
  another workstation's clock), no later than ``FUTURE_TOLERANCE`` after the server
  received it, and no earlier than the offline window the server allows
  (``ServerSettings.offline_window``, 60 days by default). A lead's ``created_at`` lies in
  the same window.
* The objections and answers a call marks exist in the script version it names (any
  published version when it names none: an older workstation).
* A guided call's answers fit the questions of its script version, and the verdict and
  score it reports are those the version's rules and weights give (``check_qualification``).
* A call on a lead that has since gone to another manager is accepted only if it started
  before the lead left its caller.

Each failure is a ``Rejected`` with a stable code (an ``ErrorCode``: the workstation's
problems view says it in the manager's language) and its ``value``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from salesdesk.domain.flow import AnswerError
from salesdesk.domain.qualification import checked_answers, judge
from salesdesk.protocol.models import CallOutcomeData
from server.config import ServerSettings
from server.models import ScriptVersionRow
from server.services.content import published_script
from server.services.rejection import Rejected

#: how far after the server received it a call may say it started (clocks drift)
FUTURE_TOLERANCE = timedelta(minutes=5)
#: how far before its lead arrived a call may say it started
ARRIVAL_TOLERANCE = timedelta(minutes=10)


def _when(moment: datetime) -> str:
    return moment.isoformat(timespec="minutes")


def check_moment(moment: datetime, what: str, now: datetime, settings: ServerSettings) -> datetime:
    """``moment`` (a call's start, a lead's arrival) within the offline window and at most
    ``FUTURE_TOLERANCE`` ahead of ``now``; returned no later than ``now``."""
    if moment > now + FUTURE_TOLERANCE:
        raise Rejected(
            f"{what} ({_when(moment)}) is later than the server received it",
            "implausible_time",
            {"value": _when(moment)},
        )
    earliest = now - settings.offline_window
    if moment < earliest:
        days = settings.offline_window.days
        raise Rejected(
            f"{what} ({_when(moment)}) is older than the {days} days a change may wait offline",
            "too_old",
            {"value": str(days)},
        )
    return min(moment, now)


def check_after_arrival(started_at: datetime, lead_created_at: datetime) -> None:
    """A call cannot start before its lead arrived."""
    if started_at < lead_created_at - ARRIVAL_TOLERANCE:
        raise Rejected(
            f"the call ({_when(started_at)}) is earlier than its lead arrived "
            f"({_when(lead_created_at)})",
            "before_lead",
            {"value": _when(lead_created_at)},
        )


def check_still_theirs(started_at: datetime, unassigned_at: datetime | None) -> None:
    """A call on a lead that went to someone else must have started before it went."""
    if unassigned_at is not None and started_at >= unassigned_at:
        raise Rejected(
            f"the lead went to another manager at {_when(unassigned_at)}, before this call",
            "not_yours_then",
            {"value": _when(unassigned_at)},
        )


_VERSION = select(ScriptVersionRow.published_at).where(
    ScriptVersionRow.script_id == bindparam("script_id"),
    ScriptVersionRow.version == bindparam("version"),
)
_VERSIONS = select(
    ScriptVersionRow.script_id, ScriptVersionRow.version, ScriptVersionRow.published_at
)
_DATA = select(ScriptVersionRow.data).where(
    ScriptVersionRow.script_id == bindparam("script_id"),
    ScriptVersionRow.version == bindparam("version"),
)
#: the objection and answer IDs of each published version (versions never change once
#: published; the publication time tells a reseeded test database's apart)
_MARKS: dict[tuple[str, int, datetime], tuple[frozenset[str], frozenset[str]]] = {}


def _marks_of(
    connection: Connection, script_id: str, version: int, published_at: datetime
) -> tuple[frozenset[str], frozenset[str]]:
    key = (script_id, version, published_at)
    if key not in _MARKS:
        data = connection.scalar(_DATA, {"script_id": script_id, "version": version}) or {}
        objections: list[dict[str, Any]] = data.get("objections", [])
        _MARKS[key] = (
            frozenset(o["id"] for o in objections),
            frozenset(a["id"] for o in objections for a in o.get("answers", [])),
        )
    return _MARKS[key]


def check_script_marks(
    connection: Connection,
    objections: Iterable[str],
    answers: Iterable[str],
    script_id: str | None,
    script_version: int | None,
) -> None:
    """Every objection and answer a call marks exists in the script version it names."""
    objections, answers = set(objections), set(answers)
    if not objections and not answers:
        return
    if script_id is not None:
        if script_version is None:
            raise Rejected("a call naming its script names its version too", "invalid_data")
        published = connection.scalar(_VERSION, {"script_id": script_id, "version": script_version})
        if published is None:
            raise Rejected(
                f"there is no script {script_id} version {script_version}",
                "unknown_script",
                {"value": f"{script_id} {script_version}"},
            )
        versions = [(script_id, script_version, published)]
    else:
        versions = [(r.script_id, r.version, r.published_at) for r in connection.execute(_VERSIONS)]
    known_objections: set[str] = set()
    known_answers: set[str] = set()
    for sid, version, published_at in versions:
        marked_objections, marked_answers = _marks_of(connection, sid, version, published_at)
        known_objections |= marked_objections
        known_answers |= marked_answers
    unknown = sorted((objections - known_objections) | (answers - known_answers))
    if unknown:
        raise Rejected(
            f"the script has no objection or answer {', '.join(unknown[:5])}",
            "unknown_script_item",
            {"value": ", ".join(unknown[:5])},
        )


def check_qualification(
    connection: Connection, data: CallOutcomeData, started_at: datetime
) -> None:
    """A guided call's answers fit the questions of the script version it names, and the
    verdict, score and quality it reports are the ones that version's rules give for them
    (judged from ``started_at``, the call's start as the workstation recorded it)."""
    if not data.answers and data.verdict is None and data.score is None and data.quality is None:
        return
    if data.script_id is None or data.script_version is None:
        raise Rejected("a call with answers names its script and version", "invalid_data")
    script = published_script(connection, data.script_id, data.script_version)
    if script is None:
        raise Rejected(
            f"there is no script {data.script_id} version {data.script_version}",
            "unknown_script",
            {"value": f"{data.script_id} {data.script_version}"},
        )
    try:
        answers = checked_answers(script, data.answers)
    except AnswerError as exc:
        raise Rejected(
            f"the answer to {exc.question} does not fit it: {exc.code}",
            "bad_answer",
            {"value": exc.question, "problem": exc.code},
        ) from exc
    if answers != data.answers:
        raise Rejected("the answers are not in their stored form", "bad_answer", {"value": ""})
    judgement = judge(script, answers, started_at)
    expected = {
        "verdict": judgement.assessment.verdict if judgement.assessment else None,
        "score": judgement.score,
        "quality": judgement.quality,
    }
    given = {"verdict": data.verdict, "score": data.score, "quality": data.quality}
    differ = [f"{k}: {given[k]} ≠ {expected[k]}" for k in expected if given[k] != expected[k]]
    if differ:
        raise Rejected(
            f"the script's rules judge these answers differently ({'; '.join(differ)})",
            "judgement_mismatch",
            {"value": "; ".join(differ)},
        )
