# SPDX-License-Identifier: MIT
"""The server's database: engines for PostgreSQL and SQLite, migrations, dialect helpers."""

from __future__ import annotations

import functools
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, Insert, create_engine, event, insert, make_url, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.pool import StaticPool

from salesdesk.private_files import private_file
from server.models import MetaRow

MIGRATIONS = Path(__file__).with_name("migrations")


def normalize_url(url: str) -> str:
    """Accept ``postgresql://`` and ``postgres://`` URLs and use psycopg 3 for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _json_text(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


#: JSON columns through orjson: every pushed mutation stores two or three JSON values.
_JSON = {"json_serializer": _json_text, "json_deserializer": orjson.loads}


#: The execution option of a connection that only reads (``connection.execution_options(
#: **{READ_ONLY: True})``): on SQLite it does not queue behind the writer.
READ_ONLY = "salesdesk_read_only"


def create_server_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, foreign keys and explicit transactions."""
    url = normalize_url(url)
    if url.startswith("sqlite"):
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        database = make_url(url).database
        if not in_memory and database and not database.startswith("file:"):
            private_file(Path(database))  # the team's leads and password hashes: ours only
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            poolclass=StaticPool if in_memory else None,
            **_JSON,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            # 32 MiB of pages per connection, taken only as used (SQLite's default is 2 MiB):
            # with 100,000 leads the indexes an import adds to no longer fit in 2 MiB
            cursor.execute("PRAGMA cache_size=-32768")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            if conn.get_execution_options().get(READ_ONLY):
                # a reader (a pull): WAL gives it a snapshot at once, the writer or not
                conn.exec_driver_sql("BEGIN")
            else:
                # Writers take the lock up front: SQLite cannot upgrade a read lock safely.
                conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True, **_JSON)


def alembic_config(connection: Connection | None = None) -> Config:
    """The Alembic configuration of the server schema."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` and make sure the database has a server ID."""
    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), revision)
        connection.commit()
    with engine.begin() as connection:
        if connection.scalar(select(MetaRow.value).where(MetaRow.key == "server_id")) is None:
            connection.execute(
                insert(MetaRow), {"key": "server_id", "value": uuid.uuid4().hex[:12]}
            )


def upsert(
    connection: Connection,
    table: Any,
    rows: list[dict[str, Any]],
    keys: tuple[str, ...],
    update: tuple[str, ...],
) -> None:
    """INSERT … ON CONFLICT (keys) DO UPDATE SET update-columns, on either dialect."""
    if rows:
        connection.execute(_upsert_statement(connection.dialect.name, table, keys, update), rows)


@functools.cache
def _upsert_statement(
    dialect: str, table: Any, keys: tuple[str, ...], update: tuple[str, ...]
) -> Insert:
    # Built once per shape: building ``excluded`` costs ~0.3 ms, as much as the statement's run.
    dialect_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement: Insert = dialect_insert(table)
    return statement.on_conflict_do_update(  # type: ignore[attr-defined,no-any-return]
        index_elements=list(keys),
        set_={c: statement.excluded[c] for c in update},  # type: ignore[attr-defined]
    )


def bulk_insert(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows with the driver's own executemany: each value goes through its
    column type's bind processing, once, and SQLAlchemy's per-row statement handling is
    skipped (an import's 20,000 leads: about a second less). Every row has the same keys;
    columns not given take their server defaults only, so give every column that has a
    Python-side default (else it falls back to SQLAlchemy's insert, which fills them)."""
    if not rows:
        return
    names = list(rows[0])
    columns = table.__table__.c if hasattr(table, "__table__") else table.c
    if any(c.default is not None and c.name not in rows[0] for c in columns):
        connection.execute(insert(table), rows)
        return
    dialect = connection.dialect
    processors = [columns[name].type._cached_bind_processor(dialect) for name in names]
    marks = ", ".join("?" if dialect.paramstyle == "qmark" else "%s" for _ in names)
    quote = dialect.identifier_preparer.quote
    listed = ", ".join(quote(name) for name in names)
    sql = f"INSERT INTO {quote(columns[names[0]].table.name)} ({listed}) VALUES ({marks})"
    pairs = list(zip(names, processors, strict=True))
    values = [tuple(p(row[n]) if p else row[n] for n, p in pairs) for row in rows]
    connection.exec_driver_sql(sql, values)


def refresh_statistics(connection: Connection) -> None:
    """Update the planner's statistics after a bulk load (PostgreSQL's ANALYZE).

    Right after tens of thousands of leads arrive, autovacuum has not yet noticed, and the
    planner, believing the tables empty, picks nested scans that make a pull page take
    seconds instead of milliseconds (measured: 6.2 s → 29 ms for 1,000 of 10,000 leads).
    """
    if connection.dialect.name == "postgresql":
        for table in ("leads", "lead_contacts", "change_log", "assignment_history"):
            connection.exec_driver_sql(f"ANALYZE {table}")
