# SPDX-License-Identifier: MIT
"""What a badge or business-card code says about a visitor.

A scanned code carries text: a vCard (2.1, 3.0 or 4.0; read with vobject), a MECARD or a
BIZCARD (the phone-camera formats), a ``tel:`` or ``mailto:`` URI, or plain text (a badge
printer's own layout, a bare attendee ID). Each becomes a ``VisitorCard`` with the fields of
the stand's form. Nothing read is lost: what has no field (an address, a note, a department,
a fax number, an attendee ID, a line not understood) is kept in ``rest`` for the note. Only
technical vCard properties (UID, REV, PRODID, PHOTO, X-…) are dropped on purpose.
Numbers are kept as read; the stand reads them in its country when the lead is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

import phonenumbers
import vobject

#: vCard properties with no field on the form that a person wrote (kept in rest, by label).
_KEPT_VCARD = {
    "adr": "address",
    "note": "note",
    "role": "role",
    "nickname": "nickname",
    "impp": "messenger",
    "label": "address",
}
#: Technical or personal vCard properties not worth a note (dropped on purpose).
_DROPPED_VCARD = {
    "version", "prodid", "uid", "rev", "photo", "logo", "sound", "key", "bday", "anniversary",
    "gender", "lang", "tz", "geo", "categories", "class", "sort-string", "source", "kind",
    "n", "fn", "org", "title", "tel", "email", "url", "mailer", "member", "related", "xml",
    "clientpidmap", "fburl", "caladruri", "caluri", "agent", "name", "profile",
}  # fmt: skip
#: The labels of ``VisitorCard.rest`` this module writes (the views translate them).
NOTE_LABELS = ("address", "note", "role", "nickname", "messenger", "name", "department",
               "web", "fax", "subject", "body")  # fmt: skip
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_SPLIT = re.compile(r"[\r\n\t|]+")


@dataclass(frozen=True)
class CardPhone:
    """A number as the code gives it, with its kind ("work", "cell", "home", "fax", "")."""

    number: str
    kind: str = ""


@dataclass(frozen=True)
class VisitorCard:
    """A visitor as a code describes them.

    Attributes:
        kind: the payload's format: vcard, mecard, bizcard, tel, mailto or text.
        rest: what was read but has no field, as (label, value) pairs: the label is one of
            ``NOTE_LABELS`` (translated where shown), a vCard property's name, or "".
    """

    kind: str
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    phones: tuple[CardPhone, ...] = ()
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    rest: tuple[tuple[str, str], ...] = field(default=())

    @property
    def name(self) -> str:
        """First and last name as one line."""
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def callable_phones(self) -> tuple[str, ...]:
        """The numbers a manager can call, in the card's order (fax numbers go to the note)."""
        return tuple(dict.fromkeys(p.number for p in self.phones if p.kind != "fax"))

    @property
    def note_lines(self) -> tuple[tuple[str, str], ...]:
        """What goes to the note, as (label, value): web addresses, fax numbers, the rest."""
        faxes = tuple(("fax", p.number) for p in self.phones if p.kind == "fax")
        return tuple(("web", url) for url in self.urls) + faxes + self.rest

    @property
    def empty(self) -> bool:
        """Nothing at all was read."""
        return not (self.name or self.company or self.phones or self.emails or self.note_lines)


def read_badge(payload: str, region: str = "") -> VisitorCard:
    """The visitor a code's text describes (``region``: where plain-text numbers without a
    country code are looked for; "" finds only international ones)."""
    text = payload.replace("\x00", "").strip()
    head = text[:12].upper()
    if head.startswith("BEGIN:VCARD"):
        return _read_vcard(text) or _read_text(text, region)
    if head.startswith("MECARD:"):
        return _read_fields("mecard", text[7:])
    if head.startswith("BIZCARD:"):
        return _read_fields("bizcard", text[8:])
    if head.startswith("TEL:"):
        number = unquote(text[4:]).strip()
        return VisitorCard("tel", phones=(CardPhone(number),)) if number else VisitorCard("tel")
    if head.startswith("MAILTO:"):
        return _read_mailto(text)
    return _read_text(text, region)


def _kind(types: list[str]) -> str:
    lowered = {t.lower() for t in types}
    for kind in ("fax", "cell", "work", "home"):
        if kind in lowered:
            return kind
    return "cell" if "mobile" in lowered else ""


def _types(line: vobject.base.ContentLine) -> list[str]:
    """A vCard line's TYPE values: 3.0/4.0 ``TYPE=work,voice`` and 2.1's bare ``;WORK``."""
    types = [t for value in line.params.get("TYPE", []) for t in value.split(",")]
    return types + list(getattr(line, "singletonparams", []))


def _text(value: object) -> str:
    if isinstance(value, list):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def _read_vcard(text: str) -> VisitorCard | None:
    try:
        card = vobject.readOne(text, ignoreUnreadable=True)
    except Exception:  # vobject raises many kinds on malformed input: read it as text
        return None
    contents = card.contents
    first = last = company = title = ""
    rest: list[tuple[str, str]] = []
    if "n" in contents:
        name = contents["n"][0].value
        first, last = _text(name.given), _text(name.family)
        others = [_text(name.prefix), first, _text(name.additional), last, _text(name.suffix)]
        if others[0] or others[2] or others[4]:  # the full name, as the card gives it
            rest.append(("name", " ".join(p for p in others if p)))
    if not (first or last) and "fn" in contents:
        first, _, last = _text(contents["fn"][0].value).partition(" ")
    if "org" in contents:
        units = [u.strip() for u in contents["org"][0].value if u.strip()]
        company = units[0] if units else ""
        if units[1:]:
            rest.append(("department", ", ".join(units[1:])))
    if "title" in contents:
        title = _text(contents["title"][0].value)
    phones = tuple(
        CardPhone(_uri_number(_text(line.value)), _kind(_types(line)))
        for line in contents.get("tel", [])
        if _text(line.value)
    )
    emails = tuple(_text(line.value) for line in contents.get("email", []) if _text(line.value))
    urls = tuple(  # Apple escapes the colon of a URL ("http\\://")
        _text(line.value).replace("\\", "") for line in contents.get("url", []) if _text(line.value)
    )
    for key, lines in contents.items():
        label = _KEPT_VCARD.get(key)
        if label is None:
            continue
        for line in lines:
            value = _address(line.value) if key == "adr" else _text(line.value)
            if value:
                rest.append((label, value))
    for key in contents:
        if key not in _KEPT_VCARD and key not in _DROPPED_VCARD and not key.startswith("x-"):
            rest.extend((key.upper(), _text(line.value)) for line in contents[key])
    return VisitorCard("vcard", first, last.strip(), company, title, phones, emails, urls,
                       tuple(rest))  # fmt: skip


def _address(value: object) -> str:
    parts = [
        getattr(value, name, "")
        for name in ("box", "extended", "street", "city", "region", "code", "country")
    ]
    return ", ".join(" ".join(_text(p).split()) for p in parts if _text(p))


def _uri_number(value: str) -> str:
    """A vCard 4.0 ``tel:`` URI's number (its ``;ext=`` stays); other values as they are."""
    return value[4:] if value.lower().startswith("tel:") else value


def _split_fields(body: str) -> list[tuple[str, str]]:
    """MECARD/BIZCARD ``KEY:value;`` pairs; ``\\`` escapes ``; : , \\``."""
    pairs: list[tuple[str, str]] = []
    current: list[str] = []
    escaped = False
    for char in body:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            pairs.append(_pair("".join(current)))
            current = []
        else:
            current.append(char)
    if "".join(current).strip():
        pairs.append(_pair("".join(current)))
    return [(key, value) for key, value in pairs if key or value]


def _pair(item: str) -> tuple[str, str]:
    key, colon, value = item.partition(":")
    return (key.strip().upper(), value.strip()) if colon else ("", item.strip())


#: MECARD (NTT Docomo) and BIZCARD (ZXing's) keys with a field of ours.
_FIELD_KEYS = {
    "mecard": {"TEL": "phone", "TEL-AV": "phone", "EMAIL": "email", "URL": "url",
               "ORG": "company", "TITLE": "job_title"},
    "bizcard": {"B": "phone", "M": "cell", "F": "fax", "E": "email", "C": "company",
                "T": "job_title", "N": "first_name", "X": "last_name"},
}  # fmt: skip
_REST_LABELS = {"ADR": "address", "A": "address", "NOTE": "note", "NICKNAME": "nickname",
                "BDAY": None, "SOUND": None}  # fmt: skip


def _read_fields(kind: str, body: str) -> VisitorCard:
    values: dict[str, str] = {}
    phones: list[CardPhone] = []
    emails: list[str] = []
    urls: list[str] = []
    rest: list[tuple[str, str]] = []
    for key, value in _split_fields(body):
        if not value:
            continue
        target = _FIELD_KEYS[kind].get(key)
        if kind == "mecard" and key == "N":
            last, comma, first = value.partition(",")
            values["last_name"], values["first_name"] = (
                (last.strip(), first.strip()) if comma else ("", value)
            )
        elif target in ("phone", "cell", "fax"):
            phones.append(CardPhone(value, "" if target == "phone" else target))
        elif target == "email":
            emails.append(value)
        elif target == "url":
            urls.append(value)
        elif target:
            values[target] = value
        elif _REST_LABELS.get(key, key) is not None:
            rest.append((_REST_LABELS.get(key, key) or "", value))
    if kind == "mecard" and "first_name" in values and not values.get("last_name"):
        values["first_name"], _, values["last_name"] = values["first_name"].partition(" ")
    return VisitorCard(
        kind,
        values.get("first_name", ""),
        values.get("last_name", "").strip(),
        values.get("company", ""),
        values.get("job_title", ""),
        tuple(phones),
        tuple(emails),
        tuple(urls),
        tuple(rest),
    )


def _read_mailto(text: str) -> VisitorCard:
    parts = urlsplit(text)
    emails = tuple(unquote(a).strip() for a in parts.path.split(",") if a.strip())
    rest = [
        ("subject" if key.lower() == "subject" else "body" if key.lower() == "body" else key, value)
        for key, values in parse_qs(parts.query).items()
        for value in values
    ]
    return VisitorCard("mailto", emails=emails, rest=tuple(rest))


def _read_text(text: str, region: str) -> VisitorCard:
    """Best effort: emails and phone numbers found in the text; a first line that looks like
    a name (letters only, two to four words) as the name; every other line into ``rest``."""
    lines = [line.strip() for line in _SPLIT.split(text) if line.strip()]
    emails: list[str] = []
    phones: list[CardPhone] = []
    rest: list[tuple[str, str]] = []
    first = last = ""
    for index, line in enumerate(lines):
        found_emails = _EMAIL.findall(line)
        remainder = _EMAIL.sub(" ", line)
        found_phones = [
            match.raw_string
            for match in phonenumbers.PhoneNumberMatcher(remainder, region.upper() or None)
        ]
        for raw in found_phones:
            remainder = remainder.replace(raw, " ")
        emails.extend(found_emails)
        phones.extend(CardPhone(raw.strip()) for raw in found_phones)
        remainder = remainder.strip(" ,;:")
        if not remainder:
            continue
        words = remainder.split()
        if (
            index == 0
            and not (found_emails or found_phones)
            and 2 <= len(words) <= 4
            and all(word.replace("-", "").replace("'", "").isalpha() for word in words)
        ):
            first, last = words[0], " ".join(words[1:])
        elif found_emails or found_phones:
            rest.append(("", remainder))
        else:
            rest.append(("", line))
    return VisitorCard("text", first, last, "", "", tuple(phones), tuple(emails), (),
                       tuple(rest))  # fmt: skip
