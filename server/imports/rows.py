# SPDX-License-Identifier: MIT
"""One imported row as a lead draft, with every reason it cannot be one.

National numbers are read in the row's own country when it has a country column (a name in
English, Russian, German, French or Spanish, or a region code), after its calling code when
it has one, else in the import's region; every refusal of a number names the region it was
read in. A cell may hold several numbers separated by commas or semicolons, but a
semicolon that starts an RFC 3966 parameter (``;ext=102``) stays with its number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

import phonenumbers

from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.lead import Lead, LeadDraft, create_lead
from server.imports.columns import VOCABULARIES, ColumnMap

_PHONE_SPLIT = re.compile(r"[,\n]|;(?!\s*(?:ext|isub|phone-context|postd)\s*=)", re.IGNORECASE)
_EMAIL_SPLIT = re.compile(r"[,;\s]+")
_TEXT_FIELDS = ("first_name", "last_name", "company", "job_title", "need", "campaign",
                "event_name", "budget_notes", "city")  # fmt: skip
#: Country names people write that are not a language's own name of it.
_COUNTRY_ALIASES = {"uk": "GB", "great britain": "GB", "england": "GB", "usa": "US",
                    "u.s.": "US", "u.s.a.": "US", "united states of america": "US",
                    "russian federation": "RU", "рф": "RU", "holland": "NL"}  # fmt: skip


def split_phones(cell: str) -> list[str]:
    """The numbers in a cell (``;ext=`` and other RFC 3966 parameters stay with theirs)."""
    return [part.strip() for part in _PHONE_SPLIT.split(cell) if part.strip()]


def split_emails(cell: str) -> list[str]:
    """The addresses in a cell, separated by commas, semicolons or spaces."""
    return [part for part in _EMAIL_SPLIT.split(cell) if part]


@cache
def _countries() -> dict[str, str]:
    from babel import Locale

    regions = phonenumbers.SUPPORTED_REGIONS
    names: dict[str, str] = {code.casefold(): code for code in regions}
    for language in ("en", "ru", "de", "fr", "es"):
        for code, name in Locale.parse(language).territories.items():
            if code in regions:
                names.setdefault(name.casefold(), code)
    names.update(_COUNTRY_ALIASES)
    return names


def country_region(value: str) -> str | None:
    """The region code of a country as a row names it (None: not a country we know)."""
    return _countries().get(value.strip().casefold())


def region_name(region: str) -> str:
    """A region for people: ``United Kingdom (GB)``."""
    from babel import Locale

    return f"{Locale.parse('en').territories.get(region, region)} ({region})"


#: The kinds of reason a row is refused for (the summary counts refusals by them).
_KINDS = {
    ErrorCode.PHONE_EMPTY: "phone", ErrorCode.PHONE_TOO_LONG: "phone",
    ErrorCode.PHONE_UNREADABLE: "phone", ErrorCode.PHONE_INVALID: "phone",
    ErrorCode.EMAIL_EMPTY: "email", ErrorCode.EMAIL_TOO_LONG: "email",
    ErrorCode.EMAIL_INVALID: "email", ErrorCode.NO_CONTACT: "no contact",
    ErrorCode.TOO_LONG: "too long", ErrorCode.UNKNOWN_TIME_ZONE: "time zone",
}  # fmt: skip


@dataclass(frozen=True)
class Reason:
    """Why a row is refused: its kind (``phone``, ``cell count``…) and the sentence."""

    kind: str
    text: str


@dataclass
class ReadRow:
    """A row as a lead (``lead``) or the reasons it is not one (``reasons``), with the region
    its national numbers were read in and why."""

    lead: Lead | None = None
    reasons: list[Reason] = field(default_factory=list)
    region: str = ""
    region_by: str = ""


def read_row(
    cells: list[str], columns: ColumnMap, *, default_region: str, now: datetime
) -> ReadRow:
    """The row's lead (every domain rule applied) or every reason it cannot be one."""
    values: dict[str, list[tuple[str, str]]] = {}
    for name, target, cell in zip(columns.header, columns.fields, cells, strict=False):
        if target and cell.strip():
            values.setdefault(target, []).append((name, cell.strip()))
    reasons: list[Reason] = []
    region, region_by = default_region, "the import's region"
    for _name, country in values.get("country", [])[:1]:
        found = country_region(country)
        if found is None:
            reasons.append(
                Reason(
                    "country", f"country {country!r} is not one we know (a name or a code like GB)"
                )
            )
        else:
            region, region_by = found, "the row's country"
    code = "".join(ch for ch in _first(values, "calling_code") if ch.isdigit())
    phones = [p for _n, cell in values.get("phones", []) for p in split_phones(cell)]
    if code:
        phones = [p if p.startswith(("+", "00", "tel:")) else f"+{code} {p}" for p in phones]
    draft = LeadDraft(
        phones=phones,
        emails=[e for _n, cell in values.get("emails", []) for e in split_emails(cell)],
        time_zone=_first(values, "time_zone") or None,
    )
    for name in _TEXT_FIELDS:
        setattr(draft, name, " ".join(dict.fromkeys(v for _n, v in values.get(name, []))))
    _names(draft, values)
    notes = [f"{column}: {value}" for column, value in values.get("note", [])]
    if notes:
        draft.need = "\n".join(part for part in (draft.need, *notes) if part)
    for name, vocabulary in VOCABULARIES.items():
        raw = _first(values, name)
        if not raw:
            continue
        mapped = columns.values.get(name, {}).get(raw.casefold())
        candidate = mapped or raw.casefold().replace(" ", "_").replace("-", "_")
        try:
            setattr(draft, name, vocabulary(candidate))
        except ValueError:
            choices = [str(v.value) for v in vocabulary]
            reasons.append(
                Reason(
                    name,
                    f"{name} {raw!r} is not one of: {', '.join(choices)} "
                    f"(map it: --value '{name}:{raw}={choices[0]}')",
                )
            )
    lead = None
    try:
        lead = create_lead(draft, now=now, default_region=region, event_required=False)
    except ValidationErrors as exc:
        reasons.extend(_reason(e, region, region_by) for e in exc.errors)
    return ReadRow(None if reasons else lead, reasons, region, region_by)


def _first(values: dict[str, list[tuple[str, str]]], name: str) -> str:
    found = values.get(name)
    return found[0][1] if found else ""


def _names(draft: LeadDraft, values: dict[str, list[tuple[str, str]]]) -> None:
    """First and last name from their columns; a full name fills whichever is missing (what
    is left of it once the other is taken out), and is kept in the need when it says more
    than they do (a title, a middle name)."""
    full = _first(values, "full_name")
    if not full:
        return
    if not (draft.first_name or draft.last_name):
        first, _, last = full.partition(" ")
        draft.first_name, draft.last_name = first, last.strip()
        return
    if not draft.first_name or not draft.last_name:
        known = set((draft.first_name or draft.last_name).casefold().split())
        rest = " ".join(word for word in full.split() if word.casefold() not in known)
        if draft.first_name:
            draft.last_name = rest
        else:
            draft.first_name = rest
        return
    given = set(f"{draft.first_name} {draft.last_name}".casefold().split())
    if not set(full.casefold().split()) <= given:
        column = values["full_name"][0][0]
        draft.need = "\n".join(part for part in (draft.need, f"{column}: {full}") if part)


def _reason(error: ValidationError, region: str, region_by: str) -> Reason:
    message = error.message
    if error.field == "phone" and not error.params.get("value", "+").startswith(("+", "00")):
        message += f" read in {region_name(region)}, {region_by}"
    return Reason(_KINDS.get(error.code, error.field or "other"), message)
