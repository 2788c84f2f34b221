# SPDX-License-Identifier: MIT
"""The local copy of the server's state: pulled pages applied in bulk, pending work on top.

A pull page is validated first (nothing is written if any change is malformed), then
applied in one transaction together with its cursor. Leads that queued writes refer to are
rebased: the server's state is taken and the pending edits and outcomes are applied again
on top, so the manager never sees their own work disappear. A removed lead that queued
writes still refer to stays, read-only (``reassigned``), until they are pushed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, get_args

import orjson
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

from desktop.store.leads import deferred_search, replace_contact_keys, row_to_lead, save_lead
from desktop.store.models import (
    ConflictRow,
    LeadRow,
    LossReasonRow,
    ObjectionCategoryRow,
    OutboxRow,
    ScriptRow,
    ScriptStatsRow,
    StagingRow,
    SyncStateRow,
)
from desktop.store.outbox import pending_entity_ids
from desktop.store.settings import load_settings
from salesdesk.domain.contacts import duplicate_keys, phone_time_zone
from salesdesk.domain.errors import ValidationError
from salesdesk.domain.lead import Lead
from salesdesk.domain.outcome import apply_outcome
from salesdesk.domain.vocabulary import Quality, Stage, Temperature
from salesdesk.protocol.convert import outcome_from_wire
from salesdesk.protocol.models import (
    CallOutcomeData,
    Change,
    EntityName,
    LeadData,
    LossReasonData,
    ObjectionCategoryData,
    OutcomeRecordData,
    ScriptData,
    ScriptStatsData,
)
from salesdesk.sqltypes import to_db_time

_TIME_COLUMNS = ("created_at", "next_call_at", "nurture_until", "last_attempt_at")
_LEAD_COLUMNS = (
    "id", "created_at", "first_name", "last_name", "company", "job_title", "phones", "emails",
    "need", "source", "campaign", "event_name", "quality", "temperature", "stage", "score",
    "budget_notes", "time_zone", "effective_time_zone", "next_call_at", "nurture_until",
    "attempts", "attempts_today", "last_attempt_at", "loss_reason_id", "assignee_id",
    "duplicate_of", "version", "reassigned",
)  # fmt: skip
#: Positional, run with the driver's executemany: SQLAlchemy's per-row parameter handling
#: cost more than SQLite's insert itself on a 5,000-lead page.
_UPSERT_LEADS = (
    f"INSERT INTO leads ({', '.join(_LEAD_COLUMNS)}) VALUES "
    f"({', '.join('?' for _ in _LEAD_COLUMNS)}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _LEAD_COLUMNS if c != "id")
)
_OUTCOME_COLUMNS = (
    "id", "lead_id", "started_at", "duration_s", "disposition", "result", "loss_reason_id",
    "objections", "answers_used", "note", "next_call_at", "nurture_until", "recorded_at",
)  # fmt: skip
#: Outcomes are facts: one recorded here is the same fact when it comes back from the server.
_INSERT_OUTCOMES = (
    f"INSERT INTO outcomes ({', '.join(_OUTCOME_COLUMNS)}) VALUES "
    f"({', '.join('?' for _ in _OUTCOME_COLUMNS)}) ON CONFLICT(id) DO NOTHING"
)
KNOWN_ENTITIES = frozenset(get_args(EntityName))


class InvalidChange(ValueError):
    """A pulled change whose data does not fit its entity; the whole page is refused."""


@dataclass
class ParsedPage:
    """A pull page checked and converted into rows, ready to write."""

    leads: list[tuple[Any, ...]] = field(default_factory=list)
    keys: dict[str, frozenset[str]] = field(default_factory=dict)
    scripts: list[ScriptData] = field(default_factory=list)
    loss_reasons: list[LossReasonData] = field(default_factory=list)
    categories: list[ObjectionCategoryData] = field(default_factory=list)
    outcomes: list[tuple[Any, ...]] = field(default_factory=list)
    stats: list[tuple[int, ScriptStatsData]] = field(default_factory=list)
    removed: dict[str, list[str]] = field(default_factory=dict)
    skipped: int = 0

    @property
    def size(self) -> int:
        """How many changes this page carries (applied ones)."""
        return (
            len(self.leads)
            + len(self.scripts)
            + len(self.loss_reasons)
            + len(self.categories)
            + len(self.outcomes)
            + len(self.stats)
            + sum(len(v) for v in self.removed.values())
        )


_pick_lead_columns = itemgetter(*_LEAD_COLUMNS)


def _lead_row(data: LeadData) -> tuple[Any, ...]:
    row = dict(data.__dict__)  # the validated field values as they are: 10× model_dump
    for name in _TIME_COLUMNS:
        value = row[name]
        if value is not None:
            row[name] = to_db_time(value)
    zone = data.effective_time_zone or data.time_zone
    if zone is None and data.phones:
        zone = phone_time_zone(data.phones[0])
    row["effective_time_zone"] = zone
    row["phones"] = orjson.dumps(data.phones).decode()
    row["emails"] = orjson.dumps(data.emails).decode()
    row["source"], row["quality"] = data.source.value, data.quality.value
    row["temperature"], row["stage"] = data.temperature.value, data.stage.value
    row["reassigned"] = False
    return _pick_lead_columns(row)  # type: ignore[no-any-return]


def _outcome_row(data: OutcomeRecordData, received: str) -> tuple[Any, ...]:
    row = data.model_dump(mode="json")
    for name in ("started_at", "next_call_at", "nurture_until"):
        value = getattr(data, name)
        row[name] = to_db_time(value) if value is not None else None
    row["objections"] = orjson.dumps(data.objections).decode()
    row["answers_used"] = orjson.dumps(data.answers_used).decode()
    row["recorded_at"] = received
    return tuple(row[name] for name in _OUTCOME_COLUMNS)


def parse_changes(changes: Iterable[Change]) -> ParsedPage:
    """Check every change against its entity's model; InvalidChange names the first bad one.

    Entities this version does not know are skipped (a newer server may send more).
    """
    page = ParsedPage()
    received = to_db_time(datetime.now(UTC))
    for change in changes:
        if change.entity not in KNOWN_ENTITIES:
            page.skipped += 1
            continue
        if change.op == "remove":
            page.removed.setdefault(change.entity, []).append(change.id)
            continue
        try:
            if change.entity == "lead":
                lead = LeadData.model_validate(change.data)
                if lead.id != change.id:
                    raise InvalidChange(f"lead {change.id} carries the data of {lead.id}")
                page.leads.append(_lead_row(lead))
                page.keys[lead.id] = duplicate_keys(lead.phones, lead.emails)
            elif change.entity == "script":
                page.scripts.append(ScriptData.model_validate(change.data))
            elif change.entity == "loss_reason":
                page.loss_reasons.append(LossReasonData.model_validate(change.data))
            elif change.entity == "call_outcome":
                outcome = OutcomeRecordData.model_validate(change.data)
                if outcome.id != change.id:
                    raise InvalidChange(
                        f"call_outcome {change.id} carries the data of {outcome.id}"
                    )
                page.outcomes.append(_outcome_row(outcome, received))
            elif change.entity == "script_stats":
                stats = ScriptStatsData.model_validate(change.data)
                if stats.script_id != change.id:
                    raise InvalidChange(f"script_stats {change.id} carries {stats.script_id}")
                page.stats.append((change.version, stats))
            else:
                page.categories.append(ObjectionCategoryData.model_validate(change.data))
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "data"
            raise InvalidChange(
                f"{change.entity} {change.id[:64]}: {where}: {first['msg']}"
            ) from exc
    return page


def get_state(session: Session, key: str) -> str | None:
    """A sync-state value (cursor, server URL, …)."""
    row = session.get(SyncStateRow, key)
    return None if row is None else row.value


def set_state(session: Session, key: str, value: str | None) -> None:
    """Set (or, with None, clear) a sync-state value inside the caller's transaction."""
    if value is None:
        session.execute(delete(SyncStateRow).where(SyncStateRow.key == key))
    else:
        session.merge(SyncStateRow(key=key, value=value))


def _write_catalogs(session: Session, page: ParsedPage) -> None:
    for script in page.scripts:
        session.merge(
            ScriptRow(
                id=script.id,
                name=script.name,
                version=script.version,
                language=script.language,
                data=script.model_dump(mode="json"),
            )
        )
    for reason in page.loss_reasons:
        session.merge(LossReasonRow(**reason.model_dump()))
    for category in page.categories:
        session.merge(
            ObjectionCategoryRow(
                id=category.id.value, label=category.label, position=category.position
            )
        )
    for version, stats in page.stats:
        session.merge(
            ScriptStatsRow(
                script_id=stats.script_id, version=version, data=stats.model_dump(mode="json")
            )
        )
    if page.outcomes:
        session.connection().exec_driver_sql(_INSERT_OUTCOMES, page.outcomes)
    models: dict[str, Any] = {
        "script": ScriptRow.id,
        "loss_reason": LossReasonRow.id,
        "objection_category": ObjectionCategoryRow.id,
        "script_stats": ScriptStatsRow.script_id,
    }
    for entity, key in models.items():
        ids = page.removed.get(entity)
        if ids:
            session.execute(delete(key.class_).where(key.in_(ids)))


def _remove_leads(session: Session, ids: Sequence[str], pending: set[str]) -> None:
    keep = [i for i in ids if i in pending]
    drop = [i for i in ids if i not in pending]
    if keep:
        session.execute(update(LeadRow).where(LeadRow.id.in_(keep)).values(reassigned=True))
    for start in range(0, len(drop), 500):
        session.execute(delete(LeadRow).where(LeadRow.id.in_(drop[start : start + 500])))


def apply_page(session: Session, page: ParsedPage, cursor: str) -> list[str]:
    """Write a parsed page and its cursor (inside the caller's transaction).

    Returns the IDs of the leads that were rebased under pending local work.
    """
    pending = pending_entity_ids(session)
    if page.leads:
        ids = [row[0] for row in page.leads]
        known = _existing(session, ids)
        with deferred_search(session, lambda: ids, new_only=not known):
            session.connection().exec_driver_sql(_UPSERT_LEADS, page.leads)
        replace_contact_keys(session, ids if known else [], page.keys)
    _remove_leads(session, page.removed.get("lead", []), pending)
    _write_catalogs(session, page)
    rebased = [row[0] for row in page.leads if row[0] in pending]
    rebased += _conflicted([row[0] for row in page.leads if row[0] not in pending], session)
    rebase(session, rebased)
    set_state(session, "cursor", cursor)
    return rebased


def _existing(session: Session, ids: Sequence[str]) -> bool:
    """Whether any of these leads is already stored (a first pull inserts only)."""
    found = session.execute(
        text("SELECT 1 FROM leads WHERE id IN (SELECT value FROM json_each(:ids)) LIMIT 1"),
        {"ids": orjson.dumps(list(ids)).decode()},
    ).first()
    return found is not None


def _conflicted(ids: Sequence[str], session: Session) -> list[str]:
    if not ids:
        return []
    query = select(ConflictRow.lead_id).where(ConflictRow.resolved_at.is_(None))
    open_ids = set(session.scalars(query.distinct()))
    return [i for i in ids if i in open_ids]


def lead_fields_from_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """A ``lead.update`` payload as domain field values (tuples, enums, datetimes)."""
    enums: dict[str, Any] = {"quality": Quality, "temperature": Temperature, "stage": Stage}
    values: dict[str, Any] = {}
    for name, value in payload.items():
        if name in ("phones", "emails"):
            value = tuple(value or ())
        elif name in enums and value is not None:
            value = enums[name](value)
        elif name in ("next_call_at", "nurture_until") and value:
            value = datetime.fromisoformat(value)
        values[name] = value
    return values


def rebase(session: Session, lead_ids: Sequence[str]) -> None:
    """Apply the pending outbox rows and open conflicts of these leads on top of their rows."""
    if not lead_ids:
        return
    wanted = set(lead_ids)
    manager_zone = load_settings(session).time_zone
    work: dict[str, list[OutboxRow]] = {}
    for queued in session.scalars(select(OutboxRow).order_by(OutboxRow.seq)):
        lead_id = (
            queued.payload.get("lead_id")
            if queued.type == "call_outcome.record"
            else queued.entity_id
        )
        if lead_id in wanted:
            work.setdefault(str(lead_id), []).append(queued)
    conflicts: dict[str, list[ConflictRow]] = {}
    for conflict in session.scalars(
        select(ConflictRow).where(
            ConflictRow.resolved_at.is_(None), ConflictRow.lead_id.in_(wanted)
        )
    ):
        conflicts.setdefault(conflict.lead_id, []).append(conflict)
    for lead_id in lead_ids:
        row = session.get(LeadRow, lead_id)
        if row is None:
            continue
        lead: Lead = row_to_lead(row)
        for conflict in conflicts.get(lead_id, []):
            conflict.server_value = _json_value(getattr(lead, conflict.field, None))
            conflict.server_version = lead.version
            lead = replace(lead, **lead_fields_from_payload({conflict.field: conflict.local_value}))
        for item in work.get(lead_id, []):
            if item.type == "lead.update":
                lead = replace(lead, **lead_fields_from_payload(item.payload))
            elif item.type == "call_outcome.record":
                try:
                    lead = apply_outcome(
                        lead,
                        outcome_from_wire(
                            item.entity_id, CallOutcomeData.model_validate(item.payload)
                        ),
                        manager_time_zone=manager_zone,
                    )
                except ValidationError:
                    continue  # the server's stage no longer takes it; the push will tell
        save_lead(session, lead)


def _json_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return getattr(value, "value", value)


def stage_page(session: Session, changes: Sequence[Change], cursor: str) -> None:
    """Keep a snapshot page in staging with the staging cursor.

    The changes must have passed ``parse_changes`` (the engine checks each page before it
    is due); ``swap_in_snapshot`` checks them all again before anything is replaced.
    """
    rows = [
        {
            "entity": c.entity,
            "id": c.id,
            "op": c.op,
            "version": c.version,
            "data": orjson.dumps(c.data).decode() if c.data is not None else None,
        }
        for c in changes
        if c.entity in KNOWN_ENTITIES
    ]
    if rows:
        session.execute(
            text(
                "INSERT INTO sync_staging (entity, id, op, version, data) VALUES "
                "(:entity, :id, :op, :version, :data) ON CONFLICT(entity, id) DO UPDATE SET "
                "op = excluded.op, version = excluded.version, data = excluded.data"
            ),
            rows,
        )
    set_state(session, "staging_cursor", cursor)


def swap_in_snapshot(session: Session) -> int:
    """Replace the local copy by the staged snapshot in one transaction; return its size.

    Leads missing from the snapshot are dropped, except those queued writes refer to
    (kept read-only, or kept as they are when they were captured here and not yet pushed).
    Pending work is rebased on top; the staging cursor becomes the cursor.
    """
    cursor = get_state(session, "staging_cursor")
    if cursor is None:
        raise InvalidChange("no snapshot is staged")
    staged = [
        Change(entity=r.entity, op=r.op, id=r.id, version=r.version, data=r.data)  # type: ignore[arg-type]
        for r in session.scalars(select(StagingRow))
    ]
    page = parse_changes(staged)
    present = {row[0] for row in page.leads}
    local = set(session.scalars(select(LeadRow.id)))
    created_here = set(
        session.scalars(select(OutboxRow.entity_id).where(OutboxRow.type == "lead.create"))
    )
    gone = [i for i in local - present if i not in created_here]
    page.removed["lead"] = page.removed.get("lead", []) + gone
    kept: dict[str, tuple[Any, set[str]]] = {
        "script": (ScriptRow.id, {s.id for s in page.scripts}),
        "loss_reason": (LossReasonRow.id, {r.id for r in page.loss_reasons}),
        "objection_category": (ObjectionCategoryRow.id, {c.id.value for c in page.categories}),
        "script_stats": (ScriptStatsRow.script_id, {s.script_id for _v, s in page.stats}),
    }
    for entity, (key, keep) in kept.items():
        stale = [i for i in session.scalars(select(key)) if i not in keep]
        page.removed[entity] = page.removed.get(entity, []) + stale
    apply_page(session, page, cursor)
    clear_staging(session)
    return page.size


def clear_staging(session: Session) -> None:
    """Forget a staged snapshot (done, or gone stale)."""
    session.execute(delete(StagingRow))
    set_state(session, "staging_cursor", None)


def drop_released_leads(session: Session) -> int:
    """Delete read-only (reassigned) leads that no queued write refers to any more."""
    pending = pending_entity_ids(session)
    ids = [
        i for i in session.scalars(select(LeadRow.id).where(LeadRow.reassigned)) if i not in pending
    ]
    if ids:
        session.execute(delete(LeadRow).where(LeadRow.id.in_(ids)))
    return len(ids)


def count_leads(session: Session) -> int:
    """How many leads the local copy holds."""
    return session.scalar(select(func.count()).select_from(LeadRow)) or 0
