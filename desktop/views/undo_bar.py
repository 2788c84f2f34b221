# SPDX-License-Identifier: MIT
"""The undo offer after a save: "Saved — Undo (Ctrl+Z)" for ten seconds (a call, below the
queue; a stand visitor, under the capture form); the saved work's push waits the same ten
seconds (``SyncController``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

UNDO_WINDOW_MS = 10_000


class UndoBar(QFrame):
    """Offers to take back the last saved item (a call, a visitor) for ``UNDO_WINDOW_MS``.

    Signals:
        undo_requested(str): the manager took it back (its ID).
    Attributes:
        item_id: the ID of what is on offer, or None.
    """

    undo_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("UndoBar { background: #e8f5e9; border-radius: 4px; }")
        self.item_id: str | None = None
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

    def offer(self, item_id: str, text: str) -> None:
        """Offer to take this back for the next ten seconds."""
        self.item_id = item_id
        self.text.setText(text)
        self.show()
        self._expiry.start()

    def take(self) -> bool:
        """Undo (the button or Ctrl+Z) while the offer stands."""
        item_id = self.item_id
        self.withdraw()
        if item_id is None:
            return False
        self.undo_requested.emit(item_id)
        return True

    def withdraw(self) -> None:
        """The offer ends (time is up, or it was taken)."""
        self._expiry.stop()
        self.item_id = None
        self.hide()
