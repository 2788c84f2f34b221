# SPDX-License-Identifier: MIT
"""Creating leads: contacts required and validated, text bounded, exhibition needs an event."""

from __future__ import annotations

from datetime import timedelta

import pytest

from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.lead import NO_CONTACT_MESSAGE, LeadDraft, create_lead
from salesdesk.domain.vocabulary import Source, Stage, Temperature
from tests.conftest import NOW


def test_a_lead_with_a_phone_is_created_normalised() -> None:
    lead = create_lead(
        LeadDraft(
            phones=["0151 23456789", "0151 23456789"],
            first_name=" Anna ",
            temperature=Temperature.HOT,
        ),
        now=NOW,
        default_region="DE",
    )
    assert lead.phones == ("+4915123456789",)
    assert lead.first_name == "Anna"
    assert lead.stage is Stage.NEW
    assert lead.effective_time_zone == "Europe/Berlin"
    assert lead.display_name == "Anna"


def test_a_lead_with_only_an_email_is_fine() -> None:
    lead = create_lead(
        LeadDraft(emails=["Buyer@Acme.io"], company="Acme"), now=NOW, default_region="US"
    )
    assert lead.emails == ("buyer@acme.io",)
    assert lead.display_name == "Acme"


@pytest.mark.parametrize(("phones", "emails"), [((), ()), (("",), ("  ",)), ((" ",), ())])
def test_a_lead_without_contact_is_refused(
    phones: tuple[str, ...], emails: tuple[str, ...]
) -> None:
    with pytest.raises(ValidationErrors) as info:
        create_lead(
            LeadDraft(phones=phones, emails=emails, first_name="Bob"), now=NOW, default_region="US"
        )
    assert info.value.by_field() == {"contact": NO_CONTACT_MESSAGE}


def test_every_bad_field_is_reported_at_once() -> None:
    draft = LeadDraft(
        phones=["12"],
        emails=["nope"],
        first_name="x" * 5000,
        source=Source.EXHIBITION,
        time_zone="Mars/Olympus",
    )
    with pytest.raises(ValidationErrors) as info:
        create_lead(draft, now=NOW, default_region="US")
    assert set(info.value.by_field()) == {"phone", "email", "first_name", "time_zone", "event_name"}


def test_one_bad_contact_refuses_the_lead_even_with_a_good_one() -> None:
    with pytest.raises(ValidationErrors) as info:
        create_lead(
            LeadDraft(phones=["+4915123456789"], emails=["bad@"]), now=NOW, default_region="US"
        )
    assert set(info.value.by_field()) == {"email"}


def test_interests_are_kept_once_in_order_and_bounded() -> None:
    from salesdesk.domain.lead import check_interests
    from salesdesk.domain.limits import MAX_INTERESTS

    assert check_interests([" pos", "crm", "pos", "", "trial "]) == ("pos", "crm", "trial")
    with pytest.raises(ValidationError) as too_many:
        check_interests([f"t{i}" for i in range(MAX_INTERESTS + 1)])
    assert too_many.value.code is ErrorCode.TOO_MANY_INTERESTS
    assert too_many.value.params == {"limit": str(MAX_INTERESTS)}
    with pytest.raises(ValidationError) as not_an_id:
        check_interests(["x" * 65])
    assert not_an_id.value.code is ErrorCode.UNKNOWN_INTEREST


def test_a_next_step_needs_its_day() -> None:
    from salesdesk.domain.vocabulary import NextStep

    draft = LeadDraft(emails=["a@b.example"], next_step=NextStep.MEETING)
    with pytest.raises(ValidationErrors) as undated:
        create_lead(draft, now=NOW, default_region="DE")
    assert [e.code for e in undated.value.errors] == [ErrorCode.FOLLOW_UP_NEEDS_TIME]
    draft.next_call_at = NOW + timedelta(days=1)
    lead = create_lead(draft, now=NOW, default_region="DE")
    assert (lead.next_step, lead.next_call_at) == (NextStep.MEETING, NOW + timedelta(days=1))


def test_an_interest_tag_is_offered_at_its_events_while_active() -> None:
    from salesdesk.domain.catalog import InterestTag

    everywhere = InterestTag("crm", "CRM integration")
    one_event = InterestTag("pos", "POS terminals", events=("RetailTech Expo 2026",),
                            labels={"ru": "POS-терминалы"})  # fmt: skip
    retired = InterestTag("fax", "Fax machines", active=False)
    assert everywhere.offered_at("") and everywhere.offered_at("Any fair")
    assert one_event.offered_at("  retailtech EXPO 2026 ")
    assert not one_event.offered_at("RetailTech Expo 2027") and not one_event.offered_at("")
    assert not retired.offered_at("Any fair")
    assert one_event.label_in("ru") == "POS-терминалы"
    assert one_event.label_in("de") == "POS terminals"  # no German label: the English one


def test_tomorrow_at_is_tomorrow_morning_where_the_visitor_is() -> None:
    from datetime import UTC, datetime, time
    from zoneinfo import ZoneInfo

    from salesdesk.domain.clock import tomorrow_at

    late_in_berlin = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)  # Sunday 00:30 in Berlin
    due = tomorrow_at(late_in_berlin, "Europe/Berlin", time(9))
    # Berlin's Sunday has already begun: Monday 09:00, in summer time (the clocks went on)
    assert due == datetime(2026, 3, 30, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert due.utcoffset() == timedelta(hours=2)
    assert tomorrow_at(late_in_berlin, "America/New_York", time(9)) == datetime(
        2026, 3, 29, 9, 0, tzinfo=ZoneInfo("America/New_York")
    )  # still Saturday evening in New York
