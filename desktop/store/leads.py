# SPDX-License-Identifier: MIT
"""Lead rows: conversion to and from the domain, contact keys, queue rows and search."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import chain
from typing import Any

import orjson
from sqlalchemy import bindparam, delete, func, insert, select, text
from sqlalchemy.orm import Session

from desktop.store.models import LeadContactRow, LeadRow
from salesdesk.domain.contacts import digits_only, duplicate_keys
from salesdesk.domain.lead import Lead
from salesdesk.domain.lead_values import lead_from_record, lead_values
from salesdesk.domain.queue import QueueEntry
from salesdesk.domain.stages import OPEN_STAGES
from salesdesk.domain.their_time import TheirZones
from salesdesk.domain.vocabulary import Stage, Temperature
from salesdesk.sqltypes import from_db_time


def replace_contact_keys(
    session: Session, lead_ids: Sequence[str], keys_by_lead: Mapping[str, Iterable[str]]
) -> None:
    """Make the duplicate keys of these leads exactly the given ones (in bulk)."""
    if lead_ids:
        session.execute(delete(LeadContactRow).where(LeadContactRow.lead_id.in_(lead_ids)))
    rows = [(k, lid) for lid, keys in keys_by_lead.items() for k in keys]
    if rows:
        session.connection().exec_driver_sql(
            "INSERT INTO lead_contacts (key, lead_id) VALUES (?, ?)", rows
        )


def _row_values(lead: Lead) -> dict[str, object]:
    """The lead's columns here: the shared ones and the zones it may be in when unknown."""
    values = lead_values(lead)
    values["zone_candidates"] = zone_candidates_text(lead.their_zones)
    return values


def zone_candidates_text(zones: TheirZones) -> str | None:
    """How the store keeps a lead's candidate zones ("|"-joined; None when one is known)."""
    return None if zones.known else "|".join(zones.zones) or None


def insert_lead(session: Session, lead: Lead) -> None:
    """Add a lead and its contact keys (inside the caller's transaction)."""
    session.execute(insert(LeadRow), [_row_values(lead)])
    replace_contact_keys(session, [], {lead.id: lead.contact_keys})


def save_lead(session: Session, lead: Lead) -> None:
    """Write every field of an existing lead back, contact keys included."""
    values = _row_values(lead)
    row = session.get(LeadRow, lead.id)
    if row is None:
        raise KeyError(lead.id)
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    replace_contact_keys(session, [lead.id], {lead.id: lead.contact_keys})


def get_lead(session: Session, lead_id: str) -> Lead | None:
    """One lead by ID, or None."""
    row = session.get(LeadRow, lead_id)
    return None if row is None else lead_from_record(row)


def fresh_hot_leads(session: Session, since: datetime) -> list[Lead]:
    """Hot leads that arrived after ``since`` and have not been called yet, newest first."""
    query = (
        select(LeadRow)
        .where(
            LeadRow.temperature == Temperature.HOT.value,
            LeadRow.stage == Stage.NEW.value,
            LeadRow.attempts == 0,
            LeadRow.created_at >= since,
        )
        .order_by(LeadRow.created_at.desc())
    )
    return [lead_from_record(row) for row in session.scalars(query)]


def find_by_contacts(session: Session, phones: Sequence[str], emails: Sequence[str]) -> list[str]:
    """IDs of the leads sharing a normalised phone or email with the given ones."""
    keys = duplicate_keys(phones, emails)
    if not keys:
        return []
    query = select(LeadContactRow.lead_id).where(LeadContactRow.key.in_(keys)).distinct()
    return sorted(session.scalars(query))


_QUEUE_COLUMNS = (
    "rowid, id, stage, temperature, created_at, next_call_at, nurture_until, attempts_today, "
    "last_attempt_at, effective_time_zone, zone_candidates"
)


def queue_entries(session: Session) -> list[QueueEntry]:
    """The compact queue facts of every lead in an open stage (one indexed query).

    Each entry's ``search_key`` is what ``search_lead_keys`` finds the lead by.
    """
    stages = ", ".join(f"'{s.value}'" for s in OPEN_STAGES)
    return _entries(session, f"stage IN ({stages}) AND NOT reassigned", ())


def closed_entries(session: Session, search_keys: Sequence[int]) -> list[QueueEntry]:
    """The queue facts of the leads among these search keys whose stage is closed
    (converted, disqualified): what a search over all leads adds to the queue's."""
    if not search_keys:
        return []
    stages = ", ".join(f"'{s.value}'" for s in OPEN_STAGES)
    where = f"rowid IN (SELECT value FROM json_each(?)) AND stage NOT IN ({stages})"
    return _entries(session, where, (orjson.dumps(list(search_keys)).decode(),))


def _entries(session: Session, where: str, params: tuple[Any, ...]) -> list[QueueEntry]:
    sql = f"SELECT {_QUEUE_COLUMNS} FROM leads WHERE {where}"
    # The driver's cursor directly: for 100,000 rows the Result wrapper costs more than SQLite.
    result = session.connection().connection.dbapi_connection.execute(sql, params).fetchall()  # type: ignore[union-attr]
    stage_of = {s.value: s for s in Stage}
    temperature_of = {t.value: t for t in Temperature}
    return [
        QueueEntry(
            lead_id,
            stage_of[stage],
            temperature_of[temperature],
            from_db_time(created),
            from_db_time(next_call) if next_call else None,
            from_db_time(nurture) if nurture else None,
            tried,
            from_db_time(last) if last else None,
            zone,
            key,
            candidates,
        )
        for key, lead_id, stage, temperature, created, next_call, nurture, tried, last, zone,
        candidates in result
    ]  # fmt: skip


SEARCH_INDEXES = ("leads_fts", "leads_prefix")
_SEARCH_ROW = "first_name || ' ' || last_name, company, replace(phones, '+', '') || ' ' || emails"


@contextmanager
def deferred_search(
    session: Session, lead_ids: Callable[[], Sequence[str]], new_only: bool = False
) -> Iterator[None]:
    """Write many leads with the search triggers off, then index them in one statement each.

    ``lead_ids`` is called after the block: the IDs whose search entries must be rebuilt.
    ``new_only`` skips removing old entries (every lead written was inserted, not updated).
    The insert and update triggers are dropped for the block and made again from their own
    SQL after it: even switched off (``search_control``), a trigger costs SQLite 1.6 µs a
    row to look at, a third of a second on a 100,000-lead pull. All of it happens in the
    caller's transaction (SQLite's DDL is transactional), so no reader sees it half done
    and an error brings the triggers back with the rollback.
    """
    names = [f"{table}_{event}" for table in SEARCH_INDEXES for event in ("insert", "update")]
    triggers = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN :names"
        ).bindparams(bindparam("names", expanding=True)),
        {"names": names},
    ).all()
    for name, _sql in triggers:
        session.connection().exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    ids = orjson.dumps(list(lead_ids())).decode()
    selected = "SELECT rowid FROM leads WHERE id IN (SELECT value FROM json_each(:ids))"
    for table in SEARCH_INDEXES:
        if not new_only:
            session.execute(text(f"DELETE FROM {table} WHERE rowid IN ({selected})"), {"ids": ids})
        session.execute(
            text(
                f"INSERT INTO {table}(rowid, name, company, contacts) SELECT rowid, {_SEARCH_ROW} "
                "FROM leads WHERE id IN (SELECT value FROM json_each(:ids))"
            ),
            {"ids": ids},
        )
    for _name, sql in triggers:
        session.connection().exec_driver_sql(sql)


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


_PHONE_CHARACTERS = "0123456789 +-()./\t"
#: Control characters and lone surrogates: no stored name holds them and SQLite's full-text
#: query refuses some (a NUL raised OperationalError); they separate words like a space.
_UNSEARCHABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def search_terms(query: str) -> list[str]:
    """The words of a search box query; phone-like words become their digits.

    A leading zero (national trunk prefix) is dropped so "0151 23" finds "+49151 23…". A
    query made only of a phone number's characters is one number, however it is spaced
    ("030 999 888", "+1 (212) 555-0123").
    """
    query = _UNSEARCHABLE.sub(" ", query)
    if query.strip() and not query.strip(_PHONE_CHARACTERS):
        digits = digits_only(query)
        return [digits.lstrip("0") or digits] if digits else []
    terms: list[str] = []
    for word in query.split():
        digits = digits_only(word)
        if digits and len(digits) * 2 >= len(word):
            word = digits.lstrip("0") or digits
        terms.append(word)
    return terms


def _matching_keys(query: str) -> tuple[str, dict[str, Any]] | None:
    """The SQL selecting the search keys of the leads matching every word, or None (no words).

    A word of three characters or more matches anywhere (trigram index); a shorter one
    matches the start of a word (prefix index), which is what one or two typed letters mean.
    """
    terms = search_terms(query)
    if not terms:
        return None
    long_terms = [_fts_phrase(t) for t in terms if len(t) >= 3]
    short_terms = [_fts_phrase(t) + "*" for t in terms if len(t) < 3]
    parts: list[str] = []
    params: dict[str, Any] = {}
    if long_terms:
        parts.append("SELECT rowid FROM leads_fts WHERE leads_fts MATCH :long")
        params["long"] = " AND ".join(long_terms)
    if short_terms:
        parts.append("SELECT rowid FROM leads_prefix WHERE leads_prefix MATCH :short")
        params["short"] = " AND ".join(short_terms)
    return " INTERSECT ".join(parts), params


def _run(session: Session, sql: str, params: dict[str, Any], limit: int | None) -> list[Any]:
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    cursor = session.connection().connection.dbapi_connection.execute(sql, params)  # type: ignore[union-attr]
    return list(chain.from_iterable(cursor))  # one-value rows, flattened in C


def search_lead_keys(session: Session, query: str, limit: int | None = None) -> list[int]:
    """The search keys (``QueueEntry.search_key``) of the leads matching ``query``.

    The search indexes alone answer this: a third of the time of ``search_lead_ids`` when
    one typed letter matches 37,000 of 100,000 leads.
    """
    matching = _matching_keys(query)
    return [] if matching is None else _run(session, *matching, limit)


def search_lead_ids(session: Session, query: str, limit: int | None = None) -> list[str]:
    """IDs of leads whose name, company, phone or email match every word of ``query``.

    An empty query finds nothing; see ``_matching_keys`` for how words match.
    """
    matching = _matching_keys(query)
    if matching is None:
        return []
    sql, params = matching
    return _run(session, f"SELECT id FROM leads WHERE rowid IN ({sql})", params, limit)


def count_leads(session: Session) -> int:
    """How many leads the local copy holds."""
    return session.scalar(select(func.count()).select_from(LeadRow)) or 0


def is_reassigned(session: Session, lead_id: str) -> bool:
    """Whether the server gave the lead to someone else (kept read-only until pushed)."""
    row = session.get(LeadRow, lead_id)
    return bool(row is not None and row.reassigned)
