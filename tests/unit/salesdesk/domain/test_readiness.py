# SPDX-License-Identifier: MIT
"""Readiness verdicts (boundaries, missing answers, the first rule that holds), the score
from answers, the rules' own checks, and the overrule a differing result needs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from salesdesk.domain.catalog import LossReason
from salesdesk.domain.errors import ErrorCode, ValidationErrors
from salesdesk.domain.flow import AnswerKind, Choice, Condition, Node, NodeKind, Op
from salesdesk.domain.outcome import OutcomeDraft, validate_outcome
from salesdesk.domain.readiness import (
    ReadinessRule,
    Scoring,
    Verdict,
    Weight,
    assess,
    rule_problems,
    score,
)
from salesdesk.domain.vocabulary import Disposition, Quality, Result

DAY = date(2026, 12, 3)
QUESTIONS = (
    Node("need", NodeKind.ASK, answer=AnswerKind.CHOICE,
         choices=(Choice("clear", "Clear"), Choice("none", "Gone")), next="end"),
    Node("budget", NodeKind.ASK, answer=AnswerKind.MONEY, currency="EUR", next="end"),
    Node("when", NodeKind.ASK, answer=AnswerKind.MONTH, next="end"),
    Node("boss", NodeKind.ASK, answer=AnswerKind.YES_NO, next="end"),
)  # fmt: skip
RULES = (
    ReadinessRule(Verdict.DISQUALIFY, (Condition(Op.IS, "none", "need"),), "need_disappeared"),
    ReadinessRule(
        Verdict.NURTURE, (Condition(Op.LATER_THAN_MONTHS, 3, "when"),), return_from="when"
    ),
    ReadinessRule(
        Verdict.READY,
        (
            Condition(Op.IS, "clear", "need"),
            Condition(Op.AT_LEAST, 10000, "budget", "EUR"),
            Condition(Op.WITHIN_MONTHS, 3, "when"),
            Condition(Op.IS, "yes", "boss"),
        ),
    ),
)


def euros(amount: float) -> dict[str, object]:
    return {"amount": amount, "currency": "EUR"}


READY_ANSWERS = {"need": "clear", "budget": euros(12000), "when": "2027-03", "boss": True}


def test_all_conditions_hold_ready_with_its_reasons() -> None:
    found = assess(RULES, READY_ANSWERS, DAY)
    assert found is not None
    assert found.verdict is Verdict.READY
    assert found.result is Result.QUALIFIED
    assert [(r.condition.question, r.value) for r in found.reasons] == [
        ("need", "clear"), ("budget", euros(12000)), ("when", "2027-03"), ("boss", True),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("change", "verdict"),
    [
        ({"budget": euros(10000)}, Verdict.READY),  # the boundary holds
        ({"budget": euros(9999.99)}, None),
        ({"budget": {"amount": 2_000_000, "currency": "RUB"}}, None),  # another currency
        ({"when": "2027-04"}, Verdict.NURTURE),  # 1 April is past 3 March + 3 months
        ({"boss": False}, None),
        ({"need": "none"}, Verdict.DISQUALIFY),  # the first rule wins over the others
    ],
)
def test_boundaries_and_the_first_rule_that_holds(
    change: dict[str, object], verdict: Verdict | None
) -> None:
    found = assess(RULES, {**READY_ANSWERS, **change}, DAY)
    assert (found.verdict if found else None) is verdict


def test_a_missing_answer_decides_nothing() -> None:
    answers = dict(READY_ANSWERS)
    del answers["boss"]
    assert assess(RULES, answers, DAY) is None
    assert assess(RULES, {}, DAY) is None


def test_nurture_returns_at_the_month_named_and_disqualify_names_its_loss_reason() -> None:
    nurture = assess(RULES, {"when": "2027-09"}, DAY)
    assert nurture is not None and nurture.return_on == date(2027, 9, 1)
    lost = assess(RULES, {"need": "none"}, DAY)
    assert lost is not None and lost.loss_reason_id == "need_disappeared"
    assert lost.result is Result.LOST


SCORING = Scoring(
    (
        Weight(Condition(Op.IS, "clear", "need"), 40),
        Weight(Condition(Op.AT_LEAST, 10000, "budget", "EUR"), 30),
        Weight(Condition(Op.IS, "yes", "boss"), 20),
        Weight(Condition(Op.IS, "none", "need"), -50),
    ),
    targeted_from=60,
)


def test_score_and_quality_from_answers() -> None:
    assert score(SCORING, READY_ANSWERS, DAY) == (90, Quality.TARGETED)
    assert score(SCORING, {"need": "clear", "boss": True}, DAY) == (60, Quality.TARGETED)
    assert score(SCORING, {"need": "clear"}, DAY) == (40, Quality.NON_TARGETED)
    assert score(SCORING, {"need": "none"}, DAY) == (0, Quality.NON_TARGETED)  # floor 0
    assert score(SCORING, {}, DAY) == (0, Quality.EMPTY)


def test_rules_naming_what_the_script_does_not_ask_are_refused() -> None:
    bad = (
        ReadinessRule(Verdict.READY, (Condition(Op.IS, "x", "nobody"),)),
        ReadinessRule(Verdict.READY, (Condition(Op.IS, "maybe", "need"),)),
        ReadinessRule(Verdict.READY, (Condition(Op.WITHIN_MONTHS, 3, "budget"),)),
        ReadinessRule(Verdict.NURTURE, (Condition(Op.ANSWERED, None, "need"),), return_from="need"),
        ReadinessRule(Verdict.DISQUALIFY, (Condition(Op.IS, "none", "need"),), "made_up"),
        ReadinessRule(Verdict.READY, ()),
    )
    found = [p.code for p in rule_problems(bad, Scoring(), QUESTIONS, {"need_disappeared"})]
    assert found == [
        "unknown_question", "unknown_choice", "bad_condition", "bad_return",
        "unknown_loss_reason", "rule_without_conditions",
    ]  # fmt: skip
    assert rule_problems(RULES, SCORING, QUESTIONS, {"need_disappeared"}) == []


START = datetime(2026, 12, 3, 10, tzinfo=UTC)
REASONS = {"need_disappeared": LossReason("need_disappeared", "Need disappeared")}


def draft(**values: object) -> OutcomeDraft:
    base: dict[str, object] = {
        "lead_id": "l1", "started_at": START, "duration_s": 300,
        "disposition": Disposition.CONNECTED, "result": Result.QUALIFIED,
        "answers": READY_ANSWERS, "verdict": Verdict.READY, "score": 90,
        "quality": Quality.TARGETED,
    }  # fmt: skip
    return OutcomeDraft(**{**base, **values})  # type: ignore[arg-type]


def test_a_result_other_than_the_verdict_needs_a_reason_which_is_recorded() -> None:
    assert validate_outcome(draft(), now=START, loss_reasons=REASONS).verdict is Verdict.READY
    with pytest.raises(ValidationErrors) as raised:
        validate_outcome(
            draft(result=Result.FOLLOW_UP, next_call_at=START + timedelta(days=1)),
            now=START,
            loss_reasons=REASONS,
        )
    assert [e.code for e in raised.value.errors] == [ErrorCode.OVERRULE_NEEDS_REASON]
    overruled = validate_outcome(
        draft(
            result=Result.FOLLOW_UP,
            next_call_at=START + timedelta(days=1),
            overrule_reason="  The owner signs only after the board on Friday  ",
        ),
        now=START,
        loss_reasons=REASONS,
    )
    assert overruled.overrule_reason == "The owner signs only after the board on Friday"
    assert overruled.answers == READY_ANSWERS
