# SPDX-License-Identifier: MIT
"""The workspace's review and assignment tabs over the real server (SQLite and PostgreSQL):
the team lead merges a possible duplicate field group by field group and the manager's
workstation drops the merged-away lead at its next sync, with its call moved to the kept
lead; a flagged call is accepted; the unassigned pool filters, goes to a manager and by the
rules, and the load table counts it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.account import connect, login
from desktop.services.local_store import open_profile_store
from desktop.services.team import TeamService
from desktop.store.models import LeadRow as LocalLead
from desktop.store.models import OutcomeRow as LocalOutcome
from desktop.sync.engine import SyncEngine
from desktop.views.team_view import TeamView
from salesdesk.domain.lead import LeadDraft, create_lead
from server.models import AuditRow
from server.models import LeadRow as ServerLead
from server.services.leads import assign_leads, insert_leads
from server.services.teams import move_user
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.ui.test_team_view import team_of_anna
from tests.unit.server.conftest import PASSWORD


def _lead(world: SyncWorld, assignee: str | None, review_of: str | None = None,
          **draft: object) -> str:  # fmt: skip
    lead = create_lead(LeadDraft(**draft), now=world.clock(), default_region="FR",  # type: ignore[arg-type]
                       assignee_id=world.users[assignee] if assignee else None)  # fmt: skip
    with world.engine.begin() as connection:
        insert_leads(connection, [lead], world.clock(), {lead.id: review_of} if review_of else {})
    return lead.id


def _ninas_view(qtbot: QtBot, world: SyncWorld, tmp_path: Path) -> TeamView:
    store = open_profile_store(tmp_path / "nina.sqlite3")
    login(store, world.server.url, "nina", PASSWORD)
    SyncEngine(store, connect(store)).run()
    view = TeamView(TeamService(store, world.clock))
    qtbot.addWidget(view)
    view.show()
    return view


def test_a_merge_from_the_review_tab_reaches_the_managers_workstation(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    original = _lead(world, "anna", first_name="Jacques", last_name="Dunagan",
                     company="Le Club SARL", phones=["+33 1 42 68 53 00"])  # fmt: skip
    duplicate = _lead(world, "anna", original, first_name="Jacques", last_name="Dunagan",
                      phones=["+33 1 42 68 53 00", "+33 6 12 34 56 78"], city="Lyon")  # fmt: skip
    world.sync()
    call = record(world.store, duplicate)
    world.sync()
    view = _ninas_view(qtbot, world, tmp_path)
    view.tabs.setCurrentWidget(view.review)  # loads the queue
    review = view.review
    assert [(i.kind, i.lead.id if i.lead else "") for i in review.items] == [
        ("duplicate", duplicate)
    ]
    assert review.state.text().startswith("1 item waits for a decision")
    assert review.compare.isHidden()
    review.table.selectRow(0)
    assert not review.compare.isHidden() and review.merge_button.isEnabled()
    assert not review.accept_button.isEnabled()
    rows = {review.compare.item(r, 0).text(): r for r in range(review.compare.rowCount())}  # type: ignore[union-attr]
    place = review.compare.item(rows["City, time zone"], 2)
    assert place is not None and "Lyon" in place.text()
    name = review.compare.item(rows["Name"], 2)
    assert name is not None and not name.flags() & Qt.ItemFlag.ItemIsUserCheckable  # the same
    assert place.flags() & Qt.ItemFlag.ItemIsUserCheckable
    place.setCheckState(Qt.CheckState.Checked)
    assert review.taken() == ["place"]
    assert review.merge()
    assert review.items == [] and review.state.text().startswith("0 items wait")
    # anna's workstation: the duplicate gone, her call on the kept lead, the city taken
    world.sync()
    with world.store.read() as session:
        assert session.get(LocalLead, duplicate) is None
        kept = session.get(LocalLead, original)
        assert kept is not None and kept.city == "Lyon"
        moved = session.scalar(select(LocalOutcome.lead_id).where(LocalOutcome.id == call))
    assert moved == original
    with world.engine.connect() as connection:
        actions = list(connection.scalars(select(AuditRow.action)))
    assert actions == ["lead.merge"]


def test_flagged_calls_are_accepted_and_the_pool_is_assigned(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    world.add_user("bob")
    with world.engine.begin() as connection:
        move_user(connection, "bob", "North")
    [taken] = world.add_leads(1, "anna")
    world.sync()
    with world.engine.begin() as connection:  # reassigned before anna's offline call arrives
        assign_leads(connection, [taken], world.users["bob"], world.clock())
    record(world.store, taken)
    world.sync()
    pool = [_lead(world, None, first_name=f"Pool{i}", emails=[f"p{i}@ex.io"]) for i in range(3)]
    view = _ninas_view(qtbot, world, tmp_path)
    view.tabs.setCurrentWidget(view.review)
    review = view.review
    assert [(i.kind, i.reason, i.manager) for i in review.items] == [
        ("flagged_call", "reassigned", "anna")
    ]
    assert review.table.item(0, 1).text() == "Called after the lead was reassigned"  # type: ignore[union-attr]
    review.table.selectRow(0)
    assert review.accept_button.isEnabled() and not review.merge_button.isEnabled()
    assert review.decide("accept") and review.items == []

    view.tabs.setCurrentWidget(view.assignment)
    assign = view.assignment
    assert assign.total == 4  # anna's lead now bob's, and the pool
    assign.manager.setCurrentIndex(1)  # the unassigned pool
    assert assign.total == 3 and assign.state.text().startswith("3 leads fit.")
    assert sorted(r[0] for r in _rows(assign)) == ["Pool0", "Pool1", "Pool2"]
    assert [load.username for load in assign.loads] == ["anna", "bob"]
    assign.target.setCurrentIndex(assign.target.findData("anna"))
    assert assign.target.currentText().startswith("anna — 0 open")
    # (selectRow follows the keyboard's modifiers in an extended selection: a key an earlier
    # test left held would toggle the row instead)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    assign.table.selectionModel().select(assign.model.index(0, 0), flags)
    by_hand = assign.selected_ids()
    assert len(by_hand) == 1
    assert assign.assign(by_rules=False) == {"anna": 1}, assign.state.text()
    assert assign.total == 2
    assign.table.selectAll()
    given = assign.assign(by_rules=True)
    assert given is not None and sum(given.values()) == 2 and set(given) <= {"anna", "bob"}
    assert assign.total == 0 and assign.state.text().startswith("2 leads assigned")
    opened = {load.username: load.open for load in assign.loads}
    assert opened["anna"] + opened["bob"] == 4
    with world.engine.connect() as connection:
        owners = set(
            connection.scalars(select(ServerLead.assignee_id).where(ServerLead.id.in_(pool)))
        )
    assert None not in owners
    world.sync()  # anna's workstation gets hers
    with world.store.read() as session:
        annas = {r for r in pool if session.get(LocalLead, r) is not None}
    assert len(annas) == opened["anna"] and by_hand[0] in annas  # hers: the pool leads she got


def _rows(assign: object) -> list[list[str]]:
    model = assign.model  # type: ignore[attr-defined]
    return [
        [str(model.data(model.index(r, c), 0)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
