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
        # the chart draws the share: one bar, 1 of 3 converted
        assert not view.chart.isHidden()
        assert [(n, round(v, 1)) for n, v in view.chart.bars] == [("Website form", 33.3)]
        view.period_combo.setCurrentIndex(view.period_combo.findData(1))  # today: 2 of them
        assert [(r[1], r[2], r[6]) for r in rows_of(view)] == [("2", "1", "1")]
        assert [(n, round(v, 1)) for n, v in view.chart.bars] == [("Website form", 50.0)]
        # the filters: her team's managers only; another source has none of these leads
        managers = [view.manager_combo.itemData(i) for i in range(view.manager_combo.count())]
        assert managers == ["", "anna"]
        view.manager_combo.setCurrentIndex(1)
        assert [(r[1], r[2], r[6]) for r in rows_of(view)] == [("2", "1", "1")]
        view.source_combo.setCurrentIndex(view.source_combo.findData("exhibition"))
        assert rows_of(view) == [] and view.chart.isHidden()
        view.source_combo.setCurrentIndex(0)
        view.manager_combo.setCurrentIndex(0)
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
        assert window.pages.currentWidget() is window.team_page
        window.team_view.tabs.setCurrentWidget(window.team_view.audit_page)
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


def test_an_admin_adds_a_person_and_wipes_a_device_from_the_workspace(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    world.sync()  # anna's workstation: a device with a last contact
    world.add_user("root", "admin")
    admin_store = open_profile_store(tmp_path / "root.sqlite3")
    try:
        login(admin_store, world.server.url, "root", PASSWORD)
        view = TeamView(TeamService(admin_store, world.clock))
        qtbot.addWidget(view)
        view.retranslate()
        view.tabs.setCurrentWidget(view.people)
        people = view.people
        assert not people.add_button.isHidden()
        assert "anna" in [p["username"] for p in people.people]
        people.username.setText("dana")
        people.full_name.setText("Dana Field")
        people.role.setCurrentIndex(people.role.findData("manager"))
        people.zone.setCurrentText("Europe/Berlin")
        people.team_name.setCurrentText("North")
        people.add_person()
        assert people.state.text() == "dana added."
        secret = people.secret.text()
        assert secret.startswith("One-time password for dana: ")
        password = secret.split(": ", 1)[1].split(" — ")[0]
        dana_store = open_profile_store(tmp_path / "dana.sqlite3")
        try:
            login(dana_store, world.server.url, "dana", password)  # the password works
        finally:
            dana_store.close()
        row = [p["username"] for p in people.people].index("dana")
        assert people.people_table.item(row, 3).text() == "North"  # type: ignore[union-attr]
        devices = [d["username"] for d in people.devices]
        assert "anna" in devices
        people.device_table.selectRow(devices.index("anna"))
        people.wipe(confirm=False)
        wiped = people.devices[[d["username"] for d in people.devices].index("anna")]
        assert wiped["wipe_requested_at"] is not None
        assert "to erase at its next contact" in [
            people.device_table.item(r, 3).text()  # type: ignore[union-attr]
            for r in range(people.device_table.rowCount())
        ]
    finally:
        admin_store.close()


def test_a_team_lead_sees_their_people_but_changes_nothing(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    lead_store = open_profile_store(tmp_path / "nina.sqlite3")
    try:
        login(lead_store, world.server.url, "nina", PASSWORD)
        view = TeamView(TeamService(lead_store, world.clock))
        qtbot.addWidget(view)
        view.tabs.setCurrentWidget(view.people)
        people = view.people
        assert sorted(p["username"] for p in people.people) == ["anna", "nina"]
        assert people.add_button.isHidden() and people.wipe_button.isHidden()
        assert people.state.text() == "Changes here are an admin's."
    finally:
        lead_store.close()


def test_the_chart_shows_the_share_else_the_first_count_else_nothing() -> None:
    from desktop.views.report_chart import chart_column

    rows = [["website_form", 3, 1, 33.3], ["exhibition", 2, 0, 0.0]]
    assert chart_column(["source", "leads", "converted", "conversion %"], rows) == 3
    assert chart_column(["manager", "calls", "note"], [["anna", 4, "x"]]) == 1
    assert chart_column(["lead", "company", "note"], [["a", "b", "c"]]) is None
    assert chart_column(["lead", "answered"], [["a", True]]) is None  # a flag is no figure
