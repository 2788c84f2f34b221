# SPDX-License-Identifier: MIT
"""The outcome form: errors next to the field, nothing saved; a valid save is durable."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.calls import CallService
from desktop.services.leads import LeadService
from desktop.store.models import LeadRow, OutboxRow, OutcomeRow
from desktop.views.outcome_dialog import OutcomeDialog
from salesdesk.domain.vocabulary import Disposition, Result, Temperature
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def dialog(qtbot: QtBot, calls: CallService, **kwargs: object) -> OutcomeDialog:
    lead = LeadService(calls.store).lead("lead-anna")
    assert lead is not None
    script = calls.script("en")
    widget = OutcomeDialog(
        calls, lead, started_at=NOW - timedelta(minutes=4), duration_s=185, script=script, **kwargs
    )  # type: ignore[arg-type]
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def choose(combo: object, value: object) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def saved_rows(calls: CallService) -> tuple[list[OutcomeRow], list[OutboxRow]]:
    with calls.store.read() as session:
        return (
            list(session.scalars(select(OutcomeRow))),
            list(session.scalars(select(OutboxRow).order_by(OutboxRow.seq))),
        )


def test_an_error_clears_when_its_cause_changes(qtbot: QtBot, calls: CallService) -> None:
    """Found by a new user: "lost needs a reason" stayed after switching to Follow-up."""
    form = dialog(qtbot, calls)
    choose(form.ui.dispositionCombo, Disposition.CONNECTED)
    choose(form.ui.resultCombo, Result.LOST)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.lossReasonError.isVisibleTo(form)
    choose(form.ui.resultCombo, Result.FOLLOW_UP)
    assert form.ui.lossReasonError.text() == "" and not form.ui.lossReasonError.isVisibleTo(form)
    choose(form.ui.resultCombo, Result.LOST)
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.lossReasonError.isVisibleTo(form)
    choose(form.ui.lossReasonCombo, "price_high")  # choosing the reason clears it too
    assert not form.ui.lossReasonError.isVisibleTo(form)


def test_lost_without_a_reason_is_refused_then_saved(qtbot: QtBot, calls: CallService) -> None:
    form = dialog(qtbot, calls, raised=["price-expensive"], used=["price-expensive-roi"])
    assert form.ui.durationLabel.text() == "Call duration: 3 min 05 s"
    choose(form.ui.dispositionCombo, Disposition.CONNECTED)
    choose(form.ui.resultCombo, Result.LOST)
    assert form.ui.lossReasonCombo.isEnabled() and not form.ui.nextCallEdit.isEnabled()
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form.saved is None
    assert form.ui.lossReasonError.text() == "Choose why the lead is lost."
    assert form.ui.lossReasonCombo.hasFocus()  # the cursor is where the choice is missing
    assert saved_rows(calls) == ([], [])
    choose(form.ui.lossReasonCombo, "price_high")
    qtbot.keyClicks(form.ui.noteEdit, "prefers spreadsheets")
    with qtbot.waitSignal(form.accepted, timeout=2000):
        qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    outcomes, outbox = saved_rows(calls)
    assert [(o.result, o.loss_reason_id, o.note, o.duration_s) for o in outcomes] == [
        ("lost", "price_high", "prefers spreadsheets", 185)
    ]
    assert outcomes[0].objections == ["price-expensive"]
    assert outcomes[0].answers_used == ["price-expensive-roi"]
    assert [row.type for row in outbox] == ["call_outcome.record"]


def test_a_reason_that_needs_a_comment_points_at_the_note(qtbot: QtBot, calls: CallService) -> None:
    form = dialog(qtbot, calls)
    choose(form.ui.dispositionCombo, Disposition.CONNECTED)
    choose(form.ui.resultCombo, Result.LOST)
    choose(form.ui.lossReasonCombo, "chose_competitor")
    form.save()
    assert "needs a comment" in form.ui.noteError.text()
    assert form.ui.noteEdit.hasFocus()
    assert form.saved is None


def test_follow_up_with_a_quick_choice_and_a_temperature_change(
    qtbot: QtBot, calls: CallService
) -> None:
    form = dialog(qtbot, calls)
    choose(form.ui.dispositionCombo, Disposition.CALLBACK_REQUESTED)
    choose(form.ui.resultCombo, Result.FOLLOW_UP)
    qtbot.mouseClick(form.ui.inOneHourButton, Qt.MouseButton.LeftButton)
    choose(form.ui.temperatureCombo, Temperature.HOT)
    form.save()
    assert form.saved is not None
    assert form.saved.next_call_at == NOW + timedelta(hours=1)
    _, outbox = saved_rows(calls)
    assert [row.type for row in outbox] == ["call_outcome.record", "lead.update"]
    assert outbox[1].payload == {"temperature": "hot"}
    with calls.store.read() as session:
        lead = session.get(LeadRow, "lead-anna")
        assert lead is not None and (lead.temperature, lead.stage) == ("hot", "qualifying")


def test_no_conversation_cannot_qualify(qtbot: QtBot, calls: CallService) -> None:
    form = dialog(qtbot, calls)
    choose(form.ui.dispositionCombo, Disposition.NO_ANSWER)
    choose(form.ui.resultCombo, Result.QUALIFIED)
    form.save()
    assert "no conversation" in form.ui.resultError.text()
    assert saved_rows(calls) == ([], [])


def test_escape_cancels_and_saves_nothing(qtbot: QtBot, calls: CallService) -> None:
    form = dialog(qtbot, calls)
    with qtbot.waitSignal(form.rejected, timeout=2000):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert saved_rows(calls) == ([], [])


def test_the_untouched_form_records_nothing_and_converts_nothing(
    qtbot: QtBot, calls: CallService
) -> None:
    """Found by a new user: F5, F6, Ctrl+Enter after a one-second call converted the lead."""
    form = dialog(qtbot, calls)
    assert form.ui.dispositionCombo.currentData() is None
    assert form.ui.resultCombo.currentData() is None
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.isVisible() and form.saved is None
    assert "what happened on the line" in form.ui.resultError.text()
    assert saved_rows(calls) == ([], [])
    with calls.store.read() as session:
        lead = session.get(LeadRow, "lead-anna")
        assert lead is not None and lead.stage == "new"


def test_no_answer_is_one_key_then_ctrl_enter(qtbot: QtBot, calls: CallService) -> None:
    """Found by a new user: "No answer", the most common outcome, was refused until the
    result was changed too."""
    form = dialog(qtbot, calls)
    qtbot.keyClick(form.focusWidget() or form, Qt.Key.Key_2)
    assert form.ui.dispositionCombo.currentData() == "no_answer"
    assert form.ui.resultCombo.currentData() == Result.FOLLOW_UP
    retry = form.draft().next_call_at
    assert retry is not None and timedelta(minutes=100) < retry - calls.clock() < timedelta(
        hours=25
    )
    assert "try again" in form.effect_label.text().lower()
    qtbot.keyClick(form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.saved is not None and not form.isVisible()
    [outcome], _outbox = saved_rows(calls)
    assert (outcome.disposition, outcome.result) == ("no_answer", "follow_up")
    with calls.store.read() as session:
        lead = session.get(LeadRow, "lead-anna")
        assert lead is not None and lead.stage == "qualifying"


def test_a_wrong_number_closes_the_lead_with_the_matching_reason(
    qtbot: QtBot, calls: CallService
) -> None:
    form = dialog(qtbot, calls)
    qtbot.keyClick(form.focusWidget() or form, Qt.Key.Key_5)
    assert form.ui.dispositionCombo.currentData() == "wrong_number"
    assert form.ui.resultCombo.currentData() == Result.LOST
    assert form.ui.lossReasonCombo.currentData() == "wrong_contact"
    assert "lost" in form.effect_label.text().lower()


def test_a_conversion_needs_an_explicit_choice_and_says_what_it_does(
    qtbot: QtBot, calls: CallService
) -> None:
    form = dialog(qtbot, calls)
    qtbot.keyClick(form.focusWidget() or form, Qt.Key.Key_1)  # connected: no result follows
    assert form.ui.resultCombo.currentData() is None
    choose(form.ui.resultCombo, Result.QUALIFIED)
    assert "sales" in form.effect_label.text().lower()


def test_loss_reasons_are_listed_in_the_ui_language(qtbot: QtBot, calls: CallService) -> None:
    """Found in Russian mode: the server's loss reasons were English."""
    from desktop.views.app import application
    from desktop.views.i18n import install_language

    assert install_language(application(), "ru")
    try:
        combo = dialog(qtbot, calls).ui.lossReasonCombo
        names = [combo.itemText(i) for i in range(1, combo.count())]
        assert names[:2] == ["Дорого / нашли дешевле", "Выбрали конкурента *"]
        assert combo.itemData(1) == "price_high"  # what is recorded stays the ID
    finally:
        install_language(application(), "en")
    combo = dialog(qtbot, calls).ui.lossReasonCombo
    assert combo.itemText(1) == "Price too high / found cheaper"
