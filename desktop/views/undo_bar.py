# SPDX-License-Identifier: MIT
"""The undo offer after a saved call: "Saved — Undo (Ctrl+Z)" for ten seconds, below the
queue; the saved call's push waits the same ten seconds (``SyncController``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

UNDO_WINDOW_MS = 10_000


class UndoBar(QFrame):
    """Offers to take back the last saved call for ``UNDO_WINDOW_MS``.

    Signals:
        undo_requested(str): the manager took back this call (its outcome ID).
    Attributes:
        outcome_id: the call on offer, or None.
    """

    undo_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("UndoBar { background: #e8f5e9; border-radius: 4px; }")
        self.outcome_id: str | None = None
        self.text = QLabel()
        self.button = QPushButton()
        self.button.clicked.connect(self.take)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.setInterval(UNDO_WINDOW_MS)
        self._expiry.timeout.connect(self.withdraw)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.button.setText(self.tr("Undo (Ctrl+Z)"))

    def offer(self, outcome_id: str, text: str) -> None:
        """Offer to take back this call for the next ten seconds."""
        self.outcome_id = outcome_id
        self.text.setText(text)
        self.show()
        self._expiry.start()

    def take(self) -> bool:
        """Undo (the button or Ctrl+Z) while the offer stands."""
        outcome_id = self.outcome_id
        self.withdraw()
        if outcome_id is None:
            return False
        self.undo_requested.emit(outcome_id)
        return True

    def withdraw(self) -> None:
        """The offer ends (time is up, or it was taken)."""
        self._expiry.stop()
        self.outcome_id = None
        self.hide()
