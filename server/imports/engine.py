# SPDX-License-Identifier: MIT
"""The import: each row read, matched and, unless it is a dry run, written — in batches of a
few thousand rows, each its own short transaction, so pulls, pushes and admin commands go
on while it runs.

Who is the same person: an exact email, or a phone with the same name. A phone shared
under another name (a switchboard, a colleague) is a new lead marked "possible duplicate
of …" for review — two people are never merged. A row matching a lead merges into it only
what the lead lacks (contacts, blank fields). Every import is a batch with an ID; undoing
it removes the leads it created that nobody has touched since, through the feed.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine, Row

from salesdesk.domain.lead import Lead
from salesdesk.domain.lead_values import lead_from_record
from server.feed import FeedChange, record
from server.imports import ImportProblem
from server.imports.columns import ColumnMap, resolve
from server.imports.reading import Detected, SourceRow, Table
from server.imports.rows import Reason, read_row
from server.models import AssignmentRow, ImportBatchRow, LeadContactRow, LeadRow, OutcomeRow
from server.services.leads import insert_leads, lock_lead, lock_leads, write_changes

#: Rows read, matched and written per transaction: on SQLite, where every transaction
#: waits for the one writer, fewer, so that syncs wait a fraction of a second at most.
CHUNK = {"postgresql": 2000, "sqlite": 500}

CREATED, MATCHED, DUPLICATE, REFUSED = "created", "matched", "possible duplicate", "refused"


@dataclass
class RowOutcome:
    """What became of one row: its status, the lead it made or matched, why it was refused."""

    line: int
    cells: list[str]
    status: str
    reasons: list[Reason] = field(default_factory=list)
    lead_id: str | None = None
    #: the known lead it matched, or the one it may duplicate
    other_id: str | None = None
    #: the row's numbers as stored, and the region its national ones were read in (and why)
    phones: tuple[str, ...] = ()
    region: str = ""
    region_by: str = ""


@dataclass
class ImportResult:
    """An import's detection, mapping and per-row outcomes (and its batch when written)."""

    file_name: str
    detected: Detected
    columns: ColumnMap
    outcomes: list[RowOutcome]
    batch_id: str | None = None
    dry_run: bool = True

    @property
    def counts(self) -> Counter[str]:
        """Rows per status."""
        return Counter(o.status for o in self.outcomes)

    @property
    def refusals(self) -> Counter[str]:
        """Refused rows by the kind of their first reason (``phone``, ``cell count``…)."""
        return Counter(o.reasons[0].kind for o in self.outcomes if o.status == REFUSED)

    def summary(self) -> str:
        """One line: ``3 created, 1 matched, 1 possible duplicate, 2 refused``."""
        counts = self.counts
        return (
            f"{counts[CREATED]} created, {counts[MATCHED]} matched an existing lead, "
            f"{counts[DUPLICATE]} possible duplicates, {counts[REFUSED]} refused"
        )


def _names(lead: Lead | Any) -> frozenset[str]:
    return frozenset(f"{lead.first_name} {lead.last_name}".casefold().split())


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


@dataclass
class _Known:
    """Leads already in the database that rows of a chunk share a key with."""

    by_key: dict[str, str]
    names: dict[str, frozenset[str]]


def _known(connection: Connection, keys: Set[str]) -> _Known:
    by_key: dict[str, str] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):
        rows = connection.execute(
            select(LeadContactRow.key, LeadContactRow.lead_id, LeadRow.created_at)
            .join(LeadRow, LeadRow.id == LeadContactRow.lead_id)
            .where(LeadContactRow.key.in_(ordered[start : start + 500]))
            .order_by(LeadRow.created_at)
        )
        for key, lead_id, _created in rows:
            by_key.setdefault(key, lead_id)
    names: dict[str, frozenset[str]] = {}
    ids = sorted(set(by_key.values()))
    for start in range(0, len(ids), 500):
        query = select(LeadRow.id, LeadRow.first_name, LeadRow.last_name).where(
            LeadRow.id.in_(ids[start : start + 500])
        )
        for row in connection.execute(query):
            names[row.id] = _names(row)
    return _Known(by_key, names)


class _Matcher:
    """Decides each valid row's fate against the file's earlier rows and the database."""

    def __init__(self, assignees: Sequence[str]) -> None:
        self.seen: dict[str, Lead] = {}  # key → a lead this import creates
        self.assignees = assignees
        self.created = 0
        self.written: set[str] = set()  # leads of earlier chunks, in the database now

    def decide(
        self, lead: Lead, known: _Known
    ) -> tuple[str, Lead | str | None, dict[str, Any] | None]:
        """(status, the lead matched or duplicated, the merge for a matched one)."""
        emails = [f"mailto:{e}" for e in lead.emails]
        phones = [f"tel:{p}" for p in lead.phones]
        for key in emails:  # the same address is the same person
            if key in self.seen:
                return MATCHED, self.seen[key], _merge(self.seen[key], lead)
            if key in known.by_key:
                return MATCHED, known.by_key[key], None
        name = _names(lead)
        for key in phones:
            if key in self.seen:
                other = self.seen[key]
                if name and name == _names(other):
                    return MATCHED, other, _merge(other, lead)
                return DUPLICATE, other, None
            if key in known.by_key:
                other_id = known.by_key[key]
                if name and name == known.names.get(other_id):
                    return MATCHED, other_id, None
                return DUPLICATE, other_id, None
        return CREATED, None, None

    def keep(self, lead: Lead) -> None:
        """A lead this import creates: later rows are matched against it."""
        if self.assignees:
            lead.assignee_id = self.assignees[self.created % len(self.assignees)]
        self.created += 1
        for key in lead.contact_keys:
            self.seen.setdefault(key, lead)


def run_import(
    engine: Engine,
    table: Table,
    file_name: str,
    *,
    now: datetime,
    default_region: str,
    columns: ColumnMap | None = None,
    assignees: Sequence[str] = (),
    dry_run: bool = False,
    created_by: str = "",
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Import a read file (``dry_run``: decide every row, write nothing)."""
    columns = columns or resolve(table.header)
    if not any(f in ("phones", "emails") for f in columns.fields):
        raise ImportProblem(
            "no phone or email column: name one phone/email or map it with "
            "--map 'Column=phones'; the file's columns: "
            + ", ".join(repr(h) for h in table.header if h)
        )
    result = ImportResult(file_name, table.detected, columns, [], None, dry_run)
    result.outcomes.extend(
        RowOutcome(r.line, r.cells, REFUSED, [Reason("cell count", why)])
        for r, why in table.unreadable
    )
    matcher = _Matcher(assignees)
    batch_id = None if dry_run else str(uuid.uuid4())
    if batch_id is not None:
        with engine.begin() as connection:
            connection.execute(insert(ImportBatchRow), {
                "id": batch_id, "file_name": file_name[:200], "created_at": now,
                "created_by": created_by[:200], "detected": table.detected.describe()[:200],
                "profile": columns.profile.name if columns.profile else "", "summary": {},
            })  # fmt: skip
        result.batch_id = batch_id
    size = CHUNK.get(engine.dialect.name, 1000)
    for number, start in enumerate(range(0, len(table.rows), size)):
        chunk = table.rows[start : start + size]
        if not dry_run and number & (number - 1) == 0 and engine.dialect.name == "postgresql":
            _analyze(engine)  # after 1, 2, 4, 8… chunks: the look-ups keep using their index
        with engine.begin() as connection:
            _import_chunk(connection, chunk, columns, matcher, result, now=now,
                          default_region=default_region, batch_id=batch_id)  # fmt: skip
        if progress is not None:
            progress(min(start + size, len(table.rows)))
    result.outcomes.sort(key=lambda o: o.line)
    if batch_id is not None:
        summary = {**result.counts, "refused_by": dict(result.refusals)}
        with engine.begin() as connection:
            connection.execute(
                update(ImportBatchRow).where(ImportBatchRow.id == batch_id).values(summary=summary)
            )
    return result


def _analyze(engine: Engine) -> None:
    """Refresh PostgreSQL's statistics of the tables an import grows: planned while they
    were small, the duplicate look-up would scan them whole for every chunk."""
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE leads, lead_contacts")


def _import_chunk(
    connection: Connection,
    chunk: Sequence[SourceRow],
    columns: ColumnMap,
    matcher: _Matcher,
    result: ImportResult,
    *,
    now: datetime,
    default_region: str,
    batch_id: str | None,
) -> None:
    read = [(row, read_row(row.cells, columns, default_region=default_region, now=now))
            for row in chunk]  # fmt: skip
    keys = {k for _row, r in read if r.lead is not None for k in r.lead.contact_keys}
    known = _known(connection, keys)
    new: list[Lead] = []
    review: dict[str, str] = {}
    merges: dict[str, dict[int, Lead]] = {}  # known lead → the rows that match it, by line
    for row, found in read:
        outcome = RowOutcome(row.line, row.cells, REFUSED, found.reasons, region=found.region,
                             region_by=found.region_by)  # fmt: skip
        result.outcomes.append(outcome)
        lead = found.lead
        if lead is None:
            continue
        outcome.phones = lead.phones
        status, other, merge = matcher.decide(lead, known)
        outcome.status = status
        if status == MATCHED:
            if isinstance(other, Lead) and other.id not in matcher.written:
                outcome.other_id = other.id  # created in this chunk: merged before it is written
                for name, value in (merge or {}).items():
                    setattr(other, name, tuple(value) if name in ("phones", "emails") else value)
                for key in other.contact_keys:
                    matcher.seen.setdefault(key, other)
            else:
                other = other.id if isinstance(other, Lead) else other
                outcome.other_id = other
                merges.setdefault(str(other), {})[row.line] = lead  # merged below, in order
            continue
        if status == DUPLICATE:
            outcome.other_id = other.id if isinstance(other, Lead) else other
            review[lead.id] = str(outcome.other_id)
        outcome.lead_id = lead.id
        matcher.keep(lead)
        new.append(lead)
    if batch_id is None:  # a dry run: decided, not written
        matcher.written.update(lead.id for lead in new)
        return
    insert_leads(connection, new, now, review, batch_id=batch_id)
    matcher.written.update(lead.id for lead in new)
    targets = lock_leads(connection, list(merges))  # one read for the chunk's known leads
    for lead_id, rows in merges.items():
        if lead_id in targets:
            merge_into(connection, lead_id, list(rows.values()), now, targets[lead_id])


def match_one(connection: Connection, lead: Lead) -> tuple[str, str | None]:
    """One arriving lead against the database (a posted web form): CREATED, MATCHED or
    DUPLICATE, and the known lead it matched or may duplicate."""
    status, other, _merge = _Matcher([]).decide(lead, _known(connection, lead.contact_keys))
    return status, other if isinstance(other, str) else None


def merge_into(
    connection: Connection, lead_id: str, leads: list[Lead], now: datetime,
    row: Row[Any] | None = None,
) -> None:  # fmt: skip
    """Add to a known lead what these rows of the same person bring that it lacks (``row``:
    the lead's row when the caller locked it already)."""
    row = row if row is not None else lock_lead(connection, lead_id)
    if row is None:
        return
    base = lead_from_record(row)
    changed: dict[str, Any] = {}
    for lead in leads:
        step = _merge(base, lead)
        for name, value in step.items():
            setattr(base, name, tuple(value) if name in ("phones", "emails") else value)
        changed.update(step)
    if changed:
        write_changes(connection, row, changed, now)


# --- batches -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Batch:
    """An import as the batch list shows it."""

    id: str
    file_name: str
    created_at: datetime
    created_by: str
    detected: str
    profile: str
    summary: dict[str, Any]
    undone_at: datetime | None
    leads: int


def list_batches(connection: Connection) -> list[Batch]:
    """Every import, newest first, with how many of its leads are still there."""
    counts = dict(
        connection.execute(
            select(LeadRow.import_batch_id, func.count())
            .where(LeadRow.import_batch_id.is_not(None))
            .group_by(LeadRow.import_batch_id)
        ).all()
    )
    rows = connection.execute(select(ImportBatchRow).order_by(ImportBatchRow.created_at.desc()))
    return [
        Batch(
            r.id,
            r.file_name,
            r.created_at,
            r.created_by,
            r.detected,
            r.profile,
            dict(r.summary or {}),
            r.undone_at,
            int(counts.get(r.id, 0)),
        )
        for r in rows
    ]


@dataclass
class UndoResult:
    """What undoing a batch did: leads removed, and those kept with the reason."""

    removed: list[str] = field(default_factory=list)
    kept: dict[str, str] = field(default_factory=dict)


def undo_batch(engine: Engine, batch_id: str, now: datetime) -> UndoResult:
    """Remove the leads the batch created that nobody has touched since (still at their
    first version, never called); the others are kept and said why. Workstations drop the
    removed leads at their next pull. Rows merged into existing leads stay merged."""
    with engine.begin() as connection:
        batch = connection.execute(
            select(ImportBatchRow).where(ImportBatchRow.id == batch_id)
        ).first()
        if batch is None:
            raise ImportProblem(f"no import batch {batch_id!r} (see: leads imports list)")
        rows = connection.execute(
            select(LeadRow.id, LeadRow.version, LeadRow.assignee_id).where(
                LeadRow.import_batch_id == batch_id
            )
        ).all()
        called = set(
            connection.scalars(
                select(OutcomeRow.lead_id).where(OutcomeRow.lead_id.in_([r.id for r in rows]))
            )
        ) if rows else set()  # fmt: skip
        result = UndoResult()
        removable = []
        for row in rows:
            if row.id in called:
                result.kept[row.id] = "called since the import"
            elif row.version != 1:
                result.kept[row.id] = "changed since the import"
            else:
                removable.append(row)
        ids = [r.id for r in removable]
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            connection.execute(delete(LeadContactRow).where(LeadContactRow.lead_id.in_(part)))
            connection.execute(delete(AssignmentRow).where(AssignmentRow.lead_id.in_(part)))
            connection.execute(delete(LeadRow).where(LeadRow.id.in_(part)))
        record(
            connection,
            [FeedChange(r.assignee_id, "lead", r.id, "remove") for r in removable if r.assignee_id],
            now,
        )
        connection.execute(
            update(ImportBatchRow).where(ImportBatchRow.id == batch_id).values(undone_at=now)
        )
        result.removed = ids
    return result


def describe_outcome(outcome: RowOutcome) -> str:
    """A row's outcome in one line: what became of it, its numbers as read, the reasons."""
    from salesdesk.domain.contacts import display_phone
    from server.imports.rows import region_name

    if outcome.status == REFUSED:
        return f"refused: {'; '.join(r.text for r in outcome.reasons)}"
    text = outcome.status + (f" {outcome.other_id}" if outcome.other_id else "")
    if outcome.phones:
        text += " · " + ", ".join(display_phone(p) for p in outcome.phones)
        text += f" (national numbers read in {region_name(outcome.region)}, {outcome.region_by})"
    return text
