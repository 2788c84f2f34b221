# SPDX-License-Identifier: MIT
"""Lead work outside a call: editing on the lead card and capturing leads at a stand."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from desktop.services.base import StoreService
from desktop.services.changes import Changed
from desktop.store.lead_changes import capture_lead, known_lead_ids, update_lead
from desktop.store.leads import get_lead, is_reassigned
from desktop.store.outcomes import lead_history, record_outcome
from desktop.store.settings import get_value, load_settings, put_value
from salesdesk.domain.contacts import normalize_email, normalize_phone
from salesdesk.domain.errors import ErrorCode, ValidationError
from salesdesk.domain.lead import NO_EVENT_MESSAGE, Lead, LeadDraft
from salesdesk.domain.outcome import CallOutcome, OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.their_time import number_zones
from salesdesk.domain.vocabulary import Disposition, Result

STAND_EVENT_KEY = "stand_event"


def _normalized(normalize: Callable[..., str], *args: str) -> str | None:
    try:
        return normalize(*args)
    except ValidationError:
        return None


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

    def known_leads(self, phones: list[str], emails: list[str]) -> list[Lead]:
        """Local leads that share a phone or email with these (raw, as typed) contacts.

        Contacts that do not parse are ignored here (capturing refuses them anyway).
        """
        region = self._region()
        clean_phones = [p for p in (_normalized(normalize_phone, v, region) for v in phones) if p]
        clean_emails = [e for e in (_normalized(normalize_email, v) for v in emails) if e]
        ids = known_lead_ids(self.store, clean_phones, clean_emails)
        with self.store.read() as session:
            return [lead for lead in (get_lead(session, i) for i in ids) if lead is not None]

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

    def capture(self, draft: LeadDraft) -> Lead:
        """Save a lead captured at a stand (queued as ``lead.create``)."""
        lead = capture_lead(
            self.store, draft, now=self.clock(), default_region=self._stand_region()
        )
        self.changed(Changed.LEAD)
        return lead

    def attach_conversation(
        self, lead_id: str, event_name: str, need: str, note: str
    ) -> CallOutcome:
        """Record a stand conversation with a known lead as a connected call on it.

        Raises ValidationError without the event's name (nothing saved).
        """
        if not event_name.strip():
            raise ValidationError(NO_EVENT_MESSAGE, "event_name", ErrorCode.NO_EVENT)
        text = "\n".join(part for part in (f"[{event_name}] {need}".strip(), note) if part)
        outcome = record_outcome(
            self.store,
            OutcomeDraft(
                lead_id=lead_id,
                started_at=self.clock(),
                duration_s=0,
                disposition=Disposition.CONNECTED,
                result=Result.NONE,
                note=text,
            ),
            now=self.clock(),
            rules=self.rules(),
        )
        self.changed(Changed.OUTCOME)
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

    def count_capture(self, event_name: str) -> None:
        """Remember the event for the rest of the day and count one more visitor."""
        today, value = self._stand_day()
        captured = int(value.get("captured", 0)) + 1
        with self.store.write() as session:
            put_value(
                session, STAND_EVENT_KEY, {"name": event_name, "date": today, "captured": captured}
            )
        self.changed(Changed.STAND)
