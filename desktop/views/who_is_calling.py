# SPDX-License-Identifier: MIT
""" "Who is calling?": type or paste a number in any format and see the leads that have it,
in any stage (a lost lead calling back is found too). The region a national number is read
in is shown, never silently assumed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.leads import LeadService
from desktop.views.i18n import fill
from desktop.views.labels import stage_label
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.errors import ValidationError


class WhoIsCallingDialog(QDialog):
    """Finds leads by a phone number as it is typed; Enter opens the selected one.

    Attributes:
        number: the typed number as read (E.164), or "" while it is not a number.
        chosen: the lead to open after the dialog was accepted, or None.
    """

    def __init__(self, leads: LeadService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.leads = leads
        self.number = ""
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Who is calling?"))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type or paste the caller's number"))
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.results = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self.look_up)
        self.edit.returnPressed.connect(self.open_selected)
        self.results.itemActivated.connect(lambda _item: self.open_selected())
        self.buttons.accepted.connect(self.open_selected)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, 320)
        self.look_up("")

    def look_up(self, text: str) -> None:
        """Read the number and list the leads that have it."""
        self.results.clear()
        self.number = ""
        if not text.strip():
            self.reading.setText(self.tr("Any format: +49 30 123456, 030 123456, (212) 555-0123…"))
            self._update_buttons()
            return
        try:
            region, number, found = self.leads.who_is_calling(text)
        except ValidationError:
            self.reading.setText(self.tr("Not a complete phone number yet."))
            self._update_buttons()
            return
        self.number = number
        read_as = fill(
            self.tr("Read as %1 (national numbers as %2)."), display_phone(number), region
        )
        if not found:
            read_as += " " + self.tr("No lead has this number.")
        self.reading.setText(read_as)
        for lead in found:
            parts = [lead.display_name, lead.company, stage_label(lead.stage)]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, lead.id)
            item.setToolTip(escape(item.text()))
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        button.setEnabled(self.results.currentItem() is not None)

    def open_selected(self) -> None:
        """Open the selected lead (Enter): the dialog closes with it chosen."""
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
