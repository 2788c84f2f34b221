# SPDX-License-Identifier: MIT
"""Phone and email normalisation, the duplicate keys derived from them, and time zones."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from salesdesk.domain.errors import ErrorCode, ValidationError

#: Longest contact value we accept before even trying to parse it.
MAX_CONTACT_LENGTH = 254
#: Distinct values whose reading is remembered (an import checks each one once).
_CACHED = 1 << 16


@lru_cache(maxsize=_CACHED)
def normalize_phone(raw: str, default_region: str = "US") -> str:
    """Parse a phone number as people type it and return it in E.164 (``+4915123456789``),
    with its extension when it has one (``+1 418 656 9254 ext. 102`` → ``+14186569254;ext=102``).

    Raises ValidationError (field ``phone``) when it is not a valid number.
    """
    text = raw.strip()
    if not text:
        raise ValidationError("the phone number is empty", "phone", ErrorCode.PHONE_EMPTY)
    if len(text) > MAX_CONTACT_LENGTH:
        raise ValidationError("the phone number is too long", "phone", ErrorCode.PHONE_TOO_LONG)
    try:
        number = phonenumbers.parse(text, default_region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(
            f"“{text}” is not a phone number", "phone", ErrorCode.PHONE_UNREADABLE, value=text
        ) from exc
    # valid exactly when its type is known (``is_valid_number`` matches the same patterns);
    # the type is kept for the number's time zones, looked up next
    kind = phonenumbers.number_type(number)
    if kind == phonenumbers.PhoneNumberType.UNKNOWN:
        raise ValidationError(
            f"“{text}” is not a valid phone number", "phone", ErrorCode.PHONE_INVALID, value=text
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if len(_PARSED) >= _CACHED:
        _PARSED.clear()
    _PARSED[e164] = (number, kind)  # parsed and typed once
    # an extension is kept the RFC 3966 way (``+14186569254;ext=102``): a switchboard's
    # people differ only by it, and dialling needs it
    return f"{e164};ext={number.extension}" if number.extension else e164


#: Numbers parsed by ``normalize_phone`` with their type, by E.164 (``typed_phone`` reuses
#: them).
_PARSED: dict[str, tuple[phonenumbers.PhoneNumber, int]] = {}


def parsed_phone(e164: str) -> phonenumbers.PhoneNumber:
    """A stored number parsed (``+14186569254;ext=102`` with its extension); the one
    ``normalize_phone`` just parsed when it is still at hand. NumberParseException when it
    is not a number."""
    return typed_phone(e164)[0]


def typed_phone(e164: str) -> tuple[phonenumbers.PhoneNumber, int]:
    """A stored number parsed, and its ``PhoneNumberType`` (see ``parsed_phone``)."""
    found = _PARSED.get(e164.partition(";")[0])
    if found is not None and ";" not in e164:
        return found
    number = phonenumbers.parse(e164, None)
    return number, phonenumbers.number_type(number)


def display_phone(e164: str) -> str:
    """An E.164 number as people read it across borders, in groups with spaces
    (``+49 30 123456``, ``+1 212 641 4488``); what is stored stays E.164."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return shown.replace("-", " ")


@lru_cache(maxsize=_CACHED)
def normalize_email(raw: str) -> str:
    """Validate an email address (syntax only, no DNS) and return its normalised form.

    The domain is lower-cased by the validator; the local part is lower-cased too, because
    in practice people type the same mailbox with different capitals and it is the same lead.
    Raises ValidationError (field ``email``).
    """
    text = raw.strip()
    if not text:
        raise ValidationError("the email address is empty", "email", ErrorCode.EMAIL_EMPTY)
    if len(text) > MAX_CONTACT_LENGTH:
        raise ValidationError("the email address is too long", "email", ErrorCode.EMAIL_TOO_LONG)
    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(
            f"“{text}” is not a valid email address: {exc}",
            "email",
            ErrorCode.EMAIL_INVALID,
            value=text,
        ) from exc
    return info.normalized.lower()


def normalize_phones(values: Iterable[str], default_region: str = "US") -> tuple[str, ...]:
    """Normalise several phones, dropping blanks and repeats while keeping their order."""
    return _unique(normalize_phone(v, default_region) for v in values if v.strip())


def normalize_emails(values: Iterable[str]) -> tuple[str, ...]:
    """Normalise several emails, dropping blanks and repeats while keeping their order."""
    return _unique(normalize_email(v) for v in values if v.strip())


def duplicate_keys(phones: Sequence[str], emails: Sequence[str]) -> frozenset[str]:
    """The keys under which two leads are the same person: normalised phones and emails.

    Expects values already normalised; the prefixes keep a phone and an email apart.
    """
    return frozenset([f"tel:{p}" for p in phones] + [f"mailto:{e}" for e in emails])


def phone_time_zone(e164: str) -> str | None:
    """The IANA time zone of a normalised phone number, or None when it spans several
    (``their_time.number_zones`` gives them all)."""
    from salesdesk.domain.their_time import number_zones

    zones, _country = number_zones(e164)
    return zones[0] if len(zones) == 1 else None


def digits_only(value: str) -> str:
    """The digits of a string (for searching phones as the user types them)."""
    return "".join(ch for ch in value if ch.isdigit())


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))
