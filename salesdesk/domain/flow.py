# SPDX-License-Identifier: MIT
"""Scripts as graphs: nodes, typed answers, the conditions that choose an edge, the walk
through a call, and the checks that make a graph publishable.

A node says a text, asks a question with a typed answer, handles one of the script's
objections, or ends with a suggested result. Edges are chosen by the answer: each choice
names its next node; a number, an amount or a month goes through the question's
``branches`` (the first condition that holds) and otherwise to its ``next``.

Answers are JSON-safe values keyed by question ID (the outcome's ``answers`` map): a
choice ID, a list of choice IDs, ``true``/``false``, a number, ``{"amount", "currency"}``,
``"YYYY-MM-DD"``, ``"YYYY-MM"`` or a text.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from salesdesk.domain.vocabulary import Result

MAX_TEXT_ANSWER = 2000
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


class NodeKind(StrEnum):
    """What a node does on the call."""

    SAY = "say"
    ASK = "ask"
    OBJECTION = "objection"
    END = "end"


class AnswerKind(StrEnum):
    """The type of a question's answer."""

    CHOICE = "choice"
    CHOICES = "choices"
    YES_NO = "yes_no"
    NUMBER = "number"
    MONEY = "money"
    DATE = "date"
    MONTH = "month"
    TEXT = "text"


class Op(StrEnum):
    """How a condition compares an answer (in branches, readiness rules and scoring)."""

    IS = "is"  # the choice (or yes/no) given
    IS_NOT = "is_not"
    ANY_OF = "any_of"  # one of these choices (or, for several choices, any of them ticked)
    AT_LEAST = "at_least"  # a number or amount ≥ value
    BELOW = "below"
    WITHIN_MONTHS = "within_months"  # a date or month no later than value months after the call
    LATER_THAN_MONTHS = "later_than_months"
    ANSWERED = "answered"
    NOT_ANSWERED = "not_answered"


#: The operators each answer kind can be compared with.
OPS_FOR: dict[AnswerKind, frozenset[Op]] = {
    AnswerKind.CHOICE: frozenset({Op.IS, Op.IS_NOT, Op.ANY_OF}),
    AnswerKind.CHOICES: frozenset({Op.ANY_OF}),
    AnswerKind.YES_NO: frozenset({Op.IS, Op.IS_NOT}),
    AnswerKind.NUMBER: frozenset({Op.AT_LEAST, Op.BELOW}),
    AnswerKind.MONEY: frozenset({Op.AT_LEAST, Op.BELOW}),
    AnswerKind.DATE: frozenset({Op.WITHIN_MONTHS, Op.LATER_THAN_MONTHS}),
    AnswerKind.MONTH: frozenset({Op.WITHIN_MONTHS, Op.LATER_THAN_MONTHS}),
    AnswerKind.TEXT: frozenset(),
}
_ANY_KIND = frozenset({Op.ANSWERED, Op.NOT_ANSWERED})


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer choice of a question and the node it leads to ("" → the question's next)."""

    id: str
    label: str
    next: str = ""


@dataclass(frozen=True, slots=True)
class Condition:
    """``question op value``: in a branch the question is the node's own ("")."""

    op: Op
    value: Any = None
    question: str = ""
    #: for money: the currency ``value`` is in (an amount in another one never compares)
    currency: str = ""


@dataclass(frozen=True, slots=True)
class Branch:
    """An edge taken when its condition holds for the node's answer."""

    when: Condition
    next: str


@dataclass(frozen=True, slots=True)
class Node:
    """One node of a script graph (which fields count depends on ``kind``)."""

    id: str
    kind: NodeKind
    title: str = ""
    text: str = ""
    next: str = ""
    answer: AnswerKind | None = None
    choices: tuple[Choice, ...] = ()
    branches: tuple[Branch, ...] = ()
    unit: str = ""
    currency: str = ""
    objection: str = ""
    result: Result | None = None
    #: what a question's answer is about (need, budget, timing, decision maker…)
    topic: str = ""

    def choice(self, choice_id: str) -> Choice | None:
        """The choice with this ID, if the node has it."""
        return next((c for c in self.choices if c.id == choice_id), None)


class AnswerError(ValueError):
    """An answer that does not fit its question; ``code`` names why (see ANSWER_CODES)."""

    def __init__(self, code: str, question: str) -> None:
        super().__init__(f"{question}: {code.replace('_', ' ')}")
        self.code = code
        self.question = question


def yes_no_choices(node: Node) -> tuple[Choice, ...]:
    """A yes/no question's two choices (its own, or plain ones leading to its next)."""
    return node.choices or (Choice("yes", "Yes"), Choice("no", "No"))


def checked_answer(node: Node, value: Any) -> Any:
    """The answer as stored, or AnswerError: a choice the question has, an amount with a
    currency, a real calendar date or month, a finite number, a bounded text."""
    kind = node.answer
    if kind is AnswerKind.CHOICE:
        if not isinstance(value, str) or node.choice(value) is None:
            raise AnswerError("unknown_choice", node.id)
        return value
    if kind is AnswerKind.CHOICES:
        if not isinstance(value, list) or not all(
            isinstance(v, str) and node.choice(v) for v in value
        ):
            raise AnswerError("unknown_choice", node.id)
        return list(dict.fromkeys(value))
    if kind is AnswerKind.YES_NO:
        if not isinstance(value, bool):
            raise AnswerError("not_yes_no", node.id)
        return value
    if kind is AnswerKind.NUMBER:
        return _number(value, node.id)
    if kind is AnswerKind.MONEY:
        if not isinstance(value, dict) or set(value) != {"amount", "currency"}:
            raise AnswerError("not_money", node.id)
        currency = value["currency"]
        if not isinstance(currency, str) or not _CURRENCY.match(currency):
            raise AnswerError("not_money", node.id)
        return {"amount": _number(value["amount"], node.id), "currency": currency}
    if kind is AnswerKind.DATE:
        if not isinstance(value, str):
            raise AnswerError("not_a_date", node.id)
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise AnswerError("not_a_date", node.id) from exc
        return value
    if kind is AnswerKind.MONTH:
        if not isinstance(value, str) or month_start(value) is None:
            raise AnswerError("not_a_month", node.id)
        return value
    if kind is AnswerKind.TEXT:
        if not isinstance(value, str) or len(value) > MAX_TEXT_ANSWER:
            raise AnswerError("text_too_long", node.id)
        return value.strip()
    raise AnswerError("not_a_question", node.id)


def _number(value: Any, question: str) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise AnswerError("not_a_number", question)
    if abs(value) > 1e15:
        raise AnswerError("not_a_number", question)
    return value


def month_start(value: str) -> date | None:
    """The first day of a ``YYYY-MM`` month (None when it is not one)."""
    found = _MONTH.match(value)
    if found is None or not 1 <= int(found.group(2)) <= 12:
        return None
    return date(int(found.group(1)), int(found.group(2)), 1)


def answer_date(value: Any) -> date | None:
    """The day a date or month answer names (a month: its first day)."""
    if not isinstance(value, str):
        return None
    if _MONTH.match(value):
        return month_start(value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def months_after(start: date, months: int) -> date:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def holds(condition: Condition, value: Any, answered: bool, call_day: date) -> bool:
    """Whether a condition holds for an answer (``answered``: whether there is one).
    A comparison with no answer, or with an amount in another currency, does not hold."""
    op = condition.op
    if op is Op.ANSWERED:
        return answered
    if op is Op.NOT_ANSWERED:
        return not answered
    if not answered:
        return False
    if op in (Op.IS, Op.IS_NOT):
        same = _same_choice(value, condition.value)
        return same if op is Op.IS else not same
    if op is Op.ANY_OF:
        wanted = {str(v) for v in (condition.value or [])}
        given = value if isinstance(value, list) else [value]
        return any(_choice_text(v) in wanted for v in given)
    if op in (Op.AT_LEAST, Op.BELOW):
        amount = value
        if isinstance(value, dict):
            if condition.currency and value.get("currency") != condition.currency:
                return False
            amount = value.get("amount")
        if not isinstance(amount, int | float) or isinstance(amount, bool):
            return False
        threshold = float(condition.value)
        return amount >= threshold if op is Op.AT_LEAST else amount < threshold
    if op in (Op.WITHIN_MONTHS, Op.LATER_THAN_MONTHS):
        day = answer_date(value)
        if day is None:
            return False
        limit = months_after(call_day, int(condition.value))
        return day <= limit if op is Op.WITHIN_MONTHS else day > limit
    return False


def _choice_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _same_choice(value: Any, expected: Any) -> bool:
    return _choice_text(value) == _choice_text(expected)


def next_node(node: Node, value: Any, answered: bool, call_day: date) -> str:
    """The node after this one given its answer ("" after an end, or when a question waits
    for its answer and has no edge for "not answered")."""
    if node.kind is NodeKind.END:
        return ""
    if node.kind is NodeKind.ASK and answered:
        if node.answer is AnswerKind.CHOICE:
            chosen = node.choice(str(value))
            if chosen is not None and chosen.next:
                return chosen.next
        elif node.answer is AnswerKind.YES_NO:
            chosen = next((c for c in yes_no_choices(node) if c.id == _choice_text(value)), None)
            if chosen is not None and chosen.next:
                return chosen.next
        for branch in node.branches:
            if holds(branch.when, value, answered, call_day):
                return branch.next
    return node.next


def targets(node: Node) -> list[str]:
    """Every node this one can lead to."""
    found = [node.next] if node.next else []
    found += [c.next for c in node.choices if c.next]
    found += [b.next for b in node.branches]
    return found


@dataclass(frozen=True, slots=True)
class GraphProblem:
    """Why a script graph cannot be published: a code, the node at fault and a detail."""

    code: str
    node: str = ""
    detail: str = ""

    def __str__(self) -> str:
        where = f"node {self.node!r}: " if self.node else ""
        return f"{where}{GRAPH_PROBLEMS[self.code]}" + (f" ({self.detail})" if self.detail else "")


#: Every problem ``graph_problems`` can find, in words (the editor shows them translated).
GRAPH_PROBLEMS: dict[str, str] = {
    "no_start": "the script names no start node, or one it does not have",
    "duplicate_id": "this ID is used by more than one node",
    "unknown_target": "leads to a node the script does not have",
    "unreachable": "no path from the start reaches it",
    "dead_end": "it leads nowhere, and it is not an end",
    "no_way_out": "no path from it reaches an end (a loop)",
    "choice_leads_nowhere": "an answer choice leads nowhere",
    "too_few_choices": "a question with choices needs at least two",
    "duplicate_choice": "two choices share an ID",
    "not_a_question": "an ask node needs an answer type",
    "bad_condition": "a branch compares the answer in a way its type cannot be compared",
    "unknown_objection": "handles an objection the script does not have",
    "end_without_result": "an end needs a suggested result",
    "unknown_placeholder": "uses a placeholder the app does not know",
    "bad_currency": "a money question needs a three-letter currency code (EUR, RUB…)",
    "unknown_question": "a rule or weight names a question the script does not ask",
    "unknown_choice": "a rule or weight names a choice the question does not have",
    "rule_without_conditions": "a readiness rule needs at least one condition",
    "bad_return": "a nurture returns at a date or month question's answer",
    "unknown_loss_reason": "a disqualification needs a loss reason from the catalog",
}


def graph_problems(
    nodes: Iterable[Node],
    start: str,
    objection_ids: Iterable[str],
    placeholders: Iterable[str] = (),
    known_placeholders: Iterable[str] = (),
) -> list[GraphProblem]:
    """Everything that keeps a graph from being walked on a call: every node reachable from
    the start, every path ending, every choice leading somewhere, every target and objection
    known, every comparison possible. ``placeholders`` are those the texts use."""
    nodes = list(nodes)
    problems: list[GraphProblem] = []
    by_id: dict[str, Node] = {}
    for node in nodes:
        if node.id in by_id:
            problems.append(GraphProblem("duplicate_id", node.id))
        by_id[node.id] = node
    if start not in by_id:
        problems.append(GraphProblem("no_start", detail=start))
    objections = set(objection_ids)
    for node in nodes:
        problems += _node_problems(node, by_id, objections)
    reachable = reachable_from(by_id, start)
    problems += [GraphProblem("unreachable", n.id) for n in nodes if n.id not in reachable]
    ending = _reaching_an_end(by_id)
    problems += [
        GraphProblem("no_way_out", n.id)
        for n in nodes
        if n.id not in ending and targets(n) and n.id in reachable
    ]
    unknown = sorted(set(placeholders) - set(known_placeholders))
    problems += [GraphProblem("unknown_placeholder", detail="{" + u + "}") for u in unknown]
    return problems


def _node_problems(
    node: Node, by_id: Mapping[str, Node], objections: set[str]
) -> list[GraphProblem]:
    problems = [
        GraphProblem("unknown_target", node.id, target)
        for target in targets(node)
        if target not in by_id
    ]
    if node.kind is NodeKind.END:
        if node.result is None:
            problems.append(GraphProblem("end_without_result", node.id))
        return problems
    if node.kind is NodeKind.OBJECTION and node.objection not in objections:
        problems.append(GraphProblem("unknown_objection", node.id, node.objection))
    if node.kind is NodeKind.ASK:
        problems += _question_problems(node)
    elif not node.next:
        problems.append(GraphProblem("dead_end", node.id))
    return problems


def _question_problems(node: Node) -> list[GraphProblem]:
    kind = node.answer
    if kind is None:
        return [GraphProblem("not_a_question", node.id)]
    problems: list[GraphProblem] = []
    choices = yes_no_choices(node) if kind is AnswerKind.YES_NO else node.choices
    if kind is AnswerKind.YES_NO and {c.id for c in choices} != {"yes", "no"}:
        problems.append(GraphProblem("too_few_choices", node.id, "yes, no"))
    if kind in (AnswerKind.CHOICE, AnswerKind.CHOICES) and len(choices) < 2:
        problems.append(GraphProblem("too_few_choices", node.id))
    ids = [c.id for c in choices]
    problems += [
        GraphProblem("duplicate_choice", node.id, i)
        for i in sorted({i for i in ids if ids.count(i) > 1})
    ]
    if kind in (AnswerKind.CHOICE, AnswerKind.YES_NO) and not node.next:
        problems += [
            GraphProblem("choice_leads_nowhere", node.id, c.id) for c in choices if not c.next
        ]
    elif not node.next:
        problems.append(GraphProblem("dead_end", node.id))
    for branch in node.branches:
        if branch.when.op not in OPS_FOR[kind] | _ANY_KIND or not _comparable(branch.when):
            problems.append(GraphProblem("bad_condition", node.id, branch.when.op.value))
    if kind is AnswerKind.MONEY and not _CURRENCY.match(node.currency or ""):
        problems.append(GraphProblem("bad_currency", node.id, node.currency))
    return problems


def _comparable(condition: Condition) -> bool:
    if condition.op in (Op.AT_LEAST, Op.BELOW, Op.WITHIN_MONTHS, Op.LATER_THAN_MONTHS):
        return isinstance(condition.value, int | float) and not isinstance(condition.value, bool)
    return True


def reachable_from(by_id: Mapping[str, Node], start: str) -> set[str]:
    """The IDs of the nodes some path from ``start`` reaches (``start`` included)."""
    seen: set[str] = set()
    todo = [start] if start in by_id else []
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo += [t for t in targets(by_id[current]) if t in by_id]
    return seen


def _reaching_an_end(by_id: Mapping[str, Node]) -> set[str]:
    """The nodes from which some path reaches an end (walking the edges backwards)."""
    sources: dict[str, list[str]] = {}
    for node in by_id.values():
        for target in targets(node):
            sources.setdefault(target, []).append(node.id)
    found = {n.id for n in by_id.values() if n.kind is NodeKind.END}
    todo = list(found)
    while todo:
        for source in sources.get(todo.pop(), []):
            if source not in found:
                found.add(source)
                todo.append(source)
    return found


def node_texts(node: Node) -> list[str]:
    """The texts of a node a call shows (for the placeholder check)."""
    return [node.title, node.text, *(c.label for c in node.choices)]
