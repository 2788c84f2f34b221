# SPDX-License-Identifier: MIT
"""Search over name, company, phone and email; duplicate lookup by contact keys."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from desktop.store.db import Store
from desktop.store.leads import (
    SEARCH_INDEXES,
    deferred_search,
    find_by_contacts,
    get_lead,
    insert_lead,
    queue_entries,
    save_lead,
    search_lead_ids,
    search_lead_keys,
)
from salesdesk.domain.lead import LeadDraft, create_lead
from tests.conftest import NOW


@pytest.fixture
def filled(store: Store) -> Store:
    drafts = {
        "anna": LeadDraft(
            first_name="Anna",
            last_name="Kowalski",
            company="Nordwind GmbH",
            phones=["+49 151 23456789"],
            emails=["anna@nordwind.de"],
        ),
        "ivan": LeadDraft(
            first_name="Иван",
            last_name="Петров",
            company="ООО Ромашка",
            phones=["+7 912 345 67 89"],
        ),
        "bob": LeadDraft(
            first_name="Bob", last_name="Stone", company="Stone & Sons", emails=["bob@stone.io"]
        ),
    }
    with store.write() as session:
        for key, draft in drafts.items():
            insert_lead(session, create_lead(draft, now=NOW, default_region="US", lead_id=key))
    return store


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("anna", ["anna"]),
        ("KOWAL", ["anna"]),
        ("nordwind", ["anna"]),
        ("anna nordwind", ["anna"]),
        ("петров", ["ivan"]),
        ("ромаш", ["ivan"]),
        ("9123", ["ivan"]),
        ("+7 912", ["ivan"]),
        ("0151 234", ["anna"]),
        ("bob@stone", ["bob"]),
        ("st", ["bob"]),
        ("on", []),  # one or two letters match the start of a word only
        ("s", ["bob"]),
        ("ив", ["ivan"]),
        ("an no", ["anna"]),
        ("anna bob", []),
        ('"; DROP TABLE leads; --', []),
        ("", []),
    ],
)
def test_search(filled: Store, query: str, expected: list[str]) -> None:
    with filled.read() as session:
        assert sorted(search_lead_ids(session, query)) == expected
        keys = {e.id: e.search_key for e in queue_entries(session)}  # how the queue finds them
        assert sorted(search_lead_keys(session, query)) == sorted(keys[i] for i in expected)
        assert len(search_lead_keys(session, query, limit=1)) == min(len(expected), 1)


def test_the_index_follows_edits(filled: Store) -> None:
    with filled.write() as session:
        lead = get_lead(session, "bob")
        assert lead is not None
        save_lead(session, replace(lead, last_name="Marble", emails=("bob@marble.io",)))
    with filled.read() as session:
        assert search_lead_ids(session, "stone") == ["bob"]  # still the company
        assert search_lead_ids(session, "marble") == ["bob"]
        assert find_by_contacts(session, [], ["bob@stone.io"]) == []
        assert find_by_contacts(session, [], ["bob@marble.io"]) == ["bob"]


def test_known_contacts_are_found(filled: Store) -> None:
    with filled.read() as session:
        assert find_by_contacts(session, ["+4915123456789"], []) == ["anna"]
        assert find_by_contacts(session, ["+79123456789"], ["bob@stone.io"]) == ["bob", "ivan"]
        assert find_by_contacts(session, [], []) == []


def _search_triggers(store: Store) -> set[str]:
    with store.read() as session:
        rows = session.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        return {name for (name,) in rows if name.startswith(SEARCH_INDEXES)}


def test_a_bulk_write_is_indexed_once_and_the_triggers_come_back(filled: Store) -> None:
    triggers = _search_triggers(filled)
    assert len(triggers) == 6  # insert, update, delete for each index
    carol = create_lead(
        LeadDraft(first_name="Carol", company="Quartzwerk", emails=["carol@quartzwerk.de"]),
        now=NOW,
        default_region="US",
    )
    with filled.write() as session:
        anna = get_lead(session, "anna")
        assert anna is not None
        with deferred_search(session, lambda: ["anna", carol.id]):
            save_lead(session, replace(anna, company="Birchwood AG"))
            insert_lead(session, carol)
    assert _search_triggers(filled) == triggers
    with filled.read() as session:
        assert search_lead_ids(session, "quartzwerk") == [carol.id]
        for table in SEARCH_INDEXES:  # one entry per lead: indexed once, not also by a trigger
            assert session.scalar(text(f"SELECT count(*) FROM {table}")) == 4
        assert search_lead_ids(session, "birchwood") == ["anna"]
        assert search_lead_ids(session, "gmbh") == []  # the old company is gone
    with filled.write() as session:  # the triggers work again for single writes
        dora = create_lead(
            LeadDraft(first_name="Dora", company="Ebonfield", emails=["dora@ebon.io"]),
            now=NOW,
            default_region="US",
        )
        insert_lead(session, dora)
    with filled.read() as session:
        assert search_lead_ids(session, "ebonfield") == [dora.id]


def test_an_error_in_a_bulk_write_leaves_the_triggers_and_index_as_they_were(
    filled: Store,
) -> None:
    triggers = _search_triggers(filled)
    with (
        pytest.raises(RuntimeError),
        filled.write() as session,
        deferred_search(session, lambda: ["bob"]),
    ):
        bob = get_lead(session, "bob")
        assert bob is not None
        save_lead(session, replace(bob, company="Gone Ltd"))
        raise RuntimeError("disk full")
    assert _search_triggers(filled) == triggers
    with filled.read() as session:
        assert search_lead_ids(session, "stone") == ["bob"]
        assert search_lead_ids(session, "gone") == []


_CONTROLS = [chr(code) for code in [*range(32), 127]]
_SURROGATES = ["\ud800", "\udfff", "\udc80"]


@pytest.mark.parametrize("odd", _CONTROLS + _SURROGATES, ids=repr)
def test_any_typed_text_searches_without_an_error(filled: Store, odd: str) -> None:
    """Found by the trust probe: a NUL in the search box raised sqlite3.OperationalError
    inside a Qt slot and the list went stale. Any character is searchable; the others in
    the query still find their lead."""
    with filled.read() as session:
        for query in (odd, f"anna{odd}", f"anna {odd}", f"{odd}nordwind", f"an{odd}"):
            found = search_lead_ids(session, query)
            assert set(found) <= {"anna"}, (query, found)
            search_lead_keys(session, query)
        assert search_lead_ids(session, f"{odd} anna") == ["anna"]
