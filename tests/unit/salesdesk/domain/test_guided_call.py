# SPDX-License-Identifier: MIT
"""A guided call's walk: answers choose the way, stepping back keeps answers but only those
on the path count, a kept walk resumes on a changed script as far as it still fits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from salesdesk.domain.flow import AnswerError, AnswerKind, Choice, Node, NodeKind
from salesdesk.domain.guided_call import GuidedCall
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import Result

DAY = date(2026, 12, 3)
NODES = (
    Node("hello", NodeKind.SAY, text="Hello", next="need"),
    Node("need", NodeKind.ASK, answer=AnswerKind.CHOICE,
         choices=(Choice("clear", "Clear", "team"), Choice("none", "Gone", "lost"))),
    Node("team", NodeKind.ASK, answer=AnswerKind.NUMBER, unit="users", next="ready"),
    Node("ready", NodeKind.END, result=Result.QUALIFIED),
    Node("lost", NodeKind.END, result=Result.LOST),
)  # fmt: skip
SCRIPT = CallScript("s", "S", 1, "en", "", (), (), nodes=NODES, start="hello")


def test_a_walk_records_the_answers_on_its_path() -> None:
    call = GuidedCall.begin(SCRIPT)
    assert call.node.id == "hello" and not call.ended
    call = call.go_on(DAY).answer("clear", DAY).answer(12, DAY)
    assert call.path == ("hello", "need", "team", "ready")
    assert call.ended
    assert call.answers == {"need": "clear", "team": 12}


def test_stepping_back_onto_another_branch_drops_the_answers_left_behind() -> None:
    call = GuidedCall.begin(SCRIPT).go_on(DAY).answer("clear", DAY).answer(12, DAY)
    call = call.back_to(1)  # back at "need"
    assert call.node.id == "need"
    assert call.given["team"] == 12  # remembered, should the call come back that way
    call = call.answer("none", DAY)
    assert call.path == ("hello", "need", "lost")
    assert call.answers == {"need": "none"}


def test_a_wrong_answer_leaves_the_call_where_it_was() -> None:
    call = GuidedCall.begin(SCRIPT).go_on(DAY)
    with pytest.raises(AnswerError):
        call.answer("maybe", DAY)
    assert call.node.id == "need"
    assert not call.can_go_on(DAY)  # a choice without a default way waits for its answer
    assert call.back().back().back().path == ("hello",)  # never before the start


def test_a_kept_walk_resumes_as_far_as_the_changed_script_allows() -> None:
    changed = replace(
        SCRIPT,
        nodes=(
            *(n for n in NODES if n.id != "team"),
            Node("size", NodeKind.ASK, answer=AnswerKind.NUMBER, next="ready"),
        ),
    )
    call = GuidedCall.resume(
        changed, ("hello", "need", "team", "ready"), {"need": "clear", "team": 12, "gone": 1}
    )
    assert call.path == ("hello", "need")
    assert call.given == {"need": "clear"}
    assert GuidedCall.resume(changed, ("vanished",), {}).path == ("hello",)


def test_recorded_answers_replay_the_path_they_took() -> None:
    walked = GuidedCall.replay(SCRIPT, {"need": "clear", "team": 4}, DAY)
    assert walked.path == ("hello", "need", "team", "ready")
    stopped = GuidedCall.replay(SCRIPT, {}, DAY)  # a choice left unanswered: the walk stops
    assert stopped.path == ("hello", "need")
    looping = replace(SCRIPT, nodes=(*NODES[:1], replace(NODES[1], next="hello"), *NODES[2:]))
    assert GuidedCall.replay(looping, {}, DAY).path == ("hello", "need", "hello")
