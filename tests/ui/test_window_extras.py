# SPDX-License-Identifier: MIT
"""Logging out (with the unsynced-work warning), light/dark, and the shortcut sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.account import current_account
from desktop.store.models import DeadLetterRow
from desktop.sync import credentials
from desktop.views import geometry
from desktop.views.app import application
from desktop.views.dashboard import DashboardDialog
from desktop.views.main_window import MainWindow
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.shortcuts_dialog import ShortcutsDialog
from desktop.views.single_instance import SingleInstance, ask_running_to_show, instance_name
from desktop.views.theme import apply_theme
from desktop.views.workspace import Workspace
from tests.conftest import NOW
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record


def test_logout_warns_about_unsynced_work_then_revokes(
    qtbot: QtBot, world: SyncWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(Workspace.open(world.store, lambda: NOW, "Anna"))
    qtbot.addWidget(window)
    lead_id = world.add_leads(1, "anna")[0]
    world.sync()
    record(world.store, lead_id)  # one outcome waits in the outbox
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Any:
        def warning(parent: object, title: str, text: str, *args: object) -> Any:
            asked.append(text)
            return button

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
    assert window.log_out() is False
    assert "1 change made here has not reached" in asked[0]
    assert credentials.load_token(world.url, "anna")
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
    assert window.log_out() is True
    qtbot.waitUntil(lambda: window.commands.log_out.isEnabled(), timeout=15000)
    assert credentials.load_token(world.url, "anna") is None
    assert window.statusBar().currentMessage() == (
        "Logged out anna. 1 lead stays on this computer. "
        "1 unsynced change waits for the next login."
    )
    assert current_account(world.store) is not None  # who it was stays: data is kept
    assert window.windowTitle() == "Salesdesk"


def test_the_dark_scheme_gives_a_dark_palette_and_light_comes_back(qtbot: QtBot) -> None:
    """Found in the screenshots: a bold title (a widget with a style sheet) kept the light
    grey text of the dark scheme after the system went back to light."""
    from PySide6.QtWidgets import QLabel

    app = application()
    title = QLabel("Kevin Thompson")
    title.setStyleSheet("font-weight: 600;")
    qtbot.addWidget(title)
    title.show()

    def text_lightness() -> int:
        return title.palette().color(QPalette.ColorRole.WindowText).lightness()

    try:
        apply_theme(app, Qt.ColorScheme.Dark)
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
        assert QApplication.palette().color(QPalette.ColorRole.Text).lightness() > 180
        assert text_lightness() > 180
    finally:
        apply_theme(app, Qt.ColorScheme.Light)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert text_lightness() < 60


def test_the_shortcut_sheet_lists_every_key_of_the_window(qtbot: QtBot, window: MainWindow) -> None:
    """Every shortcut the window answers to is on the F1 sheet (numbered runs as one row)."""
    from PySide6.QtGui import QKeySequence

    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    text = sheet.findChild(QLabel).text()  # type: ignore[union-attr]
    keys = {
        a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for a in window.actions()
        if not a.shortcut().isEmpty()
    }
    assert {"F5", "F6", "F7", "F9", "Ctrl+D", "Ctrl+Shift+C", "Ctrl+Shift+L"} <= keys
    for key in keys:
        listed = key.rstrip("0123456789") + "1" if key[-1:].isdigit() else key
        assert f"<b>{listed}" in text, key
    for key in ("Ctrl+Enter", "1 … 7", "Alt+H, Alt+G, Alt+X"):  # the outcome form's
        assert f"<b>{key}" in text, key


def test_the_window_fits_a_1366_by_768_screen_and_remembers_its_layout(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a new user: the window opened at 1440×860 on a 1366×768 screen."""
    laptop = QRect(0, 0, 1366, 738)  # 1366×768 less a 30-pixel panel
    monkeypatch.setattr(geometry, "available_geometry", lambda: laptop)
    assert geometry.first_placement(laptop) is None  # smaller than comfortable: maximised
    big = QRect(0, 0, 1920, 1050)
    assert geometry.first_placement(big) == QRect(240, 95, 1440, 860)
    application()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.layout_memory.available = lambda: laptop
    window.layout_memory.restore()
    assert window.isMaximized()
    # The offscreen screen is 800×600; a smaller area stands for the screen in what follows.
    small = QRect(0, 0, 780, 580)
    window.layout_memory.available = lambda: small
    window.showNormal()
    window.setGeometry(QRect(5, 5, 790, 590))  # fitted the screen it was saved on
    window.layout_memory.save()
    window.layout_memory.restore()
    assert window.isMaximized()  # it does not fit this one: not restored as it was
    # a layout that fits comes back, splitters included
    window.showNormal()
    window.setGeometry(QRect(10, 20, 720, 530))
    window.splitter.setSizes([250, 200, 150])
    sizes = window.splitter.sizes()
    window.layout_memory.save()
    window.setGeometry(QRect(0, 0, 760, 560))
    window.splitter.setSizes([100, 100, 100])
    window.layout_memory.restore()
    assert window.geometry().size() == QSize(720, 530)
    assert window.splitter.sizes() == sizes


def test_every_dialog_fits_1366_by_768(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = QRect(0, 0, 1366, 738)
    monkeypatch.setattr(geometry, "available_geometry", lambda: laptop)
    dashboard = DashboardDialog(window.ws.analytics, lambda: "UTC", window)
    qtbot.addWidget(dashboard)
    assert dashboard.height() <= 738 - 40 and dashboard.width() <= 1366
    settings = SettingsDialog(window.ws.preferences, window)
    qtbot.addWidget(settings)
    assert settings.sizeHint().height() <= 738 and settings.height() <= 738


def test_a_second_start_on_the_profile_brings_the_first_window_forward(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    name = instance_name(tmp_path / "profile.sqlite3")
    assert not ask_running_to_show(name)  # nobody runs yet
    first = SingleInstance(name, window)
    assert first.listening
    first.show_requested.connect(window.bring_forward)
    window.showMinimized()
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        assert ask_running_to_show(name)
    assert not window.isMinimized()
    # a socket file left behind by a killed run does not block the next one
    again = SingleInstance(name)
    assert again.listening


def test_the_conflicts_action_is_disabled_and_says_why_when_nothing_waits(
    window: MainWindow,
) -> None:
    """Found by a new user: the Conflicts button showed with zero conflicts."""
    action = window.commands.problems
    assert not action.isEnabled()
    assert action.toolTip() == "Nothing to resolve: no conflicts or rejected changes."
    with window.ws.store.write() as session:
        session.add(
            DeadLetterRow(
                mutation_id="8f0c5a2e-1d1b-4a53-9a55-7d0f0b1c2d3e",
                client_seq=1,
                type="lead.update",
                entity_id="lead-hot",
                payload={"company": "X"},
                reason="refused",
                created_at=NOW,
            )
        )
    window.status.refresh()
    assert action.isEnabled() and action.toolTip() == "Conflicts (Ctrl+Shift+C)"


def test_an_unchecked_box_shows_on_the_dark_scheme(qtbot: QtBot) -> None:
    """Found in the screenshots: the outcome form's objection boxes vanished in dark mode."""
    from PySide6.QtWidgets import QListWidget, QListWidgetItem

    app = application()
    apply_theme(app, Qt.ColorScheme.Dark)
    try:
        listing = QListWidget()
        qtbot.addWidget(listing)
        QListWidgetItem("It's too expensive", listing).setCheckState(Qt.CheckState.Unchecked)
        listing.resize(240, 80)
        listing.show()
        image = listing.grab().toImage()
        rect = listing.visualItemRect(listing.item(0))
        base = listing.palette().color(QPalette.ColorRole.Base).lightness()
        brightest = max(
            image.pixelColor(x, y).lightness()
            for x in range(rect.left(), rect.left() + 24)
            for y in range(rect.top(), rect.bottom())
        )
        assert brightest - base > 60  # the box's frame stands out from the list
    finally:
        apply_theme(app, Qt.ColorScheme.Light)
