# SPDX-License-Identifier: MIT
"""The change feed: sequence numbers per user, the latest change per entity, paged pulls.

Ordering guarantee (DESIGN §4): ``record`` takes each affected user's next numbers with
``UPDATE feed_heads … RETURNING`` at the end of the writing transaction. The update locks
that user's head row until the transaction commits, so a second writer for the same user
waits, and numbers become visible in the order they were handed out: a change that
commits late can never appear below a cursor already served. Users are locked in sorted
order, so two writers touching the same users cannot deadlock.

The log keeps one row per (user, entity, id): a new change of an entity replaces its row
with a higher number, so a pull sends the latest state once, however often it changed.
Removals are kept for the retention period; ``purge_tombstones`` drops older ones and
raises the user's horizon, below which a cursor is answered with 410.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from salesdesk.protocol.models import LEAD_WIRE_COLUMNS
from server.db import upsert
from server.models import (
    ChangeLogRow,
    FeedHeadRow,
    InterestTagRow,
    LeadRow,
    LossReasonRow,
    MetaRow,
    ObjectionCategoryRow,
    OutcomeRow,
    ScriptStatsRow,
    ScriptVersionRow,
)
from server.wakeups import note_changed


class CursorError(ValueError):
    """A cursor that is malformed (400) or can no longer be served (``gone``: 410)."""

    def __init__(self, message: str, *, gone: bool) -> None:
        super().__init__(message)
        self.gone = gone


@dataclass(frozen=True, slots=True)
class FeedChange:
    """One entity changed for one user."""

    user_id: str
    entity: str
    entity_id: str
    op: str = "upsert"


def all_user_ids(connection: Connection) -> list[str]:
    """Every user with a feed (catalog and script changes go to all of them)."""
    return list(connection.scalars(select(FeedHeadRow.user_id).order_by(FeedHeadRow.user_id)))


_TAKE_NUMBERS = (
    update(FeedHeadRow)
    .where(FeedHeadRow.user_id == bindparam("head_user"))
    .values(last_seq=FeedHeadRow.last_seq + bindparam("count"))
    .returning(FeedHeadRow.last_seq)
)


def record(connection: Connection, changes: Iterable[FeedChange], now: datetime) -> None:
    """Log changes inside the caller's transaction; call it last, just before commit."""
    by_user: dict[str, dict[tuple[str, str], str]] = {}
    for change in changes:
        by_user.setdefault(change.user_id, {})[(change.entity, change.entity_id)] = change.op
    for user_id in sorted(by_user):
        items = list(by_user[user_id].items())
        last = connection.execute(
            _TAKE_NUMBERS, {"head_user": user_id, "count": len(items)}
        ).scalar_one()
        first = last - len(items) + 1
        rows = [
            {
                "user_id": user_id,
                "entity": entity,
                "entity_id": entity_id,
                "seq": first + i,
                "op": op,
                "changed_at": now,
            }
            for i, ((entity, entity_id), op) in enumerate(items)
        ]
        upsert(connection, ChangeLogRow, rows, ("user_id", "entity", "entity_id"),
               ("seq", "op", "changed_at"))  # fmt: skip
    note_changed(connection, by_user)  # their waiting pulls answer once this commits


def create_feed(connection: Connection, user_id: str, now: datetime) -> None:
    """Give a new user a feed holding the current scripts and catalogs."""
    connection.execute(insert(FeedHeadRow), {"user_id": user_id, "last_seq": 0, "horizon": 0})
    changes = [
        FeedChange(user_id, "loss_reason", i) for i in connection.scalars(select(LossReasonRow.id))
    ]
    changes += [
        FeedChange(user_id, "objection_category", i)
        for i in connection.scalars(select(ObjectionCategoryRow.id))
    ]
    changes += [
        FeedChange(user_id, "interest_tag", i)
        for i in connection.scalars(select(InterestTagRow.id))
    ]
    changes += [
        FeedChange(user_id, "script", i)
        for i in connection.scalars(select(ScriptVersionRow.script_id).distinct())
    ]
    changes += [
        FeedChange(user_id, "script_stats", i)
        for i in connection.scalars(select(ScriptStatsRow.script_id))
    ]
    record(connection, changes, now)


def format_cursor(sid: str, seq: int) -> str:
    """The opaque cursor string: this server's ID and a sequence number."""
    return f"{sid}.{seq}"


def parse_cursor(cursor: str | None, sid: str) -> int:
    """The sequence number of a cursor from this server; 0 for none."""
    if not cursor:
        return 0
    prefix, _, number = cursor.rpartition(".")
    if not prefix or not number.isdigit() or len(number) > 18:
        raise CursorError("the cursor is malformed", gone=False)
    if prefix != sid:
        raise CursorError("the cursor belongs to another server database", gone=True)
    return int(number)


#: A call's fields on the wire (``OutcomeRecordData``).
OUTCOME_WIRE_COLUMNS = (
    "id", "lead_id", "started_at", "duration_s", "disposition", "result", "loss_reason_id",
    "objections", "answers_used", "note", "next_call_at", "nurture_until", "amended_at",
    "script_id", "script_version", "answers", "verdict", "overrule_reason", "score", "quality",
)  # fmt: skip


_CALL_OUTCOMES = select(
    OutcomeRow.version, *[getattr(OutcomeRow, name) for name in OUTCOME_WIRE_COLUMNS]
).where(
    OutcomeRow.id.in_(bindparam("ids", expanding=True)), OutcomeRow.manager_id == bindparam("owner")
)


def _catalog_data(
    connection: Connection, entity: str, ids: Sequence[str], user_id: str
) -> dict[str, tuple[int, dict[str, Any]]]:
    """Current data and version of non-lead entities, by ID."""
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    if entity == "call_outcome":
        for o in connection.execute(_CALL_OUTCOMES, {"ids": list(ids), "owner": user_id}):
            found[o.id] = (o.version, dict(zip(OUTCOME_WIRE_COLUMNS, o[1:], strict=True)))
    elif entity == "script_stats":
        query = select(ScriptStatsRow).where(ScriptStatsRow.script_id.in_(ids))
        for st in connection.execute(query):
            found[st.script_id] = (st.version, st.data)
    elif entity == "loss_reason":
        for r in connection.execute(select(LossReasonRow).where(LossReasonRow.id.in_(ids))):
            found[r.id] = (
                r.version,
                {
                    "id": r.id,
                    "label": r.label,
                    "active": r.active,
                    "requires_comment": r.requires_comment,
                    "position": r.position,
                    "labels": r.labels or {},
                },
            )
    elif entity == "interest_tag":
        for t in connection.execute(select(InterestTagRow).where(InterestTagRow.id.in_(ids))):
            found[t.id] = (
                t.version,
                {
                    "id": t.id,
                    "label": t.label,
                    "events": list(t.events or []),
                    "active": t.active,
                    "position": t.position,
                    "labels": t.labels or {},
                },
            )
    elif entity == "objection_category":
        categories = select(ObjectionCategoryRow).where(ObjectionCategoryRow.id.in_(ids))
        for c in connection.execute(categories):
            found[c.id] = (
                c.version,
                {"id": c.id, "label": c.label, "position": c.position, "labels": c.labels or {}},
            )
    elif entity == "stand_capture":  # a teammate's visitor at an event both work
        from server.services.events import capture_data

        found.update(capture_data(connection, ids, user_id))
    elif entity == "script":
        latest = (
            select(ScriptVersionRow.script_id, func.max(ScriptVersionRow.version).label("v"))
            .where(ScriptVersionRow.script_id.in_(ids))
            .group_by(ScriptVersionRow.script_id)
            .subquery()
        )
        scripts = select(
            ScriptVersionRow.script_id, ScriptVersionRow.version, ScriptVersionRow.data
        ).join(
            latest,
            and_(
                ScriptVersionRow.script_id == latest.c.script_id,
                ScriptVersionRow.version == latest.c.v,
            ),
        )
        for s in connection.execute(scripts):
            found[s.script_id] = (s.version, s.data)
    return found


#: The feed's head and this database's ID (every cursor carries it) in one round trip.
_FEED_HEAD = select(
    FeedHeadRow.last_seq,
    FeedHeadRow.horizon,
    select(MetaRow.value).where(MetaRow.key == "server_id").scalar_subquery().label("sid"),
).where(FeedHeadRow.user_id == bindparam("head_user"))


#: A page of a user's feed after a number, each lead change with the lead's current row
#: (still assigned to the user). Built once: building it and adapting the cached result
#: columns to a new statement cost more than running it when nothing changed.
_PAGE = (
    select(
        ChangeLogRow.entity,
        ChangeLogRow.entity_id,
        ChangeLogRow.seq,
        ChangeLogRow.op,
        *[getattr(LeadRow, name) for name in LEAD_WIRE_COLUMNS],
    )
    .select_from(ChangeLogRow)
    .outerjoin(
        LeadRow,
        and_(
            ChangeLogRow.entity == "lead",
            ChangeLogRow.op == "upsert",
            LeadRow.id == ChangeLogRow.entity_id,
            LeadRow.assignee_id == bindparam("page_user"),
        ),
    )
    .where(ChangeLogRow.user_id == bindparam("page_user"), ChangeLogRow.seq > bindparam("after"))
    .order_by(ChangeLogRow.seq)
    .limit(bindparam("rows"))
)


def pull_page(
    connection: Connection, user_id: str, cursor: str | None, limit: int
) -> dict[str, Any]:
    """One page of a user's changes after ``cursor``: ``{"changes", "cursor", "has_more"}``.

    Raises CursorError for a malformed cursor, or one that is older than the tombstones
    kept, newer than this feed, or from another server (``gone``).
    """
    head = connection.execute(_FEED_HEAD, {"head_user": user_id}).one()
    if head.sid is None:
        raise RuntimeError("the database is not migrated: run `salesdesk-server migrate`")
    after = parse_cursor(cursor, head.sid)
    if after > head.last_seq:
        raise CursorError("the cursor is ahead of this server (restored from a backup?)", gone=True)
    if 0 < after < head.horizon:
        raise CursorError("the cursor is older than the removals this server keeps", gone=True)
    rows = connection.execute(
        _PAGE, {"page_user": user_id, "after": after, "rows": limit + 1}
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    others: dict[str, list[str]] = {}
    for row in rows:
        if row.entity != "lead" and row.op == "upsert":
            others.setdefault(row.entity, []).append(row.entity_id)
    other_data = {
        entity: _catalog_data(connection, entity, ids, user_id) for entity, ids in others.items()
    }
    changes: list[dict[str, Any]] = []
    for entity, entity_id, _seq, op, *lead in rows:
        if op == "remove":
            changes.append(
                {"entity": entity, "op": "remove", "id": entity_id, "version": 0, "data": None}
            )
        elif entity == "lead":
            if lead[0] is None:  # reassigned since: its removal follows at a higher number
                continue
            data = dict(zip(LEAD_WIRE_COLUMNS, lead, strict=True))
            changes.append(
                {
                    "entity": "lead",
                    "op": "upsert",
                    "id": entity_id,
                    "version": data["version"],
                    "data": data,
                }
            )
        else:
            found = other_data.get(entity, {}).get(entity_id)
            if found is not None:
                changes.append(
                    {
                        "entity": entity,
                        "op": "upsert",
                        "id": entity_id,
                        "version": found[0],
                        "data": found[1],
                    }
                )
    last = rows[-1].seq if rows else after
    return {"changes": changes, "cursor": format_cursor(head.sid, last), "has_more": has_more}


def purge_tombstones(connection: Connection, older_than: datetime) -> int:
    """Drop removals older than ``older_than``; raise each user's horizon past them."""
    horizons = connection.execute(
        select(ChangeLogRow.user_id, func.max(ChangeLogRow.seq))
        .where(ChangeLogRow.op == "remove", ChangeLogRow.changed_at < older_than)
        .group_by(ChangeLogRow.user_id)
        .order_by(ChangeLogRow.user_id)
    ).all()
    for user_id, seq in horizons:
        connection.execute(
            update(FeedHeadRow)
            .where(FeedHeadRow.user_id == user_id, FeedHeadRow.horizon < seq)
            .values(horizon=seq)
        )
    result = connection.execute(
        delete(ChangeLogRow).where(
            ChangeLogRow.op == "remove", ChangeLogRow.changed_at < older_than
        )
    )
    return int(result.rowcount or 0)
