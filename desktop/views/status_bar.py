# SPDX-License-Identifier: MIT
"""The status bar: online or offline, what waits to sync, problems, last sync, progress, errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from desktop.services.changes import Changed
from desktop.store.sync_state import StoreStatus
from desktop.sync.engine import SyncSummary
from desktop.sync.errors import AuthError, SyncError
from desktop.views.i18n import fill
from desktop.views.labels import format_moment
from desktop.views.plain_text import plain_tip
from desktop.views.sync_messages import sync_error_text

# a clock further off the server's than this (seconds) is shown as a warning
CLOCK_WARNING_S = 300


class SyncStatusBar(QStatusBar):
    """Shows the sync state; ``problems_clicked`` and ``retry_clicked`` ask the window to act.

    It has one message area: a message the window shows (``showMessage``) stands there for
    its time, then the sync's standing problem (if it still holds) comes back; nothing is
    drawn over anything.

    Signals:
        problems_clicked(): the manager wants to see conflicts and dead letters.
        problems_counted(int): how many conflicts, rejected and unreadable changes there are.
        retry_clicked(): sync again now.
        login_clicked(): log in (after an auth error).
    """

    problems_clicked = Signal()
    retry_clicked = Signal()
    login_clicked = Signal()
    problems_counted = Signal(int)

    def __init__(self, status: Callable[[], StoreStatus], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.online_label = QLabel()
        self.pending_label = QLabel()
        self.problems_button = QToolButton()
        self.problems_button.setAutoRaise(True)
        self.problems_button.setStyleSheet("color: #c62828; font-weight: 600;")
        self.problems_button.clicked.connect(self.problems_clicked.emit)
        self.last_sync_label = QLabel()
        self.clock_label = QLabel()
        self.clock_label.setStyleSheet("color: #ef6c00; font-weight: 600;")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        self.error_label = QLabel()  # the one message area
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self._message = ""
        self._message_ends = QTimer(self)
        self._message_ends.setSingleShot(True)
        self._message_ends.timeout.connect(self.clearMessage)
        self.retry_button = QToolButton()
        self.retry_button.setAutoRaise(True)
        self.retry_button.clicked.connect(self._retry)
        self.online: bool | None = None
        self.error: SyncError | None = None
        for widget in (
            self.online_label,
            self.pending_label,
            self.problems_button,
            self.clock_label,
            self.last_sync_label,
            self.progress,
        ):
            self.addPermanentWidget(widget)
        self.addWidget(self.error_label, 1)
        self.addWidget(self.retry_button)
        self.refresh()

    def showMessage(self, text: str, timeout: int | None = 0) -> None:
        """Show a message in the one message area for ``timeout`` ms (0: until replaced)."""
        self._message = text
        if timeout:
            self._message_ends.start(timeout)
        else:
            self._message_ends.stop()
        self._show_message()

    def clearMessage(self) -> None:
        """The window's message no longer holds: the sync's standing problem, if any."""
        self._message = ""
        self._message_ends.stop()
        self._show_message()

    def currentMessage(self) -> str:
        """The window's message shown now ("" when none)."""
        return self._message

    def _show_message(self) -> None:
        if self._message:
            self.error_label.setStyleSheet("")
            self.error_label.setText(self._message)
        elif self.error is not None:
            self.error_label.setStyleSheet("color: #c62828;")
            self.error_label.setText(sync_error_text(self.error))
        else:
            self.error_label.setText("")
        self.error_label.setToolTip(plain_tip(self.error.message) if self.error is not None else "")
        self.retry_button.setVisible(self.error is not None and not self._message)

    def on_changed(self, what: Changed) -> None:
        """The change notice: re-count what waits, conflicts and rejections."""
        if what & Changed.STATUS:
            self.refresh()

    def _show_clock(self, skew_s: float | None) -> None:
        """Warn when this computer's clock is off the server's by more than five minutes
        (the server corrects the times of calls recorded meanwhile; reminders would ring late
        or early)."""
        off = abs(skew_s or 0)
        self.clock_label.setVisible(off > CLOCK_WARNING_S)
        if off <= CLOCK_WARNING_S:
            return
        if off >= 86_400:
            amount = fill(self.tr("%1 d"), int(off // 86_400))
        else:
            amount = fill(self.tr("%1 h %2 min"), int(off // 3600), f"{int(off % 3600 // 60):02d}")
        ahead = (skew_s or 0) > 0
        self.clock_label.setText(
            fill(self.tr("Clock %1 ahead") if ahead else self.tr("Clock %1 behind"), amount)
        )
        self.clock_label.setToolTip(
            self.tr(
                "This computer's clock differs from the server's. Set the right time in the "
                "system settings; calls recorded meanwhile get the server's time."
            )
        )

    def refresh(self) -> None:
        """Re-read the counts (after any change)."""
        state = self.status()
        if not state.user:
            self.online_label.setText(self.tr("Not logged in"))
        elif self.progress.isVisibleTo(self):
            self.online_label.setText(self.tr("● Syncing…"))
        elif self.online is None and not state.last_successful_sync:
            self.online_label.setText(self.tr("● Not synced yet"))
        elif self.online is None:
            self.online_label.setText("")
        else:
            self.online_label.setText(self.tr("● Online") if self.online else self.tr("● Offline"))
        self.online_label.setStyleSheet(
            "color: #2e7d32;" if self.online else "color: #ef6c00;" if self.online is False else ""
        )
        pending = state.pending_outbox
        self.pending_label.setText(
            self.tr("All saved to the server")
            if pending == 0
            else fill(self.tr("%1 waiting to sync"), str(pending))
        )
        conflicts, letters, unreadable = state.conflicts, state.dead_letters, state.quarantined
        text = (
            self.tr("%n conflict(s)", "", conflicts) + " · " + self.tr("%n rejected", "", letters)
        )
        if unreadable:
            text += " · " + fill(self.tr("%1 not readable"), str(unreadable))
        self.problems_button.setText(text)
        self.problems_button.setVisible(bool(conflicts or letters or unreadable))
        self.problems_counted.emit(conflicts + letters + unreadable)
        self._show_clock(state.clock_skew_s)
        last = state.last_successful_sync
        when = format_moment(datetime.fromisoformat(last)) if last else "—"
        self.last_sync_label.setText(fill(self.tr("Last sync %1"), when))
        if self.error is not None:
            self.retry_button.setText(
                self.tr("Log in…") if isinstance(self.error, AuthError) else self.tr("Retry now")
            )
        self._show_message()

    def sync_started(self) -> None:
        """A sync began: show an indefinite progress bar."""
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.refresh()

    def sync_progress(self, stage: str, done: int, total: int) -> None:
        """Progress of the running sync."""
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.progress.setFormat(
            (self.tr("Sending %v") if stage == "push" else self.tr("Receiving %v"))
            if not total
            else "%v/%m"
        )
        self.progress.setTextVisible(True)

    def sync_finished(self, summary: SyncSummary) -> None:
        """A sync succeeded."""
        self.online = True
        self.error = None
        self.progress.setVisible(False)
        self.refresh()

    def sync_failed(self, error: SyncError) -> None:
        """A sync failed; show why, with a retry (or log in) action."""
        self.online = False
        self.error = error
        self.progress.setVisible(False)
        self.refresh()

    def _retry(self) -> None:
        if isinstance(self.error, AuthError):
            self.login_clicked.emit()
        else:
            self.retry_clicked.emit()
