# SPDX-License-Identifier: MIT
"""Script graphs: each kind of unwalkable graph refused with its reason, typed answers
checked, and the edge an answer chooses."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from salesdesk.domain.flow import (
    AnswerError,
    AnswerKind,
    Branch,
    Choice,
    Condition,
    Node,
    NodeKind,
    Op,
    checked_answer,
    graph_problems,
    holds,
    months_after,
    next_node,
)
from salesdesk.domain.vocabulary import Result

DAY = date(2026, 12, 3)

GREETING = Node("hello", NodeKind.SAY, text="Hello {lead.first_name}", next="need")
NEED = Node(
    "need",
    NodeKind.ASK,
    answer=AnswerKind.CHOICE,
    choices=(Choice("clear", "Clear", "budget"), Choice("none", "Gone", "lost")),
)
BUDGET = Node(
    "budget",
    NodeKind.ASK,
    answer=AnswerKind.MONEY,
    currency="EUR",
    branches=(Branch(Condition(Op.BELOW, 1000, currency="EUR"), "price"),),
    next="ready",
)
PRICE = Node("price", NodeKind.OBJECTION, objection="too-expensive", next="ready")
READY = Node("ready", NodeKind.END, result=Result.QUALIFIED)
LOST = Node("lost", NodeKind.END, result=Result.LOST)
GRAPH = (GREETING, NEED, BUDGET, PRICE, READY, LOST)


def problems(nodes: tuple[Node, ...], start: str = "hello") -> list[tuple[str, str]]:
    return [(p.code, p.node) for p in graph_problems(nodes, start, {"too-expensive"})]


def swap(node: Node) -> tuple[Node, ...]:
    return tuple(node if n.id == node.id else n for n in GRAPH)


def test_a_sound_graph_has_no_problems() -> None:
    assert problems(GRAPH) == []


@pytest.mark.parametrize(
    ("nodes", "start", "expected"),
    [
        (GRAPH, "nowhere", ("no_start", "")),
        (
            (*GRAPH, Node("lost", NodeKind.END, result=Result.LOST)),
            "hello",
            ("duplicate_id", "lost"),
        ),
        (swap(replace(GREETING, next="needs")), "hello", ("unknown_target", "hello")),
        ((*GRAPH, Node("orphan", NodeKind.SAY, next="ready")), "hello", ("unreachable", "orphan")),
        (swap(replace(GREETING, next="")), "hello", ("dead_end", "hello")),
        (swap(replace(PRICE, next="price")), "hello", ("no_way_out", "price")),
        (
            swap(
                replace(NEED, choices=(Choice("clear", "Clear", "budget"), Choice("none", "Gone")))
            ),
            "hello",
            ("choice_leads_nowhere", "need"),
        ),
        (
            swap(replace(NEED, choices=(Choice("clear", "Clear", "budget"),))),
            "hello",
            ("too_few_choices", "need"),
        ),
        (
            swap(replace(NEED, choices=(Choice("a", "A", "budget"), Choice("a", "B", "lost")))),
            "hello",
            ("duplicate_choice", "need"),
        ),
        (swap(replace(NEED, answer=None)), "hello", ("not_a_question", "need")),
        (
            swap(replace(BUDGET, branches=(Branch(Condition(Op.IS, "x"), "price"),))),
            "hello",
            ("bad_condition", "budget"),
        ),
        (swap(replace(PRICE, objection="missing")), "hello", ("unknown_objection", "price")),
        (swap(replace(READY, result=None)), "hello", ("end_without_result", "ready")),
        (swap(replace(BUDGET, currency="euro")), "hello", ("bad_currency", "budget")),
    ],
)
def test_each_unwalkable_graph_is_refused_with_its_reason(
    nodes: tuple[Node, ...], start: str, expected: tuple[str, str]
) -> None:
    found = problems(nodes, start)
    assert expected in found, found
    assert all(str(p) for p in graph_problems(nodes, start, {"too-expensive"}))


def test_unknown_placeholders_are_named() -> None:
    found = graph_problems(
        GRAPH, "hello", {"too-expensive"}, {"lead.frist_name"}, {"lead.first_name"}
    )
    assert [(p.code, p.detail) for p in found] == [("unknown_placeholder", "{lead.frist_name}")]


def test_a_loop_with_a_way_out_is_walkable() -> None:
    again = replace(PRICE, next="budget")  # back to the budget question after the objection
    assert problems(swap(again)) == []


@pytest.mark.parametrize(
    ("node", "value", "stored"),
    [
        (NEED, "clear", "clear"),
        (replace(NEED, answer=AnswerKind.CHOICES), ["clear", "none", "clear"], ["clear", "none"]),
        (Node("q", NodeKind.ASK, answer=AnswerKind.YES_NO), True, True),
        (Node("q", NodeKind.ASK, answer=AnswerKind.NUMBER), 25, 25),
        (BUDGET, {"amount": 12000.5, "currency": "EUR"}, {"amount": 12000.5, "currency": "EUR"}),
        (Node("q", NodeKind.ASK, answer=AnswerKind.DATE), "2027-02-28", "2027-02-28"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.MONTH), "2027-03", "2027-03"),
        (
            Node("q", NodeKind.ASK, answer=AnswerKind.TEXT),
            "  Mrs. O'Brien-Łukasiewicz  ",
            "Mrs. O'Brien-Łukasiewicz",
        ),
    ],
)
def test_answers_are_stored_typed(node: Node, value: object, stored: object) -> None:
    assert checked_answer(node, value) == stored


@pytest.mark.parametrize(
    ("node", "value", "code"),
    [
        (NEED, "maybe", "unknown_choice"),
        (NEED, 1, "unknown_choice"),
        (replace(NEED, answer=AnswerKind.CHOICES), ["clear", "nope"], "unknown_choice"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.YES_NO), "yes", "not_yes_no"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.NUMBER), True, "not_a_number"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.NUMBER), float("nan"), "not_a_number"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.NUMBER), "12", "not_a_number"),
        (BUDGET, {"amount": 100}, "not_money"),
        (BUDGET, {"amount": 100, "currency": "eur"}, "not_money"),
        (BUDGET, {"amount": "100", "currency": "EUR"}, "not_a_number"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.DATE), "2027-02-30", "not_a_date"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.MONTH), "2027-13", "not_a_month"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.MONTH), "March", "not_a_month"),
        (Node("q", NodeKind.ASK, answer=AnswerKind.TEXT), "x" * 2001, "text_too_long"),
        (GREETING, "anything", "not_a_question"),
    ],
)
def test_an_answer_that_does_not_fit_is_refused_with_its_reason(
    node: Node, value: object, code: str
) -> None:
    with pytest.raises(AnswerError) as raised:
        checked_answer(node, value)
    assert raised.value.code == code
    assert raised.value.question == node.id


def test_the_answer_chooses_the_edge() -> None:
    assert next_node(GREETING, None, False, DAY) == "need"
    assert next_node(NEED, "none", True, DAY) == "lost"
    assert next_node(NEED, "clear", True, DAY) == "budget"
    assert next_node(NEED, None, False, DAY) == ""  # waits for its answer
    assert next_node(BUDGET, {"amount": 999, "currency": "EUR"}, True, DAY) == "price"
    assert next_node(BUDGET, {"amount": 1000, "currency": "EUR"}, True, DAY) == "ready"
    # an amount in another currency never compares with a threshold in euros
    assert next_node(BUDGET, {"amount": 5, "currency": "RUB"}, True, DAY) == "ready"
    assert next_node(READY, None, False, DAY) == ""


def test_month_conditions_count_from_the_call_day() -> None:
    within = Condition(Op.WITHIN_MONTHS, 3)
    assert holds(within, "2027-03", True, DAY)  # 1 March ≤ 3 March
    assert not holds(within, "2027-04", True, DAY)
    assert holds(within, "2027-03-03", True, DAY)
    assert not holds(within, "2027-03-04", True, DAY)
    assert holds(Condition(Op.LATER_THAN_MONTHS, 3), "2027-03-04", True, DAY)
    assert not holds(within, None, False, DAY)  # not answered: no comparison holds
    assert holds(Condition(Op.NOT_ANSWERED), None, False, DAY)
    assert months_after(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert months_after(date(2027, 12, 31), 2) == date(2028, 2, 29)


def test_yes_no_and_choice_conditions() -> None:
    assert holds(Condition(Op.IS, "yes"), True, True, DAY)
    assert not holds(Condition(Op.IS, "yes"), False, True, DAY)
    assert holds(Condition(Op.IS_NOT, "none"), "clear", True, DAY)
    assert not holds(Condition(Op.IS_NOT, "none"), None, False, DAY)
    assert holds(Condition(Op.ANY_OF, ["a", "b"]), ["c", "b"], True, DAY)
    assert not holds(Condition(Op.ANY_OF, ["a", "b"]), "c", True, DAY)
    assert holds(Condition(Op.AT_LEAST, 10), 10, True, DAY)
    assert not holds(Condition(Op.BELOW, 10), 10, True, DAY)
