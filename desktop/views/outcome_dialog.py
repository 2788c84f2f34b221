# SPDX-License-Identifier: MIT
"""The outcome form after a call (Designer form ``ui/outcome_dialog.ui``).

Nothing is preselected: the form records only what the caller chose. Number keys 1–7 pick
what happened on the line and the result that follows from it (no answer, busy, voicemail:
try again by the retry rule; a wrong or invalid number: lost with that reason); a conversion
or a disqualification is always an explicit choice, and one line says what the save will do
to the lead. Invalid input is shown next to its field and nothing is saved; a valid save is
durable when the dialog closes. Ctrl+Enter saves, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, QTimeZone
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.services.calls import CallService
from desktop.views.answer_text import month_text, reason_text
from desktop.views.error_texts import error_text
from desktop.views.forms.ui_outcome_dialog import Ui_OutcomeDialog
from desktop.views.i18n import fill, ui_language
from desktop.views.labels import (
    date_time_format,
    disposition_label,
    duration_text,
    format_when,
    quality_label,
    result_label,
    temperature_label,
    verdict_label,
)
from desktop.views.place_pickers import country_name
from desktop.views.their_time_labels import in_both_zones, time_spread
from desktop.views.zone_chooser import ZoneChooser
from salesdesk.domain.errors import ValidationError, ValidationErrors
from salesdesk.domain.lead import MAX_TEXT, Lead
from salesdesk.domain.outcome import (
    BAD_CONTACT,
    TRY_AGAIN,
    CallOutcome,
    OutcomeDraft,
    quick_next_call_times,
    retry_time,
)
from salesdesk.domain.qualification import judge
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import Disposition, Quality, Result, Temperature

# The catalog's reason for a wrong or invalid contact (preselected for such a call).
BAD_CONTACT_REASON = "wrong_contact"


class OutcomeDialog(QDialog):
    """Records one call's outcome through the CallService.

    Attributes:
        saved: the outcome once saved, else None.
    """

    def __init__(
        self,
        calls: CallService,
        lead: Lead,
        *,
        started_at: datetime,
        duration_s: int,
        script: CallScript | None = None,
        raised: Iterable[str] = (),
        used: Iterable[str] = (),
        answers: dict[str, Any] | None = None,
        note: str = "",
        correcting: CallOutcome | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OutcomeDialog()
        self.ui.setupUi(self)
        self.calls = calls
        self.lead = lead
        self.started_at = started_at
        self.duration_s = duration_s
        self.saved: CallOutcome | None = None
        self.correcting = correcting
        self.script = script  # its objections and answers are the ones offered
        self.settings = calls.settings()
        self.effect_label = QLabel()
        self.effect_label.setWordWrap(True)
        self.effect_label.setTextFormat(Qt.TextFormat.PlainText)
        # a guided call's answers: the verdict they give, and why the caller overrules it
        if answers is None and correcting is not None:
            answers = correcting.answers
        self.answers = dict(answers or {})
        self.judgement = judge(script, self.answers, started_at)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.use_verdict = QPushButton()
        self.use_verdict.clicked.connect(self.take_verdict)
        QShortcut(QKeySequence("Alt+U"), self).activated.connect(self.take_verdict)
        self.overrule_label = QLabel()
        self.overrule_edit = QLineEdit()
        self.overrule_edit.setObjectName("overruleEdit")
        self.overrule_edit.setMaxLength(MAX_TEXT)
        self.overrule_label.setBuddy(self.overrule_edit)
        self.overrule_error = QLabel()
        self.overrule_error.setStyleSheet("color: #c62828;")
        self.overrule_error.setTextFormat(Qt.TextFormat.PlainText)
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            at = layout.indexOf(self.ui.buttonBox)
            for widget in (
                self.verdict_label, self.use_verdict, self.overrule_label, self.overrule_edit,
                self.overrule_error, self.effect_label,
            ):  # fmt: skip
                layout.insertWidget(at, widget)
                at += 1
        self._fill(script, set(raised), set(used))
        self.ui.noteEdit.setPlainText(note)  # typed during the call
        self.ui.resultCombo.currentIndexChanged.connect(self._result_changed)
        self.ui.dispositionCombo.currentIndexChanged.connect(self._disposition_changed)
        self.ui.nextCallEdit.dateTimeChanged.connect(lambda _moment: self._show_effect())
        # an error stands only while its cause does: a change of what it is about clears it
        for signal, labels in (
            (self.ui.dispositionCombo.currentIndexChanged, (self.ui.resultError,)),
            (
                self.ui.resultCombo.currentIndexChanged,
                (self.ui.resultError, self.ui.lossReasonError, self.ui.nextCallError),
            ),
            (self.ui.lossReasonCombo.currentIndexChanged, (self.ui.lossReasonError,)),
            (self.ui.nextCallEdit.dateTimeChanged, (self.ui.nextCallError,)),
            (self.ui.noteEdit.textChanged, (self.ui.noteError,)),
        ):
            signal.connect(lambda *_args, cleared=labels: self._clear(cleared))
        for child in self.findChildren(QWidget):
            if not isinstance(child, QPlainTextEdit | QLineEdit | QAbstractSpinBox):
                child.installEventFilter(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self).activated.connect(self.save)
        # a callback is set in the lead's time when their zone is known; else the spread of
        # their candidate zones is shown under it and one of them can be chosen
        self.zones = lead.their_zones
        self.their_zone = self.zones.known
        self.chosen_zone: str | None = None
        self.next_call_hint = QLabel()
        self.next_call_hint.setObjectName("nextCallHint")
        self.next_call_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.next_call_hint.setWordWrap(True)
        self.zone_chooser = ZoneChooser()
        self.zone_chooser.chosen.connect(self._zone_chosen)
        for at, widget in enumerate((self.next_call_hint, self.zone_chooser), start=1):
            self.ui.nextCallBox.insertWidget(at, widget)
        self.ui.nextCallEdit.dateTimeChanged.connect(lambda _moment: self._show_their_time())
        self.ui.inOneHourButton.clicked.connect(lambda: self._set_next(self._quick("in_1_hour")))
        self.ui.tomorrowButton.clicked.connect(
            lambda: self._set_next(self._quick("tomorrow_morning"))
        )
        self.ui.nextWeekButton.clicked.connect(lambda: self._set_next(self._quick("next_week")))
        self._in_zone(self.their_zone)
        self._set_next(self._quick("tomorrow_morning"))
        self._show_errors({})
        self.ui.answersList.setWordWrap(True)
        self._show_verdict()
        self.overrule_edit.textChanged.connect(lambda _t: self._clear((self.overrule_error,)))
        self._result_changed()
        if correcting is not None:
            self._show_call(correcting)

    def _fill(self, script: CallScript | None, raised: set[str], used: set[str]) -> None:
        ui = self.ui
        name = self.lead.display_name
        ui.leadLabel.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
        ui.leadLabel.setText(f"{name} · {self.lead.company}" if self.lead.company else name)
        ui.durationLabel.setText(fill(self.tr("Call duration: %1"), duration_text(self.duration_s)))
        ui.nextCallEdit.setDisplayFormat(date_time_format())
        ui.dispositionCombo.addItem(self.tr("— what happened? (1–7) —"), None)
        for number, disposition in enumerate(Disposition, 1):
            ui.dispositionCombo.addItem(f"{number}  {disposition_label(disposition)}", disposition)
        ui.resultCombo.addItem(self.tr("— choose the result —"), None)
        for result in Result:
            ui.resultCombo.addItem(result_label(result), result)
        ui.lossReasonCombo.addItem(self.tr("— choose a reason —"), None)
        for reason in self.calls.loss_reasons():
            ui.lossReasonCombo.addItem(
                reason.label_in(ui_language()) + (" *" if reason.requires_comment else ""),
                reason.id,
            )
        for temperature in Temperature:
            ui.temperatureCombo.addItem(temperature_label(temperature), temperature)
        ui.temperatureCombo.setCurrentIndex(list(Temperature).index(self.lead.temperature))
        for quality in Quality:
            ui.qualityCombo.addItem(quality_label(quality), quality)
        ui.qualityCombo.setCurrentIndex(list(Quality).index(self.lead.quality))
        for objection in script.objections if script else ():
            item = QListWidgetItem(objection.title, ui.objectionsList)
            item.setData(Qt.ItemDataRole.UserRole, objection.id)
            item.setCheckState(
                Qt.CheckState.Checked if objection.id in raised else Qt.CheckState.Unchecked
            )
            for answer in objection.answers:
                text = answer.text if len(answer.text) < 90 else answer.text[:87] + "…"
                entry = QListWidgetItem(f"{objection.title}: {text}", ui.answersList)
                entry.setData(Qt.ItemDataRole.UserRole, answer.id)
                entry.setCheckState(
                    Qt.CheckState.Checked if answer.id in used else Qt.CheckState.Unchecked
                )

    def _show_call(self, call: CallOutcome) -> None:
        """Correcting a call: the form holds what was recorded; the lead's temperature and
        quality are edited on its card."""
        ui = self.ui
        self.setWindowTitle(self.tr("Correct the call"))
        ui.dispositionCombo.setCurrentIndex(ui.dispositionCombo.findData(call.disposition))
        ui.resultCombo.setCurrentIndex(ui.resultCombo.findData(call.result))
        if call.loss_reason_id:
            index = ui.lossReasonCombo.findData(call.loss_reason_id)
            if index < 0:  # retired since: still shown, as it was recorded
                ui.lossReasonCombo.addItem(call.loss_reason_id, call.loss_reason_id)
                index = ui.lossReasonCombo.count() - 1
            ui.lossReasonCombo.setCurrentIndex(index)
        if call.next_call_at is not None:
            self._set_next(call.next_call_at)
        ui.noteEdit.setPlainText(call.note)
        self.overrule_edit.setText(call.overrule_reason)
        for widget in (ui.temperatureCombo, ui.qualityCombo):
            widget.setEnabled(False)

    def _show_verdict(self) -> None:
        """What the answers say, with the reasons, and the score they give (nothing when the
        call had no answers or no rule holds)."""
        assessment = self.judgement.assessment
        texts: list[str] = []
        if assessment is not None and self.script is not None:
            reasons = "; ".join(reason_text(self.script, r) for r in assessment.reasons)
            texts.append(
                fill(
                    self.tr("The answers say: %1 — %2."), verdict_label(assessment.verdict), reasons
                )
            )
            if assessment.return_on is not None:
                texts.append(
                    fill(self.tr("Back in the queue: %1."), month_text(assessment.return_on))
                )
            self.use_verdict.setText(
                fill(self.tr("Use it (Alt+U): %1"), result_label(assessment.result))
            )
        elif self.answers:
            texts.append(
                self.tr("The answers meet none of the team's readiness rules: choose the result.")
            )
        if self.judgement.score is not None and self.judgement.quality is not None:
            texts.append(
                fill(
                    self.tr("Score from the answers: %1 (%2)."),
                    self.judgement.score,
                    quality_label(self.judgement.quality),
                )
            )
            self.ui.qualityCombo.setCurrentIndex(list(Quality).index(self.judgement.quality))
            self.ui.qualityCombo.setEnabled(False)  # the answers grade the lead
        self.verdict_label.setText(" ".join(texts))
        self.verdict_label.setVisible(bool(texts))
        self.use_verdict.setVisible(assessment is not None)
        self.overrule_label.setText(self.tr("Why another result than the answers say?"))

    def _overruled(self) -> bool:
        data = self.ui.resultCombo.currentData()
        assessment = self.judgement.assessment
        return assessment is not None and data is not None and Result(data) is not assessment.result

    def take_verdict(self) -> None:
        """The result the answers suggest, with its loss reason (the caller's choice)."""
        assessment = self.judgement.assessment
        if assessment is None:
            return
        self._choose_result(assessment.result)
        if assessment.loss_reason_id:
            index = self.ui.lossReasonCombo.findData(assessment.loss_reason_id)
            if index >= 0:
                self.ui.lossReasonCombo.setCurrentIndex(index)

    def _set_next(self, moment: datetime) -> None:
        self.ui.nextCallEdit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), self.ui.nextCallEdit.timeZone())
        )

    def _quick(self, choice: str) -> datetime:
        """A quick choice ("tomorrow_morning" at 9:00) on the lead's clock when it is known."""
        now = self.calls.clock()
        zone = ZoneInfo(self.their_zone) if self.their_zone else None
        return quick_next_call_times(now.astimezone(zone))[choice]

    def _in_zone(self, zone: str | None) -> None:
        """Show and type the callback in this zone (the computer's when None); the moment
        stays the same."""
        moment = self.ui.nextCallEdit.dateTime().toSecsSinceEpoch()
        self.ui.nextCallEdit.setTimeZone(
            QTimeZone(zone.encode()) if zone else QTimeZone.systemTimeZone()
        )
        self.ui.nextCallEdit.setDateTime(
            QDateTime.fromSecsSinceEpoch(moment, self.ui.nextCallEdit.timeZone())
        )
        self.zone_chooser.clear_offer()
        if not zone and self.correcting is None:
            self.zone_chooser.offer(self.zones, self.calls.clock())
        self._show_their_time()

    def _zone_chosen(self, zone: str) -> None:
        """The caller learnt where the lead is: saved with the outcome (``lead.update``)."""
        self.their_zone = self.chosen_zone = zone
        self._in_zone(zone)

    def _next_call(self) -> datetime:
        seconds = self.ui.nextCallEdit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, tz=self.started_at.tzinfo)

    def _show_their_time(self) -> None:
        """Under the callback: the caller's own time when the editor shows the lead's, or the
        spread of the lead's candidate zones at that moment."""
        moment, now = self._next_call(), self.calls.clock()
        if self.their_zone:
            text = (
                fill(self.tr("Their time. Yours: %1"), format_when(moment, now))
                if in_both_zones(moment, self.their_zone, now) != format_when(moment, now)
                else ""
            )
        elif self.zones.zones:
            text = fill(
                self.tr("Their time then: %1 (%2, zone unknown)"),
                time_spread(self.zones.zones, moment),
                country_name(self.zones.country) or self.tr("several countries"),
            )
        else:
            text = ""
        self.next_call_hint.setText(text)
        self.next_call_hint.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Number keys pick what happened on the line (not while typing a note or a time)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            number = event.key() - Qt.Key.Key_0
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if 1 <= number <= len(Disposition) and modifiers == Qt.KeyboardModifier.NoModifier:
                self.ui.dispositionCombo.setCurrentIndex(number)
                return True
        return super().eventFilter(watched, event)

    def _disposition_changed(self) -> None:
        """The result that follows from what happened on the line (still editable)."""
        data = self.ui.dispositionCombo.currentData()
        if data is None:
            return
        disposition = Disposition(data)
        now = self.calls.clock()
        if disposition in TRY_AGAIN:
            rules = self.settings.queue_rules()
            after = timedelta(minutes=self.settings.retry_after_minutes)
            self._choose_result(Result.FOLLOW_UP)
            self._set_next(retry_time(now, rules, after))
        elif disposition is Disposition.CALLBACK_REQUESTED:
            self._choose_result(Result.FOLLOW_UP)
        elif disposition in BAD_CONTACT:
            self._choose_result(Result.LOST)
            index = self.ui.lossReasonCombo.findData(BAD_CONTACT_REASON)
            if index >= 0:
                self.ui.lossReasonCombo.setCurrentIndex(index)
        self._show_effect()

    def _choose_result(self, result: Result) -> None:
        self.ui.resultCombo.setCurrentIndex(self.ui.resultCombo.findData(result))

    def _show_effect(self) -> None:
        """One line: what saving will do to the lead."""
        data = self.ui.resultCombo.currentData()
        texts = {
            Result.QUALIFIED: self.tr("Saving hands the lead to sales: it leaves your queue."),
            Result.NURTURE: self.tr(
                "Saving sends the lead back to marketing until its return date."
            ),
            Result.LOST: self.tr("Saving closes the lead as lost: it leaves your queue."),
            Result.NONE: self.tr("Saving counts the attempt; the lead stays in your queue."),
        }
        back = self._nurture_until()
        if data is None:
            text = ""
        elif Result(data) is Result.NURTURE and back is not None:
            text = fill(
                self.tr("Saving sends the lead back to marketing until %1."),
                format_when(back, self.calls.clock()),
            )
        elif Result(data) is Result.FOLLOW_UP:
            when = in_both_zones(self._next_call(), self.their_zone, self.calls.clock())
            text = fill(self.tr("Saving keeps the lead: try again %1."), when)
        else:
            text = texts[Result(data)]
        self.effect_label.setText(text)

    def _nurture_until(self) -> datetime | None:
        """A nurture's return: the start of the month (or day) the answers name."""
        assessment = self.judgement.assessment
        if assessment is None or assessment.return_on is None:
            return None
        return datetime.combine(
            assessment.return_on,
            time(9),
            tzinfo=ZoneInfo(self.settings.queue_rules().manager_time_zone),
        )

    def _result_changed(self) -> None:
        data = self.ui.resultCombo.currentData()
        result = Result(data) if data is not None else None
        self._show_effect()
        overruled = self._overruled()
        self.overrule_label.setVisible(overruled)
        self.overrule_edit.setVisible(overruled)
        if not overruled:
            self._clear((self.overrule_error,))
        widget: QWidget
        for widget in (self.ui.lossReasonCombo, self.ui.lossReasonLabel):
            widget.setEnabled(result is Result.LOST)
        for widget in (
            self.ui.nextCallEdit,
            self.ui.inOneHourButton,
            self.ui.tomorrowButton,
            self.ui.nextWeekButton,
            self.ui.nextCallLabel,
        ):
            widget.setEnabled(result is Result.FOLLOW_UP)

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        items = [widget.item(i) for i in range(widget.count())]
        return tuple(
            str(i.data(Qt.ItemDataRole.UserRole))
            for i in items
            if i.checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> OutcomeDraft:
        """The form's values as an outcome draft (not yet validated; both choices made)."""
        ui = self.ui
        result = Result(ui.resultCombo.currentData())
        next_call = None
        if result is Result.FOLLOW_UP:
            next_call = self._next_call()
        return OutcomeDraft(
            lead_id=self.lead.id,
            started_at=self.started_at,
            duration_s=self.duration_s,
            disposition=Disposition(ui.dispositionCombo.currentData()),
            result=result,
            loss_reason_id=ui.lossReasonCombo.currentData() if result is Result.LOST else None,
            objections=self._checked(ui.objectionsList),
            answers_used=self._checked(ui.answersList),
            note=ui.noteEdit.toPlainText(),
            next_call_at=next_call,
            nurture_until=self._nurture_until() if result is Result.NURTURE else None,
            script_id=self.script.id if self.script else None,
            script_version=self.script.version if self.script else None,
            answers=self.answers,
            verdict=assessment.verdict if (assessment := self.judgement.assessment) else None,
            overrule_reason=self.overrule_edit.text() if self._overruled() else "",
            score=self.judgement.score,
            quality=self.judgement.quality,
        )

    @staticmethod
    def _clear(labels: tuple[QLabel, ...]) -> None:
        for label in labels:
            label.clear()
            label.setVisible(False)

    def _show_errors(self, by_field: dict[str | None, str]) -> None:
        targets: dict[str, QLabel] = {
            "result": self.ui.resultError,
            "loss_reason_id": self.ui.lossReasonError,
            "next_call_at": self.ui.nextCallError,
            "note": self.ui.noteError,
            "overrule_reason": self.overrule_error,
        }
        for label in targets.values():
            label.clear()
        for name, message in by_field.items():
            targets.get(name or "", self.ui.resultError).setText(message)
        for label in targets.values():
            label.setVisible(bool(label.text()))
        # the cursor to the first field that has an error, in the form's order
        first_choice = (
            self.ui.dispositionCombo
            if self.ui.dispositionCombo.currentData() is None
            else self.ui.resultCombo
        )
        fields: dict[QLabel, QWidget] = {
            self.ui.resultError: first_choice,
            self.ui.lossReasonError: self.ui.lossReasonCombo,
            self.ui.nextCallError: self.ui.nextCallEdit,
            self.ui.noteError: self.ui.noteEdit,
            self.overrule_error: self.overrule_edit,
        }
        for label, field in fields.items():
            if label.text():
                field.setFocus()
                break

    def save(self) -> None:
        """Validate and save; on bad input show why next to the field and stay open."""
        if self.ui.dispositionCombo.currentData() is None:
            self._show_errors(
                {"result": self.tr("Choose what happened on the line (keys 1–7), then the result.")}
            )
            return
        if self.ui.resultCombo.currentData() is None:
            self._show_errors({"result": self.tr("Choose the result of the call.")})
            return
        updates: dict[str, object] = {
            "temperature": Temperature(self.ui.temperatureCombo.currentData()),
        }
        if self.judgement.quality is None:  # else the answers grade the lead
            updates["quality"] = Quality(self.ui.qualityCombo.currentData())
        if self.chosen_zone:
            updates["time_zone"] = self.chosen_zone
        try:
            if self.correcting is not None:
                self.saved = self.calls.amend(self.correcting.id, self.draft())
            else:
                self.saved = self.calls.record(self.draft(), lead_updates=updates)
        except ValidationErrors as exc:
            self._show_errors(
                {e.field: error_text(e) for e in reversed(exc.errors)}  # the first per field
            )
            return
        except ValidationError as exc:
            self._show_errors({exc.field: error_text(exc)})
            return
        self.accept()


__all__ = ["OutcomeDialog"]
