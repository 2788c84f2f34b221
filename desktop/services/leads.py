# SPDX-License-Identifier: MIT
"""Lead work outside a call: editing on the lead card and capturing leads at a stand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from desktop.services.base import StoreService
from desktop.services.changes import Changed
from desktop.store.catalogs import interest_tags
from desktop.store.lead_changes import (
    add_contact_person,
    capture_lead,
    known_lead_ids,
    remove_capture,
    update_lead,
)
from desktop.store.leads import fresh_hot_leads, get_lead, is_reassigned
from desktop.store.outcomes import lead_history, record_outcome
from desktop.store.settings import get_value, load_settings, put_value
from desktop.store.stand import StandVisitor as StandVisitor  # the views' type too
from desktop.store.stand import stand_visitors, teammate_captures
from salesdesk.domain.catalog import InterestTag
from salesdesk.domain.clock import tomorrow_at
from salesdesk.domain.contacts import duplicate_keys, normalize_email, normalize_phone
from salesdesk.domain.errors import ErrorCode, ValidationError
from salesdesk.domain.lead import (
    NO_EVENT_MESSAGE,
    Consent,
    ContactPerson,
    Lead,
    LeadDraft,
    consent_version,
    new_contact_person,
)
from salesdesk.domain.outcome import CallOutcome, OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.their_time import number_zones, their_zones
from salesdesk.domain.vocabulary import Disposition, Result

STAND_EVENT_KEY = "stand_event"
#: Each event's consent question: {event: {"texts": {language: text}, "required": bool}}.
STAND_CONSENT_KEY = "stand_consent"


def _normalized(normalize: Callable[..., str], *args: str) -> str | None:
    try:
        return normalize(*args)
    except ValidationError:
        return None


def _usable_contacts(
    phones: Sequence[str], emails: Sequence[str], region: str
) -> tuple[list[str], list[str]]:
    """Raw contacts normalised (phones read in ``region``); those that do not parse are left
    out (looking up ignores them; capturing refuses them anyway)."""
    return (
        [p for p in (_normalized(normalize_phone, v, region) for v in phones) if p],
        [e for e in (_normalized(normalize_email, v) for v in emails) if e],
    )


def _folded(name: str) -> str:
    """A name compared loosely: case and spacing ignored."""
    return " ".join(name.casefold().split())


def lead_name(lead: Lead) -> str:
    """The person's name on a lead ("" when it has only a company or contacts)."""
    return f"{lead.first_name} {lead.last_name}".strip()


@dataclass(frozen=True)
class ConsentSetup:
    """An event's consent question: its text per language ("en", "ru"; a language without
    one uses the built-in text) and whether a visitor is saved only with consent."""

    texts: dict[str, str]
    required: bool = False


@dataclass(frozen=True)
class VisitorMatch:
    """A known lead a stand visitor may belong to.

    Attributes:
        person: the lead's contact person who matched (None: the lead's own contacts did).
        by_email: an email matched (the same person, by the dedupe rule).
        same_person: the same person (by email, or the same phone under the same name);
            otherwise someone else on a known phone: "same company?" is asked.
    """

    lead: Lead
    person: ContactPerson | None
    by_email: bool
    same_person: bool


@dataclass(frozen=True)
class PhoneReading:
    """A typed phone number as it will be stored.

    Attributes:
        e164: the number stored; country: its country (ISO code, "" when none);
        read_in: the region a number without a country code is read in;
        zones: the zones it may ring in, west to east; typed_national: typed without + or 00.
    """

    e164: str
    country: str
    read_in: str
    zones: tuple[str, ...]
    typed_national: bool

    @property
    def foreign(self) -> bool:
        """Typed with a country code that is not the region's: worth a second look."""
        return not self.typed_national and self.country != self.read_in


class LeadService(StoreService):
    """Edits and captures leads; ``changed(what)`` is called after each write."""

    def lead(self, lead_id: str) -> Lead | None:
        """One lead."""
        with self.store.read() as session:
            return get_lead(session, lead_id)

    def fresh_hot_leads(self, since: datetime) -> list[Lead]:
        """Hot leads that arrived after ``since`` and nobody has called yet, newest first."""
        with self.store.read() as session:
            return fresh_hot_leads(session, since)

    def history(self, lead_id: str) -> list[CallOutcome]:
        """The lead's earlier calls, newest first."""
        with self.store.read() as session:
            return lead_history(session, lead_id)

    def is_reassigned(self, lead_id: str) -> bool:
        """Whether the server gave the lead to someone else (shown read-only)."""
        with self.store.read() as session:
            return is_reassigned(session, lead_id)

    def _region(self) -> str:
        with self.store.read() as session:
            return load_settings(session).default_region

    def _stand_region(self) -> str:
        """The event's country when set, else the phone region: how the stand reads numbers."""
        with self.store.read() as session:
            settings = load_settings(session)
        return settings.stand_region or settings.default_region

    def update(self, lead_id: str, edits: dict[str, Any]) -> Lead:
        """Save a manager's edits (queued as ``lead.update``); ValidationErrors for bad input."""
        lead, changes = update_lead(self.store, lead_id, edits, default_region=self._region())
        if changes:
            self.changed(Changed.LEAD)
        return lead

    def known_leads(
        self, phones: list[str], emails: list[str], region: str | None = None
    ) -> list[Lead]:
        """Local leads that share a phone or email (their own or a contact person's) with
        these raw, as typed, contacts, read in ``region`` (default: the phone region).

        Contacts that do not parse are ignored here (capturing refuses them anyway).
        """
        return self._leads_with(*_usable_contacts(phones, emails, region or self._region()))

    def _leads_with(self, phones: list[str], emails: list[str]) -> list[Lead]:
        """Local leads having one of these normalised phones or emails."""
        ids = known_lead_ids(self.store, phones, emails)
        with self.store.read() as session:
            return [lead for lead in (get_lead(session, i) for i in ids) if lead is not None]

    def visitor_matches(self, draft: LeadDraft) -> list[VisitorMatch]:
        """The known leads a stand visitor may belong to, each with what matched: the same
        email is the same person; the same phone under another name may be a colleague at
        the same company (the manager chooses; nothing is merged here)."""
        phones, emails = _usable_contacts(draft.phones, draft.emails, self._stand_region())
        name = _folded(f"{draft.first_name} {draft.last_name}")
        wanted = duplicate_keys(phones, emails)
        matches = []
        for lead in self._leads_with(phones, emails):
            # who on the lead has these contacts: the lead's own person and contact persons
            holders: list[tuple[ContactPerson | None, str, frozenset[str]]] = [
                (None, lead_name(lead), duplicate_keys(lead.phones, lead.emails))
            ]
            holders += [(p, p.name, duplicate_keys(p.phones, p.emails)) for p in lead.contacts]
            matched = [(person, known, keys & wanted) for person, known, keys in holders]
            matched = [m for m in matched if m[2]]
            by_email = [m for m in matched if any(k.startswith("mailto:") for k in m[2])]
            same_name = [m for m in matched if not name or not m[1] or _folded(m[1]) == name]
            chosen = (by_email or same_name or matched)[0]
            matches.append(
                VisitorMatch(lead, chosen[0], bool(by_email), bool(by_email or same_name))
            )
        matches.sort(key=lambda m: (not m.by_email, not m.same_person))
        return matches

    def who_is_calling(self, raw: str) -> tuple[str, str, list[Lead]]:
        """The region a national number is read in, the number as read (E.164) and the
        leads, in any stage, that have it. ValidationError (field ``phone``) when it is not
        a valid number."""
        region = self._region()
        number = normalize_phone(raw, region)
        return region, number, self.known_leads([number], [])

    def phone_region(self) -> str:
        """The region a number typed at the stand without a country code is read in."""
        return self._stand_region()

    def read_phone(self, raw: str) -> PhoneReading:
        """A number as the stand will store it: E.164, its country and zones, and the region
        a national number is read in. ValidationError (field ``phone``) when it is not valid."""
        region = self._stand_region()
        number = normalize_phone(raw, region)
        zones, country = number_zones(number)
        typed_national = not raw.strip().startswith(("+", "00"))
        return PhoneReading(number, country, region, zones, typed_national)

    def teammate_capture(self, draft: LeadDraft) -> StandVisitor | None:
        """A teammate's visitor at this event with one of the draft's phones or emails (the
        visitor came back to another laptop of the stand), or None."""
        wanted = duplicate_keys(*_usable_contacts(draft.phones, draft.emails, self._stand_region()))
        if not wanted or not draft.event_name.strip():
            return None
        with self.store.read() as session:
            captures = teammate_captures(session, draft.event_name.strip())
        for capture in captures:
            if duplicate_keys(capture.phones, capture.emails) & wanted:
                return capture
        return None

    def stand_day(self, event_name: str) -> list[StandVisitor]:
        """Today's visitors at the event (the manager's day), own and teammates', newest first."""
        zone = ZoneInfo(self.rules().manager_time_zone)
        start = datetime.combine(self.clock().astimezone(zone).date(), time(0), tzinfo=zone)
        with self.store.read() as session:
            return stand_visitors(session, event_name.strip(), start)

    def consent_setup(self, event_name: str) -> ConsentSetup:
        """The event's consent question: its texts by language and whether it is required."""
        with self.store.read() as session:
            stored = get_value(session, STAND_CONSENT_KEY)
        events = stored if isinstance(stored, dict) else {}
        value = events.get(event_name.strip(), {})
        texts = value.get("texts", {}) if isinstance(value, dict) else {}
        return ConsentSetup(
            {str(k): str(v) for k, v in texts.items() if str(v).strip()},
            bool(value.get("required", False)) if isinstance(value, dict) else False,
        )

    def set_consent_setup(self, event_name: str, setup: ConsentSetup) -> None:
        """Keep the event's consent texts (a changed text is a new version) and requirement."""
        with self.store.write() as session:
            stored = get_value(session, STAND_CONSENT_KEY)
            events = dict(stored) if isinstance(stored, dict) else {}
            events[event_name.strip()] = {"texts": setup.texts, "required": setup.required}
            put_value(session, STAND_CONSENT_KEY, events)
        self.changed(Changed.STAND)

    def consent(self, given: bool, event_name: str, language: str, text: str) -> Consent:
        """The visitor's answer, stamped now, with the words they were shown and their
        version. ValidationError (field ``consent``) when the event requires it and it is
        not given."""
        if not given and self.consent_setup(event_name).required:
            raise ValidationError(
                "this event needs the visitor's consent", "consent", ErrorCode.CONSENT_REQUIRED
            )
        return Consent(
            given=given,
            at=self.clock(),
            event_name=event_name.strip(),
            language=language,
            text=text,
            text_version=consent_version(text),
        )

    def interest_tags(self) -> dict[str, InterestTag]:
        """The interest-tag catalog by ID, in display order (retired tags too: leads keep
        them)."""
        with self.store.read() as session:
            return interest_tags(session)

    def offered_interests(self, event_name: str) -> list[InterestTag]:
        """The tags the stand at this event offers, in display order."""
        return [tag for tag in self.interest_tags().values() if tag.offered_at(event_name)]

    def follow_up_due(self, draft: LeadDraft) -> tuple[datetime, str, bool]:
        """When a follow-up agreed at the stand is due: tomorrow at the start of calling
        hours in the visitor's zone when their contacts tell it, else in the manager's.
        Returns the moment, the zone and whether it is the visitor's own."""
        rules = self.rules()
        phones, emails = _usable_contacts(draft.phones, draft.emails, self._stand_region())
        theirs = their_zones(None, draft.city, phones, emails).known
        zone = theirs or rules.manager_time_zone
        return tomorrow_at(self.clock(), zone, rules.calling_start), zone, theirs is not None

    def capture(self, draft: LeadDraft) -> Lead:
        """Save a lead captured at a stand (queued as ``lead.create``; pushed once its undo
        offer is over). A follow-up without a time is due as ``follow_up_due`` says."""
        if draft.next_step is not None and draft.next_call_at is None:
            draft.next_call_at = self.follow_up_due(draft)[0]
        lead = capture_lead(
            self.store, draft, now=self.clock(), default_region=self._stand_region()
        )
        self.changed(Changed.LEAD | Changed.CAPTURE)
        return lead

    def undo_capture(self, lead_id: str) -> bool:
        """Take back a visitor saved moments ago (False when it has already been sent)."""
        removed = remove_capture(self.store, lead_id)
        if removed:
            self.changed(Changed.LEAD)
        return removed

    def attach_visitor(
        self, match: VisitorMatch, visitor: LeadDraft, note: str = ""
    ) -> CallOutcome:
        """Record a stand conversation on a known lead. A visitor who is someone else (a
        colleague on the same switchboard) is added to the lead as a contact person first:
        their name, role and contacts are kept, with the conversation as their note.

        Raises ValidationError(s) without the event's name or with a bad contact (nothing
        saved).
        """
        event = visitor.event_name.strip()
        if not event:
            raise ValidationError(NO_EVENT_MESSAGE, "event_name", ErrorCode.NO_EVENT)
        name = f"{visitor.first_name} {visitor.last_name}".strip()
        said = "\n".join(part for part in (visitor.need.strip(), note.strip()) if part)
        if not match.same_person:
            person = new_contact_person(
                name=name,
                role=visitor.job_title,
                phones=visitor.phones,
                emails=visitor.emails,
                note=said,
                event_name=event,
                now=self.clock(),
                default_region=self._stand_region(),
            )
            add_contact_person(self.store, match.lead.id, person)
        who = name if not match.same_person else ""
        if who and visitor.job_title.strip():
            who = f"{who}, {visitor.job_title.strip()}"
        heading = " ".join(part for part in (f"[{event}]", who and f"{who}:") if part)
        text = " ".join(part for part in (heading, said) if part)
        outcome = record_outcome(
            self.store,
            OutcomeDraft(
                lead_id=match.lead.id,
                started_at=self.clock(),
                duration_s=0,
                disposition=Disposition.CONNECTED,
                result=Result.NONE,
                note=text,
            ),
            now=self.clock(),
            rules=self.rules(),
        )
        self.changed(Changed.OUTCOME | Changed.LEAD)
        return outcome

    def rules(self) -> QueueRules:
        """The queue rules of the profile's settings."""
        with self.store.read() as session:
            return load_settings(session).queue_rules()

    def _stand_day(self) -> tuple[str, dict[str, Any]]:
        today = self.clock().astimezone(ZoneInfo(self.rules().manager_time_zone)).date()
        with self.store.read() as session:
            stored = get_value(session, STAND_EVENT_KEY)
        value = stored if isinstance(stored, dict) else {}
        return today.isoformat(), value if value.get("date") == today.isoformat() else {}

    def stand_event(self) -> str:
        """The event name typed at the stand today ("" on another day)."""
        return str(self._stand_day()[1].get("name", ""))

    def captured_today(self) -> int:
        """Visitors captured on this computer today (conversations with known leads too)."""
        return int(self._stand_day()[1].get("captured", 0))

    def count_capture(self, event_name: str, visitors: int = 1) -> None:
        """Remember the event for the rest of the day and count more visitors (-1: one
        taken back)."""
        today, value = self._stand_day()
        captured = max(0, int(value.get("captured", 0)) + visitors)
        with self.store.write() as session:
            put_value(
                session, STAND_EVENT_KEY, {"name": event_name, "date": today, "captured": captured}
            )
        self.changed(Changed.STAND)
