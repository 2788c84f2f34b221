# SPDX-License-Identifier: MIT
"""The demo data tells the truth: every attempt a lead shows is a call on record, Russian
surnames agree with the first name, names vary."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select

from server.demo.load import load_demo_data
from server.demo.people import demo_leads
from server.models import LeadRow, OutcomeRow

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def test_every_attempt_shown_is_a_call_on_record(server_engine: Engine) -> None:
    """Found by a new user: 22 called leads showed "1 call(s)" and "No calls yet"."""
    with server_engine.begin() as connection:
        load_demo_data(connection, managers=2, leads=200, password="demo-pass-1", seed=7, now=NOW)
    with server_engine.connect() as connection:
        calls = dict(
            connection.execute(
                select(OutcomeRow.lead_id, func.count()).group_by(OutcomeRow.lead_id)
            ).all()
        )
        leads = connection.execute(
            select(LeadRow.id, LeadRow.attempts, LeadRow.next_call_at, LeadRow.created_at)
        ).all()
    assert sum(1 for lead in leads if lead.next_call_at is not None) >= 5  # callbacks exist
    wrong = [(lead.id, lead.attempts, calls.get(lead.id, 0)) for lead in leads
             if lead.attempts != calls.get(lead.id, 0)]  # fmt: skip
    assert wrong == []
    with server_engine.connect() as connection:
        first_calls = connection.execute(
            select(OutcomeRow.lead_id, func.min(OutcomeRow.started_at)).group_by(OutcomeRow.lead_id)
        ).all()
    created = {lead.id: lead.created_at for lead in leads}
    assert all(created[lead_id] <= first for lead_id, first in first_calls)


def test_russian_surnames_agree_with_the_first_name_and_names_vary() -> None:
    """Found by a new user: "Елена Иванов"."""
    leads = list(demo_leads(900, now=NOW))
    russian = [(d.draft.first_name, d.draft.last_name) for d in leads if d.country == "RU"]
    women = {"Ольга", "Анна", "Мария", "Елена", "Татьяна", "Наталья", "Ирина", "Светлана"}
    assert len(russian) > 50
    for first, last in russian:
        feminine = last.endswith(("ова", "ева", "ёва", "ина", "ская"))
        assert feminine == (first in women), f"{first} {last}"
    names = Counter((d.draft.first_name, d.draft.last_name) for d in leads)
    assert max(names.values()) <= 6 and len(names) >= 600
    assert all(" " not in d.draft.first_name for d in leads)
