# SPDX-License-Identifier: MIT
"""Exhibition mode: capture a visitor as a lead in seconds, with the keyboard only, offline.

Enter in any field saves and clears the form for the next visitor (the event name stays for
the day); Esc clears (asking first when a visitor's details are typed). Under the phone the
number shows as it will be stored, with its country and their time, as it is typed. A lead
without a usable contact is refused with a clear message; when
the phone or email belongs to a known lead, the panel offers to attach the conversation to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from desktop.services.changes import Changed
from desktop.services.leads import LeadService
from desktop.views.field_errors import FieldErrors
from desktop.views.forms.ui_capture_panel import Ui_CapturePanel
from desktop.views.i18n import fill
from desktop.views.labels import temperature_label
from desktop.views.place_pickers import country_name
from desktop.views.plain_text import plain_labels
from desktop.views.their_time_labels import time_spread
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.errors import ValidationError, ValidationErrors
from salesdesk.domain.lead import Lead, LeadDraft
from salesdesk.domain.vocabulary import Source, Temperature

_ERROR_LABELS = {
    "event_name": "eventError",
    "first_name": "nameError",
    "last_name": "nameError",
    "company": "companyError",
    "phone": "phoneError",
    "contact": "phoneError",  # no phone and no email: said under Phone, beside Email
    "email": "emailError",
    "need": "needError",
    "note": "noteError",
}

# What each error label is about, in the form's order (a change clears it; focus goes there).
_ERROR_INPUTS = {
    "eventError": ("eventEdit",),
    "nameError": ("nameEdit",),
    "companyError": ("companyEdit",),
    "phoneError": ("phoneEdit", "emailEdit"),
    "emailError": ("emailEdit",),
    "needError": ("needEdit",),
    "noteError": ("noteEdit",),
}


class CapturePanel(QWidget):
    """The stand's capture form over the LeadService.

    Signals:
        captured(str): a lead was saved (its ID) or a conversation attached to a known one.
    Attributes:
        matches: the known leads offered for the last attempt to save.
    """

    captured = Signal(str)

    def __init__(self, leads: LeadService) -> None:
        super().__init__()
        self.ui = Ui_CapturePanel()
        self.ui.setupUi(self)
        plain_labels(self.ui.matchLabel, self.ui.savedLabel)  # names are data, never markup
        self.leads = leads
        self.matches: list[Lead] = []
        self.errors = FieldErrors(self.ui, _ERROR_LABELS, inputs=_ERROR_INPUTS)
        for temperature in Temperature:
            self.ui.temperatureCombo.addItem(temperature_label(temperature), temperature)
        self.ui.temperatureCombo.setCurrentIndex(list(Temperature).index(Temperature.WARM))
        for edit in self.findChildren(QLineEdit):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(self._forget_matches)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.attachButton.clicked.connect(self.attach)
        self.ui.saveNewButton.clicked.connect(lambda: self.save(allow_known=True))
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.escape)
        # the number as it will be stored, as it is typed (a wrong region shows at once)
        self.phone_preview = QLabel()
        self.phone_preview.setObjectName("phonePreview")
        self.phone_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_preview.setWordWrap(True)
        self.ui.phoneBox.insertWidget(1, self.phone_preview)
        self.ui.phoneEdit.textChanged.connect(self._preview_phone)
        self.ui.eventEdit.setText(leads.stand_event())
        self.clear()
        self.ui.savedLabel.clear()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.ui.retranslateUi(self)
        for index, temperature in enumerate(Temperature):
            self.ui.temperatureCombo.setItemText(index, temperature_label(temperature))
        self.update_counter()

    def update_counter(self) -> None:
        """Show how many leads were captured today."""
        self.ui.counterLabel.setText(
            fill(self.tr("Captured today: %1"), str(self.leads.captured_today()))
        )

    def on_changed(self, what: Changed) -> None:
        """The change notice: the visitor counter follows captures and conversations."""
        if what & (Changed.OUTCOME | Changed.LEAD | Changed.STAND):
            self.update_counter()

    def focus_first(self) -> None:
        """Put the cursor where the next visitor's details start."""
        (self.ui.nameEdit if self.ui.eventEdit.text() else self.ui.eventEdit).setFocus()

    def clear(self) -> None:
        """Empty the form for the next visitor (the event name stays)."""
        for edit in (
            self.ui.nameEdit,
            self.ui.companyEdit,
            self.ui.phoneEdit,
            self.ui.emailEdit,
            self.ui.needEdit,
            self.ui.noteEdit,
        ):
            edit.clear()
        self.ui.temperatureCombo.setCurrentIndex(list(Temperature).index(Temperature.WARM))
        self._preview_phone("")
        self.errors.clear()
        self._forget_matches()
        self.update_counter()
        self.focus_first()

    def typed(self) -> bool:
        """Whether anything of a visitor is typed (the event name is the day's, not theirs)."""
        ui = self.ui
        edits = (ui.nameEdit, ui.companyEdit, ui.phoneEdit, ui.emailEdit, ui.needEdit, ui.noteEdit)
        return any(edit.text().strip() for edit in edits)

    def escape(self) -> bool:
        """Esc: clear the form, asking first when a visitor's details are typed."""
        if self.typed():
            answer = QMessageBox.question(
                self,
                self.tr("Discard this visitor?"),
                self.tr("Clear what is typed for this visitor? It is not saved."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.clear()
        return True

    def _preview_phone(self, text: str) -> None:
        """Under the phone: the number as it will be stored, its country and their time; a
        number of another country than the stand's, or one not valid yet, in orange."""
        label = self.phone_preview
        if not text.strip():
            label.clear()
            label.setVisible(False)
            return
        label.setVisible(True)
        try:
            reading = self.leads.read_phone(text)
        except ValidationError:
            label.setStyleSheet("color: #b26a00;")
            label.setText(
                fill(
                    self.tr("not a valid number when read as %1 (add + and the country code)"),
                    country_name(self.leads.phone_region()),
                )
            )
            return
        parts = [display_phone(reading.e164), country_name(reading.country)]
        if reading.zones:  # one time, or the spread of a number that spans several zones
            spread = time_spread(reading.zones, self.leads.clock())
            parts.append(fill(self.tr("%1 there"), spread))
        shown = "→ " + " · ".join(p for p in parts if p)
        if reading.foreign:
            shown += " — " + fill(
                self.tr("not %1: check it is the visitor's own country"),
                country_name(reading.read_in),
            )
        label.setStyleSheet("color: #b26a00;" if reading.foreign else "color: #2e7d32;")
        label.setText(shown)

    def _forget_matches(self, *_args: object) -> None:
        self.matches = []
        self.ui.matchFrame.setVisible(False)

    def draft(self) -> LeadDraft:
        """The form as a lead draft."""
        ui = self.ui
        first, _, last = ui.nameEdit.text().strip().partition(" ")
        need = ui.needEdit.text().strip()
        note = ui.noteEdit.text().strip()
        return LeadDraft(
            phones=[ui.phoneEdit.text()] if ui.phoneEdit.text().strip() else [],
            emails=[ui.emailEdit.text()] if ui.emailEdit.text().strip() else [],
            first_name=first,
            last_name=last.strip(),
            company=ui.companyEdit.text(),
            need="\n".join(p for p in (need, note and fill(self.tr("Note: %1"), note)) if p),
            source=Source.EXHIBITION,
            event_name=ui.eventEdit.text(),
            temperature=Temperature(ui.temperatureCombo.currentData()),
        )

    def save(self, allow_known: bool = False) -> bool:
        """Save the visitor as a new lead; offers a known lead first (unless allowed)."""
        self.errors.clear()
        self.ui.savedLabel.clear()
        draft = self.draft()
        if not allow_known:
            self.matches = self.leads.known_leads(list(draft.phones), list(draft.emails))
            if self.matches:
                self._offer(self.matches[0])
                return False
        try:
            lead = self.leads.capture(draft)
        except ValidationErrors as exc:
            self.errors.show(exc.errors)
            return False
        self.leads.count_capture(lead.event_name)
        self.clear()
        self.ui.savedLabel.setText(
            fill(self.tr("Saved %1. Ready for the next visitor."), lead.display_name)
        )
        self.captured.emit(lead.id)
        return True

    def _offer(self, known: Lead) -> None:
        contact = ", ".join((*map(display_phone, known.phones), *known.emails))
        self.ui.matchLabel.setText(
            fill(
                self.tr(
                    "We already know this contact: %1 (%2, %3). Attach this conversation "
                    "to that lead, or save a new lead anyway?"
                ),
                known.display_name,
                known.company or "—",
                contact,
            )
        )
        self.ui.matchFrame.setVisible(True)
        self.ui.attachButton.setFocus()

    def attach(self) -> bool:
        """Record the conversation on the known lead offered (no new lead)."""
        if not self.matches:
            return False
        event = self.ui.eventEdit.text().strip()
        known = self.matches[0]
        try:
            self.leads.attach_conversation(
                known.id, event, self.ui.needEdit.text().strip(), self.ui.noteEdit.text().strip()
            )
        except ValidationError as exc:
            self.errors.show([exc])
            return False
        self.leads.count_capture(event)
        self.clear()
        self.ui.savedLabel.setText(fill(self.tr("Conversation added to %1."), known.display_name))
        self.captured.emit(known.id)
        return True
