# SPDX-License-Identifier: MIT
"""The composition root of the workstation: builds the services and the window, runs Qt.

No global app object: everything is created here and passed down.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from desktop.services.account import current_account
from desktop.services.changes import Announce, ignore
from desktop.services.syncing import profile_runner
from desktop.store.db import Store
from desktop.sync import credentials
from desktop.sync.errors import SyncError
from desktop.views.i18n import has_language, install_language
from desktop.views.main_window import MainWindow
from desktop.views.single_instance import SingleInstance, ask_running_to_show, instance_name
from desktop.views.sync_controller import SyncController
from desktop.views.theme import apply_theme
from desktop.views.workspace import Workspace
from salesdesk.domain.clock import utc_now


def application() -> QApplication:
    """The QApplication (made once), styled and with our icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    if not has_language(app):
        install_language(app, "en")  # English plural forms until the manager's language is known
    app.setApplicationName("Salesdesk")
    app.setOrganizationName("Salesdesk")
    app.setWindowIcon(QIcon(":/icons/salesdesk.svg"))
    apply_theme(app)
    return app


def has_token(store: Store) -> bool:
    """Whether the profile is logged in with a token in the keyring."""
    account = current_account(store)
    if account is None:
        return False
    try:
        return credentials.load_token(account.server_url, account.username) is not None
    except SyncError:
        return False


def sync_controller(store: Store, interval_s: int, announce: Announce = ignore) -> SyncController:
    """A SyncController for the profile's server with its token."""
    runner = profile_runner(store, "the window")
    return SyncController(runner, interval_s=interval_s, announce=announce)


def build_window(store: Store, clock: Callable[[], datetime] = utc_now) -> MainWindow:
    """The main window over a store, with its sync controller (not started)."""
    app = application()
    account = current_account(store)
    workspace = Workspace.open(store, clock, account.manager_name if account else "")
    settings = workspace.preferences.load()
    install_language(app, settings.language)
    sync = sync_controller(store, settings.auto_sync_minutes * 60, workspace.bus.announce)
    window = MainWindow(workspace, sync)

    def login() -> None:
        # imported when first asked for: a logged-in start never builds the form (20 ms)
        from desktop.views.login_dialog import LoginDialog

        current = current_account(store)
        dialog = LoginDialog(
            store,
            current.server_url if current else settings.server_url,
            current.username if current else "",
            window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and window.sync is not None:
            window.ws.manager_name = dialog.manager_name
            window.retranslate()
            window.sync.start_auto()
            window.sync.start_live()

    window.login_requested.connect(login)
    window.language_changed.connect(lambda language: install_language(app, language))
    return window


# At the session's end a running sync gets this long to reach its next step (what it wrote
# is committed; the rest is sent next time); a desktop allows a few seconds in all.
SESSION_END_SYNC_WAIT_MS = 1000


def quit_when_set(app: QApplication, stop: threading.Event, window: MainWindow) -> None:
    """End the session once ``stop`` is set (by SIGTERM or Ctrl+C): the window keeps the call
    in progress and the settings, then quits without asking."""
    heartbeat = QTimer(app)  # Python runs signal handlers only when it gets control

    def check() -> None:
        if stop.is_set():
            heartbeat.stop()
            window.end_session()
            app.quit()

    heartbeat.timeout.connect(check)
    heartbeat.start(100)


def run_window(app: QApplication, window: MainWindow, stop: threading.Event | None) -> int:
    """Run Qt until the window quits; the session's end (SIGTERM, the desktop logging out)
    saves and exits without a question, a sync still running gets a moment to stop."""
    if stop is not None:
        quit_when_set(app, stop, window)
    # log-out or shut-down: keep what is in progress; the session manager then ends us
    app.commitDataRequest.connect(lambda _manager: window.end_session())
    code = app.exec()
    if window.sync is not None:  # the window is gone; a cancelled sync ends at its next step
        window.sync.wait(SESSION_END_SYNC_WAIT_MS if window.ending else 30_000)
    return code


def run_workstation(store: Store, stop: threading.Event | None = None) -> int:
    """Open the window on a profile; ask for a login when there is no token (offline works).

    ``stop``: an event set by SIGTERM/Ctrl+C handlers; the app ends the session when it is.
    """
    app = application()
    database = Path(str(store.engine.url.database))
    name = instance_name(database)
    if ask_running_to_show(name):
        print("salesdesk: already running on this profile; brought its window forward")
        return 0
    window = build_window(store)
    instance = SingleInstance(name, window)
    instance.show_requested.connect(window.bring_forward)
    window.show()
    if has_token(store):
        assert window.sync is not None
        window.sync.start_auto()
        window.sync.start_live()
    else:
        window.login_requested.emit()
    return run_window(app, window, stop)
