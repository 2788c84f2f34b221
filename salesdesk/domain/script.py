# SPDX-License-Identifier: MIT
"""Call scripts: steps or a graph of nodes (see flow), objections with their answers,
readiness rules and scoring, placeholders and objection search."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from salesdesk.domain.flow import Node, NodeKind
from salesdesk.domain.readiness import ReadinessRule, Scoring
from salesdesk.domain.vocabulary import ObjectionCategory

_PLACEHOLDER = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)?)\}")


class StepKind(StrEnum):
    """The parts of a call, in the order they happen."""

    OPENING = "opening"
    QUALIFICATION = "qualification"
    CLOSING = "closing"


@dataclass(frozen=True, slots=True)
class ScriptStep:
    """One step the manager reads or asks (``topic`` names a qualification question's aim)."""

    id: str
    kind: StepKind
    title: str
    text: str
    topic: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """One way to answer an objection; its ID is what an outcome's ``answers_used`` holds."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Objection:
    """An objection a lead raises, how to clarify it, how to answer it and what comes next."""

    id: str
    category: ObjectionCategory
    title: str
    clarifying_question: str
    answers: tuple[Answer, ...]
    next_step: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CallScript:
    """A versioned script; read-only on the workstation. A guided script is a graph
    (``nodes`` from ``start``); an older one a list of ``steps``."""

    id: str
    name: str
    version: int
    language: str
    product: str
    steps: tuple[ScriptStep, ...]
    objections: tuple[Objection, ...]
    nodes: tuple[Node, ...] = ()
    start: str = ""
    readiness: tuple[ReadinessRule, ...] = ()
    scoring: Scoring = field(default_factory=Scoring)

    @property
    def guided(self) -> bool:
        """Whether the script is a graph the call walks."""
        return bool(self.nodes)

    def node(self, node_id: str) -> Node | None:
        """The node with this ID."""
        return next((n for n in self.nodes if n.id == node_id), None)

    def questions(self) -> dict[str, Node]:
        """The ask nodes by ID (what an outcome's ``answers`` may name)."""
        return {n.id: n for n in self.nodes if n.kind is NodeKind.ASK}

    def objection(self, objection_id: str) -> Objection | None:
        """The objection with this ID."""
        return next((o for o in self.objections if o.id == objection_id), None)

    def steps_of(self, kind: StepKind) -> tuple[ScriptStep, ...]:
        """The steps of one part of the call, in script order."""
        return tuple(s for s in self.steps if s.kind is kind)

    def answer_ids(self) -> frozenset[str]:
        """Every answer ID in the script."""
        return frozenset(a.id for o in self.objections for a in o.answers)


def fill_placeholders(text: str, values: Mapping[str, str]) -> str:
    """Replace ``{lead.first_name}``-style placeholders; unknown or empty ones stay visible."""

    def substitute(match: re.Match[str]) -> str:
        value = values.get(match.group(1), "")
        return value if value else match.group(0)

    return _PLACEHOLDER.sub(substitute, text)


def placeholders_in(text: str) -> frozenset[str]:
    """The placeholder names a text uses."""
    return frozenset(_PLACEHOLDER.findall(text))


def search_objections(script: CallScript, query: str) -> list[Objection]:
    """Objections whose title, keywords, question, answers or category match every word typed.

    Case-insensitive, words in any order, prefixes count (``expens`` finds “too expensive”).
    """
    words = query.casefold().split()
    if not words:
        return list(script.objections)
    found: list[Objection] = []
    for objection in script.objections:
        haystack = " ".join(
            (
                objection.title,
                objection.clarifying_question,
                objection.category.value,
                *objection.keywords,
                *(a.text for a in objection.answers),
            )
        ).casefold()
        if all(word in haystack for word in words):
            found.append(objection)
    return found


def placeholder_values(
    first_name: str,
    last_name: str,
    company: str,
    need: str,
    event_name: str,
    manager_name: str,
    product: str,
) -> dict[str, str]:
    """The values of the placeholders a script may use, for one lead and manager."""
    return {
        "lead.first_name": first_name,
        "lead.last_name": last_name,
        "lead.company": company,
        "lead.need": need,
        "lead.event_name": event_name,
        "manager.name": manager_name,
        "product": product,
    }
