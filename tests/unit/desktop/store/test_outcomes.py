# SPDX-License-Identifier: MIT
"""Recording an outcome is one atomic, durable transaction with its outbox row."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.store import outcomes as outcomes_module
from desktop.store.db import Store
from desktop.store.leads import get_lead, insert_lead
from desktop.store.models import LeadRow, LossReasonRow, OutboxRow, OutcomeRow
from desktop.store.outbox import pending, pending_count, pending_entity_ids
from desktop.store.outcomes import lead_history, record_outcome
from salesdesk.domain.errors import ValidationError, ValidationErrors
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.vocabulary import Disposition, Result, Stage
from tests.conftest import NOW

RULES = QueueRules()


@pytest.fixture
def lead_id(store: Store) -> str:
    lead = create_lead(
        LeadDraft(phones=["+4915123456789"], first_name="Anna"),
        now=NOW - timedelta(days=1),
        default_region="DE",
    )
    with store.write() as session:
        insert_lead(session, lead)
        session.add(
            LossReasonRow(
                id="price", label="Price too high", requires_comment=False, active=True, position=0
            )
        )
    return lead.id


def counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        return (
            session.scalar(select(func.count()).select_from(OutcomeRow)) or 0,
            session.scalar(select(func.count()).select_from(OutboxRow)) or 0,
        )


def test_an_outcome_saves_with_its_outbox_row(store: Store, lead_id: str) -> None:
    draft = OutcomeDraft(
        lead_id=lead_id,
        started_at=NOW - timedelta(minutes=3),
        duration_s=90,
        disposition=Disposition.CONNECTED,
        result=Result.LOST,
        loss_reason_id="price",
        objections=("obj-price",),
        answers_used=("ans-roi",),
        note="too pricey",
    )
    outcome = record_outcome(store, draft, now=NOW, rules=RULES)
    assert counts(store) == (1, 1)
    with store.read() as session:
        lead = get_lead(session, lead_id)
        assert lead is not None
        assert (lead.stage, lead.attempts, lead.loss_reason_id) == (Stage.DISQUALIFIED, 1, "price")
        [row] = pending(session, 10)
        assert row.type == "call_outcome.record"
        assert row.entity_id == outcome.id
        assert row.payload["lead_id"] == lead_id
        assert row.payload["objections"] == ["obj-price"]
        assert row.payload["answers_used"] == ["ans-roi"]
        assert datetime.fromisoformat(row.payload["started_at"]) == draft.started_at
        assert pending_count(session) == 1
        assert lead_id in pending_entity_ids(session)
        [history] = lead_history(session, lead_id)
        assert history.note == "too pricey"


def test_a_failing_outbox_insert_writes_nothing(
    store: Store, lead_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_enqueue(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(outcomes_module, "enqueue", broken_enqueue)
    draft = OutcomeDraft(
        lead_id=lead_id,
        started_at=NOW,
        duration_s=10,
        disposition=Disposition.NO_ANSWER,
        result=Result.NONE,
    )
    with pytest.raises(OSError, match="disk full"):
        record_outcome(store, draft, now=NOW, rules=RULES)
    assert counts(store) == (0, 0)
    with store.read() as session:
        row = session.get(LeadRow, lead_id)
        assert row is not None and (row.attempts, row.stage) == (0, "new")


def test_an_invalid_outcome_writes_nothing(store: Store, lead_id: str) -> None:
    draft = OutcomeDraft(
        lead_id=lead_id,
        started_at=NOW,
        duration_s=10,
        disposition=Disposition.CONNECTED,
        result=Result.LOST,
    )
    with pytest.raises(ValidationErrors):
        record_outcome(store, draft, now=NOW, rules=RULES)
    with pytest.raises(LookupError):
        record_outcome(
            store,
            OutcomeDraft(
                lead_id="nope",
                started_at=NOW,
                duration_s=1,
                disposition=Disposition.BUSY,
                result=Result.NONE,
            ),
            now=NOW,
            rules=RULES,
        )
    assert counts(store) == (0, 0)


def test_a_reassigned_lead_is_read_only(store: Store, lead_id: str) -> None:
    with store.write() as session:
        row = session.get(LeadRow, lead_id)
        assert row is not None
        row.reassigned = True
    with pytest.raises(ValidationError, match="reassigned"):
        record_outcome(
            store,
            OutcomeDraft(
                lead_id=lead_id,
                started_at=NOW,
                duration_s=1,
                disposition=Disposition.BUSY,
                result=Result.NONE,
            ),
            now=NOW,
            rules=RULES,
        )
    assert counts(store) == (0, 0)
