# SPDX-License-Identifier: MIT
"""Exhibition mode: capture a visitor as a lead in seconds, with the keyboard only, offline.

A badge or card code fills the form (the camera, an image, a paste, or a scanner typing
into the name field); typing works as before. Enter in any field saves and clears the form
for the next visitor (the event name stays for the day); the saved visitor can be taken
back for ten seconds (Ctrl+Z). Esc clears, asking first when a visitor's details are typed.
Under the phone the numbers show as they will be stored, with their country and their time.
Several phones or emails are separated by commas. The consent question is the event's own
(its text per language, versioned); an event may require it. The event's topics (the
server's interest tags offered there) are ticked with Ctrl+1…Ctrl+9; a follow-up agreed with
the visitor (call back, send materials, a meeting) becomes the lead's next step, due
tomorrow at the start of calling hours where the visitor is — shown before saving.

A visitor whose email is known is the same person: the panel offers to add the conversation
to that lead. A known phone under another name may be a colleague: the panel asks "same
company?" — yes adds them to that lead as a contact person, no saves a new lead.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.services.changes import Changed
from desktop.services.leads import LeadService, StandVisitor, VisitorMatch
from desktop.views.badge_scanner import CameraFrames, FrameSource
from desktop.views.consent_dialog import ConsentDialog, consent_text
from desktop.views.field_errors import FieldErrors
from desktop.views.forms.ui_capture_panel import Ui_CapturePanel
from desktop.views.i18n import fill, ui_language
from desktop.views.keyboard_wedge import KeyboardWedge
from desktop.views.labels import format_when, next_step_label, temperature_label
from desktop.views.place_pickers import country_name
from desktop.views.plain_text import plain_labels
from desktop.views.scan_dialog import ScanDialog, note_text
from desktop.views.stand_day import StandDay, clock_time
from desktop.views.their_time_labels import time_spread
from desktop.views.undo_bar import UndoBar
from salesdesk.domain.badge import VisitorCard, read_badge
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.lead import NO_EVENT_MESSAGE, LeadDraft
from salesdesk.domain.vocabulary import NextStep, Source, Temperature

_ERROR_LABELS = {
    "event_name": "eventError",
    "first_name": "nameError",
    "last_name": "nameError",
    "name": "nameError",
    "company": "companyError",
    "job_title": "jobTitleError",
    "role": "jobTitleError",
    "phone": "phoneError",
    "contact": "phoneError",  # no phone and no email: said under Phone, beside Email
    "email": "emailError",
    "need": "needError",
    "note": "noteError",
    "consent": "consentError",
}

# What each error label is about, in the form's order (a change clears it; focus goes there).
_ERROR_INPUTS = {
    "eventError": ("eventEdit",),
    "nameError": ("nameEdit",),
    "companyError": ("companyEdit",),
    "jobTitleError": ("jobTitleEdit",),
    "phoneError": ("phoneEdit", "emailEdit"),
    "emailError": ("emailEdit",),
    "needError": ("needEdit",),
    "noteError": ("noteEdit",),
    "consentError": ("consentCheck",),
}


@dataclass(frozen=True)
class SavedVisitor:
    """The form as it was when a visitor was saved (put back when the save is undone)."""

    texts: dict[str, str]
    consented: bool
    temperature: Temperature
    interests: tuple[str, ...] = ()
    next_step: NextStep | None = None


def split_values(text: str) -> list[str]:
    """Several phones or emails typed in one field, separated by commas."""
    return [part.strip() for part in text.split(",") if part.strip()]


class CapturePanel(QWidget):
    """The stand's capture form over the LeadService.

    Signals:
        captured(str): a lead was saved (its ID) or a conversation added to a known one.
    Attributes:
        matches: the known leads offered for the last attempt to save.
        last_saved: the draft of the visitor saved last (put back when it is undone).
        frames: makes the picture source the scan dialog reads (the camera; tests swap it).
    """

    captured = Signal(str)

    def __init__(self, leads: LeadService) -> None:
        super().__init__()
        self.ui = Ui_CapturePanel()
        self.ui.setupUi(self)
        plain_labels(self.ui.matchLabel, self.ui.savedLabel)  # names are data, never markup
        self.leads = leads
        self.matches: list[VisitorMatch] = []
        self.teammate: StandVisitor | None = None  # a teammate's visitor, offered
        self.last_saved: SavedVisitor | None = None
        self.frames: type[FrameSource] | None = CameraFrames
        plain_labels(self.ui.consentText)  # the event's own words
        self.ui.consentEditButton.clicked.connect(self.edit_consent)
        self.errors = FieldErrors(self.ui, _ERROR_LABELS, inputs=_ERROR_INPUTS)
        for temperature in Temperature:
            self.ui.temperatureCombo.addItem(temperature_label(temperature), temperature)
        self.ui.temperatureCombo.setCurrentIndex(list(Temperature).index(Temperature.WARM))
        # no follow-up is chosen for the manager: "none" until they pick one
        self.ui.followUpCombo.addItem("", None)
        for step in NextStep:
            self.ui.followUpCombo.addItem(next_step_label(step), step)
        self.ui.followUpCombo.currentIndexChanged.connect(lambda _index: self._show_due())
        plain_labels(self.ui.interestsHint, self.ui.followUpDue)
        self.interest_boxes: dict[str, QCheckBox] = {}  # the event's topics, in order
        for number in range(1, 10):  # Alt+number filters the queue; Ctrl+number is free here
            QShortcut(QKeySequence(f"Ctrl+{number}"), self).activated.connect(
                lambda n=number: self.toggle_interest(n)
            )
        for edit in self.findChildren(QLineEdit):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(self._forget_matches)
            edit.installEventFilter(self)  # Ctrl+V of a picture, Ctrl+Z after a save
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.attachButton.clicked.connect(self.attach)
        self.ui.saveNewButton.clicked.connect(lambda: self.save(allow_known=True))
        self.ui.scanButton.clicked.connect(self.scan)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.escape)
        QShortcut(QKeySequence("Ctrl+Shift+S"), self).activated.connect(self.scan)
        QShortcut(QKeySequence("Ctrl+Shift+T"), self).activated.connect(self.show_day)
        # at once, not a mnemonic's delayed click: Alt+G then Enter must save it ticked
        QShortcut(QKeySequence("Alt+G"), self).activated.connect(self.ui.consentCheck.toggle)
        self.wedge = KeyboardWedge(self.ui.nameEdit)
        self.wedge.scanned.connect(self.use_code)
        self.undo_bar = UndoBar()
        self.undo_bar.undo_requested.connect(self.undo_save)
        self.ui.mainLayout.insertWidget(self.ui.mainLayout.indexOf(self.ui.savedLabel) + 1,
                                        self.undo_bar)  # fmt: skip
        # the numbers as they will be stored, as they are typed (a wrong region shows at once)
        self.phone_preview = QLabel()
        self.phone_preview.setObjectName("phonePreview")
        self.phone_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_preview.setWordWrap(True)
        self.ui.phoneBox.insertWidget(1, self.phone_preview)
        self.ui.phoneEdit.textChanged.connect(self._preview_phone)
        self.ui.eventEdit.setText(leads.stand_event())
        self.ui.eventEdit.textChanged.connect(lambda _text: self._show_consent_text())
        self.ui.eventEdit.textChanged.connect(lambda _text: self.show_interests())
        self.ui.phoneEdit.textChanged.connect(lambda _text: self._show_due())
        self.retranslate()
        self.clear()
        self.ui.savedLabel.clear()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.ui.retranslateUi(self)
        for index, temperature in enumerate(Temperature):
            self.ui.temperatureCombo.setItemText(index, temperature_label(temperature))
        self.ui.followUpCombo.setItemText(0, self.tr("None agreed"))
        for index, step in enumerate(NextStep, start=1):
            self.ui.followUpCombo.setItemText(index, next_step_label(step))
        self.show_interests()
        self._show_due()
        self.undo_bar.retranslate()
        self._show_consent_text()
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
        if what & Changed.SYNC:  # the server's topics may have changed
            self.show_interests()

    def focus_first(self) -> None:
        """Put the cursor where the next visitor's details start."""
        (self.ui.nameEdit if self.ui.eventEdit.text() else self.ui.eventEdit).setFocus()

    def _visitor_edits(self) -> tuple[QLineEdit, ...]:
        ui = self.ui
        return (ui.nameEdit, ui.companyEdit, ui.jobTitleEdit, ui.phoneEdit, ui.emailEdit,
                ui.needEdit, ui.noteEdit)  # fmt: skip

    def clear(self) -> None:
        """Empty the form for the next visitor (the event name stays)."""
        for edit in self._visitor_edits():
            edit.clear()
        self.ui.temperatureCombo.setCurrentIndex(list(Temperature).index(Temperature.WARM))
        self.ui.followUpCombo.setCurrentIndex(0)
        for box in self.interest_boxes.values():
            box.setChecked(False)
        self.ui.consentCheck.setChecked(False)
        self._preview_phone("")
        self.errors.clear()
        self._forget_matches()
        self.update_counter()
        self._show_consent_text()
        self.focus_first()

    def typed(self) -> bool:
        """Whether anything of a visitor is typed (the event name is the day's, not theirs)."""
        return any(edit.text().strip() for edit in self._visitor_edits())

    # --- topics and the follow-up ---------------------------------------------------------

    def show_interests(self) -> None:
        """The event's topics as tick boxes (Ctrl+1…Ctrl+9), keeping what is ticked."""
        ticked = set(self.checked_interests())
        grid = self.ui.interestsGrid
        for box in self.interest_boxes.values():
            grid.removeWidget(box)
            box.hide()  # at once: a deferred delete waits for the event loop's next turn
            box.deleteLater()
        self.interest_boxes = {}
        language = ui_language()
        tags = self.leads.offered_interests(self.ui.eventEdit.text())
        for index, tag in enumerate(tags):
            label = tag.label_in(language)
            if index < 9:
                label = fill(self.tr("%1 (Ctrl+%2)"), label, str(index + 1))
            box = QCheckBox(label)
            box.setObjectName(f"interest_{tag.id}")
            box.setChecked(tag.id in ticked)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stays in the typed fields
            grid.addWidget(box, index // 2, index % 2)  # two a row: long names stay whole
            self.interest_boxes[tag.id] = box
        self.ui.interestsHint.setText(
            self.tr("The team lead sets the topics offered at each event on the server.")
            if not tags
            else ""
        )
        self.ui.interestsHint.setVisible(not tags)

    def toggle_interest(self, number: int) -> bool:
        """Ctrl+number: tick or untick the event's topic of that number."""
        boxes = list(self.interest_boxes.values())
        if not 1 <= number <= len(boxes):
            return False
        boxes[number - 1].toggle()
        return True

    def checked_interests(self) -> list[str]:
        """The ticked topics' IDs, in the event's order."""
        return [tag_id for tag_id, box in self.interest_boxes.items() if box.isChecked()]

    def chosen_step(self) -> NextStep | None:
        """The follow-up picked (None: none agreed)."""
        data = self.ui.followUpCombo.currentData()
        return NextStep(data) if data else None

    def _show_due(self) -> None:
        """Beside the follow-up: when it will be due (their morning when their number tells
        their zone, else the manager's), so the time is seen before it is saved."""
        label = self.ui.followUpDue
        if self.chosen_step() is None:
            label.clear()
            return
        due, zone, theirs = self.leads.follow_up_due(self.draft())
        when = format_when(due, self.leads.clock(), ZoneInfo(zone))
        label.setText(
            fill(self.tr("due %1, their time"), when)
            if theirs
            else fill(self.tr("due %1, your time"), when)
        )

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

    # --- consent -------------------------------------------------------------------------

    def _consent_words(self) -> str:
        setup = self.leads.consent_setup(self.ui.eventEdit.text())
        return consent_text(setup, ui_language())

    def _show_consent_text(self) -> None:
        setup = self.leads.consent_setup(self.ui.eventEdit.text())  # one read a keystroke
        words = consent_text(setup, ui_language())
        if setup.required:
            words += "\n" + self.tr("Required at this event.")
        self.ui.consentText.setText(words)

    def edit_consent(self) -> bool:
        """Change this event's consent text (per language) and whether it is required."""
        event = self.ui.eventEdit.text().strip()
        if not event:
            self.errors.show([ValidationError(NO_EVENT_MESSAGE, "event_name", ErrorCode.NO_EVENT)])
            return False
        dialog = ConsentDialog(event, self.leads.consent_setup(event), self)
        if dialog.exec() != ConsentDialog.DialogCode.Accepted:
            return False
        self.leads.set_consent_setup(event, dialog.setup())
        self._show_consent_text()
        return True

    # --- numbers -------------------------------------------------------------------------

    def _preview_phone(self, text: str) -> None:
        """Under the phone: each number as it will be stored, its country and their time; a
        number of another country than the stand's, or one not valid yet, in orange."""
        label = self.phone_preview
        numbers = split_values(text)
        if not numbers:
            label.clear()
            label.setVisible(False)
            return
        label.setVisible(True)
        lines, warn = [], False
        for raw in numbers:
            line, foreign = self._reading(raw)
            lines.append(line)
            warn = warn or foreign
        label.setStyleSheet("color: #b26a00;" if warn else "color: #2e7d32;")
        label.setText("\n".join(lines))

    def _reading(self, raw: str) -> tuple[str, bool]:
        try:
            reading = self.leads.read_phone(raw)
        except ValidationError:
            return fill(
                self.tr("not a valid number when read as %1 (add + and the country code)"),
                country_name(self.leads.phone_region()),
            ), True
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
        return shown, reading.foreign

    # --- scanning ------------------------------------------------------------------------

    def scan(self) -> bool:
        """Open the scan view (camera, image, paste); its details fill the form."""
        frames = self.frames(self) if self.frames is not None else None
        dialog = ScanDialog(self.leads.phone_region(), frames, self)
        accepted = dialog.exec() == ScanDialog.DialogCode.Accepted
        if frames is not None:
            frames.deleteLater()
        if accepted and dialog.card is not None:
            self.fill_from(dialog.card)
            return True
        return False

    def use_code(self, text: str) -> None:
        """A code a scanner typed into the name field: its details fill the form."""
        self.ui.nameEdit.clear()
        self.fill_from(read_badge(text, self.leads.phone_region()))

    def fill_from(self, card: VisitorCard) -> None:
        """Put a scanned visitor in the form (the note keeps whatever has no field), ready
        for the manager to check, complete and save."""
        ui = self.ui
        for edit, value in (
            (ui.nameEdit, card.name),
            (ui.companyEdit, card.company),
            (ui.jobTitleEdit, card.job_title),
            (ui.phoneEdit, ", ".join(card.callable_phones)),
            (ui.emailEdit, ", ".join(card.emails)),
        ):
            if value:
                edit.setText(value)
        extra = note_text(card)
        if extra:
            before = ui.noteEdit.text().strip()
            ui.noteEdit.setText(f"{before} · {extra}" if before else extra)
        self._forget_matches()
        self.ui.savedLabel.setText(self.tr("Read from the code: check the details, then save."))
        (ui.needEdit if card.name else ui.nameEdit).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the form's fields: Ctrl+V of a picture reads the code in it; Ctrl+Z right
        after a save (nothing typed since) takes the saved visitor back."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Paste):
            image = QGuiApplication.clipboard().image()
            if not image.isNull():
                self.read_pasted()
                return True
        if event.matches(QKeySequence.StandardKey.Undo) and not self.typed():
            return self.undo_bar.take()  # the form is as the save left it: nothing else to undo
        return False

    def read_pasted(self) -> bool:
        """Read the code in the clipboard's picture and fill the form from it."""
        dialog = ScanDialog(self.leads.phone_region(), None, self)
        found = dialog.paste()
        if found and dialog.card is not None:
            self.fill_from(dialog.card)
        else:
            self.ui.savedLabel.setText(self.tr("No code found in the pasted picture."))
        dialog.deleteLater()
        return found

    # --- saving --------------------------------------------------------------------------

    def _forget_matches(self, *_args: object) -> None:
        self.matches = []
        self.teammate = None
        self.ui.matchFrame.setVisible(False)

    def show_day(self) -> StandDay:
        """Ctrl+Shift+T: today's visitors at the event, own and teammates'."""
        day = StandDay(self.leads, self.ui.eventEdit.text().strip(), self)
        day.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        day.show()
        return day

    def draft(self) -> LeadDraft:
        """The form as a lead draft (the consent is added when saving)."""
        ui = self.ui
        first, _, last = ui.nameEdit.text().strip().partition(" ")
        need = ui.needEdit.text().strip()
        note = ui.noteEdit.text().strip()
        return LeadDraft(
            phones=split_values(ui.phoneEdit.text()),
            emails=split_values(ui.emailEdit.text()),
            first_name=first,
            last_name=last.strip(),
            company=ui.companyEdit.text(),
            job_title=ui.jobTitleEdit.text(),
            need="\n".join(p for p in (need, note and fill(self.tr("Note: %1"), note)) if p),
            source=Source.EXHIBITION,
            event_name=ui.eventEdit.text(),
            temperature=Temperature(ui.temperatureCombo.currentData()),
            interests=self.checked_interests(),
            next_step=self.chosen_step(),
        )

    def save(self, allow_known: bool = False) -> bool:
        """Save the visitor as a new lead; offers a known lead first (unless allowed)."""
        self.errors.clear()
        self.ui.savedLabel.clear()
        draft = self.draft()
        if not allow_known:
            self.matches = self.leads.visitor_matches(draft)
            if self.matches:
                self._offer(self.matches[0])
                return False
            self.teammate = self.leads.teammate_capture(draft)
            if self.teammate is not None:
                self._offer_teammate(self.teammate)
                return False
        words = self._consent_words()
        try:
            draft.consent = self.leads.consent(
                self.ui.consentCheck.isChecked(), draft.event_name, ui_language(), words
            )
            lead = self.leads.capture(draft)
        except ValidationErrors as exc:
            self.errors.show(exc.errors)
            return False
        except ValidationError as exc:
            self.errors.show([exc])
            return False
        self.leads.count_capture(lead.event_name)
        self.last_saved = SavedVisitor(
            {edit.objectName(): edit.text() for edit in self._visitor_edits()},
            self.ui.consentCheck.isChecked(),
            draft.temperature,
            tuple(draft.interests),
            draft.next_step,
        )
        self.clear()
        saved = fill(self.tr("Saved %1. Ready for the next visitor."), lead.display_name)
        if not draft.consent.given:
            saved += " " + self.tr("(without consent: marked so)")
        self.undo_bar.offer(lead.id, saved)
        self.captured.emit(lead.id)
        return True

    def undo_save(self, lead_id: str) -> bool:
        """Take back the visitor just saved; their details come back into the form."""
        if not self.leads.undo_capture(lead_id):
            self.ui.savedLabel.setText(
                self.tr("Already sent to the server: change the lead on its card instead.")
            )
            return False
        saved = self.last_saved
        if saved is not None:
            for edit in self._visitor_edits():
                edit.setText(saved.texts.get(edit.objectName(), ""))
            self.ui.consentCheck.setChecked(saved.consented)
            self.ui.temperatureCombo.setCurrentIndex(list(Temperature).index(saved.temperature))
            steps = [None, *NextStep]
            self.ui.followUpCombo.setCurrentIndex(steps.index(saved.next_step))
            for tag_id, box in self.interest_boxes.items():
                box.setChecked(tag_id in saved.interests)
        self.leads.count_capture(self.ui.eventEdit.text(), -1)
        self.ui.savedLabel.setText(self.tr("Taken back: the visitor is in the form again."))
        self.ui.nameEdit.setFocus()
        return True

    def _offer(self, match: VisitorMatch) -> None:
        known = match.lead
        contact = ", ".join((*map(display_phone, known.phones), *known.emails))
        others = len(self.matches) - 1
        if match.same_person:
            text = fill(
                self.tr(
                    "We already know this visitor: %1 (%2, %3). Add this conversation to "
                    "that lead, or save a new lead anyway?"
                ),
                match.person.name if match.person else known.display_name,
                known.company or "—",
                contact,
            )
            yes, no = self.tr("&Attach to this lead"), self.tr("Save as a &new lead anyway")
        else:
            visitor = self.ui.nameEdit.text().strip()
            text = fill(
                self.tr(
                    "Same phone as %1 (%2). Is %3 at the same company? Yes adds them to that "
                    "lead as a contact person, with this conversation; no saves a new lead."
                ),
                match.person.name if match.person else known.display_name,
                known.company or "—",
                visitor,
            )
            yes, no = self.tr("&Yes, the same company"), self.tr("No, a &new lead")
        if others:
            text += " " + self.tr("(%n other known lead(s) share these contacts.)", "", others)
        self._show_offer(text, yes, no)

    def _offer_teammate(self, capture: StandVisitor) -> None:
        when = clock_time(capture.captured_at, self.leads.rules().manager_time_zone)
        text = fill(
            self.tr(
                "%1 captured this visitor at %2 today: %3 (%4). They are %1's lead; "
                "leave them to %1, or save them as your lead too?"
            ),
            capture.captured_by,
            when,
            capture.name or "—",
            capture.company or "—",
        )
        yes = fill(self.tr("&Leave them to %1"), capture.captured_by)
        self._show_offer(text, yes, self.tr("Save as my lead &too"))

    def _show_offer(self, text: str, yes: str, no: str) -> None:
        """The question about a known visitor, its two answers; the first one has focus."""
        self.ui.matchLabel.setText(text)
        self.ui.attachButton.setText(yes)
        self.ui.saveNewButton.setText(no)
        self.ui.matchFrame.setVisible(True)
        self.ui.attachButton.setFocus()

    def attach(self) -> bool:
        """Add the conversation to the known lead offered (and the visitor as a contact
        person when they are someone else); no new lead. For a teammate's visitor: leave
        them to the teammate (the form is cleared; nothing saved twice)."""
        if self.teammate is not None:
            owner = self.teammate.captured_by
            self.clear()
            self.ui.savedLabel.setText(fill(self.tr("Left to %1: not saved twice."), owner))
            return True
        if not self.matches:
            return False
        match = self.matches[0]
        draft = self.draft()
        company = draft.company.strip()
        if company and company.casefold() != match.lead.company.strip().casefold():
            # someone else's company stays with them, in their contact person's note
            draft.need = "\n".join(
                part for part in (draft.need, fill(self.tr("Company: %1"), company)) if part
            )
        try:
            self.leads.attach_visitor(match, draft)
        except ValidationErrors as exc:
            self.errors.show(exc.errors)
            return False
        except ValidationError as exc:
            self.errors.show([exc])
            return False
        self.leads.count_capture(draft.event_name)
        self.clear()
        if match.same_person:
            text = fill(self.tr("Conversation added to %1."), match.lead.display_name)
        else:
            text = fill(
                self.tr("%1 added to %2 as a contact person, with the conversation."),
                f"{draft.first_name} {draft.last_name}".strip() or self.tr("The visitor"),
                match.lead.display_name,
            )
        self.ui.savedLabel.setText(text)
        self.captured.emit(match.lead.id)
        return True
