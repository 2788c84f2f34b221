# SPDX-License-Identifier: MIT
"""One day-start rule: the manager's local midnight, the same for a save and for a rebase."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from desktop.store.db import Store
from desktop.store.leads import get_lead, insert_lead, save_lead
from desktop.store.outcomes import record_outcome
from desktop.store.rebase import rebase
from desktop.store.settings import Settings, save_settings
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.vocabulary import Disposition, Result

ZONE = "Australia/Brisbane"  # UTC+10 all year (no daylight saving)


def test_attempts_today_survive_a_rebase_for_a_manager_far_from_utc(store: Store) -> None:
    # Today (UTC) at 13:00Z is 23:00 in Brisbane; 14:30Z is 00:30 the next Brisbane day.
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    yesterday_call = today + timedelta(hours=13)
    call = today + timedelta(hours=14, minutes=30)
    lead = create_lead(
        LeadDraft(phones=["+61731234567"], first_name="Mia"),
        now=yesterday_call - timedelta(days=2),
        default_region="AU",
    )
    lead = replace(lead, attempts=1, attempts_today=1, last_attempt_at=yesterday_call)
    with store.write() as session:
        insert_lead(session, lead)
        save_settings(session, Settings(time_zone=ZONE))
    settings = Settings(time_zone=ZONE)
    record_outcome(
        store,
        OutcomeDraft(
            lead_id=lead.id,
            started_at=call,
            duration_s=20,
            disposition=Disposition.NO_ANSWER,
            result=Result.NONE,
        ),
        now=call + timedelta(minutes=1),
        rules=settings.queue_rules(),
    )
    with store.read() as session:
        saved = get_lead(session, lead.id)
    assert saved is not None and saved.attempts_today == 1  # a new day in Brisbane

    # the server's copy comes back (still at yesterday's attempt) and the pending call is
    # applied on top again: the same day start must give the same count
    with store.write() as session:
        save_lead(session, lead)
        rebase(session, [lead.id])
    with store.read() as session:
        rebased = get_lead(session, lead.id)
    assert rebased is not None
    assert (rebased.attempts, rebased.attempts_today) == (2, 1)
