# SPDX-License-Identifier: MIT
"""The idle lock: after N minutes without input the window's contents and the application's
other windows are hidden behind a password prompt (checked offline against the verifier kept
at login).

A laptop left open at a stand shows every lead of its manager to whoever walks by. Input
anywhere in the application restarts the countdown; a call in progress is never locked (a
manager may talk for half an hour without touching the keyboard). A wrong password waits a
little longer each time. Without a verifier (no login since this version) the lock is off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop.views.i18n import fill

# what counts as use of the application
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockDialog(QDialog):
    """The password prompt over a locked window: it cannot be dismissed, only unlocked."""

    unlocked = Signal()

    def __init__(
        self, username: str, matches: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Salesdesk is locked"))
        self.setMinimumWidth(380)
        self.matches = matches
        self.failures = 0
        self.message = QLabel(
            fill(
                self.tr("Locked after a while without use. Type the password of %1 to go on."),
                username,
            )
        )
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("lockPassword")
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.buttons = QDialogButtonBox()
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.password, self.error, self.buttons):
            layout.addWidget(widget)
        self.wait = QTimer(self)
        self.wait.setSingleShot(True)
        self.wait.timeout.connect(lambda: self.unlock_button.setEnabled(True))

    def try_unlock(self) -> bool:
        """Check the typed password: unlock, or say it was wrong and wait a little longer."""
        if not self.unlock_button.isEnabled():
            return False
        if self.matches(self.password.text()):
            self.password.clear()
            self.error.clear()
            self.failures = 0
            self.accept()
            self.unlocked.emit()
            return True
        self.failures += 1
        self.password.clear()
        self.error.setText(self.tr("That is not the password."))
        self.unlock_button.setEnabled(False)
        self.wait.start(min(500 * 2 ** (self.failures - 1), 30_000))
        return False

    def reject(self) -> None:  # Esc and the close button do not unlock
        return


class IdleLock(QObject):
    """Watches the application's input and locks ``window`` after ``minutes()`` without it.

    Attributes:
        dialog: the password prompt while locked, else None.
    """

    locked = Signal()

    def __init__(
        self,
        window: QMainWindow,
        *,
        minutes: Callable[[], int],
        busy: Callable[[], bool],
        can_lock: Callable[[], bool],
        matches: Callable[[str], bool],
        username: Callable[[], str],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.minutes, self.busy, self.can_lock = minutes, busy, can_lock
        self.matches, self.username = matches, username
        self.dialog: LockDialog | None = None
        #: the application's other windows hidden while locked (shown again after)
        self.hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    def interval_ms(self) -> int:
        """The countdown in milliseconds (0: the lock is off)."""
        return max(0, self.minutes()) * 60_000

    def restart(self) -> None:
        """Start the countdown again (after input, or when the setting changed)."""
        interval = self.interval_ms()
        if interval and self.dialog is None:
            self.timer.start(interval)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self.dialog is None and self.timer.isActive():
            self.timer.start()  # the same interval, from now
        return False

    def _idle(self) -> None:
        if self.busy() or not self.can_lock():
            self.restart()  # on a call (or nothing to check a password against): later
            return
        self.lock()

    def lock(self) -> None:
        """Hide the window's contents, and every other window of the application (a dashboard,
        the conflicts), behind the password prompt."""
        if self.dialog is not None:
            return
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(False)
        self.hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget is not self.window and widget.isVisible()
        ]
        for widget in self.hidden:
            widget.hide()
        self.dialog = LockDialog(self.username(), self.matches, self.window)
        self.dialog.unlocked.connect(self._unlocked)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _unlocked(self) -> None:
        central = self.window.centralWidget()
        if central is not None:
            central.setVisible(True)
        for widget in self.hidden:
            widget.show()
        self.hidden = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.restart()
