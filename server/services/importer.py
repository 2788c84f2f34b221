# SPDX-License-Identifier: MIT
"""CSV lead import: column mapping, validation by the domain rules, merging of known people."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from salesdesk.domain.contacts import duplicate_keys
from salesdesk.domain.errors import ValidationErrors
from salesdesk.domain.lead import Lead, LeadDraft, create_lead
from salesdesk.domain.lead_values import lead_from_record
from salesdesk.domain.vocabulary import Quality, Source, Temperature
from server.models import LeadRow
from server.services.leads import (
    insert_leads,
    known_leads,
    lock_lead,
    write_changes,
)

LIST_FIELDS = ("phones", "emails")
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "company",
    "job_title",
    "need",
    "campaign",
    "event_name",
    "budget_notes",
    "time_zone",
    "city",
)
ENUM_FIELDS: dict[str, type[Any]] = {
    "source": Source,
    "temperature": Temperature,
    "quality": Quality,
}
FIELDS = (*LIST_FIELDS, *TEXT_FIELDS, *ENUM_FIELDS)

#: Column headers understood without a mapping (compared case-insensitively).
ALIASES = {
    "phone": "phones", "phones": "phones", "mobile": "phones", "tel": "phones",
    "telephone": "phones", "work phone": "phones", "телефон": "phones",
    "email": "emails", "e-mail": "emails", "emails": "emails", "mail": "emails",
    "почта": "emails",
    "first name": "first_name", "first_name": "first_name", "name": "first_name",
    "имя": "first_name", "last name": "last_name", "last_name": "last_name",
    "surname": "last_name", "фамилия": "last_name", "company": "company",
    "organization": "company", "компания": "company", "title": "job_title",
    "job title": "job_title", "job_title": "job_title", "position": "job_title",
    "need": "need", "interest": "need", "comment": "need", "source": "source",
    "channel": "source", "campaign": "campaign", "event": "event_name",
    "event_name": "event_name", "temperature": "temperature", "quality": "quality",
    "budget": "budget_notes", "budget_notes": "budget_notes", "time zone": "time_zone",
    "time_zone": "time_zone", "city": "city", "город": "city", "town": "city",
    "location": "city",
}  # fmt: skip

MAX_ROWS = 1_000_000


class LeadImportError(ValueError):
    """The file as a whole cannot be imported (unreadable, no usable columns, bad mapping)."""


@dataclass
class ImportReport:
    """What an import did: leads created, leads merged into known ones, rows refused."""

    created: int = 0
    merged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    lead_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.created} created, {self.merged} merged into known leads, "
            f"{len(self.rejected)} rejected"
        )


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """``COLUMN=field`` pairs from the command line as a header → field map."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, target = pair.partition("=")
        target = target.strip()
        if not sep or not column.strip():
            raise LeadImportError(f"a mapping is COLUMN=FIELD, not {pair!r}")
        if target not in FIELDS:
            raise LeadImportError(f"unknown field {target!r}; fields: {', '.join(FIELDS)}")
        mapping[column.strip().casefold()] = target
    return mapping


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a CSV file (UTF-8, with or without BOM; , ; or tab)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LeadImportError(f"{path} is not UTF-8 text (save it as CSV UTF-8)") from exc
    except OSError as exc:
        raise LeadImportError(f"cannot read {path}: {exc.strerror}") from exc
    if not text.strip():
        raise LeadImportError(f"{path} is empty")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    rows = list(reader)
    if len(rows) > MAX_ROWS:
        raise LeadImportError(f"{path} has more than {MAX_ROWS:,} rows; split it")
    return [h.strip() for h in rows[0]], rows[1:]


def _draft(values: dict[str, list[str]]) -> LeadDraft:
    def one(name: str) -> str:
        return " ".join(v for v in values.get(name, []) if v).strip()

    kwargs: dict[str, Any] = {name: one(name) for name in TEXT_FIELDS}
    kwargs["time_zone"] = kwargs["time_zone"] or None
    for name, enum in ENUM_FIELDS.items():
        raw = one(name).casefold().replace(" ", "_").replace("-", "_")
        if raw:
            try:
                kwargs[name] = enum(raw)
            except ValueError as exc:
                choices = ", ".join(e.value for e in enum)
                raise ValueError(f"{name} {one(name)!r} is not one of: {choices}") from exc
    phones = [
        p.strip()
        for cell in values.get("phones", [])
        for p in cell.replace(";", ",").split(",")
        if p.strip()
    ]
    emails = [
        e.strip()
        for cell in values.get("emails", [])
        for e in cell.replace(";", ",").split(",")
        if e.strip()
    ]
    return LeadDraft(phones=phones, emails=emails, **kwargs)


def _merge(existing: Lead, new: Lead) -> dict[str, Any]:
    """Fields of ``new`` that add to ``existing``: extra contacts, blanks filled in."""
    changed: dict[str, Any] = {}
    phones = list(dict.fromkeys((*existing.phones, *new.phones)))
    emails = list(dict.fromkeys((*existing.emails, *new.emails)))
    if len(phones) > len(existing.phones):
        changed["phones"] = phones[:10]
    if len(emails) > len(existing.emails):
        changed["emails"] = emails[:10]
    for name in ("first_name", "last_name", "company", "job_title", "need", "event_name", "city"):
        if not getattr(existing, name) and getattr(new, name):
            changed[name] = getattr(new, name)
    return changed


def import_leads(
    connection: Connection,
    path: Path,
    *,
    now: datetime,
    default_region: str,
    mapping: dict[str, str] | None = None,
    assignees: Sequence[str] = (),
) -> ImportReport:
    """Import a CSV file inside the caller's transaction.

    Every row goes through the domain rules; a row that fails is reported (with its line
    number) and skipped. A row whose phone or email is already known — in the database or
    earlier in the file — is merged into that lead rather than doubled. New leads are
    assigned round robin over ``assignees`` (none: left unassigned).
    """
    header, rows = read_rows(path)
    mapping = mapping or {}
    columns: list[str | None] = []
    for name in header:
        key = name.casefold()
        columns.append(mapping.get(key) or ALIASES.get(key) or (key if key in FIELDS else None))
    if not any(c in LIST_FIELDS for c in columns):
        raise LeadImportError(
            "no phone or email column: name them phone/email or map them with --map 'Column=phones'"
        )
    report = ImportReport()
    new_leads: list[Lead] = []
    seen: dict[str, Lead] = {}  # key -> a lead of this file
    merges: dict[str, dict[str, Any]] = {}  # known lead id -> merged changes
    for number, cells in enumerate(rows, start=2):
        if not any(c.strip() for c in cells):
            continue
        values: dict[str, list[str]] = {}
        for column, cell in zip(columns, cells, strict=False):
            if column:
                values.setdefault(column, []).append(cell.strip())
        try:
            draft = _draft(values)
            lead = create_lead(draft, now=now, default_region=default_region)
        except ValidationErrors as exc:
            report.rejected.append((number, str(exc)))
            continue
        except ValueError as exc:
            report.rejected.append((number, str(exc)))
            continue
        keys = duplicate_keys(lead.phones, lead.emails)
        in_file = next((seen[k] for k in keys if k in seen), None)
        if in_file is not None:
            for name, value in _merge(in_file, lead).items():
                setattr(in_file, name, tuple(value) if name in LIST_FIELDS else value)
            for k in duplicate_keys(in_file.phones, in_file.emails):
                seen[k] = in_file
            report.merged += 1
            continue
        known = known_leads(connection, keys)
        if known:
            target = next(iter(known.values()))
            row = lock_lead(connection, target)
            assert row is not None
            base = lead_from_record(row)
            pending = merges.setdefault(target, {})
            for name, value in pending.items():
                setattr(base, name, tuple(value) if name in LIST_FIELDS else value)
            pending.update(_merge(base, lead))
            report.merged += 1
            continue
        if assignees:
            lead.assignee_id = assignees[len(new_leads) % len(assignees)]
        new_leads.append(lead)
        for k in keys:
            seen[k] = lead
    insert_leads(connection, new_leads, now)
    for lead_id, changed in merges.items():
        if changed:
            row = lock_lead(connection, lead_id)
            assert row is not None
            write_changes(connection, row, changed, now)
    report.created = len(new_leads)
    report.lead_ids = [lead.id for lead in new_leads]
    return report


def unassigned_lead_ids(connection: Connection, source: str | None = None) -> list[str]:
    """Leads nobody works yet (optionally of one source), oldest first."""
    query = select(LeadRow.id).where(LeadRow.assignee_id.is_(None)).order_by(LeadRow.created_at)
    if source:
        query = query.where(LeadRow.source == source)
    return list(connection.scalars(query))
