# SPDX-License-Identifier: MIT
"""Finding a PostgreSQL server for the tests, and making throwaway databases on it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg

DEFAULT_URL = "postgresql://127.0.0.1:5432/test"


def admin_url() -> str:
    """``TEST_DATABASE_URL``, else the local server's ``test`` database."""
    return os.environ.get("TEST_DATABASE_URL", DEFAULT_URL)


def unreachable_reason() -> str | None:
    """None when PostgreSQL answers; else why the PostgreSQL tests are skipped."""
    try:
        with psycopg.connect(admin_url(), connect_timeout=3) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"PostgreSQL at {admin_url()} is not reachable: {exc}".strip()
    return None


@contextmanager
def scratch_database() -> Iterator[str]:
    """A new, empty database for one test session; dropped afterwards. Yields its URL."""
    name = f"salesdesk_test_{uuid.uuid4().hex[:10]}"
    base = admin_url()
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    prefix = base.rsplit("/", 1)[0]
    try:
        yield f"{prefix}/{name}"
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
