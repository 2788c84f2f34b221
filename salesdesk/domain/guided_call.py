# SPDX-License-Identifier: MIT
"""A guided call's walk through its script graph: where the call is, the path that led there
(which can be stepped back), and the answers given.

Stepping back keeps what was answered further on, so a question met again shows its earlier
answer; only the answers of questions on the path taken are the call's ``answers``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from salesdesk.domain.flow import Node, NodeKind, checked_answer, next_node
from salesdesk.domain.script import CallScript

#: The longest path a call keeps (a loop walked again and again stops growing it).
MAX_PATH = 500


@dataclass(frozen=True, slots=True)
class GuidedCall:
    """Where a guided call is. ``path`` ends with the current node; ``given`` holds every
    answer given during the call, by question ID (see ``answers``)."""

    script: CallScript
    path: tuple[str, ...]
    given: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def begin(cls, script: CallScript) -> GuidedCall:
        """A call at the script's start."""
        return cls(script, (script.start,))

    @classmethod
    def resume(
        cls, script: CallScript, path: tuple[str, ...], given: Mapping[str, Any]
    ) -> GuidedCall:
        """A call kept in a draft, on the script shown now: the path as far as its nodes still
        exist (else the start) and the answers that still fit their questions."""
        kept = []
        for node_id in path:
            if script.node(node_id) is None:
                break
            kept.append(node_id)
        questions = script.questions()
        answers = {}
        for question_id, value in given.items():
            node = questions.get(question_id)
            if node is None:
                continue
            try:
                answers[question_id] = checked_answer(node, value)
            except ValueError:
                continue
        return cls(script, tuple(kept) or (script.start,), answers)

    @property
    def node(self) -> Node:
        """The node the call is at."""
        found = self.script.node(self.path[-1])
        if found is None:
            raise LookupError(f"the script has no node {self.path[-1]!r}")
        return found

    @property
    def ended(self) -> bool:
        """Whether the call reached an end node."""
        return self.node.kind is NodeKind.END

    @property
    def answers(self) -> dict[str, Any]:
        """The answers of the questions on the path taken (what the outcome records)."""
        on_path = set(self.path)
        return {k: v for k, v in self.given.items() if k in on_path}

    def answer(self, value: Any, call_day: date) -> GuidedCall:
        """Answer the current question and go where the answer leads (AnswerError when it
        does not fit; the call stays put when the answer leads nowhere)."""
        node = self.node
        stored = checked_answer(node, value)
        given = {**self.given, node.id: stored}
        return self._to(next_node(node, stored, True, call_day), given)

    def go_on(self, call_day: date) -> GuidedCall:
        """Past a text or an objection, or past a question left unanswered (when it has a
        way on without an answer)."""
        return self._to(next_node(self.node, None, False, call_day), dict(self.given))

    def can_go_on(self, call_day: date) -> bool:
        """Whether ``go_on`` moves."""
        return bool(next_node(self.node, None, False, call_day))

    def back(self, steps: int = 1) -> GuidedCall:
        """Back along the path (never before the start); answers given are kept."""
        keep = max(1, len(self.path) - steps)
        return replace(self, path=self.path[:keep])

    def back_to(self, index: int) -> GuidedCall:
        """Back to the ``index``-th node of the path."""
        return replace(self, path=self.path[: max(1, min(index + 1, len(self.path)))])

    @classmethod
    def replay(cls, script: CallScript, answers: Mapping[str, Any], call_day: date) -> GuidedCall:
        """The walk a call's recorded answers describe: from the start, each question
        answered as recorded (one without an answer passed where the script allows), until
        an end, a question the call left unanswered, or a node met again."""
        call = cls.begin(script)
        seen = {call.path[-1]}
        while not call.ended:
            node = call.node
            if node.kind is NodeKind.ASK and node.id in answers:
                moved = call._to(next_node(node, answers[node.id], True, call_day), dict(answers))
            else:
                moved = call.go_on(call_day)
            if len(moved.path) == len(call.path) or moved.path[-1] in seen:
                return moved if len(moved.path) > len(call.path) else call
            seen.add(moved.path[-1])
            call = moved
        return replace(call, given=dict(answers))

    def _to(self, target: str, given: dict[str, Any]) -> GuidedCall:
        if not target or self.script.node(target) is None:
            return replace(self, given=given)
        path = (*self.path, target)[-MAX_PATH:]
        return replace(self, path=path, given=given)
