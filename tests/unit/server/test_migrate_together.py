# SPDX-License-Identifier: MIT
"""Server processes started together on a new PostgreSQL database (two workers behind a
balancer) migrate and seed it one at a time: found by the speed-to-lead benchmark, where
the second process died on the first one's alembic_version table and catalog rows."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import func, select

from server.db import create_server_engine
from server.models import LossReasonRow
from tests.pg import scratch_database, unreachable_reason


@pytest.mark.postgres
def test_three_migrations_at_once_all_succeed() -> None:
    reason = unreachable_reason()
    if reason:
        pytest.skip(reason)
    with scratch_database() as url:
        command = [sys.executable, "-m", "server.cli", "--database", url, "migrate"]
        processes = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                      text=True) for _ in range(3)]  # fmt: skip
        results = [p.communicate(timeout=120) for p in processes]
        assert [p.returncode for p in processes] == [0, 0, 0], results
        assert sum("loaded catalogs" in out for out, _err in results) == 1
        engine = create_server_engine(url)
        with engine.connect() as connection:
            reasons = connection.scalar(select(func.count()).select_from(LossReasonRow))
        engine.dispose()
        assert reasons == 12
