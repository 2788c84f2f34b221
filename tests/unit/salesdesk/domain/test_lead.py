# SPDX-License-Identifier: MIT
"""Creating leads: contacts required and validated, text bounded, exhibition needs an event."""

from __future__ import annotations

import pytest

from salesdesk.domain.errors import ValidationErrors
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
