# SPDX-License-Identifier: MIT
"""The lead: a need a potential client expressed, with at least one usable contact."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from salesdesk.domain.contacts import duplicate_keys, normalize_email, normalize_phone
from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.limits import ID, LEAD_TEXT_LIMITS, LONG_TEXT, MAX_INTERESTS
from salesdesk.domain.their_time import TheirZones, their_zones
from salesdesk.domain.vocabulary import NextStep, Quality, Source, Stage, Temperature

NO_CONTACT_MESSAGE = "a lead needs a phone or an email"
NO_EVENT_MESSAGE = "an exhibition lead needs the event's name"

#: Longest free text we keep in a single field (names, notes).
MAX_TEXT = LONG_TEXT  # a call's note, a reason


@dataclass(frozen=True, slots=True)
class ContactPerson:
    """Someone else at the lead's company: a colleague met at a stand, a decision maker.

    ``phones`` are E.164 (with ``;ext=`` when they have one), ``emails`` normalised; ``note``
    is what they said when they were added (e.g. the stand conversation); ``event_name`` the
    event where they were met, if any. Added, never edited in place: a correction is a new
    person (the server keeps both; the card shows the newest).
    """

    id: str
    name: str
    role: str = ""
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    note: str = ""
    event_name: str = ""
    added_at: datetime | None = None

    def to_plain(self) -> dict[str, Any]:
        """As JSON values (the stores' column, the wire)."""
        return {
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "phones": list(self.phones),
            "emails": list(self.emails),
            "note": self.note,
            "event_name": self.event_name,
            "added_at": self.added_at.isoformat() if self.added_at else None,
        }

    @classmethod
    def from_plain(cls, value: dict[str, Any]) -> ContactPerson:
        """The inverse of ``to_plain`` (also takes the wire model's attributes as a dict)."""
        added = value.get("added_at")
        if isinstance(added, str):
            added = datetime.fromisoformat(added)
        return cls(
            id=str(value["id"]),
            name=str(value.get("name", "")),
            role=str(value.get("role", "")),
            phones=tuple(value.get("phones") or ()),
            emails=tuple(value.get("emails") or ()),
            note=str(value.get("note", "")),
            event_name=str(value.get("event_name", "")),
            added_at=added,
        )


class HasContacts(Protocol):
    """A contact person as the domain or the wire has it."""

    @property
    def phones(self) -> Sequence[str]: ...

    @property
    def emails(self) -> Sequence[str]: ...


def people_keys(
    phones: Sequence[str], emails: Sequence[str], persons: Iterable[HasContacts]
) -> frozenset[str]:
    """The duplicate keys of a lead's own (normalised) contacts and its contact persons'."""
    persons = list(persons)
    return duplicate_keys(
        [*phones, *(p for person in persons for p in person.phones)],
        [*emails, *(e for person in persons for e in person.emails)],
    )


def consent_version(text: str) -> str:
    """The version of a consent text: the first 12 hex digits of its SHA-256 (whitespace
    runs count as one space), the same on every laptop that shows the same words."""
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Consent:
    """What a visitor said to the consent question at a stand, and to which words.

    ``given`` False records that they were asked and did not agree (the lead is kept and
    marked); ``text`` is the wording shown, ``text_version`` its ``consent_version``.
    """

    given: bool
    at: datetime
    event_name: str
    language: str
    text: str
    text_version: str

    def to_plain(self) -> dict[str, Any]:
        """As JSON values (the stores' column, the wire)."""
        return {
            "given": self.given,
            "at": self.at.isoformat(),
            "event_name": self.event_name,
            "language": self.language,
            "text": self.text,
            "text_version": self.text_version,
        }

    @classmethod
    def from_plain(cls, value: dict[str, Any]) -> Consent:
        """The inverse of ``to_plain``."""
        at = value["at"]
        return cls(
            given=bool(value["given"]),
            at=datetime.fromisoformat(at) if isinstance(at, str) else at,
            event_name=str(value.get("event_name", "")),
            language=str(value.get("language", "")),
            text=str(value.get("text", "")),
            text_version=str(value.get("text_version", "")),
        )


@dataclass(slots=True)
class Lead:
    """A lead as the workstation and the server know it.

    Times are timezone-aware. ``phones`` are E.164, ``emails`` normalised; the first of each
    is the primary contact. ``version`` is the server's version the local copy is based on.
    """

    id: str
    created_at: datetime
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    need: str = ""
    source: Source = Source.WEBSITE_FORM
    campaign: str = ""
    event_name: str = ""
    quality: Quality = Quality.TARGETED
    temperature: Temperature = Temperature.COLD
    stage: Stage = Stage.NEW
    city: str = ""
    score: int = 0
    budget_notes: str = ""
    time_zone: str | None = None
    next_call_at: datetime | None = None
    nurture_until: datetime | None = None
    attempts: int = 0
    attempts_today: int = 0
    last_attempt_at: datetime | None = None
    loss_reason_id: str | None = None
    assignee_id: str | None = None
    duplicate_of: str | None = None
    contacts: tuple[ContactPerson, ...] = ()
    consent: Consent | None = None
    #: Interest tags (catalog IDs: products, topics) the visitor asked about.
    interests: tuple[str, ...] = ()
    #: What was agreed for next time (call, send materials, meeting); due at next_call_at.
    next_step: NextStep | None = None
    version: int = 0

    @property
    def contact_keys(self) -> frozenset[str]:
        """The keys a returning visitor is recognised by (``people_keys``)."""
        return people_keys(self.phones, self.emails, self.contacts)

    @property
    def display_name(self) -> str:
        """The person's name, else the company, else the primary contact."""
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.company or (self.phones or self.emails or ("",))[0]

    @property
    def their_zones(self) -> TheirZones:
        """The zones the lead may be in, from its best evidence (``their_time``)."""
        return their_zones(self.time_zone, self.city, self.phones, self.emails)

    @property
    def effective_time_zone(self) -> str | None:
        """The lead's zone when it is known: set, from its city, or the one zone its number
        (or email's country) allows; None when several are possible."""
        return self.their_zones.known


@dataclass(slots=True)
class LeadDraft:
    """What a manager (or an import row) types for a new lead, before validation."""

    phones: Sequence[str] = ()
    emails: Sequence[str] = ()
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    need: str = ""
    source: Source = Source.WEBSITE_FORM
    campaign: str = ""
    event_name: str = ""
    temperature: Temperature = Temperature.COLD
    quality: Quality = Quality.TARGETED
    budget_notes: str = ""
    time_zone: str | None = None
    city: str = ""
    consent: Consent | None = None
    interests: Sequence[str] = ()
    next_step: NextStep | None = None
    next_call_at: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)


def check_interests(interests: Iterable[str]) -> tuple[str, ...]:
    """Interest tag IDs, each once in the order given; at most ``MAX_INTERESTS``.

    Whether each is in the catalog is the server's check (``UNKNOWN_INTEREST``)."""
    tags = tuple(dict.fromkeys(tag.strip() for tag in interests if tag.strip()))
    if len(tags) > MAX_INTERESTS:
        raise ValidationError(
            f"at most {MAX_INTERESTS} interests",
            "interests",
            ErrorCode.TOO_MANY_INTERESTS,
            limit=MAX_INTERESTS,
        )
    too_long = [tag for tag in tags if len(tag) > ID]
    if too_long:
        raise ValidationError(
            "an interest is a catalog ID",
            "interests",
            ErrorCode.UNKNOWN_INTEREST,
            value=", ".join(tag[:ID] for tag in too_long),
        )
    return tags


def validate_contacts(
    phones: Sequence[str], emails: Sequence[str], default_region: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Normalise the contacts; every one must be valid and at least one must be given.

    Raises ValidationErrors listing each bad contact, or the no-contact rule.
    """
    errors: list[ValidationError] = []
    good_phones: list[str] = []
    good_emails: list[str] = []
    for raw in phones:
        if raw.strip():
            try:
                good_phones.append(normalize_phone(raw, default_region))
            except ValidationError as exc:
                errors.append(exc)
    for raw in emails:
        if raw.strip():
            try:
                good_emails.append(normalize_email(raw))
            except ValidationError as exc:
                errors.append(exc)
    if not errors and not good_phones and not good_emails:
        errors.append(ValidationError(NO_CONTACT_MESSAGE, "contact", ErrorCode.NO_CONTACT))
    if errors:
        raise ValidationErrors(errors)
    return tuple(dict.fromkeys(good_phones)), tuple(dict.fromkeys(good_emails))


def validate_time_zone(name: str | None) -> str | None:
    """Return an IANA zone name unchanged, None for blank; raise for an unknown one."""
    if not name:
        return None
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            f"“{name}” is not a known time zone",
            "time_zone",
            ErrorCode.UNKNOWN_TIME_ZONE,
            value=name,
        ) from exc
    return name


def check_text(name: str, value: str) -> str:
    """Strip a lead's free-text field and refuse one longer than its limit (``limits``)."""
    value = value.strip()
    limit = LEAD_TEXT_LIMITS[name]
    if len(value) > limit:
        raise ValidationError(
            f"{name.replace('_', ' ')} is too long (over {limit})",
            name,
            ErrorCode.TOO_LONG,
            limit=limit,
        )
    return value


def create_lead(
    draft: LeadDraft,
    *,
    now: datetime,
    default_region: str,
    lead_id: str | None = None,
    assignee_id: str | None = None,
    event_required: bool = True,
) -> Lead:
    """Validate a draft and return a new lead (stage ``new``).

    An exhibition lead needs its event's name when captured (``event_required``); an
    imported one may not have it (a CRM's "Trade Show" leads rarely say which).
    Raises ValidationErrors with one entry per bad field; nothing is created then.
    """
    errors: list[ValidationError] = []
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    try:
        phones, emails = validate_contacts(draft.phones, draft.emails, default_region)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    texts: dict[str, str] = {}
    for name in (
        "first_name",
        "last_name",
        "company",
        "job_title",
        "need",
        "campaign",
        "event_name",
        "budget_notes",
        "city",
    ):
        try:
            texts[name] = check_text(name, getattr(draft, name))
        except ValidationError as exc:
            errors.append(exc)
    try:
        zone = validate_time_zone(draft.time_zone)
    except ValidationError as exc:
        errors.append(exc)
        zone = None
    if event_required and draft.source is Source.EXHIBITION and not texts.get("event_name"):
        errors.append(ValidationError(NO_EVENT_MESSAGE, "event_name", ErrorCode.NO_EVENT))
    interests: tuple[str, ...] = ()
    try:
        interests = check_interests(draft.interests)
    except ValidationError as exc:
        errors.append(exc)
    if draft.next_step is not None and draft.next_call_at is None:
        errors.append(
            ValidationError(
                "a next step needs the day it is due", "next_step", ErrorCode.FOLLOW_UP_NEEDS_TIME
            )
        )
    if errors:
        raise ValidationErrors(errors)
    lead = Lead(
        id=lead_id or str(uuid.uuid4()),
        created_at=now,
        phones=phones,
        emails=emails,
        source=draft.source,
        temperature=draft.temperature,
        quality=draft.quality,
        time_zone=zone,
        assignee_id=assignee_id,
        consent=draft.consent,
        interests=interests,
        next_step=draft.next_step,
        next_call_at=draft.next_call_at,
    )
    for name, value in texts.items():
        setattr(lead, name, value)
    return lead


#: The lead fields a manager may edit on the lead card.
EDITABLE_FIELDS = (
    "phones",
    "emails",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "need",
    "budget_notes",
    "quality",
    "temperature",
    "score",
    "time_zone",
    "city",
)


def edit_lead(lead: Lead, edits: dict[str, Any], *, default_region: str) -> dict[str, Any]:
    """Validate a manager's edits of ``lead``; return only the fields that really change.

    Values are domain values (tuples of contacts, enums). Raises ValidationErrors with one
    entry per bad field (unknown fields included); the lead itself is not touched.
    """
    errors: list[ValidationError] = []
    clean: dict[str, Any] = {}
    for name in edits:
        if name not in EDITABLE_FIELDS:
            errors.append(
                ValidationError(f"“{name}” cannot be edited here", name, ErrorCode.NOT_EDITABLE)
            )
    if "phones" in edits or "emails" in edits:
        phones = edits.get("phones", lead.phones)
        emails = edits.get("emails", lead.emails)
        try:
            clean["phones"], clean["emails"] = validate_contacts(phones, emails, default_region)
        except ValidationErrors as exc:
            errors.extend(exc.errors)
    for name in ("first_name", "last_name", "company", "job_title", "need", "budget_notes", "city"):
        if name in edits:
            try:
                clean[name] = check_text(name, str(edits[name]))
            except ValidationError as exc:
                errors.append(exc)
    for name, enum in (("quality", Quality), ("temperature", Temperature)):
        if name in edits:
            try:
                clean[name] = enum(edits[name])
            except ValueError:
                errors.append(
                    ValidationError(
                        f"“{edits[name]}” is not a {name}",
                        name,
                        ErrorCode.NOT_A_CHOICE,
                        value=edits[name],
                    )
                )
    if "score" in edits:
        score = edits["score"]
        if isinstance(score, int) and not isinstance(score, bool) and 0 <= score <= 100:
            clean["score"] = score
        else:
            errors.append(
                ValidationError(
                    "the score is a whole number from 0 to 100", "score", ErrorCode.SCORE_RANGE
                )
            )
    if "time_zone" in edits:
        try:
            clean["time_zone"] = validate_time_zone(edits["time_zone"])
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise ValidationErrors(errors)
    return {name: value for name, value in clean.items() if getattr(lead, name) != value}


def new_contact_person(
    *,
    name: str,
    role: str,
    phones: Sequence[str],
    emails: Sequence[str],
    note: str,
    event_name: str,
    now: datetime,
    default_region: str,
    person_id: str | None = None,
) -> ContactPerson:
    """Validate a contact person (a name or a contact is needed; each contact must parse).

    The name and role have the lead's name and job title limits, the note the need's.
    Raises ValidationErrors with one entry per bad field; nothing is created then.
    """
    errors: list[ValidationError] = []
    clean_phones: tuple[str, ...] = ()
    clean_emails: tuple[str, ...] = ()
    try:
        clean_phones, clean_emails = validate_contacts(phones, emails, default_region)
    except ValidationErrors as exc:
        # a colleague's name alone is worth keeping: the lead's contacts reach the company
        errors.extend(
            e for e in exc.errors if e.code is not ErrorCode.NO_CONTACT or not name.strip()
        )
    texts: dict[str, str] = {}
    for field_name, value, limit_name in (
        ("name", name, "first_name"),
        ("role", role, "job_title"),
        ("note", note, "need"),
        ("event_name", event_name, "event_name"),
    ):
        try:
            texts[field_name] = check_text(limit_name, value)
        except ValidationError as exc:
            errors.append(ValidationError(exc.message, field_name, exc.code, **exc.params))
    if errors:
        raise ValidationErrors(errors)
    return ContactPerson(
        id=person_id or str(uuid.uuid4()),
        name=texts["name"],
        role=texts["role"],
        phones=clean_phones,
        emails=clean_emails,
        note=texts["note"],
        event_name=texts["event_name"],
        added_at=now,
    )
