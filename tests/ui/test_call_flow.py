# SPDX-License-Identifier: MIT
"""The call flow with the keyboard alone, and where leads land in the queue afterwards."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.queue import QueueFilter
from desktop.store.models import LeadRow, OutboxRow, OutcomeRow
from desktop.views.main_window import MainWindow
from salesdesk.domain.queue import Bucket, HeldReason
from salesdesk.domain.vocabulary import Result
from tests.ui.conftest import MovingClock

CTRL = Qt.KeyboardModifier.ControlModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def shown_ids(window: MainWindow) -> list[str]:
    model = window.queue_panel.model
    return [model.lead_id(row) or "" for row in range(model.rowCount())]


def drive_outcome(qtbot: QtBot, window: MainWindow, steps: list[object]) -> None:
    """Run ``steps`` (callables) against the outcome form once F6 has opened it."""

    def run() -> None:
        dialog = window.outcome_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, run)
            return
        dialog.activateWindow()
        try:
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            for step in steps:
                step(dialog)  # type: ignore[operator]
        finally:
            if dialog.isVisible():  # a failed step must not leave the test hanging
                dialog.reject()

    QTimer.singleShot(0, run)


def test_the_queue_order_and_the_night_leads_held_back(window: MainWindow) -> None:
    # 12:00 UTC: Berlin and Hamburg are callable; Tokyo (21:00) and New York (07:00) are not.
    assert shown_ids(window) == ["lead-hot", "lead-warm", "lead-anna"]
    assert window.queue_panel.current_lead_id() == "lead-hot"
    window.queue_panel.set_filter(QueueFilter.ALL)
    assert shown_ids(window) == ["lead-hot", "lead-warm", "lead-anna", "lead-newyork", "lead-tokyo"]
    model = window.queue_panel.model
    held = model.item(3)
    assert (held.bucket, held.held) == (Bucket.HELD, HeldReason.OUTSIDE_HOURS)
    grey = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    index = model.index(3, 1)
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color() == grey
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is None
    # New York opens at 09:00 local = 14:00 UTC: the badge and the tooltip say so.
    assert model.data(model.index(3, 0)) == "14:00 · Night there"  # the time first
    assert model.data(model.index(3, 0), Qt.ItemDataRole.ToolTipRole) == (
        "Night there: held back; can be called from 14:00"
    )
    counts = window.queue_panel.snapshot.counts  # type: ignore[union-attr]
    assert (counts[QueueFilter.DUE_NOW], counts[QueueFilter.HOT], counts[QueueFilter.ALL]) == (
        3,
        3,
        5,
    )


def test_a_whole_call_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    store = window.ws.store
    assert window.queue_panel.current_lead_id() == "lead-hot"
    assert window.lead_card.lead is not None and window.lead_card.lead.id == "lead-hot"
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F5)
    assert window.call.started_at == clock.now
    clock.advance(seconds=95)
    window._show_timer(window.call.duration())
    assert window.timer_label.text() == "On call 1:35"
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_K, CTRL)
    assert window.script_panel.search.hasFocus()
    qtbot.keyClicks(window.script_panel.search, "expensive")
    qtbot.keyClick(window.script_panel.search, Qt.Key.Key_Return)
    assert window.script_panel.raised == {"price-expensive"}
    qtbot.keyClick(window.script_panel.search, Qt.Key.Key_1, ALT_SHIFT)
    assert window.script_panel.used == {"price-expensive-roi"}
    seen: dict[str, object] = {}

    def choose_lost(dialog: object) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        seen["duration"] = ui.durationLabel.text()
        ui.resultCombo.setFocus()
        qtbot.keyClick(ui.resultCombo, Qt.Key.Key_1)  # connected (the number keys pick it)
        qtbot.keyClicks(ui.resultCombo, "Lost")
        seen["result"] = ui.resultCombo.currentData()
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # type: ignore[arg-type]
        seen["refused"] = (dialog.isVisible(), ui.lossReasonError.text())  # type: ignore[attr-defined]
        with store.read() as session:
            seen["rows_after_refusal"] = len(list(session.scalars(select(OutboxRow))))
        ui.lossReasonCombo.setFocus()
        qtbot.keyClicks(ui.lossReasonCombo, "Price")
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # type: ignore[arg-type]

    drive_outcome(qtbot, window, [choose_lost])
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F6)
    assert seen["duration"] == "Call duration: 1 min 35 s"
    assert seen["result"] == Result.LOST
    assert seen["refused"] == (True, "Choose why the lead is lost.")
    assert seen["rows_after_refusal"] == 0
    assert window.call.started_at is None
    assert window.queue_panel.current_lead_id() == "lead-warm"
    assert window.lead_card.lead is not None and window.lead_card.lead.id == "lead-warm"
    qtbot.waitUntil(window.queue_panel.table.hasFocus, timeout=2000)
    with store.read() as session:
        outcomes = list(session.scalars(select(OutcomeRow)))
        outbox = list(session.scalars(select(OutboxRow)))
        lead = session.get(LeadRow, "lead-hot")
    assert [(o.lead_id, o.result, o.loss_reason_id, o.duration_s) for o in outcomes] == [
        ("lead-hot", "lost", "price_high", 95)
    ]
    assert outcomes[0].objections == ["price-expensive"]
    assert outcomes[0].answers_used == ["price-expensive-roi"]
    assert [row.type for row in outbox] == ["call_outcome.record"]
    assert lead is not None and lead.stage == "disqualified"
    assert "lead-hot" not in shown_ids(window)
    assert window.script_panel.raised == set() and window.script_panel.used == set()


def test_cancelling_the_form_keeps_the_call_to_record_later(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    window.start_call()
    clock.advance(seconds=30)
    drive_outcome(qtbot, window, [lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)])
    assert window.end_call() is False
    assert window.call.started_at is not None
    assert "not saved" in window.statusBar().currentMessage()
    with window.ws.store.read() as session:
        assert list(session.scalars(select(OutcomeRow))) == []
    # Another lead cannot be opened while the call waits for its outcome.
    window.queue_panel.select_row(1)
    assert window.lead_card.lead is not None and window.lead_card.lead.id == "lead-hot"


def test_a_follow_up_moves_the_lead_to_its_callback_time(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    window.queue_panel.select_lead("lead-anna")
    window.start_call()
    clock.advance(seconds=40)

    def follow_up_in_an_hour(dialog: object) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        qtbot.keyClick(ui.resultCombo, Qt.Key.Key_7)  # the lead asked to be called back
        assert ui.resultCombo.currentData() == Result.FOLLOW_UP
        ui.inOneHourButton.click()
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # type: ignore[arg-type]

    drive_outcome(qtbot, window, [follow_up_in_an_hour])
    assert window.end_call() is True
    # Not due yet: out of "Due now", held in "Callbacks" until its time.
    assert "lead-anna" not in shown_ids(window)
    window.queue_panel.set_filter(QueueFilter.CALLBACKS)
    assert shown_ids(window) == ["lead-anna"]
    item = window.queue_panel.model.item(0)
    assert (item.bucket, item.held) == (Bucket.HELD, HeldReason.SCHEDULED)
    # An hour later it is the first lead to call.
    clock.advance(hours=1, minutes=1)
    window.queue_panel.set_filter(QueueFilter.DUE_NOW)
    window.queue_panel.refresh()
    assert shown_ids(window)[0] == "lead-anna"
    assert window.queue_panel.model.item(0).bucket is Bucket.DUE_CALLBACK
    assert clock.now - timedelta(hours=1, minutes=1, seconds=40) < clock.now


def test_search_as_you_type_filters_the_queue(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.queue_panel
    panel.set_filter(QueueFilter.ALL)
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F, CTRL)
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "Nord")
    assert shown_ids(window) == ["lead-anna"]
    assert panel.summary.text() == "1 lead shown"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "ta")  # two letters: the start of a word (Taro Tokyo)
    assert shown_ids(window) == ["lead-tokyo"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "040-1234")  # Willi's Hamburg number, typed nationally
    assert shown_ids(window) == ["lead-warm"]
    panel.search.clear()
    qtbot.keyClicks(panel.search, "nobody-like-this")
    assert shown_ids(window) == []
    assert window.lead_card.lead is None
    panel.search.clear()
    assert len(shown_ids(window)) == 5


def test_each_lead_starts_with_a_clean_script(qtbot: QtBot, window: MainWindow) -> None:
    """Found by a new user: the objection search ("expensive") stayed on the next lead."""
    panel = window.script_panel
    qtbot.keyClicks(panel.search, "expensive")
    panel.browser.verticalScrollBar().setValue(panel.browser.verticalScrollBar().maximum())
    window.queue_panel.select_row(1)
    assert window.lead_card.lead is not None and window.lead_card.lead.id != "lead-hot"
    assert panel.search.text() == ""
    assert panel.browser.verticalScrollBar().value() == 0
