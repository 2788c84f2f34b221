# SPDX-License-Identifier: MIT
"""The local database: pragmas, permissions, integrity check, migrations."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.store.db import (
    HEAD_REVISION,
    MIGRATIONS,
    Store,
    StoreError,
    create_store_engine,
    current_revision,
    include_object,
    migrate,
    open_store,
)
from desktop.store.models import Base


def test_pragmas_are_in_force(store: Store) -> None:
    with store.read() as session:
        pragmas = {
            name: session.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 10_000,
    }


def test_the_database_file_is_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "db.sqlite3"
    open_store(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_migrations_on_an_empty_database_match_the_models(store: Store) -> None:
    assert current_revision(store.engine) == HEAD_REVISION
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_the_sync_clean_up_reads_only_the_reassigned_leads(store: Store) -> None:
    from sqlalchemy import select, text

    from desktop.store.models import LeadRow

    query = select(LeadRow.id).where(LeadRow.reassigned)  # as drop_released_leads asks
    with store.read() as session:
        compiled = query.compile(session.bind, compile_kwargs={"literal_binds": True})
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    assert "INDEX ix_leads_reassigned" in plan[0][3], plan  # (COVERING INDEX, newer SQLite)


def test_the_head_revision_constant_is_the_newest_migration() -> None:
    # open_store skips Alembic when the file is at HEAD_REVISION: a new migration must move it
    assert ScriptDirectory(str(MIGRATIONS)).get_current_head() == HEAD_REVISION


def test_an_old_database_is_upgraded_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_store_engine(path)
    migrate(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO leads (id, created_at, first_name, last_name, company, job_title, "
                "phones, emails, need, source, campaign, event_name, quality, temperature, stage, "
                "score, budget_notes, attempts, attempts_today, version, reassigned) VALUES "
                "('L1', '2026-11-01T10:00:00.000000Z', 'Olga', 'Smirnova', 'Acme', '', "
                "'[\"+79123456789\"]', '[]', '', 'website_form', '', '', 'targeted', 'hot', 'new', "
                "0, '', 0, 0, 1, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO outcomes (id, lead_id, started_at, duration_s, disposition, result, "
                "objections, answers_used, note, recorded_at) VALUES ('O1', 'L1', "
                "'2026-11-01T11:00:00.000000Z', 60, 'connected', 'none', '[\"price-expensive\"]', "
                "'[]', 'call me', '2026-11-01T11:01:00.000000Z')"
            )
        )
    engine.dispose()
    upgraded = open_store(path)
    try:
        assert current_revision(upgraded.engine) == HEAD_REVISION
        from desktop.store.leads import get_lead, search_lead_ids
        from desktop.store.outcomes import lead_history

        with upgraded.read() as session:
            lead = get_lead(session, "L1")
            assert lead is not None and lead.first_name == "Olga"
            # the search index added by 0002 covers rows made before it
            assert search_lead_ids(session, "smirn") == ["L1"]
            assert search_lead_ids(session, "912345") == ["L1"]
            # 0004 rebuilt the outcomes table: the call is still there, whole
            [call] = lead_history(session, "L1")
            assert (call.id, call.note, call.objections) == ("O1", "call me", ("price-expensive",))
    finally:
        upgraded.close()


def test_a_damaged_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot be read"):
        open_store(path)
