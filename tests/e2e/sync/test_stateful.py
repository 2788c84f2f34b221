# SPDX-License-Identifier: MIT
"""A Hypothesis state machine: manager actions, server-side changes and injected faults in
any order; after each settle the invariants of DESIGN §4 hold."""

from __future__ import annotations

import contextlib
import itertools
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from desktop.services.account import login
from desktop.services.local_store import open_profile_store
from desktop.store.models import DeadLetterRow, LeadRow, OutboxRow
from desktop.sync.errors import SyncError
from salesdesk.domain.vocabulary import Result
from server.config import ServerSettings
from server.db import create_server_engine
from server.http.app import create_app
from server.services.leads import assign_leads, lock_lead, write_changes
from tests.e2e.sync.conftest import (
    FaultyAdapter,
    SyncWorld,
    ThreadServer,
    canned,
    drop_before,
    drop_reply,
)
from tests.e2e.sync.helpers import capture, edit, local_leads, now, record
from tests.unit.server.conftest import PASSWORD, START, Clock

TEMPLATE: list[Path] = []
FAULTS = {
    "dropped": drop_before,
    "reply lost": drop_reply,
    "500": canned(500, b"oops", "text/plain"),
    "html": canned(200, b"<html>captive portal</html>", "text/html"),
}
_emails = itertools.count()


class SyncMachine(RuleBasedStateMachine):
    """One manager's profile against a live server, with a colleague the server moves leads to."""

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="salesdesk-stateful-"))
        shutil.copy(TEMPLATE[0], self.tmp / "server.sqlite3")
        engine = create_server_engine(f"sqlite:///{self.tmp / 'server.sqlite3'}")
        clock = Clock(now=START)
        server = ThreadServer(
            create_app(
                ServerSettings(database_url="-", stats_interval=timedelta(0)), engine, clock=clock
            )
        )
        server.start()
        store = open_profile_store(self.tmp / "profile.sqlite3")
        self.world = SyncWorld(engine, clock, server, store)
        self.world.add_user("anna")
        self.world.add_user("bob")
        self.world.add_leads(4, "anna")
        login(store, server.url, "anna", PASSWORD)
        self.world.sync()
        self.saved: set[str] = set()

    def teardown(self) -> None:
        self.world.store.close()
        self.world.server.stop()
        self.world.engine.dispose()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def open_leads(self) -> list[str]:
        with self.world.store.read() as session:
            return sorted(
                session.scalars(
                    select(LeadRow.id).where(
                        ~LeadRow.reassigned, LeadRow.stage.in_(("new", "qualifying"))
                    )
                )
            )

    @precondition(lambda self: bool(self.open_leads()))
    @rule(data=st.data(), result=st.sampled_from([Result.NONE, Result.FOLLOW_UP, Result.LOST]))
    def record_outcome(self, data: Any, result: Result) -> None:
        lead = data.draw(st.sampled_from(self.open_leads()))
        extra: dict[str, Any] = {}
        if result is Result.FOLLOW_UP:
            extra["next_call_at"] = now() + timedelta(days=1)
        if result is Result.LOST:
            extra["loss_reason_id"] = "price_high"
        self.saved.add(record(self.world.store, lead, result, **extra))

    @rule()
    def capture_lead(self) -> None:
        capture(self.world.store, f"visitor{next(_emails)}@expo.io")

    @precondition(lambda self: bool(self.open_leads()))
    @rule(data=st.data(), value=st.sampled_from(["Acme", "Acme Ltd", "Globex"]))
    def edit_locally(self, data: Any, value: str) -> None:
        edit(self.world.store, data.draw(st.sampled_from(self.open_leads())), company=value)

    @rule(data=st.data(), value=st.sampled_from(["Acme Corp", "Initech"]))
    def edit_on_server(self, data: Any, value: str) -> None:
        leads = sorted(self.world.server_leads())
        if not leads:
            return
        with self.world.engine.begin() as connection:
            row = lock_lead(connection, data.draw(st.sampled_from(leads)))
            assert row is not None
            write_changes(connection, row, {"company": value}, self.world.clock())

    @rule(data=st.data(), to_bob=st.booleans())
    def reassign_on_server(self, data: Any, to_bob: bool) -> None:
        source, target = ("anna", "bob") if to_bob else ("bob", "anna")
        leads = sorted(self.world.server_leads(source))
        if not leads:
            return
        with self.world.engine.begin() as connection:
            assign_leads(
                connection,
                [data.draw(st.sampled_from(leads))],
                self.world.users[target],
                self.world.clock(),
            )

    @rule()
    def new_lead_on_server(self) -> None:
        self.world.add_leads(1, "anna")

    @rule(fault=st.sampled_from(sorted(FAULTS)), at=st.integers(0, 2))
    def sync_with_a_fault(self, fault: str, at: int) -> None:
        with contextlib.suppress(SyncError):
            self.world.sync(FaultyAdapter({at: FAULTS[fault]}), push_batch=2, page_size=3)

    @rule()
    def settle(self) -> None:
        self.world.sync(push_batch=2, page_size=3)
        with self.world.store.read() as session:
            assert session.scalar(select(func.count()).select_from(OutboxRow)) == 0
            dead = {d.entity_id for d in session.scalars(select(DeadLetterRow))}
        on_server = self.world.server_outcomes()
        assert set(on_server) == self.saved - dead
        assert local_leads(self.world.store) == self.world.server_leads()

    @invariant()
    def nothing_is_doubled(self) -> None:
        assert all(n == 1 for n in self.world.server_outcomes().values())
        assert set(self.world.server_outcomes()) <= self.saved


@pytest.mark.slow
def test_sync_state_machine(sqlite_template: Path) -> None:
    TEMPLATE[:] = [sqlite_template]
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=14,
            deadline=None,
            database=None,
            derandomize=True,
            suppress_health_check=list(HealthCheck),
        ),
    )
