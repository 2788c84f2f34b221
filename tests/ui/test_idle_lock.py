# SPDX-License-Identifier: MIT
"""The idle lock: a laptop left open at a stand hides its leads after a while without use,
and opens again only with the account's password (checked offline)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.services import screen_lock
from desktop.store.sync_state import StateKey, get_state
from desktop.views.main_window import MainWindow
from desktop.views.settings_dialog import SettingsDialog
from tests.e2e.sync.helpers import record

PASSWORD = "correct horse battery"


def arm(window: MainWindow, interval_ms: int = 150) -> None:
    screen_lock.remember_password(window.ws.store, PASSWORD)
    window.idle_lock.interval_ms = lambda: interval_ms  # type: ignore[method-assign]
    window.idle_lock.restart()


def test_an_idle_window_locks_and_opens_only_with_the_password(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    arm(window)
    lock = window.idle_lock
    central = window.centralWidget()
    assert central is not None and central.isVisible()
    other = QWidget()  # another window of the app, say the dashboard
    qtbot.addWidget(other)
    other.show()
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=3000)
    dialog = lock.dialog
    assert dialog is not None
    assert not central.isVisible()  # no lead is on the screen any more
    assert not other.isVisible()
    window.grab().save(str(tmp_path / "locked.png"))
    dialog.grab().save(str(tmp_path / "lock-dialog.png"))
    dialog.reject()  # Esc does not unlock
    assert lock.dialog is dialog and dialog.isVisible()
    dialog.password.setText("wrong guess here")
    assert not dialog.try_unlock()
    assert dialog.error.text() == "That is not the password."
    assert not dialog.unlock_button.isEnabled()  # a wrong password waits a moment
    qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=2000)
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert lock.dialog is None and central.isVisible() and other.isVisible()
    assert lock.timer.isActive()  # counting again


def test_input_keeps_it_open_and_a_call_is_never_locked(qtbot: QtBot, window: MainWindow) -> None:
    arm(window, interval_ms=400)
    lock = window.idle_lock
    for _ in range(6):  # 600 ms of someone working
        qtbot.wait(100)
        qtbot.mouseMove(window.queue_panel.table.viewport(), QPoint(10, 10 + _))
        qtbot.keyClick(window.queue_panel.search, Qt.Key.Key_Shift)
    assert lock.dialog is None
    window.call.lead_id = "on-a-call"  # talking for half an hour without typing
    qtbot.wait(900)
    assert lock.dialog is None
    window.call.lead_id = None
    qtbot.waitUntil(lambda: lock.dialog is not None, timeout=3000)


def test_no_lock_without_a_password_to_check_and_when_set_to_never(
    qtbot: QtBot, window: MainWindow
) -> None:
    lock = window.idle_lock
    window.idle_lock.interval_ms = lambda: 100  # type: ignore[method-assign]
    lock.restart()
    qtbot.wait(400)
    assert lock.dialog is None  # never logged in with this version: nothing to check
    settings = window.ws.preferences.load()
    assert settings.lock_after_minutes == 15  # the default
    dialog = SettingsDialog(window.ws.preferences, window)
    qtbot.addWidget(dialog)
    dialog.ui.lockSpin.setValue(0)  # type: ignore[attr-defined]
    assert dialog.ui.lockSpin.text() == "never"  # type: ignore[attr-defined]
    assert dialog.save()
    del window.idle_lock.interval_ms  # the setting's value again
    assert lock.interval_ms() == 0
    lock.restart()
    assert not lock.timer.isActive()


def test_the_verifier_is_a_hash_kept_at_login_and_dropped_at_logout(window: MainWindow) -> None:
    store = window.ws.store
    screen_lock.remember_password(store, PASSWORD)
    with store.read() as session:
        verifier = get_state(session, StateKey.PASSWORD_VERIFIER)
    assert verifier and verifier.startswith("$argon2id$") and PASSWORD not in verifier
    assert screen_lock.password_matches(store, PASSWORD)
    assert not screen_lock.password_matches(store, PASSWORD.upper())


def test_a_wipe_order_erases_the_database_says_why_and_closes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.sync.errors import DeviceWiped

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    database = Path(str(window.ws.store.engine.url.database))
    assert database.exists()
    window._device_wiped(RuntimeError("not a wipe"))  # other failures: the status bar's
    assert database.exists() and window.isVisible()
    window._device_wiped(DeviceWiped("marked lost"))
    assert not database.exists()
    assert told and "marked this computer as lost" in told[0]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert not database.exists()  # closing wrote nothing back


def test_log_out_and_erase_from_the_window(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Ctrl+Shift+Del on a borrowed laptop: asks, saves the unsent work first, erases."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.sync_state import set_state

    store = window.ws.store
    with store.write() as session:  # logged in (offline: no token to revoke)
        set_state(session, StateKey.SERVER_URL, "https://crm.example.com")
        set_state(session, StateKey.USERNAME, "olga")
    lead = window.queue_panel.model.index(0, 0).data(Qt.ItemDataRole.UserRole)
    assert isinstance(lead, str)
    screen_lock.remember_password(store, PASSWORD)
    record(store, lead)  # a call the server does not have yet
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: (asked.append(a[2]), next(answers))[1]
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    database = Path(str(store.engine.url.database))
    export = tmp_path / "unsent.csv"
    assert not window.erase_and_log_out(export)  # "No": nothing happens
    assert database.exists()
    assert window.erase_and_log_out(export)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert not database.exists()
    assert "1 change made here is not on the server yet" in asked[-1]
    assert export.stat().st_mode & 0o777 == 0o600 and lead in export.read_text(encoding="utf-8")
