# SPDX-License-Identifier: MIT
"""The main window's actions: their icons, shortcuts and texts, and the toolbar they sit on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from desktop.services.queue import QueueFilter

Slot = Callable[[], object]


@dataclass(frozen=True)
class Slots:
    """What each action does (the window's methods)."""

    start_call: Slot
    end_call: Slot
    skip: Slot
    cancel_countdown: Slot
    undo: Slot
    sync: Slot
    capture: Slot
    dashboard: Slot
    script_editor: Slot
    team: Slot
    problems: Slot
    settings: Slot
    help: Slot
    log_out: Slot
    erase_and_log_out: Slot
    focus_search: Slot
    search_everywhere: Slot
    who_is_calling: Slot
    focus_objection: Slot
    focus_script: Slot
    focus_queue: Slot
    save_lead: Slot
    set_filter: Callable[[QueueFilter], object]
    toggle_answer: Callable[[int], object]


class WindowActions:
    """Every action of the window, application-wide shortcuts included; ``toolbar`` shows the
    main ones with the call timer between the call buttons and the rest.

    Attributes:
        start_call, end_call, skip, sync, capture, dashboard, problems, settings, help,
            log_out: the toolbar's actions; the others have shortcuts only.
        cancel_countdown: Esc, enabled while the power dialer counts down.
        toolbar: the window's toolbar.
    """

    def __init__(self, window: QMainWindow, slots: Slots, timer: QWidget) -> None:
        self._window = window
        self.start_call = self._action("call-start", "F5", slots.start_call)
        self.end_call = self._action("call-end", "F6", slots.end_call)
        self.skip = self._action("", "F7", slots.skip)
        self.cancel_countdown = self._action("", "Esc", slots.cancel_countdown)
        self.cancel_countdown.setEnabled(False)
        # a text field's own Ctrl+Z wins while it has the focus
        self.undo = self._action("", "Ctrl+Z", slots.undo)
        self.undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.sync = self._action("sync", "F9", slots.sync)
        self.capture = self._action("capture", "Ctrl+E", slots.capture)
        self.capture.setCheckable(True)
        self.dashboard = self._action("dashboard", "Ctrl+D", slots.dashboard)
        # admins: edit and publish call scripts (hidden for managers)
        self.script_editor = self._action("", "Ctrl+Shift+E", slots.script_editor)
        # team leads and admins: the team workspace beside the caller's (hidden for managers)
        self.team = self._action("", "Ctrl+T", slots.team)
        self.team.setCheckable(True)
        self.problems = self._action("problems", "Ctrl+Shift+C", slots.problems)
        self.settings = self._action("settings", "Ctrl+,", slots.settings)
        self.help = self._action("help", "F1", slots.help)
        self.log_out = self._action("", "Ctrl+Shift+L", slots.log_out)
        # a borrowed laptop: log out and leave nothing behind (asks first)
        self.erase_and_log_out = self._action("", "Ctrl+Shift+Del", slots.erase_and_log_out)
        for shortcut, slot in (
            ("Ctrl+F", slots.focus_search),
            ("Ctrl+Shift+F", slots.search_everywhere),
            ("Ctrl+I", slots.who_is_calling),
            ("Ctrl+K", slots.focus_objection),
            ("Ctrl+J", slots.focus_script),
            ("Ctrl+L", slots.focus_queue),
            ("Ctrl+S", slots.save_lead),
        ):
            self._action("", shortcut, slot)
        for number, queue_filter in enumerate(QueueFilter, 1):
            self._action("", f"Alt+{number}", partial(slots.set_filter, queue_filter))
        for number in range(1, 10):
            self._action("", f"Alt+Shift+{number}", partial(slots.toggle_answer, number))
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.start_call)
        self.toolbar.addAction(self.end_call)
        self.toolbar.addWidget(timer)
        self.toolbar.addAction(self.skip)
        self.toolbar.addSeparator()
        for action in self._labelled()[3:]:
            self.toolbar.addAction(action[0])
        window.addToolBar(self.toolbar)

    def _action(self, icon: str, shortcut: str, slot: Slot) -> QAction:
        action = QAction(QIcon(f":/icons/{icon}.svg") if icon else QIcon(), "", self._window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _labelled(self) -> list[tuple[QAction, str]]:
        translate = QCoreApplication.translate  # the texts' context stays the window's
        return [
            (self.start_call, translate("MainWindow", "Start call")),
            (self.end_call, translate("MainWindow", "End call")),
            (self.skip, translate("MainWindow", "Skip")),
            (self.sync, translate("MainWindow", "Sync now")),
            (self.capture, translate("MainWindow", "Exhibition mode")),
            (self.dashboard, translate("MainWindow", "Dashboard")),
            (self.script_editor, translate("MainWindow", "Edit scripts")),
            (self.team, translate("MainWindow", "Team")),
            (self.problems, translate("MainWindow", "Conflicts")),
            (self.settings, translate("MainWindow", "Settings")),
            (self.help, translate("MainWindow", "Shortcuts")),
            (self.log_out, translate("MainWindow", "Log out")),
        ]

    def retranslate(self) -> None:
        """Texts and tooltips (with the shortcut) in the current language."""
        for action, text in self._labelled():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
