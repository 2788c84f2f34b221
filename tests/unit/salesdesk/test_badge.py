# SPDX-License-Identifier: MIT
"""What badge and card codes say: vCards others wrote, MECARD, BIZCARD, URIs, plain text.

The vCards in tests/data/badges are other programs' exports and the RFCs' own examples
(their README says where each is from)."""

from __future__ import annotations

from pathlib import Path

import pytest

from salesdesk.domain.badge import CardPhone, read_badge
from salesdesk.domain.contacts import normalize_phone

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "badges"


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_vcard_2_1_with_bare_types_from_the_versit_specification() -> None:
    card = read_badge(sample("versit_2.1.vcf"))
    assert (card.kind, card.first_name, card.last_name) == ("vcard", "John", "Smith")
    assert card.phones == (
        CardPhone("+1 (919) 555-1234", "work"),
        CardPhone("+1 (919) 554-6758", "cell"),
        CardPhone("+1 (919) 555-9876", "fax"),
    )
    assert card.callable_phones == ("+1 (919) 555-1234", "+1 (919) 554-6758")
    assert ("fax", "+1 (919) 555-9876") in card.note_lines  # not dialled, not lost
    assert ("name", "Mr. John M. Smith Esq.") in card.rest
    assert ("address", "Suite 101, 1 Central St., Any Town, NC, 27654") in card.rest


def test_vcard_3_0_without_n_reads_the_formatted_name_rfc2426() -> None:
    card = read_badge(sample("rfc2426_3.0.vcf"))
    assert card.name == "Frank Dawson"
    assert card.company == "Lotus Development Corporation"
    assert card.emails == ("Frank_Dawson@Lotus.com", "fdawson@earthlink.net")
    assert card.callable_phones == ("+1-919-676-9515",)
    assert card.urls == ("http://home.earthlink.net/~fdawson",)


def test_vcard_4_0_tel_uri_keeps_its_extension_rfc6350() -> None:
    card = read_badge(sample("rfc6350_4.0.vcf"))
    assert (card.name, card.company) == ("Simon Perreault", "Viagenie")
    assert card.callable_phones == ("+1-418-656-9254;ext=102", "+1-418-262-6501")
    assert normalize_phone(card.callable_phones[0], "DE") == "+14186569254;ext=102"
    assert card.emails == ("simon.perreault@viagenie.ca",)
    # the 4.0 example's birthday, gender, languages, key and geo are technical: not kept
    assert not any(key in ("BDAY", "GENDER", "LANG", "KEY", "GEO") for key, _ in card.rest)


@pytest.mark.parametrize("name", ["evolution_3.0.vcf", "mac_address_book_3.0.vcf"])
def test_address_book_exports_from_ez_vcards_suite(name: str) -> None:
    card = read_badge(sample(name))
    assert (card.first_name, card.last_name) == ("John", "Doe")
    assert (card.company, card.job_title) == ("IBM", "Money Counter")
    assert card.emails == ("john.doe@ibm.com",)
    assert card.urls == ("http://www.ibm.com",)  # Apple's "http\\://" unescaped
    assert ("name", "Mr. John Richter, James Doe Sr.") in card.rest or (
        "name",
        "Mr. John Richter,James Doe Sr.",
    ) in card.rest
    assert any(key == "department" and "Accounting" in value for key, value in card.rest)
    assert any(key == "note" and value.startswith("THIS SOFTWARE") for key, value in card.rest)
    assert "905-555-1234" in card.callable_phones


def test_mac_address_book_faxes_and_a_multi_line_address() -> None:
    card = read_badge(sample("mac_address_book_3.0.vcf"))
    assert card.callable_phones == (
        "905-777-1234", "905-666-1234", "905-555-1234", "905-111-1234", "905-222-1234"
    )  # fmt: skip
    faxes = [value for key, value in card.note_lines if key == "fax"]
    assert faxes == ["905-888-1234", "905-999-1234"]
    assert ("address", "Street4 Building 6 Floor 8, New York, 12345, USA") in card.rest


def test_mecard_with_escapes() -> None:
    card = read_badge(
        "MECARD:N:Keller,Petra;TEL:+49301234567;EMAIL:petra@keller.example;ORG:Keller Handel;"
        "NOTE:Stand B12\\; Halle 3;URL:https://keller.example;;"
    )
    assert (card.kind, card.first_name, card.last_name) == ("mecard", "Petra", "Keller")
    assert card.company == "Keller Handel"
    assert card.callable_phones == ("+49301234567",)
    assert card.emails == ("petra@keller.example",)
    assert ("note", "Stand B12; Halle 3") in card.rest
    assert ("web", "https://keller.example") in card.note_lines


def test_bizcard() -> None:
    card = read_badge(
        "BIZCARD:N:Sean;X:Owen;T:Software engineer;C:Google;"
        "A:76 9th Avenue, New York, NY 10011;B:+12125551212;E:srowen@google.com;;"
    )
    assert (card.first_name, card.last_name, card.job_title) == (
        "Sean",
        "Owen",
        "Software engineer",
    )
    assert card.company == "Google"
    assert card.callable_phones == ("+12125551212",)
    assert ("address", "76 9th Avenue, New York, NY 10011") in card.rest


def test_tel_and_mailto_uris() -> None:
    assert read_badge("tel:+1-418-656-9254;ext=102").callable_phones == ("+1-418-656-9254;ext=102",)
    card = read_badge("mailto:jonas@keller.example?subject=Catalogue&body=Send%20prices")
    assert card.emails == ("jonas@keller.example",)
    assert ("subject", "Catalogue") in card.rest and ("body", "Send prices") in card.rest


def test_plain_text_finds_contacts_and_keeps_the_rest() -> None:
    card = read_badge("Jonas Keller\nKeller Handel GmbH\n030 1234567 | jonas@keller.example", "DE")
    assert (card.first_name, card.last_name) == ("Jonas", "Keller")
    assert card.callable_phones == ("030 1234567",)  # read in the stand's country when saved
    assert card.emails == ("jonas@keller.example",)
    assert card.rest == (("", "Keller Handel GmbH"),)


def test_an_attendee_id_is_kept_for_the_note() -> None:
    card = read_badge("RTX26-004711")
    assert (card.kind, card.name, card.phones, card.emails) == ("text", "", (), ())
    assert card.rest == (("", "RTX26-004711"),)
    assert not card.empty


@pytest.mark.parametrize(
    "payload",
    ["BEGIN:VCARD\nVERSION:3.0\nN:;;;\nFN:\x00\nEND", "BEGIN:VCARD\nTEL;;;=:\n", "MECARD:;;;;"],
)
def test_broken_codes_are_read_as_far_as_they_go(payload: str) -> None:
    card = read_badge(payload)  # never raises
    assert card.kind in ("vcard", "text", "mecard")
    lines = " ".join(value for _key, value in card.note_lines)
    assert "\x00" not in lines
