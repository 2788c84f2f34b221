# SPDX-License-Identifier: MIT
"""A call's qualification answers checked against its script version, and what they decide:
the readiness verdict with its reasons and the lead's score and quality. The workstation
judges when the call is saved; the server judges again from the same script version and
refuses an outcome whose verdict or score differ (see ``mismatch``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from salesdesk.domain.flow import AnswerError, AnswerKind, Node, checked_answer
from salesdesk.domain.readiness import Assessment, assess, score
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import Quality

#: the answers that are choices (what per-choice win rates count)
CHOICE_KINDS = frozenset({AnswerKind.CHOICE, AnswerKind.CHOICES, AnswerKind.YES_NO})


@dataclass(frozen=True, slots=True)
class Judgement:
    """What a call's answers say: the verdict (None: no rule holds) and the score."""

    assessment: Assessment | None
    score: int | None
    quality: Quality | None


def call_day(started_at: datetime) -> date:
    """The day a call's answers are judged from ("within 3 months" of it): its UTC date, the
    same on the workstation (which stores times in UTC) and on the server."""
    return started_at.astimezone(UTC).date()


def checked_answers(script: CallScript, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers as stored, each checked against its question; AnswerError for the first
    one that names no question of the script or does not fit its question's type."""
    questions = script.questions()
    checked: dict[str, Any] = {}
    for question_id, value in answers.items():
        node = questions.get(question_id)
        if node is None:
            raise AnswerError("unknown_question", question_id)
        checked[question_id] = checked_answer(node, value)
    return checked


def judge(script: CallScript | None, answers: Mapping[str, Any], started_at: datetime) -> Judgement:
    """The verdict and score of these answers under the script's rules and weights (nothing
    when the call had no answers or the script is not a guided one)."""
    if script is None or not script.guided or not answers:
        return Judgement(None, None, None)
    day = call_day(started_at)
    points, quality = score(script.scoring, answers, day)
    return Judgement(assess(script.readiness, answers, day), points, quality)


def choice_marks(answers: Mapping[str, Any], questions: Mapping[str, Node]) -> list[str]:
    """The choices a call's answers made among ``questions`` (a script's), as
    ``question=choice`` keys (yes/no as ``question=yes``): what per-choice win rates count.
    Numbers, amounts, dates and texts make none."""
    marks: list[str] = []
    for question, value in answers.items():
        node = questions.get(question)
        if node is None or node.answer not in CHOICE_KINDS:
            continue
        if isinstance(value, bool):
            marks.append(f"{question}={'yes' if value else 'no'}")
        else:
            marks += [f"{question}={v}" for v in (value if isinstance(value, list) else [value])]
    return marks
