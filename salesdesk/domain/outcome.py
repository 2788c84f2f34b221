# SPDX-License-Identifier: MIT
"""Call outcomes: what a manager records after a call, its validation and its effect on the lead."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from salesdesk.domain.catalog import LossReason
from salesdesk.domain.clock import day_start
from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.lead import MAX_TEXT, Lead
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.readiness import SUGGESTED_RESULT, Verdict
from salesdesk.domain.stages import move
from salesdesk.domain.vocabulary import (
    NO_CONVERSATION,
    Disposition,
    Quality,
    Result,
    Stage,
    Temperature,
)

#: The longest call we believe (a day); anything longer is a clock or typing error.
MAX_DURATION_S = 24 * 3600
MAX_LIST = 100


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """One call and what it decided. A fact: recorded once; only its caller may correct it,
    within ``AMEND_WINDOW`` of its start (``call_outcome.amend``), and then the corrected
    version is the one that counts.

    ``objections`` are objection IDs from the script, ``answers_used`` script step IDs;
    ``script_id`` and ``script_version`` name the script they come from (the one shown
    during the call; None when none was). A guided call adds its typed ``answers`` by
    question ID, the ``verdict`` and ``score``/``quality`` they gave under that script version
    (see qualification.judge) and, when the result is not the one the verdict suggests, the
    caller's ``overrule_reason``.
    """

    id: str
    lead_id: str
    started_at: datetime
    duration_s: int
    disposition: Disposition
    result: Result
    loss_reason_id: str | None = None
    objections: tuple[str, ...] = ()
    answers_used: tuple[str, ...] = ()
    note: str = ""
    next_call_at: datetime | None = None
    nurture_until: datetime | None = None
    script_id: str | None = None
    script_version: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    verdict: Verdict | None = None
    overrule_reason: str = ""
    score: int | None = None
    quality: Quality | None = None


@dataclass(frozen=True, slots=True)
class OutcomeDraft:
    """The outcome form's values before validation."""

    lead_id: str
    started_at: datetime
    duration_s: int
    disposition: Disposition
    result: Result
    loss_reason_id: str | None = None
    objections: tuple[str, ...] = ()
    answers_used: tuple[str, ...] = ()
    note: str = ""
    next_call_at: datetime | None = None
    nurture_until: datetime | None = None
    script_id: str | None = None
    script_version: int | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    verdict: Verdict | None = None
    overrule_reason: str = ""
    score: int | None = None
    quality: Quality | None = None
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


def validate_outcome(
    draft: OutcomeDraft,
    *,
    now: datetime,
    loss_reasons: dict[str, LossReason],
) -> CallOutcome:
    """Check an outcome against the method's rules and return it.

    ``now`` is the moment the future-ness of a callback is judged against: the save time on
    the workstation, the call's start on the server (an offline outcome arrives later).
    Raises ValidationErrors with one entry per field at fault.
    """
    errors: list[ValidationError] = []
    if draft.started_at.tzinfo is None:
        errors.append(
            ValidationError(
                "the call start needs a time zone", "started_at", ErrorCode.START_NEEDS_ZONE
            )
        )
    if not 0 <= draft.duration_s <= MAX_DURATION_S:
        errors.append(
            ValidationError(
                "the call duration is out of range", "duration_s", ErrorCode.DURATION_RANGE
            )
        )
    if len(draft.note) > MAX_TEXT:
        errors.append(
            ValidationError(
                f"the note is too long (over {MAX_TEXT})",
                "note",
                ErrorCode.NOTE_TOO_LONG,
                limit=MAX_TEXT,
            )
        )
    if len(draft.objections) > MAX_LIST or len(draft.answers_used) > MAX_LIST:
        errors.append(
            ValidationError(
                "too many objections or answers", "objections", ErrorCode.TOO_MANY_MARKS
            )
        )
    if draft.disposition in NO_CONVERSATION and draft.result in (Result.QUALIFIED, Result.NURTURE):
        errors.append(
            ValidationError(
                f"a call that ended “{draft.disposition.value.replace('_', ' ')}” had no "
                f"conversation, so it cannot be {draft.result.value}",
                "result",
                ErrorCode.NO_CONVERSATION,
                disposition=draft.disposition.value,
                result=draft.result.value,
            )
        )
    if draft.result is Result.LOST:
        reason = loss_reasons.get(draft.loss_reason_id or "")
        if not draft.loss_reason_id:
            errors.append(
                ValidationError(
                    "a lost lead needs a loss reason", "loss_reason_id", ErrorCode.LOST_NEEDS_REASON
                )
            )
        elif reason is None or not reason.active:
            errors.append(
                ValidationError(
                    "that loss reason is not in the catalog",
                    "loss_reason_id",
                    ErrorCode.UNKNOWN_REASON,
                )
            )
        elif reason.requires_comment and not draft.note.strip():
            errors.append(
                ValidationError(
                    f"“{reason.label}” needs a comment in the note",
                    "note",
                    ErrorCode.REASON_NEEDS_COMMENT,
                    reason=reason.label,
                )
            )
    elif draft.loss_reason_id:
        errors.append(
            ValidationError(
                "a loss reason goes only with a lost lead",
                "loss_reason_id",
                ErrorCode.REASON_ONLY_WHEN_LOST,
            )
        )
    if draft.result is Result.FOLLOW_UP:
        if draft.next_call_at is None:
            errors.append(
                ValidationError(
                    "a follow-up needs the next call time",
                    "next_call_at",
                    ErrorCode.FOLLOW_UP_NEEDS_TIME,
                )
            )
        elif draft.next_call_at.tzinfo is None:
            errors.append(
                ValidationError(
                    "the next call time needs a time zone",
                    "next_call_at",
                    ErrorCode.TIME_NEEDS_ZONE,
                )
            )
        elif draft.next_call_at <= now:
            errors.append(
                ValidationError(
                    "the next call time must be in the future",
                    "next_call_at",
                    ErrorCode.NEXT_CALL_IN_PAST,
                )
            )
    elif draft.next_call_at is not None:
        errors.append(
            ValidationError(
                "a next call time goes only with a follow-up",
                "next_call_at",
                ErrorCode.NEXT_CALL_ONLY_FOLLOW_UP,
            )
        )
    if draft.nurture_until is not None and (
        draft.result is not Result.NURTURE or draft.nurture_until.tzinfo is None
    ):
        errors.append(
            ValidationError(
                "a return date goes only with nurture",
                "nurture_until",
                ErrorCode.RETURN_ONLY_NURTURE,
            )
        )
    if (
        draft.verdict is not None
        and draft.result is not SUGGESTED_RESULT[draft.verdict]
        and not draft.overrule_reason.strip()
    ):
        errors.append(
            ValidationError(
                f"the answers say “{draft.verdict.value}”: say why the result differs",
                "overrule_reason",
                ErrorCode.OVERRULE_NEEDS_REASON,
                verdict=draft.verdict.value,
            )
        )
    if len(draft.overrule_reason) > MAX_TEXT:
        errors.append(
            ValidationError(
                f"the reason is too long (over {MAX_TEXT})",
                "overrule_reason",
                ErrorCode.NOTE_TOO_LONG,
                limit=MAX_TEXT,
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return CallOutcome(
        id=draft.id,
        lead_id=draft.lead_id,
        started_at=draft.started_at,
        duration_s=draft.duration_s,
        disposition=draft.disposition,
        result=draft.result,
        loss_reason_id=draft.loss_reason_id,
        objections=tuple(dict.fromkeys(draft.objections)),
        answers_used=tuple(dict.fromkeys(draft.answers_used)),
        note=draft.note.strip(),
        next_call_at=draft.next_call_at,
        nurture_until=draft.nurture_until,
        script_id=draft.script_id,
        script_version=draft.script_version,
        answers=dict(draft.answers),
        verdict=draft.verdict,
        overrule_reason=draft.overrule_reason.strip(),
        score=draft.score,
        quality=draft.quality,
    )


_TARGET_STAGE: dict[Result, Stage] = {
    Result.QUALIFIED: Stage.CONVERTED,
    Result.NURTURE: Stage.NURTURING,
    Result.LOST: Stage.DISQUALIFIED,
    Result.FOLLOW_UP: Stage.QUALIFYING,
    Result.NONE: Stage.QUALIFYING,
}


def apply_outcome(lead: Lead, outcome: CallOutcome, *, manager_time_zone: str) -> Lead:
    """The lead after this call: attempts counted, stage moved, next call set or cleared,
    and, for a guided call, the score and quality its answers gave.

    Attempts before the start of the manager's day that holds the call (``day_start`` in
    ``manager_time_zone``) do not count towards today's. Raises ValidationError when the
    lead's stage cannot take the result (a converted lead cannot be called into ``lost``).
    """
    attempts_today = lead.attempts_today
    today = day_start(outcome.started_at, manager_time_zone)
    if lead.last_attempt_at is None or lead.last_attempt_at < today:
        attempts_today = 0
    stage = move(lead.stage, _TARGET_STAGE[outcome.result])
    if outcome.score is not None and outcome.quality is not None:
        lead = replace(lead, score=outcome.score, quality=outcome.quality)
    return replace(
        lead,
        stage=stage,
        attempts=lead.attempts + 1,
        attempts_today=attempts_today + 1,
        last_attempt_at=max(outcome.started_at, lead.last_attempt_at or outcome.started_at),
        next_call_at=outcome.next_call_at if outcome.result is Result.FOLLOW_UP else None,
        nurture_until=outcome.nurture_until if outcome.result is Result.NURTURE else None,
        loss_reason_id=outcome.loss_reason_id if outcome.result is Result.LOST else None,
    )


#: How long after a call its caller may still correct it.
AMEND_WINDOW = timedelta(hours=24)
#: The lead's fields a recorded call sets (what a correction recomputes).
OUTCOME_FIELDS = (
    "stage",
    "attempts",
    "attempts_today",
    "last_attempt_at",
    "next_call_at",
    "nurture_until",
    "loss_reason_id",
    "score",
    "quality",
)


_ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "stage": Stage,
    "temperature": Temperature,
    "quality": Quality,
}
_RESTORABLE = frozenset(OUTCOME_FIELDS) | {"temperature", "quality"}


def fields_before(lead: Lead) -> dict[str, Any]:
    """The lead's fields a call is about to set, as they were (JSON-safe: ISO times), kept
    with the call so that a correction can recompute the lead."""
    values: dict[str, Any] = {}
    for name in OUTCOME_FIELDS:
        value = getattr(lead, name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, StrEnum):
            value = value.value
        values[name] = value
    return values


def restore_fields(lead: Lead, before: dict[str, Any]) -> Lead:
    """The lead with these fields back as ``fields_before`` kept them (a call undone)."""
    restored: dict[str, Any] = {}
    for name, value in before.items():
        if name not in _RESTORABLE:
            continue
        if name in _ENUM_FIELDS and value is not None:
            value = _ENUM_FIELDS[name](str(value))
        elif name in ("last_attempt_at", "next_call_at", "nurture_until") and value is not None:
            value = datetime.fromisoformat(str(value))
        restored[name] = value
    return replace(lead, **restored)


def amend_effect(
    lead: Lead, before: dict[str, Any], amended: CallOutcome, *, manager_time_zone: str
) -> Lead:
    """The lead as if the corrected call had been recorded instead of the original: the
    fields the original set go back to ``before`` (``fields_before``), then the correction
    applies. A conversion corrected to "no answer" goes back to qualifying, say. Raises
    ValidationError when the lead's stage cannot take the corrected result."""
    restored = restore_fields(lead, {k: v for k, v in before.items() if k in OUTCOME_FIELDS})
    return apply_outcome(restored, amended, manager_time_zone=manager_time_zone)


def quick_next_call_times(now: datetime, morning_hour: int = 9) -> dict[str, datetime]:
    """The outcome form's quick choices: in one hour, tomorrow morning, next week (Monday)."""
    tomorrow = (now + timedelta(days=1)).replace(
        hour=morning_hour, minute=0, second=0, microsecond=0
    )
    days_to_monday = 7 - now.weekday()
    next_week = (now + timedelta(days=days_to_monday)).replace(
        hour=morning_hour, minute=0, second=0, microsecond=0
    )
    return {
        "in_1_hour": now + timedelta(hours=1),
        "tomorrow_morning": tomorrow,
        "next_week": next_week,
    }


#: Dispositions after which the lead is simply tried again (no conversation took place).
TRY_AGAIN: frozenset[Disposition] = frozenset(
    {Disposition.NO_ANSWER, Disposition.BUSY, Disposition.VOICEMAIL}
)
#: Dispositions that mean the contact itself is wrong.
BAD_CONTACT: frozenset[Disposition] = frozenset(
    {Disposition.WRONG_NUMBER, Disposition.INVALID_NUMBER}
)


def retry_time(now: datetime, rules: QueueRules, after: timedelta) -> datetime:
    """When to try a lead again after an unanswered call: ``after`` from now, or the start of
    the manager's next calling day when that falls outside calling hours."""
    zone = ZoneInfo(rules.manager_time_zone)
    moment = (now + after).astimezone(zone)
    if rules.calling_start <= moment.time() < rules.calling_end:
        return moment
    day = moment.date() if moment.time() < rules.calling_start else moment.date() + timedelta(1)
    return datetime.combine(day, rules.calling_start, tzinfo=zone)
