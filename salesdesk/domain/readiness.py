# SPDX-License-Identifier: MIT
"""Ready to sell? The team's readiness rules and scoring weights over a call's answers.

A rule is a verdict (ready, nurture, disqualify) and the conditions that must all hold;
the first rule whose conditions hold gives the verdict, and the conditions are its
reasons ("budget 12,000 € ≥ 10,000 €; timing: March"). A nurture verdict returns the lead
at the month its timing answer names; a disqualification names its loss reason. Scoring
adds the points of every weight whose condition holds (0–100) and grades the lead's
quality: no answers → empty, at least ``targeted_from`` → targeted, else non-targeted.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from salesdesk.domain.flow import (
    OPS_FOR,
    AnswerKind,
    Condition,
    GraphProblem,
    Node,
    NodeKind,
    Op,
    answer_date,
    holds,
)
from salesdesk.domain.vocabulary import Quality, Result


class Verdict(StrEnum):
    """What the answers say about the lead."""

    READY = "ready"
    NURTURE = "nurture"
    DISQUALIFY = "disqualify"


#: The result each verdict suggests on the outcome form.
SUGGESTED_RESULT: dict[Verdict, Result] = {
    Verdict.READY: Result.QUALIFIED,
    Verdict.NURTURE: Result.NURTURE,
    Verdict.DISQUALIFY: Result.LOST,
}


@dataclass(frozen=True, slots=True)
class ReadinessRule:
    """A verdict and the conditions (over question IDs) that must all hold for it."""

    verdict: Verdict
    when: tuple[Condition, ...]
    loss_reason_id: str = ""
    #: a nurture's return: the date or month question whose answer names it
    return_from: str = ""


@dataclass(frozen=True, slots=True)
class Weight:
    """Points added to the score when a condition over an answer holds."""

    when: Condition
    points: int


@dataclass(frozen=True, slots=True)
class Scoring:
    """A script version's scoring weights and the score from which a lead is targeted."""

    weights: tuple[Weight, ...] = ()
    targeted_from: int = 50


@dataclass(frozen=True, slots=True)
class Reason:
    """A condition that held, with the answer it held for (None: not answered)."""

    condition: Condition
    value: Any


@dataclass(frozen=True, slots=True)
class Assessment:
    """A verdict with its reasons, the nurture's return day and the loss reason to use."""

    verdict: Verdict
    reasons: tuple[Reason, ...]
    return_on: date | None = None
    loss_reason_id: str = ""

    @property
    def result(self) -> Result:
        """The result the verdict suggests."""
        return SUGGESTED_RESULT[self.verdict]


def assess(
    rules: Iterable[ReadinessRule], answers: Mapping[str, Any], call_day: date
) -> Assessment | None:
    """The verdict of the first rule whose conditions all hold (None: no rule holds, or
    there are no answers to judge)."""
    if not answers:
        return None
    for rule in rules:
        reasons: list[Reason] = []
        for condition in rule.when:
            value = answers.get(condition.question)
            if not holds(condition, value, condition.question in answers, call_day):
                break
            reasons.append(Reason(condition, value))
        else:
            return Assessment(
                rule.verdict,
                tuple(reasons),
                answer_date(answers.get(rule.return_from)) if rule.return_from else None,
                rule.loss_reason_id,
            )
    return None


def score(scoring: Scoring, answers: Mapping[str, Any], call_day: date) -> tuple[int, Quality]:
    """The lead's score (0–100) and quality from a call's answers."""
    if not answers:
        return 0, Quality.EMPTY
    points = sum(
        w.points
        for w in scoring.weights
        if holds(w.when, answers.get(w.when.question), w.when.question in answers, call_day)
    )
    points = max(0, min(100, points))
    return points, Quality.TARGETED if points >= scoring.targeted_from else Quality.NON_TARGETED


def rule_problems(
    rules: Iterable[ReadinessRule],
    scoring: Scoring,
    nodes: Iterable[Node],
    loss_reason_ids: Iterable[str] | None = None,
) -> list[GraphProblem]:
    """Rules and weights that name a question the script does not ask, compare an answer in
    a way its type cannot be compared, name a choice the question does not have, or return
    a nurture from something that is not a date (``loss_reason_ids`` None: not checked)."""
    rules = list(rules)
    questions = {n.id: n for n in nodes if n.kind is NodeKind.ASK}
    known_reasons = None if loss_reason_ids is None else set(loss_reason_ids)
    problems: list[GraphProblem] = []
    conditions = [(f"rule {i + 1}", c) for i, r in enumerate(rules) for c in r.when]
    conditions += [(f"weight {i + 1}", w.when) for i, w in enumerate(scoring.weights)]
    for where, condition in conditions:
        problems += _condition_problems(where, condition, questions)
    for i, rule in enumerate(rules):
        if not rule.when:
            problems.append(GraphProblem("rule_without_conditions", detail=f"rule {i + 1}"))
        if rule.return_from:
            node = questions.get(rule.return_from)
            if node is None or node.answer not in (AnswerKind.DATE, AnswerKind.MONTH):
                problems.append(GraphProblem("bad_return", rule.return_from, f"rule {i + 1}"))
        if (
            rule.verdict is Verdict.DISQUALIFY
            and known_reasons is not None
            and rule.loss_reason_id not in known_reasons
        ):
            problems.append(
                GraphProblem("unknown_loss_reason", detail=f"rule {i + 1}: {rule.loss_reason_id}")
            )
    return problems


def _condition_problems(
    where: str, condition: Condition, questions: Mapping[str, Node]
) -> list[GraphProblem]:
    node = questions.get(condition.question)
    if node is None or node.answer is None:
        return [GraphProblem("unknown_question", condition.question, where)]
    if condition.op in (Op.ANSWERED, Op.NOT_ANSWERED):
        return []
    if condition.op not in OPS_FOR[node.answer]:
        return [GraphProblem("bad_condition", node.id, f"{where}: {condition.op.value}")]
    if node.answer in (AnswerKind.CHOICE, AnswerKind.CHOICES, AnswerKind.YES_NO):
        wanted = condition.value if isinstance(condition.value, list) else [condition.value]
        ids = {"yes", "no"} if node.answer is AnswerKind.YES_NO else {c.id for c in node.choices}
        unknown = [str(w) for w in wanted if _choice_id(w) not in ids]
        if unknown:
            return [GraphProblem("unknown_choice", node.id, f"{where}: {', '.join(unknown)}")]
    elif not isinstance(condition.value, int | float) or isinstance(condition.value, bool):
        return [GraphProblem("bad_condition", node.id, f"{where}: {condition.value!r}")]
    return []


def _choice_id(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
