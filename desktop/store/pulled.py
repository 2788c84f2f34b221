# SPDX-License-Identifier: MIT
"""Pulled changes as this store's rows, and a checked page written with its cursor.

``desktop.sync.pages`` checks a page against the wire models and builds its rows with
``lead_row``/``outcome_row`` (on the thread that fetched it); ``apply_page`` writes them in
the caller's transaction together with the cursor, and rebases leads with pending work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, NamedTuple

import orjson
from sqlalchemy import delete, select, text, update
from sqlalchemy.orm import Session

from desktop.store.leads import deferred_search, replace_contact_keys, zone_candidates_text
from desktop.store.models import (
    InterestTagRow,
    LeadRow,
    LossReasonRow,
    ObjectionCategoryRow,
    ScriptRow,
    ScriptStatsRow,
    StandCaptureRow,
)
from desktop.store.outbox import pending_entity_ids
from desktop.store.rebase import conflicted_leads, rebase
from desktop.store.sync_state import StateKey, set_state
from salesdesk.domain.lead import people_keys
from salesdesk.domain.their_time import their_zones
from salesdesk.protocol.models import (
    LEAD_WIRE_COLUMNS,
    Entity,
    InterestTagData,
    LeadData,
    LossReasonData,
    ObjectionCategoryData,
    OutcomeRecordData,
    ScriptData,
    ScriptStatsData,
    StandCaptureData,
)
from salesdesk.sqltypes import to_db_time

_TIME_COLUMNS = ("created_at", "next_call_at", "nurture_until", "last_attempt_at")
#: A pulled lead's columns: its wire fields, and whether it was taken from us.
_LEAD_COLUMNS = (*LEAD_WIRE_COLUMNS, "zone_candidates", "reassigned")
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
    "amended_at", "script_id", "script_version", "answers", "verdict", "overrule_reason",
    "score", "quality",
)  # fmt: skip
_CORRECTED_COLUMNS = (
    "disposition", "result", "loss_reason_id", "objections", "answers_used", "note",
    "next_call_at", "nurture_until", "amended_at", "answers", "verdict", "overrule_reason",
    "score", "quality",
)  # fmt: skip
# A call recorded here is the same fact when it comes back from the server; a correction
# made on another workstation replaces its fields, unless one made here waits to be sent.
_INSERT_OUTCOMES = (
    f"INSERT INTO outcomes ({', '.join(_OUTCOME_COLUMNS)}) VALUES "
    f"({', '.join('?' for _ in _OUTCOME_COLUMNS)}) ON CONFLICT(id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _CORRECTED_COLUMNS)
    + " WHERE excluded.amended_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM outbox "
    "WHERE outbox.entity_id = excluded.id)"
)


class Quarantined(NamedTuple):
    """A pulled change that could not be read, and why."""

    entity: str
    entity_id: str
    version: int
    data: dict[str, Any] | None
    reason: str


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
    captures: list[StandCaptureData] = field(default_factory=list)
    interests: list[InterestTagData] = field(default_factory=list)
    removed: dict[str, list[str]] = field(default_factory=dict)
    quarantined: list[Quarantined] = field(default_factory=list)
    skipped: int = 0

    def add_lead(self, data: LeadData) -> None:
        """A pulled lead, as this store's row and its contact keys."""
        self.leads.append(lead_row(data))
        self.keys[data.id] = people_keys(data.phones, data.emails, data.contacts)

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
            + len(self.captures)
            + len(self.interests)
            + sum(len(v) for v in self.removed.values())
        )


_pick_lead_columns = itemgetter(*_LEAD_COLUMNS)


def lead_row(data: LeadData) -> tuple[Any, ...]:
    row = dict(data.__dict__)  # the validated field values as they are: 10× model_dump
    for name in _TIME_COLUMNS:
        value = row[name]
        if value is not None:
            row[name] = to_db_time(value)
    zone = data.effective_time_zone or data.time_zone
    candidates = None
    if zone is None:  # the server knows no single zone: which ones it may be, found here
        found = their_zones(None, data.city, data.phones, data.emails)
        zone, candidates = found.known, zone_candidates_text(found)
    row["effective_time_zone"] = zone
    row["zone_candidates"] = candidates
    row["phones"] = orjson.dumps(data.phones).decode()
    row["emails"] = orjson.dumps(data.emails).decode()
    row["contacts"] = orjson.dumps([c.model_dump(mode="json") for c in data.contacts]).decode()
    row["consent"] = data.consent and orjson.dumps(data.consent.model_dump(mode="json")).decode()
    row["interests"] = orjson.dumps(data.interests).decode()
    row["next_step"] = data.next_step and data.next_step.value
    row["source"], row["quality"] = data.source.value, data.quality.value
    row["temperature"], row["stage"] = data.temperature.value, data.stage.value
    row["reassigned"] = False
    return _pick_lead_columns(row)  # type: ignore[no-any-return]


def outcome_row(data: OutcomeRecordData, received: str) -> tuple[Any, ...]:
    row = data.model_dump(mode="json")
    for name in ("started_at", "next_call_at", "nurture_until", "amended_at"):
        value = getattr(data, name)
        row[name] = to_db_time(value) if value is not None else None
    row["objections"] = orjson.dumps(data.objections).decode()
    row["answers_used"] = orjson.dumps(data.answers_used).decode()
    row["answers"] = orjson.dumps(data.answers).decode()
    row["recorded_at"] = received
    return tuple(row[name] for name in _OUTCOME_COLUMNS)


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
                id=category.id.value,
                label=category.label,
                position=category.position,
                labels=category.labels,
            )
        )
    for version, stats in page.stats:
        session.merge(
            ScriptStatsRow(
                script_id=stats.script_id, version=version, data=stats.model_dump(mode="json")
            )
        )
    for capture in page.captures:
        session.merge(StandCaptureRow(**capture.model_dump()))
    for tag in page.interests:
        session.merge(InterestTagRow(**tag.model_dump()))
    if page.outcomes:
        session.connection().exec_driver_sql(_INSERT_OUTCOMES, page.outcomes)
        # a call whose lead a team lead merged into another now belongs to that one
        session.connection().exec_driver_sql(
            _MOVE_OUTCOMES, [(row[1], row[0], row[1]) for row in page.outcomes]
        )
    models: dict[Entity, Any] = {
        Entity.STAND_CAPTURE: StandCaptureRow.id,
        Entity.INTEREST_TAG: InterestTagRow.id,
        Entity.SCRIPT: ScriptRow.id,
        Entity.LOSS_REASON: LossReasonRow.id,
        Entity.OBJECTION_CATEGORY: ObjectionCategoryRow.id,
        Entity.SCRIPT_STATS: ScriptStatsRow.script_id,
    }
    for entity, key in models.items():
        ids = page.removed.get(entity)
        if ids:
            session.execute(delete(key.class_).where(key.in_(ids)))


_MOVE_OUTCOMES = "UPDATE outcomes SET lead_id = ? WHERE id = ? AND lead_id <> ?"


def _remove_leads(session: Session, ids: Sequence[str], pending: set[str]) -> None:
    keep = [i for i in ids if i in pending]
    drop = [i for i in ids if i not in pending]
    if keep:
        session.execute(update(LeadRow).where(LeadRow.id.in_(keep)).values(reassigned=True))
    for start in range(0, len(drop), 500):
        session.execute(delete(LeadRow).where(LeadRow.id.in_(drop[start : start + 500])))


def apply_page(session: Session, page: ParsedPage, cursor: str | None) -> list[str]:
    """Write a parsed page and its cursor (inside the caller's transaction; without a cursor
    for leads fetched one by one, which leaves the pull's place as it is).

    Returns the IDs of the leads that were rebased under pending local work.
    """
    pending = pending_entity_ids(session)
    if page.leads:
        ids = [row[0] for row in page.leads]
        known = _existing(session, ids)
        with deferred_search(session, lambda: ids, new_only=not known):
            session.connection().exec_driver_sql(_UPSERT_LEADS, page.leads)
        replace_contact_keys(session, ids if known else [], page.keys)
    _remove_leads(session, page.removed.get(Entity.LEAD, []), pending)
    _write_catalogs(session, page)
    rebased = [row[0] for row in page.leads if row[0] in pending]
    rebased += conflicted_leads([row[0] for row in page.leads if row[0] not in pending], session)
    rebase(session, rebased)
    _keep_aside(session, page)
    if cursor is not None:
        set_state(session, StateKey.CURSOR, cursor)
    return rebased


_QUARANTINE = text(
    "INSERT INTO quarantine (entity, entity_id, version, data, reason, received_at) "
    "VALUES (:entity, :entity_id, :version, :data, :reason, :received_at) "
    "ON CONFLICT(entity, entity_id) DO UPDATE SET version = excluded.version, "
    "data = excluded.data, reason = excluded.reason, received_at = excluded.received_at, "
    "reported_at = NULL"
)


def _keep_aside(session: Session, page: ParsedPage) -> None:
    """Keep the page's unreadable changes; forget earlier ones the page now brought readable."""
    if page.quarantined:
        now = to_db_time(datetime.now(UTC))
        session.execute(
            _QUARANTINE,
            [
                {**q._asdict(), "data": orjson.dumps(q.data).decode(), "received_at": now}
                for q in page.quarantined
            ],
        )
    if session.execute(text("SELECT 1 FROM quarantine LIMIT 1")).first() is None:
        return  # the usual case: nothing kept aside, nothing to look up
    readable = {
        Entity.LEAD: [row[0] for row in page.leads],
        Entity.CALL_OUTCOME: [row[0] for row in page.outcomes],
        Entity.SCRIPT: [s.id for s in page.scripts],
        Entity.LOSS_REASON: [r.id for r in page.loss_reasons],
        Entity.SCRIPT_STATS: [s.script_id for _v, s in page.stats],
        Entity.STAND_CAPTURE: [c.id for c in page.captures],
        Entity.INTEREST_TAG: [t.id for t in page.interests],
        Entity.OBJECTION_CATEGORY: [c.id.value for c in page.categories],
    }
    for entity, removed in page.removed.items():
        readable.setdefault(Entity(entity), []).extend(removed)
    for entity, ids in readable.items():
        if ids:
            session.execute(
                text(
                    "DELETE FROM quarantine WHERE entity = :entity AND entity_id IN "
                    "(SELECT value FROM json_each(:ids))"
                ),
                {"entity": entity.value, "ids": orjson.dumps(ids).decode()},
            )


def _existing(session: Session, ids: Sequence[str]) -> bool:
    """Whether any of these leads is already stored (a first pull inserts only)."""
    found = session.execute(
        text("SELECT 1 FROM leads WHERE id IN (SELECT value FROM json_each(:ids)) LIMIT 1"),
        {"ids": orjson.dumps(list(ids)).decode()},
    ).first()
    return found is not None


def drop_released_leads(session: Session) -> int:
    """Delete read-only (reassigned) leads that no queued write refers to any more."""
    pending = pending_entity_ids(session)
    ids = [
        i for i in session.scalars(select(LeadRow.id).where(LeadRow.reassigned)) if i not in pending
    ]
    if ids:
        session.execute(delete(LeadRow).where(LeadRow.id.in_(ids)))
    return len(ids)
