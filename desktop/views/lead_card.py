# SPDX-License-Identifier: MIT
"""The lead card: who the lead is, how to reach them, editable fields and the call history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Changed
from desktop.services.leads import LeadService
from desktop.views.field_errors import FieldErrors
from desktop.views.forms.ui_lead_card import Ui_LeadCard
from desktop.views.i18n import fill, ui_language
from desktop.views.labels import (
    disposition_label,
    duration_text,
    format_when,
    local_time,
    next_step_label,
    quality_label,
    result_label,
    source_label,
    stage_label,
    temperature_label,
)
from desktop.views.place_pickers import country_name
from desktop.views.plain_text import plain_labels
from desktop.views.their_time_labels import in_both_zones, time_spread
from desktop.views.zone_chooser import ZoneChooser
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.errors import ValidationError, ValidationErrors
from salesdesk.domain.lead import Lead
from salesdesk.domain.outcome import AMEND_WINDOW, CallOutcome
from salesdesk.domain.vocabulary import Quality, Temperature

# Where each domain error field is shown.
_ERROR_LABELS = {
    "phone": "phonesError",
    "phones": "phonesError",
    "contact": "phonesError",
    "email": "emailsError",
    "emails": "emailsError",
    "need": "needError",
    "budget_notes": "budgetError",
    "time_zone": "timeZoneError",
}

# What each error label is about, in the form's order (a change clears it; focus goes there).
_ERROR_INPUTS = {
    "phonesError": ("phonesEdit", "emailsEdit"),
    "emailsError": ("emailsEdit",),
    "needError": ("needEdit",),
    "budgetError": ("budgetEdit",),
    "timeZoneError": ("timeZoneEdit",),
}


class LeadCard(QWidget):
    """Shows one lead and saves the manager's edits through the LeadService.

    Signals:
        dial_requested(str): the manager clicked Call next to a number or address.
        correct_requested(object): the manager wants to correct this call (a CallOutcome).
    Attributes:
        lead: the lead shown, or None.
        frozen: whether a call is on (change notices then leave the card as it is).
    """

    dial_requested = Signal(str)
    correct_requested = Signal(object)

    def __init__(
        self,
        leads: LeadService,
        clock: Callable[[], datetime],
        reason_labels: Callable[[], dict[str, str]],
    ) -> None:
        super().__init__()
        self.ui = Ui_LeadCard()
        self.ui.setupUi(self)
        # a narrow card (a laptop, long Russian labels) puts a field under its label
        self.ui.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for combo in (self.ui.temperatureCombo, self.ui.qualityCombo):  # never "Холод…"
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.leads = leads
        self.clock = clock
        self.reason_labels = reason_labels
        self.lead: Lead | None = None
        self.frozen = False  # during a call: the card stays as the call began
        self.errors = FieldErrors(self.ui, _ERROR_LABELS, inputs=_ERROR_INPUTS)
        self._contacts = QVBoxLayout(self.ui.contactsBox)
        self._contacts.setContentsMargins(0, 0, 0, 0)
        self._contacts.setSpacing(2)
        for temperature in Temperature:
            self.ui.temperatureCombo.addItem(temperature_label(temperature), temperature)
        for quality in Quality:
            self.ui.qualityCombo.addItem(quality_label(quality), quality)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.revertButton.clicked.connect(lambda: self.show_lead(self.lead, keep_note=False))
        # where the lead is: the best evidence of their zone (typed, imported, from the stand)
        plain_labels(self.ui.nameLabel, self.ui.savedLabel)  # names are data, never markup
        self.city_label, self.city_edit = QLabel(), QLineEdit()
        self.city_edit.setObjectName("cityEdit")
        self.city_label.setBuddy(self.city_edit)
        self.ui.form.insertRow(2, self.city_label, self.city_edit)
        # a lead whose zone is not known: its candidate zones, one link each, sets it
        self.zone_chooser = ZoneChooser()
        self.zone_chooser.chosen.connect(self._zone_chosen)
        meta_at = self.ui.mainLayout.indexOf(self.ui.metaLabel)
        self.ui.mainLayout.insertWidget(meta_at + 1, self.zone_chooser)
        # the people met at the company and the consent the lead gave at a stand
        self.people_label = QLabel()
        self.people_label.setObjectName("peopleLabel")
        self.people_label.setWordWrap(True)
        self.people_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_labels(self.people_label)  # names are data, never markup
        self.ui.mainLayout.insertWidget(meta_at + 2, self.people_label)
        self.correct_button = QPushButton()
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self._correct_selected)
        self.ui.mainLayout.addWidget(self.correct_button)
        self.ui.historyList.currentItemChanged.connect(lambda *_: self._update_correct())
        self.ui.historyList.itemActivated.connect(lambda _item: self._correct_selected())
        self.errors.clear()
        self.show_lead(None)

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.ui.retranslateUi(self)
        self.city_label.setText(self.tr("Cit&y"))
        self.city_edit.setPlaceholderText(self.tr("where the lead is: tells their time zone"))
        self.correct_button.setText(self.tr("Co&rrect the selected call…"))
        self.correct_button.setToolTip(
            self.tr("Your calls can be corrected for 24 hours; the correction is what counts.")
        )
        for index, temperature in enumerate(Temperature):
            self.ui.temperatureCombo.setItemText(index, temperature_label(temperature))
        for index, quality in enumerate(Quality):
            self.ui.qualityCombo.setItemText(index, quality_label(quality))
        self.show_lead(self.lead, keep_note=True)

    def on_changed(self, what: Changed) -> None:
        """The change notice: a sync or a settled conflict may have changed the shown lead
        (not while ``frozen``: during a call the card stays as the call began)."""
        if what & (Changed.SYNC | Changed.CONFLICT) and self.lead is not None and not self.frozen:
            self.show_lead(self.leads.lead(self.lead.id), keep_note=True)

    def _people(self, lead: Lead, now: datetime) -> str:
        """The lead's topics and agreed next step, its contact persons and its consent, one
        line each (plain text)."""
        lines = []
        if lead.interests:
            tags = self.leads.interest_tags()
            language = ui_language()
            names = [tags[t].label_in(language) if t in tags else t for t in lead.interests]
            lines.append(fill(self.tr("Topics: %1"), ", ".join(names)))
        if lead.next_step is not None:
            lines.append(
                fill(
                    self.tr("Next step: %1, %2"),
                    next_step_label(lead.next_step),
                    format_when(lead.next_call_at, now) or "—",
                )
            )
        for person in lead.contacts:
            who = ", ".join(p for p in (person.name, person.role) if p)
            reach = ", ".join((*map(display_phone, person.phones), *person.emails))
            met = fill(self.tr("met at %1"), person.event_name) if person.event_name else ""
            lines.append(
                fill(self.tr("Contact person: %1"), " · ".join(p for p in (who, reach, met) if p))
            )
        consent = lead.consent
        if consent is not None:
            when = format_when(consent.at, now)
            text = (
                self.tr("Consent given at %1, %2 (text version %3)")
                if consent.given
                else self.tr("No consent at %1, %2 (text version %3): do not contact for marketing")
            )
            lines.append(fill(text, consent.event_name or "—", when, consent.text_version))
        return "\n".join(lines)

    def show_lead(self, lead: Lead | None, keep_note: bool = False) -> None:
        """Show a lead (None: an empty card)."""
        self.lead = lead
        self.errors.clear()
        if not keep_note:
            self.ui.savedLabel.clear()
        reassigned = lead is not None and self.leads.is_reassigned(lead.id)
        enabled = lead is not None and not reassigned
        for widget in self.findChildren(QWidget):
            if widget.objectName().endswith(("Edit", "Combo", "Spin", "Button")):
                widget.setEnabled(enabled)
        self._show_contacts(lead)
        if lead is None:
            self.ui.nameLabel.setText(self.tr("No lead selected"))
            self.ui.metaLabel.clear()
            self.people_label.clear()
            self.people_label.setVisible(False)
            self.ui.reassignedLabel.setVisible(False)
            self.ui.historyList.clear()
            for edit in (
                self.ui.firstNameEdit,
                self.ui.lastNameEdit,
                self.ui.companyEdit,
                self.ui.jobTitleEdit,
                self.ui.phonesEdit,
                self.ui.emailsEdit,
                self.ui.budgetEdit,
                self.ui.timeZoneEdit,
                self.city_edit,
            ):
                edit.clear()
            self.ui.needEdit.clear()
            self.zone_chooser.clear_offer()
            return
        ui = self.ui
        ui.nameLabel.setText(lead.display_name)
        now = self.clock()
        self._zones = zones = lead.their_zones  # read once: the meta line and the zone links
        facts = [
            f"<b>{escape(stage_label(lead.stage))}</b>",
            escape(source_label(lead.source))
            + (f" · {escape(lead.event_name)}" if lead.event_name else ""),
            escape(fill(self.tr("campaign %1"), lead.campaign)) if lead.campaign else "",
            escape(fill(self.tr("score %1"), str(lead.score))),
            escape(self.tr("%n call(s)", "", lead.attempts)),
            escape(
                fill(self.tr("next call %1"), in_both_zones(lead.next_call_at, zones.known, now))
            )
            if lead.next_call_at
            else "",
            escape(self._their_time(lead, now)),
            escape(fill(self.tr("arrived %1"), format_when(lead.created_at, now))),
        ]
        ui.metaLabel.setText(" · ".join(f for f in facts if f))
        people = self._people(lead, now)
        self.people_label.setText(people)
        self.people_label.setVisible(bool(people))
        ui.reassignedLabel.setText(
            self.tr(
                "This lead was reassigned to someone else; it is read-only until your "
                "changes to it are synced."
            )
        )
        ui.reassignedLabel.setVisible(reassigned)
        ui.firstNameEdit.setText(lead.first_name)
        ui.lastNameEdit.setText(lead.last_name)
        ui.companyEdit.setText(lead.company)
        ui.jobTitleEdit.setText(lead.job_title)
        ui.phonesEdit.setText(", ".join(display_phone(p) for p in lead.phones))  # stored E.164
        ui.emailsEdit.setText(", ".join(lead.emails))
        ui.needEdit.setPlainText(lead.need)
        ui.budgetEdit.setText(lead.budget_notes)
        ui.temperatureCombo.setCurrentIndex(list(Temperature).index(lead.temperature))
        ui.qualityCombo.setCurrentIndex(list(Quality).index(lead.quality))
        ui.scoreSpin.setValue(lead.score)
        ui.timeZoneEdit.setText(lead.time_zone or "")
        self.city_edit.setText(lead.city)
        self.zone_chooser.offer(self._zones, now)
        self._show_history(self.leads.history(lead.id))

    def _their_time(self, lead: Lead, now: datetime) -> str:
        """ "their time 13:35 (America/New_York)", or the spread when the zone is not known."""
        zones = self._zones
        if zones.known:
            return fill(self.tr("their time %1 (%2)"), local_time(zones.known, now), zones.known)
        if zones.zones:
            return fill(
                self.tr("their time %1 (%2, zone unknown)"),
                time_spread(zones.zones, now),
                country_name(zones.country) or self.tr("several countries"),
            )
        return self.tr("their time unknown")

    def _zone_chosen(self, zone: str) -> None:
        if self.lead is None:
            return
        self.lead = self.leads.update(self.lead.id, {"time_zone": zone})
        self.show_lead(self.lead)
        self.ui.savedLabel.setText(self.tr("Their zone is saved."))

    def _show_contacts(self, lead: Lead | None) -> None:
        while self._contacts.count():
            item = self._contacts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone from the card at once, freed by Qt later
                widget.deleteLater()
        if lead is None:
            return
        for contact in (*lead.phones, *lead.emails):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            # numbers as people read them; the Call and Copy buttons use the stored E.164
            text = QLabel(contact if "@" in contact else display_phone(contact))
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setStyleSheet("font-size: 12pt;")
            line.addWidget(text)
            if "@" not in contact:
                call = QPushButton(self.tr("Call"))
                call.setObjectName("callContactButton")
                call.clicked.connect(lambda _c=False, n=contact: self.dial_requested.emit(n))
                line.addWidget(call)
            copy = QPushButton(self.tr("Copy"))
            copy.setObjectName("copyContactButton")
            copy.clicked.connect(lambda _c=False, n=contact: QGuiApplication.clipboard().setText(n))
            line.addWidget(copy)
            line.addStretch(1)
            self._contacts.addWidget(row)

    def _show_history(self, history: list[CallOutcome]) -> None:
        self.ui.historyList.clear()
        now = self.clock()
        reasons = self.reason_labels()
        if not history:
            QListWidgetItem(self.tr("No calls yet."), self.ui.historyList)
        for outcome in history:
            parts = [
                format_when(outcome.started_at, now),
                disposition_label(outcome.disposition),
                result_label(outcome.result),
            ]
            if outcome.loss_reason_id:
                parts.append(reasons.get(outcome.loss_reason_id, outcome.loss_reason_id))
            if outcome.next_call_at:
                parts.append(fill(self.tr("call back %1"), format_when(outcome.next_call_at, now)))
            text = " · ".join(parts)
            if outcome.duration_s:
                text += f" · {duration_text(outcome.duration_s)}"
            if outcome.note:
                text += "\n" + outcome.note
            item = QListWidgetItem(text, self.ui.historyList)
            item.setData(Qt.ItemDataRole.UserRole, outcome)
        self._update_correct()

    def correctable(self, outcome: CallOutcome) -> bool:
        """Whether this call may still be corrected here (within 24 hours, not on a call)."""
        return not self.frozen and self.clock() - outcome.started_at <= AMEND_WINDOW

    def _selected_call(self) -> CallOutcome | None:
        item = self.ui.historyList.currentItem()
        outcome = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return outcome if isinstance(outcome, CallOutcome) else None

    def _update_correct(self) -> None:
        outcome = self._selected_call()
        self.correct_button.setEnabled(outcome is not None and self.correctable(outcome))

    def _correct_selected(self) -> None:
        outcome = self._selected_call()
        if outcome is not None and self.correctable(outcome):
            self.correct_requested.emit(outcome)

    def edits(self) -> dict[str, object]:
        """What the form holds, as edits of the lead."""
        ui = self.ui
        return {
            "first_name": ui.firstNameEdit.text(),
            "last_name": ui.lastNameEdit.text(),
            "company": ui.companyEdit.text(),
            "job_title": ui.jobTitleEdit.text(),
            "phones": [p for p in ui.phonesEdit.text().split(",") if p.strip()],
            "emails": [e for e in ui.emailsEdit.text().split(",") if e.strip()],
            "need": ui.needEdit.toPlainText(),
            "budget_notes": ui.budgetEdit.text(),
            "temperature": ui.temperatureCombo.currentData(),
            "quality": ui.qualityCombo.currentData(),
            "score": ui.scoreSpin.value(),
            "time_zone": ui.timeZoneEdit.text().strip() or None,
            "city": self.city_edit.text(),
        }

    def save(self) -> bool:
        """Save the edits (queued for the server); errors next to their fields."""
        if self.lead is None:
            return False
        self.errors.clear()
        try:
            lead = self.leads.update(self.lead.id, self.edits())
        except ValidationErrors as exc:
            self.errors.show(exc.errors)
            return False
        except ValidationError as exc:
            self.errors.show([exc])
            return False
        self.show_lead(lead)
        self.ui.savedLabel.setText(self.tr("Saved."))
        return True
