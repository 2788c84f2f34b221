# SPDX-License-Identifier: MIT
"""The notes box of the call in progress: it takes the cursor when the call starts, and
what is typed is kept as the call's draft and carried into the outcome form."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.views.call_flow import CallFlow


class CallNotes(QWidget):
    """Shown while a call is on; typing goes to ``CallFlow.set_notes``."""

    def __init__(self, call: CallFlow) -> None:
        super().__init__()
        self.call = call
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(110)
        self.title.setBuddy(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(lambda: call.set_notes(self.edit.toPlainText()))
        call.started.connect(self._call_started)
        call.outcome_saved.connect(lambda _outcome: self._call_over())
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.title.setText(self.tr("&Notes on this call"))
        self.edit.setPlaceholderText(
            self.tr("Type while you talk; they are kept and go into the outcome form.")
        )

    def _call_started(self, _lead_id: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(self.call.notes)
        self.edit.blockSignals(False)
        self.show()
        self.edit.setFocus()

    def _call_over(self) -> None:
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.hide()
