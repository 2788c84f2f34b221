# SPDX-License-Identifier: MIT
"""Opening the local database: file permissions, pragmas, integrity check, migrations.

SQLite runs in WAL mode with ``synchronous=FULL`` so that a committed call outcome survives
the process being killed and the machine losing power. Every transaction starts with an
explicit ``BEGIN`` (``BEGIN IMMEDIATE`` for writes) instead of pysqlite's implicit one, so
SQLAlchemy's transaction boundaries are SQLite's and a writer never fails half-way on a
lock upgrade.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.store import cipher
from salesdesk.private_files import private_file

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest migration. A store already there opens without loading Alembic (a third of a
# second at every start); a test checks this against the migrations directory.
HEAD_REVISION = "0014"
BUSY_TIMEOUT_MS = 10_000


class StoreError(RuntimeError):
    """The local database cannot be used (corrupt, unreadable, disk full)."""


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic filter: the search index tables are made by raw SQL and are not models."""
    return not (
        type_ == "table"
        and (name or "").startswith(("leads_fts", "leads_prefix", "search_control"))
    )


def alembic_config(connection: Any | None = None) -> Config:
    """An Alembic configuration for the local store, bound to ``connection`` if given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def create_store_engine(path: Path | str, key: bytes | None = None) -> Engine:
    """An engine on the SQLite file at ``path`` with the store's pragmas on every connection;
    with ``key``, a SQLCipher file opened with it (the key is the first statement)."""
    path = Path(path)
    if not path.exists():
        private_file(path)
    options: dict[str, Any] = {}
    if key is not None:
        dbapi = cipher.binding()
        if dbapi is None:
            raise StoreError(f"the local database is encrypted and {cipher.MISSING}")
        options["module"] = dbapi
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **options
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        if key is not None:
            cursor.execute(cipher.key_pragma(key))
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Store:
    """The opened local database: an engine and two ways into it.

    ``write()`` gives a Session in a ``BEGIN IMMEDIATE`` transaction committed on exit (one
    manager action = one such block); ``read()`` a Session for queries, rolled back on exit.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(
            bind=engine.execution_options(immediate=True), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed (durably) when the block ends without error."""
        with self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only view of the database (objects stay readable after the block)."""
        with self._reader() as session:
            yield session

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (an old database is upgraded, never dropped)."""
    from alembic import command

    with engine.connect() as connection:
        command.upgrade(alembic_config(connection), revision)
        connection.commit()


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at, or None for an empty one."""
    with engine.connect() as connection:
        exists = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not exists:
            return None
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def quick_check(engine: Engine) -> None:
    """Run SQLite's quick integrity check; raise StoreError when the file is damaged."""
    try:
        with engine.connect() as connection:
            rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA quick_check")]
    except Exception as exc:  # a file that is not a database at all
        raise StoreError(f"the local database cannot be read: {exc}") from exc
    if rows != ["ok"]:
        raise StoreError("the local database is damaged: " + "; ".join(rows[:5]))


def open_store(path: Path | str, key: bytes | None = None) -> Store:
    """Open (creating if needed), check and migrate the local database at ``path``.

    With ``key`` the database is encrypted (a plain one is encrypted in place first, see
    ``cipher``); without, an encrypted file is a StoreError that says so.
    """
    path = Path(path)
    cipher.remove_stale_copy(path)  # a copy an encryption killed half-way left
    if key is not None:
        if cipher.is_plain(path):
            try:
                cipher.encrypt_in_place(path, key)
            except cipher.CipherError as exc:
                raise StoreError(f"the local database could not be encrypted: {exc}") from exc
    elif path.exists() and path.stat().st_size > 0 and not cipher.is_plain(path):
        raise StoreError(
            "the local database cannot be read: it is not a plain SQLite file (encrypted, "
            "and no key was given, or damaged)"
        )
    engine = create_store_engine(path, key)
    quick_check(engine)
    if current_revision(engine) != HEAD_REVISION:
        migrate(engine)
    return Store(engine)
