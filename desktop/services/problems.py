# SPDX-License-Identifier: MIT
"""Conflicts, dead letters and unreadable changes for the manager: what they are, and settling
them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from desktop.services.base import StoreService
from desktop.services.changes import Changed
from desktop.store.conflicts import (
    dead_letters,
    export_dead_letters,
    open_conflicts,
    quarantined,
    resolve_conflict,
    retry_dead_letter,
    written_lead_name,
)
from desktop.store.leads import get_lead
from salesdesk.private_files import write_private


@dataclass(frozen=True, slots=True)
class ConflictView:
    """One conflicting field: the lead, my value and the server's."""

    id: int
    lead_id: str
    lead_name: str
    field: str
    mine: Any
    theirs: Any
    lead_company: str = ""
    lead_phone: str = ""  # the first, E.164


@dataclass(frozen=True, slots=True)
class DeadLetterView:
    """One rejected write and the server's reason."""

    id: int
    type: str
    entity_id: str
    reason: str
    payload: dict[str, Any]
    created_at: datetime
    code: str | None = None  # the broken rule's ErrorCode, when the server named one
    params: dict[str, str] | None = None
    lead_name: str = ""  # the lead the write was about, when it is still here


@dataclass(frozen=True, slots=True)
class UnreadableView:
    """A pulled change this version could not read: what, which, why and when."""

    entity: str
    entity_id: str
    reason: str
    received_at: datetime


def show_value(value: Any) -> str:
    """A stored field value as a manager reads it."""
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, str):
        return value
    return orjson.dumps(value).decode()


class ProblemService(StoreService):
    """Lists and settles conflicts and dead letters; ``changed(what)`` after each write."""

    def conflicts(self) -> list[ConflictView]:
        """The open conflicts, oldest first."""
        with self.store.read() as session:
            views = []
            for row in open_conflicts(session):
                lead = get_lead(session, row.lead_id)
                name = lead.display_name if lead else row.lead_id
                company = lead.company if lead else ""
                phone = lead.phones[0] if lead and lead.phones else ""
                views.append(
                    ConflictView(
                        row.id, row.lead_id, name, row.field, row.local_value, row.server_value,
                        company, phone,
                    )
                )  # fmt: skip
            return views

    def dead_letters(self) -> list[DeadLetterView]:
        """The rejected writes, in the order they were made."""
        with self.store.read() as session:
            return [
                DeadLetterView(
                    r.id,
                    r.type,
                    r.entity_id,
                    r.reason,
                    dict(r.payload),
                    r.created_at,
                    r.code,
                    dict(r.params or {}),
                    written_lead_name(session, r.entity_id, dict(r.payload)),
                )
                for r in dead_letters(session)
            ]

    def unreadable(self) -> list[UnreadableView]:
        """The pulled changes kept aside, newest first (the pull went on without them)."""
        with self.store.read() as session:
            return [
                UnreadableView(r.entity, r.entity_id, r.reason, r.received_at)
                for r in quarantined(session)
            ]

    def resolve(self, conflict_id: int, choice: str, value: Any = None) -> None:
        """Keep mine, take theirs, or an edited value."""
        with self.store.write() as session:
            resolve_conflict(session, conflict_id, choice, self.clock(), value)
        self.changed(Changed.CONFLICT)

    def retry(self, letter_id: int, payload: dict[str, Any] | None = None) -> str:
        """Queue a rejected write again; returns its new mutation ID."""
        with self.store.write() as session:
            mutation_id = retry_dead_letter(session, letter_id, payload)
        self.changed(Changed.DEAD_LETTER)
        return mutation_id

    def export(self, path: Path) -> None:
        """Write the dead letters to the CSV file ``path``, owner-only."""
        with self.store.read() as session:
            text = export_dead_letters(session)
        write_private(path, text)
