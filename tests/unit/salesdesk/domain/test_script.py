# SPDX-License-Identifier: MIT
"""Script placeholders and objection search."""

from __future__ import annotations

from salesdesk.domain.script import (
    Answer,
    CallScript,
    Objection,
    ScriptStep,
    StepKind,
    fill_placeholders,
    placeholders_in,
    search_objections,
)
from salesdesk.domain.vocabulary import ObjectionCategory

SCRIPT = CallScript(
    id="s1",
    name="B2B",
    version=2,
    language="en",
    product="Salesdesk",
    steps=(
        ScriptStep("o1", StepKind.OPENING, "Hello", "Hi {lead.first_name}, it's {manager.name}"),
        ScriptStep("c1", StepKind.CLOSING, "Close", "Shall we book a demo of {product}?"),
    ),
    objections=(
        Objection(
            "p1",
            ObjectionCategory.PRICE,
            "Too expensive",
            "Compared to what?",
            (Answer("p1a", "Let's count the return"),),
            keywords=("price", "costly"),
        ),
        Objection(
            "c1",
            ObjectionCategory.COMPETITOR,
            "We already use a competitor",
            "What do you like about them?",
            (Answer("c1a", "Many switch because…"),),
        ),
    ),
)


def test_placeholders_are_filled_and_unknown_ones_stay_visible() -> None:
    text = SCRIPT.steps[0].text
    assert placeholders_in(text) == {"lead.first_name", "manager.name"}
    assert fill_placeholders(text, {"lead.first_name": "Anna", "manager.name": "Oleg"}) == (
        "Hi Anna, it's Oleg"
    )
    assert fill_placeholders(text, {"lead.first_name": ""}) == text


def test_objection_search() -> None:
    assert [o.id for o in search_objections(SCRIPT, "expensive")] == ["p1"]
    assert [o.id for o in search_objections(SCRIPT, "EXPENS")] == ["p1"]
    assert [o.id for o in search_objections(SCRIPT, "competitor use")] == ["c1"]
    assert [o.id for o in search_objections(SCRIPT, "price")] == ["p1"]
    assert search_objections(SCRIPT, "pineapple") == []
    assert len(search_objections(SCRIPT, "  ")) == 2


def test_script_helpers() -> None:
    assert [s.id for s in SCRIPT.steps_of(StepKind.CLOSING)] == ["c1"]
    assert SCRIPT.answer_ids() == {"p1a", "c1a"}
