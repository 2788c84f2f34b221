# SPDX-License-Identifier: MIT
"""Phone and email normalisation and duplicate keys."""

from __future__ import annotations

import pytest

from salesdesk.domain.contacts import (
    duplicate_keys,
    normalize_email,
    normalize_phone,
    phone_time_zone,
)
from salesdesk.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+49 151 23456789", "US", "+4915123456789"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("  +7 912 345 67 89 ", "DE", "+79123456789"),
    ],
)
def test_phones_are_normalised_to_e164(raw: str, region: str, expected: str) -> None:
    assert normalize_phone(raw, region) == expected


@pytest.mark.parametrize(
    "raw",
    ["", "   ", "hello", "12", "+1 555 0000", "+49 123", "0151 23456789", "1" * 300],
)
def test_invalid_phones_are_refused_with_a_field(raw: str) -> None:
    # "0151 23456789" is a German mobile written nationally: in the US region it is invalid.
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw, "US")
    assert info.value.field == "phone"
    assert info.value.message


def test_a_foreign_number_needs_its_country_code() -> None:
    assert normalize_phone("+44 20 7946 0958", "DE") == "+442079460958"
    with pytest.raises(ValidationError):
        normalize_phone("020 7946 0958", "DE")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Ivan.Petrov@Example.COM", "ivan.petrov@example.com"), (" a@b.io ", "a@b.io")],
)
def test_emails_are_normalised(raw: str, expected: str) -> None:
    assert normalize_email(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "ivan", "ivan@", "@example.com", "a b@c.de", "a@b", "x" * 300 + "@example.com"]
)
def test_invalid_emails_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_email(raw)
    assert info.value.field == "email"


def test_duplicate_keys_keep_phones_and_emails_apart() -> None:
    keys = duplicate_keys(["+4915123456789"], ["a@b.io"])
    assert keys == {"tel:+4915123456789", "mailto:a@b.io"}
    assert duplicate_keys([], []) == frozenset()


def test_time_zone_of_a_phone() -> None:
    assert phone_time_zone("+4915123456789") == "Europe/Berlin"
    # A Russian mobile spans many zones: no single answer.
    assert phone_time_zone("+79123456789") is None
    assert phone_time_zone("not a phone") is None


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+819078796434", "+81 90 7879 6434"),  # found shown as +819078796434
        ("+12126414488", "+1 212 641 4488"),
        ("+74951234567", "+7 495 123 45 67"),
        ("+4930123456", "+49 30 123456"),
        ("+442079460958", "+44 20 7946 0958"),
        ("+77011234567", "+7 701 123 4567"),
        ("not a number", "not a number"),  # shown as it is, never guessed at
    ],
)
def test_phones_are_shown_in_groups_and_read_back_to_the_same_number(
    stored: str, shown: str
) -> None:
    from salesdesk.domain.contacts import display_phone

    assert display_phone(stored) == shown
    if stored.startswith("+"):
        assert normalize_phone(shown, "US") == stored  # what is typed back is the same
