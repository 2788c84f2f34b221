# SPDX-License-Identifier: MIT
"""Desktop notifications: a system tray message (clicking it opens the lead), or where the
desktop has no tray, the status bar; the window's taskbar entry asks for attention too."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon


class Notifier(QObject):
    """Tells the manager something that needs them now.

    Signals:
        opened(str): the manager clicked the notice about this lead.
    Attributes:
        last: (title, text, lead ID) of the last notice, or None.
        tray: the tray icon, or None on a desktop without a tray.
    """

    opened = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last: tuple[str, str, str] | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon(":/icons/salesdesk.svg"), self)
            self.tray.messageClicked.connect(self._clicked)
            self.tray.activated.connect(lambda _reason: self._clicked())
            self.tray.show()

    def notify(self, title: str, text: str, lead_id: str) -> None:
        """Show a notice about a lead (clicking it opens the lead)."""
        self.last = (title, text, lead_id)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            self.window.statusBar().showMessage(f"{title}: {text}", 60000)
        QApplication.alert(self.window)

    def _clicked(self) -> None:
        if self.last is not None:
            self.window.showNormal()
            self.window.activateWindow()
            self.opened.emit(self.last[2])
