# SPDX-License-Identifier: MIT
"""The script editor over the real server: an admin edits the default script, a broken edge
shows as a problem and blocks publishing, the fixed script is published as a new version
that a manager's workstation pulls and walks; a manager gets no editor and a 403."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from desktop.services.account import connect, current_account, login
from desktop.services.calls import CallService
from desktop.services.local_store import open_profile_store
from desktop.services.script_editing import ScriptEditing
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import RequestRejected
from desktop.views import geometry
from desktop.views.main_window import MainWindow
from desktop.views.script_editor import ScriptEditor
from desktop.views.workspace import Workspace
from salesdesk.domain.guided_call import GuidedCall
from salesdesk.domain.qualification import call_day
from tests.e2e.sync.conftest import SyncWorld
from tests.unit.server.conftest import PASSWORD


def test_an_admin_edits_checks_and_publishes_a_script_a_manager_then_walks(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    world.add_user("boss", role="admin")
    admin = open_profile_store(tmp_path / "admin.sqlite3")
    try:
        login(admin, world.server.url, "boss", PASSWORD)
        SyncEngine(admin, connect(admin)).run()
        editing = ScriptEditing(admin, world.clock)
        assert editing.allowed()
        editor = ScriptEditor(editing)
        qtbot.addWidget(editor)
        editor.show()
        editor.script_combo.setCurrentIndex(editor.script_combo.findData("b2b-discovery"))
        assert editor.problems == []
        assert editor.publish_button.isEnabled()
        assert len(editor.flowchart.scene().items()) > 60  # 30 boxes, their texts and edges
        row = next(i for i, n in enumerate(editor.nodes) if n["id"] == "q-team")
        editor.node_list.setCurrentRow(row)
        assert editor.fields["title"].text() == "Team size"
        qtbot.keyClicks(editor.fields["title"], " (seats)")
        editor.next_combo.setCurrentIndex(editor.next_combo.findData(""))  # leads nowhere now
        editor.refresh()
        assert "node 'q-team': it leads nowhere, and it is not an end" in editor.problems
        assert not editor.publish_button.isEnabled()
        editor.next_combo.setCurrentIndex(editor.next_combo.findData("q-budget"))
        editor.rules_edit.setPlainText(
            editor.rules_edit.toPlainText().replace("value: 5000", "value: 8000")
        )
        editor.refresh()
        assert editor.problems == []
        editor.publish()
        assert editor.status.text() == (
            "Published as version 2: workstations get it with their next sync."
        )
    finally:
        admin.close()
    world.sync()  # the manager's workstation
    script = CallService(world.store).script("en")
    assert script is not None and script.version == 2
    day = call_day(world.clock())
    walk = GuidedCall.begin(script).go_on(day).answer(True, day).go_on(day).answer(True, day)
    walk = walk.answer("first", day).answer("clear", day)
    assert (walk.node.id, walk.node.title) == ("q-team", "Team size (seats)")
    ready = next(r for r in script.readiness if r.verdict.value == "ready")
    assert [c.value for c in ready.when if c.question == "q-budget"] == [8000]


def test_a_manager_gets_no_editor_and_the_server_refuses_them(
    qtbot: QtBot, world: SyncWorld
) -> None:
    world.sync()
    account = current_account(world.store)
    assert account is not None and account.role == "manager"
    workspace = Workspace.open(world.store, world.clock, "Anna")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert not window.commands.script_editor.isVisible()
    assert window.open_script_editor() is None
    with pytest.raises(RequestRejected, match="403"):
        connect(world.store).check_script({"id": "b2b-discovery"})


def test_the_editor_checks_as_you_type_without_the_server(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    """The check runs on the workstation: a typo in a placeholder, a node no path reaches,
    a rules pane that is not YAML."""
    world.add_user("boss", role="admin")
    admin = open_profile_store(tmp_path / "admin.sqlite3")
    try:
        login(admin, world.server.url, "boss", PASSWORD)
        SyncEngine(admin, connect(admin)).run()
        editor = ScriptEditor(ScriptEditing(admin, world.clock))
        qtbot.addWidget(editor)
        editor.script_combo.setCurrentIndex(editor.script_combo.findData("b2b-discovery"))
        editor.node_list.setCurrentRow(0)
        editor.text_edit.setPlainText("Hello, {lead.frist_name}!")
        editor.add_kind.setCurrentIndex(editor.add_kind.findData("say"))
        editor.add_node()
        editor.rules_edit.setPlainText("readiness: [unclosed")
        editor.refresh()
        problems = "\n".join(editor.problems)
        assert "{lead.frist_name}" in problems
        assert "node 'say-1': no path from the start reaches it" in problems
        assert "node 'say-1': it leads nowhere, and it is not an end" in problems
        assert problems.startswith("The rules are not valid YAML:")
        assert not editor.publish_button.isEnabled()
        print(f"flowchart of the default script: {editor.render_ms:.1f} ms")
    finally:
        admin.close()


def test_the_editor_fits_a_laptop_screen(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found on a real 1366×768 X display: the editor opened 800 px tall, its Publish and
    Close buttons below the screen's edge."""
    monkeypatch.setattr(geometry, "available_geometry", lambda: QRect(0, 0, 1366, 738))
    editor = ScriptEditor(ScriptEditing(world.store, world.clock))
    qtbot.addWidget(editor)
    assert editor.height() <= 738 - 40 and editor.width() <= 1366
