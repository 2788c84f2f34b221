# SPDX-License-Identifier: MIT
"""The import wizard over the real server (SQLite and PostgreSQL), as an admin: a Windows-1251
semicolon file is read as such and shown so, a column's field is changed (importing waits
for a new preview), the dry run writes nothing, the import gives the leads to a manager
whose workstation gets them, and undo removes the untouched ones and keeps the one she
called; a team lead has no import tab."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.services.account import connect, login
from desktop.services.local_store import open_profile_store
from desktop.services.team import TeamService
from desktop.store.models import LeadRow as LocalLead
from desktop.sync.engine import SyncEngine
from desktop.views.team_view import TeamView
from server.models import AuditRow
from server.models import LeadRow as ServerLead
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.ui.test_team_view import team_of_anna
from tests.unit.server.conftest import PASSWORD

ROWS = (
    "Имя;Фамилия;Рабочий телефон;E-mail;Компания;Откуда узнали\r\n"
    "Пётр;Смирнов;+7 812 312-45-67;p.smirnov@severstroy.example;АО СеверСтрой;выставка\r\n"
    "Анна;Кузнецова;+7 343 222-33-44;a.k@uralmash.example;Уралмаш;сайт\r\n"
    "Олег;Иванов;;;Без контактов;звонок\r\n"
    "Мария;Орлова;+7 495 777-66-55;m.orlova@moskva.example;ООО Москва;реклама\r\n"
)


def _server_leads(world: SyncWorld) -> int:
    with world.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(ServerLead)) or 0)


def test_an_admin_imports_a_crm_export_and_undoes_it(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    world.add_user("root", "admin")
    export = tmp_path / "лиды.csv"
    export.write_bytes(ROWS.encode("cp1251"))
    store = open_profile_store(tmp_path / "root.sqlite3")
    login(store, world.server.url, "root", PASSWORD)
    SyncEngine(store, connect(store)).run()
    view = TeamView(TeamService(store, world.clock))
    qtbot.addWidget(view)
    view.show()
    view.open()
    assert view.tabs.isTabVisible(view.tabs.indexOf(view.imports))
    view.tabs.setCurrentWidget(view.imports)
    wizard = view.imports
    assert wizard.batches == [] and not wizard.import_button.isEnabled()
    wizard.assign.setCurrentIndex(wizard.assign.findData("anna"))
    before = _server_leads(world)
    wizard.choose(export)
    answer = wizard.answer
    assert answer is not None and wizard.previewed
    assert answer.detected["encoding"] == "cp1251" and answer.detected["delimiter"] == ";"
    assert "encoding cp1251 (detected)" in wizard.detected.text()
    assert [r.status for r in answer.rows] == ["created", "created", "refused", "created"]
    assert [r.line for r in answer.rows] == [2, 3, 4, 5]
    assert wizard.counts.text().startswith("4 rows: 3 new, 0 matching known leads")
    assert "Откуда узнали" in answer.unmapped
    assert _server_leads(world) == before  # the dry run wrote nothing
    # the admin maps the unknown column into the note: importing waits for a new preview
    row = [p["column"] for p in answer.columns].index("Откуда узнали")
    assert wizard.columns.item(row, 1).text() == "(left out)"  # type: ignore[union-attr]
    assert not wizard.field.isEnabled()
    wizard.columns.selectRow(row)
    assert wizard.field.isEnabled() and wizard.field.currentData() == ""
    wizard.field.setCurrentIndex(wizard.field.findData("note"))
    assert wizard.columns.item(row, 1).text() == "Kept in the need as “Column: value” (note)"  # type: ignore[union-attr]
    assert wizard.mapping == {"Откуда узнали": "note"} and not wizard.import_button.isEnabled()
    remapped = wizard.preview()
    assert remapped is not None and remapped.unmapped == [] and wizard.import_button.isEnabled()

    done = wizard.run(confirm=False)
    assert done is not None and done.batch_id and not done.dry_run
    assert _server_leads(world) == before + 3
    assert [b.id for b in wizard.batches] == [done.batch_id] and wizard.batches[0].leads == 3
    assert wizard.state.text().endswith("it can be undone below.")
    world.sync()  # anna's workstation gets her three new leads, the note with the column
    with world.store.read() as session:
        mine = session.scalars(select(LocalLead).where(LocalLead.company == "АО СеверСтрой"))
        [smirnov] = list(mine)
    assert "Откуда узнали: выставка" in smirnov.need
    record(world.store, smirnov.id)
    world.sync()
    wizard.batch_table.selectRow(0)
    assert wizard.undo_button.isEnabled()
    assert wizard.undo(confirm=False)
    assert wizard.state.text() == "2 leads removed; 1 kept (called or changed since)."
    assert _server_leads(world) == before + 1 and not wizard.undo_button.isEnabled()
    world.sync()
    with world.store.read() as session:
        companies = set(session.scalars(select(LocalLead.company)))
    assert "АО СеверСтрой" in companies and "Уралмаш" not in companies
    with world.engine.connect() as connection:
        actions = list(connection.scalars(select(AuditRow.action).order_by(AuditRow.id)))
    assert actions == ["leads.import", "leads.undo_import"]


def test_a_team_lead_has_no_import_tab(qtbot: QtBot, world: SyncWorld, tmp_path: Path) -> None:
    team_of_anna(world)
    store = open_profile_store(tmp_path / "nina.sqlite3")
    login(store, world.server.url, "nina", PASSWORD)
    view = TeamView(TeamService(store, world.clock))
    qtbot.addWidget(view)
    view.open()
    assert not view.tabs.isTabVisible(view.tabs.indexOf(view.imports))


def test_a_file_the_server_cannot_use_says_why_and_writes_nothing(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    team_of_anna(world)
    world.add_user("root", "admin")
    store = open_profile_store(tmp_path / "root.sqlite3")
    login(store, world.server.url, "root", PASSWORD)
    view = TeamView(TeamService(store, world.clock))
    qtbot.addWidget(view)
    view.open()
    wizard = view.imports
    before = _server_leads(world)
    no_contacts = tmp_path / "names.csv"
    no_contacts.write_text("Name,Company\r\nAnna,Acme\r\n", encoding="utf-8")
    wizard.choose(no_contacts)
    assert wizard.state.text().startswith("The server cannot read the file as chosen: ")
    assert "no phone or email column" in wizard.state.text()
    assert not wizard.previewed and not wizard.import_button.isEnabled()
    wizard.choose(tmp_path / "gone.csv")  # removed before the preview
    assert wizard.state.text().startswith("Cannot read the file: ")
    assert wizard.run(confirm=False) is None and _server_leads(world) == before
