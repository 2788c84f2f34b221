# SPDX-License-Identifier: MIT
"""The team workspace over the real server: a team lead sees their team's figures (numbers
computed by hand here), filters change them, a report exports as CSV, offline the last copy
shows marked as such, the audit log lists an assignment; a manager has no workspace."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.services.account import connect, login
from desktop.services.local_store import open_profile_store
from desktop.services.team import TeamService
from desktop.sync.engine import SyncEngine
from desktop.views.main_window import MainWindow
from desktop.views.team_view import TeamView
from desktop.views.workspace import Workspace
from salesdesk.domain.vocabulary import Result
from server.services.teams import add_team, move_user
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.unit.server.conftest import PASSWORD


def team_of_anna(world: SyncWorld) -> None:
    """North: lead nina, manager anna (the workstation's). South: lead sven, manager carl."""
    for name, role in (("nina", "team_lead"), ("sven", "team_lead"), ("carl", "manager")):
        world.add_user(name, role)
    with world.engine.begin() as connection:
        add_team(connection, "North", "nina", world.clock())
        add_team(connection, "South", "sven", world.clock())
        move_user(connection, "anna", "North")
        move_user(connection, "carl", "South")


def rows_of(view: TeamView) -> list[list[str]]:
    table = view.table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def test_a_team_lead_sees_their_teams_figures_offline_too(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    today = world.clock.now
    world.clock.now = today - timedelta(days=10)
    world.add_leads(1, "anna")  # arrived ten days ago
    world.clock.now = today
    annas = world.add_leads(2, "anna")
    world.add_leads(3, "carl")
    world.sync()
    record(world.store, annas[0], Result.QUALIFIED)
    world.sync()
    lead_store = open_profile_store(tmp_path / "nina.sqlite3")
    try:
        login(lead_store, world.server.url, "nina", PASSWORD)
        SyncEngine(lead_store, connect(lead_store)).run()
        team = TeamService(lead_store, world.clock)
        assert team.allowed()
        view = TeamView(team)
        qtbot.addWidget(view)
        view.show()
        view.open()  # conversion by source over the last 30 days
        assert view.state.text().startswith("As of ")
        # anna's 3 leads (1 converted, 2 open); carl's 3 are another team's
        assert [(r[1], r[2], r[6]) for r in rows_of(view)] == [("3", "1", "2")]
        view.period_combo.setCurrentIndex(view.period_combo.findData(1))  # today: 2 of them
        assert [(r[1], r[2], r[6]) for r in rows_of(view)] == [("2", "1", "1")]
        view.report_combo.setCurrentIndex(view.report_combo.findData("objections"))
        view.by_combo.setCurrentIndex(view.by_combo.findData("manager"))
        assert view.table.horizontalHeaderItem(0).text() == "Manager"  # type: ignore[union-attr]
        view.report_combo.setCurrentIndex(view.report_combo.findData("conversion"))
        exported = view.export(tmp_path / "conversion.csv")
        assert exported is not None
        assert exported.read_text(encoding="utf-8").splitlines()[0].startswith("source,leads")
        # the server goes away: the last copy, marked
        world.server.stop()
        view.load()
        assert view.state.text().startswith("Offline: the copy from ")
        assert [(r[1], r[2]) for r in rows_of(view)] == [("2", "1")]  # today's, as kept
    finally:
        lead_store.close()


def test_the_audit_log_and_who_gets_the_workspace(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    [lead] = world.add_leads(1, "anna")
    world.add_user("bob")
    with world.engine.begin() as connection:
        move_user(connection, "bob", "North")
    lead_store = open_profile_store(tmp_path / "nina.sqlite3")
    try:
        login(lead_store, world.server.url, "nina", PASSWORD)
        client = connect(lead_store)
        response = client._request(
            "POST", f"/admin/leads/{lead}/assign", json_body={"username": "bob"}
        )
        assert response.status_code == 200
        workspace = Workspace.open(lead_store, world.clock, "Nina")
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        assert window.commands.team.isVisible()
        window.toggle_team()
        assert window.pages.currentWidget() is window.team_view
        window.team_view.tabs.setCurrentIndex(1)
        audit = window.team_view.audit_table
        assert audit.rowCount() == 1
        shown = [audit.item(0, c).text() for c in range(1, 4)]  # type: ignore[union-attr]
        assert shown == ["nina", "lead.assign", lead]
        window.toggle_team()
        assert window.pages.currentWidget() is window.splitter
    finally:
        lead_store.close()
    manager = MainWindow(Workspace.open(world.store, world.clock, "Anna"))
    qtbot.addWidget(manager)
    assert not manager.commands.team.isVisible()
    manager.toggle_team()
    assert manager.pages.currentWidget() is manager.splitter
