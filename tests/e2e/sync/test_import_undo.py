# SPDX-License-Identifier: MIT
"""An import reaches the manager's workstation, and its undo takes the leads away again —
except the one the manager has already called (real server, real local store)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from desktop.services.calls import CallService
from desktop.store.models import LeadRow as LocalLead
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.vocabulary import Disposition, Result
from server.imports.engine import run_import, undo_batch
from server.imports.reading import read_table
from tests.e2e.sync.conftest import SyncWorld

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


def local_names(world: SyncWorld) -> set[str]:
    with world.store.read() as session:
        return {f"{r.first_name} {r.last_name}" for r in session.scalars(select(LocalLead))}


def test_an_undone_import_leaves_the_workstation_but_a_called_lead_stays(
    world: SyncWorld,
) -> None:
    table = read_table(DATA / "hubspot_contacts.csv")
    result = run_import(world.engine, table, "hubspot_contacts.csv", now=world.clock(),
                        default_region="US", assignees=[world.users["anna"]])  # fmt: skip
    assert result.batch_id is not None
    world.sync()
    assert local_names(world) == {"Emma Clarke", "Liam Brown"}
    with world.store.read() as session:
        emma = session.scalars(select(LocalLead.id).where(LocalLead.first_name == "Emma")).one()
    calls = CallService(world.store, clock=world.clock)
    calls.record(OutcomeDraft(lead_id=emma, started_at=world.clock() - timedelta(minutes=2),
                              duration_s=60, disposition=Disposition.NO_ANSWER,
                              result=Result.NONE))  # fmt: skip
    world.sync()  # the call reaches the server before the admin undoes the import
    undone = undo_batch(world.engine, result.batch_id, world.clock())
    assert list(undone.kept) == [emma] and len(undone.removed) == 1
    world.sync()
    assert local_names(world) == {"Emma Clarke"}
