# SPDX-License-Identifier: MIT
"""Outcome rules and their effect on the lead."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from salesdesk.domain.catalog import LossReason
from salesdesk.domain.errors import ValidationError, ValidationErrors
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.outcome import (
    OutcomeDraft,
    apply_outcome,
    quick_next_call_times,
    validate_outcome,
)
from salesdesk.domain.stages import can_move, move
from salesdesk.domain.vocabulary import Disposition, Result, Stage
from tests.conftest import NOW

REASONS = {
    "price": LossReason("price", "Price too high"),
    "other": LossReason("other", "Other", requires_comment=True),
    "old": LossReason("old", "Retired", active=False),
}


def draft(**changes: object) -> OutcomeDraft:
    base = OutcomeDraft(
        lead_id="L1",
        started_at=NOW - timedelta(minutes=5),
        duration_s=120,
        disposition=Disposition.CONNECTED,
        result=Result.NONE,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def errors_of(d: OutcomeDraft) -> dict[str | None, str]:
    with pytest.raises(ValidationErrors) as info:
        validate_outcome(d, now=NOW, loss_reasons=REASONS)
    return info.value.by_field()


def test_lost_needs_a_reason() -> None:
    assert "loss_reason_id" in errors_of(draft(result=Result.LOST))


def test_lost_with_an_unknown_or_retired_reason_is_refused() -> None:
    assert "loss_reason_id" in errors_of(draft(result=Result.LOST, loss_reason_id="nope"))
    assert "loss_reason_id" in errors_of(draft(result=Result.LOST, loss_reason_id="old"))


def test_a_reason_that_requires_a_comment_needs_a_note() -> None:
    assert "note" in errors_of(draft(result=Result.LOST, loss_reason_id="other"))
    ok = validate_outcome(
        draft(result=Result.LOST, loss_reason_id="other", note="moved abroad"),
        now=NOW,
        loss_reasons=REASONS,
    )
    assert ok.loss_reason_id == "other"


def test_follow_up_needs_a_future_time() -> None:
    assert "next_call_at" in errors_of(draft(result=Result.FOLLOW_UP))
    assert "next_call_at" in errors_of(
        draft(result=Result.FOLLOW_UP, next_call_at=NOW - timedelta(minutes=1))
    )
    assert "next_call_at" in errors_of(draft(result=Result.FOLLOW_UP, next_call_at=NOW))
    naive = NOW.replace(tzinfo=None) + timedelta(hours=1)
    assert "next_call_at" in errors_of(draft(result=Result.FOLLOW_UP, next_call_at=naive))
    ok = validate_outcome(
        draft(result=Result.FOLLOW_UP, next_call_at=NOW + timedelta(hours=1)),
        now=NOW,
        loss_reasons=REASONS,
    )
    assert ok.next_call_at == NOW + timedelta(hours=1)


@pytest.mark.parametrize(
    "disposition",
    [
        Disposition.NO_ANSWER,
        Disposition.BUSY,
        Disposition.VOICEMAIL,
        Disposition.WRONG_NUMBER,
        Disposition.INVALID_NUMBER,
    ],
)
def test_no_conversation_cannot_qualify(disposition: Disposition) -> None:
    assert "result" in errors_of(draft(disposition=disposition, result=Result.QUALIFIED))
    # but the lead can be lost (unreachable) after such a call
    validate_outcome(
        draft(disposition=disposition, result=Result.LOST, loss_reason_id="price"),
        now=NOW,
        loss_reasons=REASONS,
    )


def test_stray_fields_are_refused() -> None:
    assert "loss_reason_id" in errors_of(draft(loss_reason_id="price"))
    assert "next_call_at" in errors_of(draft(next_call_at=NOW + timedelta(days=1)))
    assert "duration_s" in errors_of(draft(duration_s=-1))
    assert "note" in errors_of(draft(note="x" * 3000))


def test_a_follow_up_schedules_and_counts_the_attempt() -> None:
    new = create_lead(
        LeadDraft(phones=["+4915123456789"]), now=NOW - timedelta(days=1), default_region="DE"
    )
    outcome = validate_outcome(
        draft(lead_id=new.id, result=Result.FOLLOW_UP, next_call_at=NOW + timedelta(days=1)),
        now=NOW,
        loss_reasons=REASONS,
    )
    after = apply_outcome(new, outcome, manager_time_zone="UTC")
    assert (after.stage, after.attempts, after.attempts_today) == (Stage.QUALIFYING, 1, 1)
    assert after.next_call_at == NOW + timedelta(days=1)
    second = apply_outcome(
        after, replace(outcome, result=Result.NONE, next_call_at=None), manager_time_zone="UTC"
    )
    assert (second.attempts, second.attempts_today, second.next_call_at) == (2, 2, None)
    # the next day, today's count starts again
    third = apply_outcome(
        second,
        replace(outcome, result=Result.NONE, next_call_at=None, started_at=NOW + timedelta(days=1)),
        manager_time_zone="UTC",
    )
    assert (third.attempts, third.attempts_today) == (3, 1)


@pytest.mark.parametrize(
    ("result", "stage"),
    [
        (Result.QUALIFIED, Stage.CONVERTED),
        (Result.NURTURE, Stage.NURTURING),
        (Result.LOST, Stage.DISQUALIFIED),
    ],
)
def test_results_move_the_stage(result: Result, stage: Stage) -> None:
    new = create_lead(LeadDraft(emails=["a@b.io"]), now=NOW, default_region="DE")
    outcome = validate_outcome(
        draft(
            lead_id=new.id, result=result, loss_reason_id="price" if result is Result.LOST else None
        ),
        now=NOW,
        loss_reasons=REASONS,
    )
    after = apply_outcome(new, outcome, manager_time_zone="UTC")
    assert after.stage is stage
    assert after.loss_reason_id == ("price" if result is Result.LOST else None)


def test_a_closed_lead_cannot_be_called_into_another_result() -> None:
    new = create_lead(LeadDraft(emails=["a@b.io"]), now=NOW, default_region="DE")
    converted = replace(new, stage=Stage.CONVERTED)
    outcome = validate_outcome(
        draft(lead_id=new.id, result=Result.NONE), now=NOW, loss_reasons=REASONS
    )
    with pytest.raises(ValidationError):
        apply_outcome(converted, outcome, manager_time_zone="UTC")


def test_stage_transitions_follow_the_method() -> None:
    assert can_move(Stage.NEW, Stage.QUALIFYING)
    assert can_move(Stage.NURTURING, Stage.QUALIFYING)
    assert not can_move(Stage.NEW, Stage.CONVERTED)
    assert not can_move(Stage.CONVERTED, Stage.QUALIFYING)
    assert not can_move(Stage.DISQUALIFIED, Stage.NEW)
    assert move(Stage.NEW, Stage.CONVERTED) is Stage.CONVERTED  # through qualifying
    assert move(Stage.NURTURING, Stage.DISQUALIFIED) is Stage.DISQUALIFIED
    with pytest.raises(ValidationError):
        move(Stage.DISQUALIFIED, Stage.CONVERTED)


def test_quick_next_call_choices() -> None:
    quick = quick_next_call_times(NOW)  # a Wednesday
    assert quick["in_1_hour"] == NOW + timedelta(hours=1)
    assert quick["tomorrow_morning"] == NOW.replace(day=26, hour=9)
    assert quick["next_week"] == NOW.replace(day=30, hour=9)
    assert quick["next_week"].weekday() == 0


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 12, 2, 14, 0, tzinfo=UTC), datetime(2026, 12, 2, 16, 0, tzinfo=UTC)),
        (datetime(2026, 12, 2, 19, 0, tzinfo=UTC), datetime(2026, 12, 3, 9, 0, tzinfo=UTC)),
        (datetime(2026, 12, 2, 3, 0, tzinfo=UTC), datetime(2026, 12, 2, 9, 0, tzinfo=UTC)),
        # the manager's calling hours, not UTC's: 16:00 UTC is 19:00 in Moscow (+3)
        (datetime(2026, 12, 2, 16, 30, tzinfo=UTC), datetime(2026, 12, 3, 6, 0, tzinfo=UTC)),
    ],
)
def test_an_unanswered_call_is_tried_again_within_calling_hours(
    now: datetime, expected: datetime
) -> None:
    from salesdesk.domain.outcome import retry_time
    from salesdesk.domain.queue import QueueRules

    zone = "Europe/Moscow" if now.hour == 16 else "UTC"
    rules = QueueRules(manager_time_zone=zone)
    assert retry_time(now, rules, timedelta(hours=2)) == expected
