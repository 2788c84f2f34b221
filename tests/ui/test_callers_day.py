# SPDX-License-Identifier: MIT
"""The caller's day (#17): the next row after a call, the power-dialer countdown, skipping
with a reason, dialling by hand, and the call's notes kept as a draft across a restart."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.queue import QueueFilter
from desktop.store.leads import insert_lead
from desktop.store.models import CallDraftRow, LeadRow, OutboxRow, OutcomeRow, SkipRow
from desktop.store.sync_state import StateKey, set_state
from desktop.sync.engine import SyncSummary
from desktop.sync.errors import TransientError
from desktop.views.main_window import MainWindow
from desktop.views.who_is_calling import WhoIsCallingDialog
from desktop.views.workspace import Workspace
from salesdesk.domain.errors import ValidationErrors
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.vocabulary import Disposition, Result, SkipReason, Stage
from tests.conftest import NOW
from tests.ui.conftest import MovingClock
from tests.ui.test_call_flow import drive_outcome, shown_ids

CTRL = Qt.KeyboardModifier.ControlModifier


def save_no_answer(qtbot: QtBot, window: MainWindow) -> dict[str, object]:
    """F6, then the two keys of a no-answer call: 2 and Ctrl+Enter."""
    seen: dict[str, object] = {}

    def no_answer(dialog: object) -> None:
        seen["note"] = dialog.ui.noteEdit.toPlainText()  # type: ignore[attr-defined]
        focus = dialog.focusWidget() or dialog  # type: ignore[attr-defined]
        qtbot.keyClick(focus, Qt.Key.Key_2)
        qtbot.keyClick(focus, Qt.Key.Key_Return, CTRL)  # type: ignore[arg-type]

    drive_outcome(qtbot, window, [no_answer])
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F6)
    assert window.call.started_at is None, "the no-answer call was not saved"
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return seen


def set_setting(window: MainWindow, **values: object) -> None:
    preferences = window.ws.preferences
    preferences.save(replace(preferences.load(), **values))  # type: ignore[arg-type]


def test_after_a_call_the_next_row_of_the_view_opens_not_the_top(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    """Found by a new user: after saving, the "next lead" was the top of the queue."""
    order = shown_ids(window)
    assert len(order) >= 3
    window.queue_panel.select_row(1)
    called = window.queue_panel.current_lead_id()
    window.start_call()
    clock.advance(seconds=20)
    save_no_answer(qtbot, window)
    assert window.queue_panel.current_lead_id() == order[2]
    assert window.lead_card.lead is not None and window.lead_card.lead.id == order[2]
    with window.ws.store.read() as session:
        outcome = session.scalars(select(OutcomeRow)).one()
    assert (outcome.lead_id, outcome.disposition, outcome.result) == (
        called,
        Disposition.NO_ANSWER,
        Result.FOLLOW_UP,
    )


def test_power_dialer_dials_the_next_row_after_a_countdown_and_esc_stops_it(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    set_setting(window, power_dialer=True, dialer_command="true {number}")
    window.power.COUNTDOWN_S = 2
    order = shown_ids(window)
    window.start_call()
    save_no_answer(qtbot, window)
    assert window.queue_panel.current_lead_id() == order[1]
    assert window.power.seconds_left == 2
    assert window.timer_label.text().startswith("Calling Willi Warm in 2 s")
    qtbot.waitUntil(lambda: window.call.active, timeout=4000)
    assert window.call.lead_id == order[1]
    # The next one: Esc during the countdown dials nothing and keeps the lead selected.
    save_no_answer(qtbot, window)
    assert window.power.seconds_left > 0
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_Escape)
    assert window.power.seconds_left == 0 and window.timer_label.text() == ""
    qtbot.wait(2500)
    assert not window.call.active
    assert window.queue_panel.current_lead_id() == order[2]


def test_power_dialer_off_or_nothing_to_dial_means_no_countdown(
    qtbot: QtBot, window: MainWindow
) -> None:
    set_setting(window, power_dialer=True)  # on, but no dialer and no tel: program
    window.start_call()
    save_no_answer(qtbot, window)
    assert window.power.seconds_left == 0 and not window.call.active


def test_skip_records_the_reason_and_moves_to_the_next_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    order = shown_ids(window)

    def pick_second_reason() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, pick_second_reason)
            return
        qtbot.keyClick(menu, Qt.Key.Key_2)

    QTimer.singleShot(0, pick_second_reason)
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F7)
    assert window.queue_panel.current_lead_id() == order[1]
    with window.ws.store.read() as session:
        skips = [(s.lead_id, s.reason) for s in session.scalars(select(SkipRow))]
    assert skips == [(order[0], SkipReason.NEEDS_RESEARCH.value)]
    assert window.statusBar().currentMessage() == "Skipped. Next lead."


def test_with_nothing_to_dial_the_call_says_so_and_offers_the_setup(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Found by a new user: the Call button started a timer although nothing could dial."""
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F5)
    assert window.call.active
    assert window.dial_hint.isVisible()
    assert "dial +49 30 123456 on your phone" in window.dial_hint.text()
    assert "Set up a dialer" in window.dial_hint.text()
    window.call.reset()
    window._update_call_actions()
    assert not window.dial_hint.isVisible()


def test_notes_typed_during_the_call_survive_a_restart_into_the_outcome_form(
    qtbot: QtBot, window: MainWindow, workspace: Workspace, clock: MovingClock
) -> None:
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F5)
    assert window.script_panel.guided.hasFocus()  # a guided script takes the keys
    qtbot.keyClick(window.script_panel.guided, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.call_notes.edit.hasFocus()  # Ctrl+J: to the notes
    qtbot.keyClicks(window.call_notes.edit, "budget approved in March")
    qtbot.waitUntil(lambda: window.call_notes.edit.toPlainText().endswith("March"))
    clock.advance(minutes=3)
    qtbot.wait(window.call.NOTES_PAUSE_MS + 300)  # the pause in typing keeps the notes
    with workspace.store.read() as session:
        draft = session.scalars(select(CallDraftRow)).one()
    assert (draft.lead_id, draft.notes) == ("lead-hot", "budget approved in March")
    # The app dies (nothing more is saved) and starts again.
    window.call.reset()
    window.close()
    clock.advance(minutes=30)
    again = MainWindow(workspace)
    qtbot.addWidget(again, before_close_func=lambda w: w.call.reset())
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=2000)
    assert again.call.lead_id == "lead-hot"
    assert again.lead_card.lead is not None and again.lead_card.lead.id == "lead-hot"
    assert again.statusBar().currentMessage().startswith("You were on a call with Hanna Hot at"), (
        again.statusBar().currentMessage()
    )
    assert "(3:00)" in again.statusBar().currentMessage()
    seen = save_no_answer(qtbot, again)
    assert seen["note"] == "budget approved in March"
    with workspace.store.read() as session:
        outcome = session.scalars(select(OutcomeRow)).one()
        assert session.scalars(select(CallDraftRow)).all() == []
    assert (outcome.lead_id, outcome.note, outcome.duration_s) == (
        "lead-hot",
        "budget approved in March",
        180,
    )


def test_todays_goals_are_on_the_main_window_and_move_with_each_save(
    qtbot: QtBot, window: MainWindow
) -> None:
    set_setting(window, goal_calls=40, goal_conversations=10, goal_qualified=2)
    calls, conversations, qualified = window.goals.bars
    assert calls.isVisible() and calls.format() == "Calls today 0 / 40"
    assert conversations.format() == "Conversations 0 / 10"
    assert qualified.format() == "Qualified 0 / 2"
    window.start_call()
    save_no_answer(qtbot, window)
    assert (calls.value(), calls.format()) == (1, "Calls today 1 / 40")
    assert conversations.value() == 0
    set_setting(window, goal_qualified=0)  # a goal of 0: not shown
    assert not qualified.isVisible()


def test_goals_must_narrow_down(window: MainWindow) -> None:
    preferences = window.ws.preferences
    with pytest.raises(ValidationErrors) as refused:
        preferences.save(replace(preferences.load(), goal_calls=5, goal_conversations=9))
    assert refused.value.by_field() == {
        "goals": "goals narrow down: calls ≥ conversations ≥ qualified"
    }


def test_a_callback_coming_due_moves_to_the_top_and_notifies_without_a_sync(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    """Found by a new user: a callback due at 10:00 was not in "Due now" at 10:03 (offline:
    never until the next save), and nothing said so."""
    window.queue_panel.select_lead("lead-anna")
    window.start_call()

    def call_back_in_two_minutes(dialog: object) -> None:
        ui = dialog.ui  # type: ignore[attr-defined]
        qtbot.keyClick(ui.resultCombo, Qt.Key.Key_7)  # the lead asked to be called back
        dialog._set_next(clock.now + timedelta(minutes=2))  # type: ignore[attr-defined]
        qtbot.keyClick(dialog, Qt.Key.Key_Return, CTRL)  # type: ignore[arg-type]

    drive_outcome(qtbot, window, [call_back_in_two_minutes])
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F6)
    assert not window.call.active
    assert "lead-anna" not in shown_ids(window)
    due_before = window.queue_panel.snapshot.counts[QueueFilter.DUE_NOW]  # type: ignore[union-attr]
    assert window.windowTitle() == f"({due_before} due now) Salesdesk — Olga Ivanova"
    # A minute passes: nothing to re-order yet, the times are redrawn.
    clock.advance(minutes=1)
    assert window.queue_panel.tick() is False
    assert window.notifier.last is None
    # Two minutes (the tick runs every minute; no sync, no write): Anna is due, on top.
    clock.advance(minutes=1, seconds=30)
    with qtbot.waitSignal(window.queue_panel.callbacks_due) as due:
        window.queue_panel.tick()
    assert due.args == [["lead-anna"]]
    assert shown_ids(window)[0] == "lead-anna"
    model = window.queue_panel.model
    assert model.data(model.index(0, 0)).endswith(" callback")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("Callback due ")
    assert window.notifier.last == ("Callback due", "Call Anna Berg back now.", "lead-anna")
    assert window.windowTitle() == f"({due_before + 1} due now) Salesdesk — Olga Ivanova"
    # Not called within 5 minutes: marked overdue.
    clock.advance(minutes=6)
    window.queue_panel.tick()
    assert model.data(model.index(0, 0)).endswith(" late")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == (
        "#c62828"
    )
    # Clicking the notice opens the lead, whatever the view shows.
    window.queue_panel.set_filter(QueueFilter.NEW)
    window.notifier._clicked()
    assert window.lead_card.lead is not None and window.lead_card.lead.id == "lead-anna"


def test_the_queue_ticks_every_minute(window: MainWindow) -> None:
    assert window.queue_panel.ticker.isActive()
    assert window.queue_panel.ticker.interval() == 60_000


def add_lost_lead(window: MainWindow) -> None:
    """A lead lost last month, with a Berlin number (it is not in any view of the queue)."""
    with window.ws.store.write() as session:
        lead = create_lead(
            LeadDraft(
                first_name="Lena", last_name="Lost", company="Gone GmbH", phones=["+4930999888"]
            ),
            now=NOW - timedelta(days=30),
            default_region="DE",
            lead_id="lead-lost",
        )
        insert_lead(session, replace(lead, stage=Stage.DISQUALIFIED))
    window.queue_panel.refresh()


def test_search_over_all_leads_finds_a_lost_lead_by_a_national_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Found by a new user: search looked only inside the current quick filter and never
    found converted or lost leads, so an inbound call from a lost lead could not be looked up."""
    add_lost_lead(window)
    panel = window.queue_panel
    qtbot.keyClicks(panel.search, "030 999888")
    assert shown_ids(window) == []  # "Due now" holds no lost lead
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert panel.everywhere.isChecked() and panel.search.hasFocus()
    assert shown_ids(window) == ["lead-lost"]
    model = panel.model
    assert model.data(model.index(0, 0)) == "Closed"
    assert model.data(model.index(0, model.COLUMNS.index("stage"))) == "Disqualified"
    # Every open lead matches too, whatever the quick filter: the whole queue is searched.
    panel.search.clear()
    qtbot.keyClicks(panel.search, "Nora")
    assert shown_ids(window) == ["lead-newyork"]  # night in New York: not in "Due now"
    panel.everywhere.setChecked(False)
    assert shown_ids(window) == []


def test_who_is_calling_finds_the_lead_from_a_number_in_any_format(
    qtbot: QtBot, window: MainWindow
) -> None:
    add_lost_lead(window)
    set_setting(window, default_region="DE")
    seen: dict[str, object] = {}

    def type_the_number() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WhoIsCallingDialog):
            QTimer.singleShot(20, type_the_number)
            return
        try:
            qtbot.keyClicks(dialog.edit, "030 99")
            seen["partial"] = dialog.reading.text()
            qtbot.keyClicks(dialog.edit, "9888")
            seen["reading"] = dialog.reading.text()
            seen["found"] = [dialog.results.item(r).text() for r in range(dialog.results.count())]
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, type_the_number)
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_I, CTRL)
    assert seen["partial"] == "Not a complete phone number yet."
    assert seen["reading"] == "Read as +49 30 999888 (national numbers as DE)."
    assert seen["found"] == ["Lena Lost · Gone GmbH · Disqualified"]
    assert window.lead_card.lead is not None and window.lead_card.lead.id == "lead-lost"


def test_undo_within_ten_seconds_leaves_no_outcome_and_no_outbox_row(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    """Found by a new user: F5, F6, Ctrl+Enter converted a lead for good; no undo."""
    window.start_call()
    clock.advance(seconds=30)
    save_no_answer(qtbot, window)
    assert window.undo_bar.isVisible() and window.undo_bar.item_id is not None
    assert window.undo_bar._expiry.interval() == 10_000 and window.undo_bar._expiry.isActive()
    qtbot.keyClick(window.queue_panel.table, Qt.Key.Key_Z, CTRL)
    with window.ws.store.read() as session:
        assert session.scalars(select(OutcomeRow)).all() == []
        assert session.scalars(select(OutboxRow)).all() == []
        lead = session.get(LeadRow, "lead-hot")
        assert lead is not None and (lead.attempts, lead.stage, lead.next_call_at) == (
            0,
            "new",
            None,
        )
    # the call waits for its outcome again, as it was
    assert window.call.lead_id == "lead-hot" and window.call.duration() == 30
    assert window.lead_card.lead is not None and window.lead_card.lead.id == "lead-hot"
    assert not window.undo_bar.isVisible()
    assert window.statusBar().currentMessage().startswith("Taken back")
    save_no_answer(qtbot, window)
    with window.ws.store.read() as session:
        assert [o.duration_s for o in session.scalars(select(OutcomeRow))] == [30]


def test_a_call_is_corrected_from_the_history(qtbot: QtBot, window: MainWindow) -> None:
    """A conversion saved by mistake: corrected to "no answer", the lead is back in the queue."""
    draft = OutcomeDraft(
        lead_id="lead-hot",
        started_at=NOW - timedelta(minutes=5),
        duration_s=1,
        disposition=Disposition.CONNECTED,
        result=Result.QUALIFIED,
    )
    window.ws.calls.record(draft)
    assert "lead-hot" not in shown_ids(window)
    window.open_lead("lead-hot")
    history = window.lead_card.ui.historyList
    history.setCurrentRow(0)
    assert window.lead_card.correct_button.isEnabled()

    def no_answer_instead(dialog: object) -> None:
        assert dialog.windowTitle() == "Correct the call"  # type: ignore[attr-defined]
        assert dialog.ui.resultCombo.currentData() == Result.QUALIFIED  # type: ignore[attr-defined]
        focus = dialog.focusWidget() or dialog  # type: ignore[attr-defined]
        qtbot.keyClick(focus, Qt.Key.Key_2)
        qtbot.keyClick(focus, Qt.Key.Key_Return, CTRL)

    drive_outcome(qtbot, window, [no_answer_instead])
    window.lead_card.correct_button.click()
    with window.ws.store.read() as session:
        [outcome] = session.scalars(select(OutcomeRow)).all()
        [queued] = session.scalars(select(OutboxRow)).all()
        lead = session.get(LeadRow, "lead-hot")
    assert (outcome.disposition, outcome.result, outcome.duration_s) == (
        "no_answer",
        "follow_up",
        1,
    )
    assert outcome.amended_at is not None
    assert (queued.type, queued.payload["result"]) == ("call_outcome.record", "follow_up")
    assert lead is not None and lead.stage == "qualifying"
    assert window.statusBar().currentMessage().startswith("Corrected")


def test_the_status_bar_has_one_message_area_and_says_what_the_network_does(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Found by a new user: "cannot reach http://127.0.0.1:…: ConnectionError", with "Saved.
    Next lead." drawn over it, and "● Online" with a spinner while the server hung."""
    with window.ws.store.write() as session:
        set_state(session, StateKey.USERNAME, "olga")
    status = window.status
    status.sync_started()
    assert status.online_label.text() == "● Syncing…"
    hanging = TransientError(
        "the server is not answering (http://127.0.0.1:9)",
        sent=True,
        code="not_answering",
        params={"server": "http://127.0.0.1:9"},
    )
    status.sync_failed(hanging)
    assert status.online_label.text() == "● Offline"
    standing = "Server not answering. Your work is kept here; trying again."
    assert status.error_label.text() == standing
    assert status.retry_button.isVisibleTo(status)
    status.showMessage("Saved. Next lead.", 200)
    assert status.error_label.text() == "Saved. Next lead."  # in its place, not over it
    assert not status.retry_button.isVisibleTo(status)
    qtbot.waitUntil(lambda: status.error_label.text() == standing, timeout=2000)
    assert status.currentMessage() == ""
    status.sync_finished(SyncSummary())
    assert status.error_label.text() == "" and status.online_label.text() == "● Online"


def test_phones_are_shown_as_people_read_them(window: MainWindow) -> None:
    """Found by a new user: "+819078796434" unformatted on the card."""
    labels = [
        label.text()
        for label in window.lead_card.ui.contactsBox.findChildren(QLabel)
        if label.text().startswith("+")
    ]
    assert labels == ["+49 30 123456"]
    assert window.lead_card.lead is not None and window.lead_card.lead.phones == ("+4930123456",)
