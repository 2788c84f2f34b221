# SPDX-License-Identifier: MIT
"""A snapshot re-sync (after a 410): pages kept in staging, then swapped in at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import orjson
from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from desktop.store.models import (
    CallDraftRow,
    ConflictRow,
    DeadLetterRow,
    LeadRow,
    LossReasonRow,
    ObjectionCategoryRow,
    OutboxRow,
    OutcomeRow,
    QuarantineRow,
    ScriptRow,
    ScriptStatsRow,
    SkipRow,
    StagingRow,
    StandCaptureRow,
)
from desktop.store.pulled import ParsedPage, apply_page
from desktop.store.sync_state import StateKey, get_state, set_state
from salesdesk.protocol.models import Change, Entity, MutationType

KNOWN_ENTITIES = frozenset(Entity)


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
    set_state(session, StateKey.STAGING_CURSOR, cursor)


def staged_snapshot(session: Session) -> tuple[str, list[Change]]:
    """The staged snapshot's cursor and changes (LookupError when none is staged)."""
    cursor = get_state(session, StateKey.STAGING_CURSOR)
    if cursor is None:
        raise LookupError("no snapshot is staged")
    staged = [
        Change(entity=r.entity, op=r.op, id=r.id, version=r.version, data=r.data)  # type: ignore[arg-type]
        for r in session.scalars(select(StagingRow))
    ]
    return cursor, staged


def swap_in_snapshot(session: Session, page: ParsedPage, cursor: str) -> int:
    """Replace the local copy by the staged snapshot (checked as ``page``); return its size.

    Leads missing from the snapshot are dropped, except those queued writes refer to
    (kept read-only, or kept as they are when they were captured here and not yet pushed).
    Pending work is rebased on top; the staging cursor becomes the cursor.
    """
    present = {row[0] for row in page.leads}
    local = set(session.scalars(select(LeadRow.id)))
    created_here = set(
        session.scalars(
            select(OutboxRow.entity_id).where(OutboxRow.type == MutationType.LEAD_CREATE)
        )
    )
    gone = [i for i in local - present if i not in created_here]
    page.removed[Entity.LEAD] = page.removed.get(Entity.LEAD, []) + gone
    kept: dict[Entity, tuple[Any, set[str]]] = {
        Entity.SCRIPT: (ScriptRow.id, {s.id for s in page.scripts}),
        Entity.LOSS_REASON: (LossReasonRow.id, {r.id for r in page.loss_reasons}),
        Entity.OBJECTION_CATEGORY: (
            ObjectionCategoryRow.id,
            {c.id.value for c in page.categories},
        ),
        Entity.SCRIPT_STATS: (ScriptStatsRow.script_id, {s.script_id for _v, s in page.stats}),
        Entity.STAND_CAPTURE: (StandCaptureRow.id, {c.id for c in page.captures}),
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
    set_state(session, StateKey.STAGING_CURSOR, None)


def erase_replica(session: Session) -> None:
    """Forget the local copy of the server's state and the previous user's own work (another
    user or server logs in here): leads, calls, catalogs, scripts, queued and rejected changes,
    conflicts, changes kept aside. Settings stay (they belong to the computer)."""
    for model in (
        OutcomeRow,
        LeadRow,
        ScriptRow,
        ScriptStatsRow,
        StandCaptureRow,
        LossReasonRow,
        ObjectionCategoryRow,
        ConflictRow,
        DeadLetterRow,
        OutboxRow,
        QuarantineRow,
        StagingRow,
        CallDraftRow,
        SkipRow,
    ):
        session.execute(delete(model))
    for key in (StateKey.CURSOR, StateKey.STAGING_CURSOR, StateKey.LAST_SYNC_AT):
        set_state(session, key, None)
