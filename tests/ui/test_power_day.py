# SPDX-License-Identifier: MIT
"""A caller's whole demo queue, 30 calls, worked with the keyboard in the power-dialer flow
(#17 "Done when"): each call is dialled by the countdown, hung up with F6 and recorded with
the fewest keys; the queue hands over the next row each time; nothing is recorded that the
caller did not choose."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.calls import CallService
from desktop.services.queue import QueueFilter
from desktop.store.leads import insert_lead
from desktop.store.models import OutboxRow, OutcomeRow
from desktop.views.app import application
from desktop.views.main_window import MainWindow
from desktop.views.outcome_dialog import OutcomeDialog
from desktop.views.workspace import Workspace
from salesdesk.domain.lead import create_lead
from server.demo.people import demo_leads
from tests.conftest import NOW
from tests.ui.conftest import MovingClock

CTRL = Qt.KeyboardModifier.ControlModifier
CALLS = 30


class Keys:
    """Sends keys to whatever has the focus, counting them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1


def test_thirty_calls_with_the_keyboard_in_the_power_dialer_flow(
    qtbot: QtBot, calls: CallService
) -> None:
    clock = MovingClock()
    clock.now = NOW + timedelta(hours=3)  # 15:00 UTC: Europe, the US east, the Gulf callable
    with calls.store.write() as session:
        for number, demo in enumerate(demo_leads(120, seed=3, now=clock.now)):
            lead = create_lead(demo.draft, now=demo.created_at, default_region="US")
            insert_lead(session, replace(lead, id=f"demo-{number:03d}"))
    workspace = Workspace.open(calls.store, clock, "Olga Ivanova")
    workspace.system_dialer = lambda: False
    preferences = workspace.preferences
    preferences.save(replace(preferences.load(), power_dialer=True, dialer_command="true {number}"))
    application()
    window = MainWindow(workspace)
    qtbot.addWidget(window, before_close_func=lambda w: w.call.reset())
    window.power.COUNTDOWN_S = 1
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.queue_panel.set_filter(QueueFilter.DUE_NOW)
    assert window.queue_panel.model.rowCount() >= CALLS
    keys = Keys(qtbot)
    per_call: list[int] = []
    called: list[str] = []
    expected_next: list[str] = []
    keys.press(Qt.Key.Key_F5)  # the first call; the countdown dials the others
    for number in range(CALLS):
        qtbot.waitUntil(lambda: window.call.active and window.call.ended_at is None, timeout=4000)
        lead_id = window.call.lead_id
        assert lead_id is not None
        called.append(lead_id)
        shown = [
            window.queue_panel.model.lead_id(r) for r in range(window.queue_panel.model.rowCount())
        ]
        row = shown.index(lead_id)
        expected_next.append(shown[row + 1] if row + 1 < len(shown) else "")
        clock.advance(seconds=20 + number)
        before = keys.count
        lost_with_reason = number % 5 == 4

        def record(lost: bool = lost_with_reason) -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, OutcomeDialog):
                QTimer.singleShot(10, record)
                return
            dialog.activateWindow()
            try:
                qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
                if lost:  # they answered and said no: connected, Lost, the reason
                    keys.press(Qt.Key.Key_1)
                    keys.press(Qt.Key.Key_Tab)
                    keys.press(Qt.Key.Key_L)
                    keys.press(Qt.Key.Key_Tab)
                    keys.press(Qt.Key.Key_P)
                else:  # no answer
                    keys.press(Qt.Key.Key_2)
                keys.press(Qt.Key.Key_Return, CTRL)
            finally:
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, record)
        keys.press(Qt.Key.Key_F6)
        assert not window.call.active, f"call {number + 1} was not recorded"
        per_call.append(keys.count - before)
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        if number + 1 < CALLS:
            assert window.queue_panel.current_lead_id() == expected_next[-1]
    assert len(set(called)) == CALLS  # never the same lead twice, never the top by mistake
    with calls.store.read() as session:
        outcomes = list(session.scalars(select(OutcomeRow)))
        queued = Counter(row.type for row in session.scalars(select(OutboxRow)))
    results = Counter((o.disposition, o.result, o.loss_reason_id) for o in outcomes)
    assert results == {
        ("no_answer", "follow_up", None): 24,
        ("connected", "lost", "price_high"): 6,
    }
    assert queued == {"call_outcome.record": CALLS}
    # F6 and two keys for a call nobody answered; F6 and six for a lost call with its reason
    assert Counter(per_call) == {3: 24, 7: 6}
    assert window.goals.figures.calls == CALLS
