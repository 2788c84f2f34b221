# SPDX-License-Identifier: MIT
"""The guided call with the keyboard alone: the default script walked from greeting to its
end, the answers and the verdict on the outcome form, the overrule that needs a reason, a
step back, and a crash that keeps where the call was."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.queue import QueueFilter
from desktop.store.models import LeadRow, OutboxRow, OutcomeRow
from desktop.views.main_window import MainWindow
from tests.ui.conftest import MovingClock
from tests.ui.test_call_flow import drive_outcome, shown_ids

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


class Keyboard:
    """Keys sent where the focus is, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focus(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the focus"
        return widget

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.qtbot.keyClick(self.focus(), character)
            self.count += 1


def walk_to_the_end(keys: Keyboard) -> None:
    """The default English script, answered as a lead ready to buy would."""
    enter = Qt.Key.Key_Return
    keys.key(enter)  # greeting → a good moment?
    keys.type("1")  # yes → why we call
    keys.key(enter)  # → contacts confirmed?
    keys.type("1")  # yes → prior contact
    keys.type("1")  # first time → need
    keys.type("1")  # a clear problem → team size
    keys.type("12")
    keys.key(enter)  # → budget
    keys.type("12000")
    keys.key(enter)  # → budget available from
    keys.type("2")  # next month (December 2026) → timing
    keys.type("3")  # in two months (January 2027) → decision maker
    keys.type("1")  # decides alone → other solutions
    keys.type("1")  # neither → doubts
    keys.type("1")  # nothing → summary
    keys.key(enter)  # → next step agreed
    keys.type("1")  # demo booked → end: hand to sales


EXPECTED = {
    "q-moment": True, "q-contacts": True, "q-prior": "first", "q-need": "clear", "q-team": 12,
    "q-budget": {"amount": 12000, "currency": "EUR"}, "q-budget-when": "2026-12",
    "q-timing": "2027-01", "q-decision": "self", "q-alternatives": "none",
    "q-doubts": "nothing", "q-next": "demo",
}  # fmt: skip


def test_a_guided_call_by_keyboard_from_greeting_to_verdict(
    qtbot: QtBot, window: MainWindow, clock: MovingClock, tmp_path: Path
) -> None:
    keys = Keyboard(qtbot)
    window.queue_panel.table.setFocus()
    keys.key(Qt.Key.Key_F5)
    guided = window.script_panel.guided
    assert guided.hasFocus()  # a guided call: the script takes the keys
    assert guided.heading.text() == "Greeting"
    walk_to_the_end(keys)
    walk = window.script_panel.walk
    assert walk is not None and walk.node.id == "end-ready"
    assert "Qualified — hand to sales" in guided.detail.text()
    assert walk.answers == EXPECTED
    assert window.call.answers == EXPECTED  # kept with the call in progress
    guided.grab().save(str(tmp_path / "guided.png"))
    clock.advance(minutes=6)
    seen: dict[str, Any] = {}

    def take_the_verdict(dialog: Any) -> None:
        seen["verdict"] = dialog.verdict_label.text()
        keys.key(Qt.Key.Key_1)  # connected
        keys.key(Qt.Key.Key_U, ALT)  # use it: qualified
        seen["result"] = dialog.ui.resultCombo.currentData()
        seen["overrule shown"] = dialog.overrule_edit.isVisible()
        keys.key(Qt.Key.Key_Return, CTRL)

    drive_outcome(qtbot, window, [take_the_verdict])
    keys.key(Qt.Key.Key_F6)
    assert seen["verdict"].startswith(
        "The answers say: Ready to sell — Need: A clear problem they want solved; "
        "Budget: €12,000 ≥ €5,000; Budget available: December 2026 within 3 months; "
        "Decision maker: The person on the phone decides."
    ), seen["verdict"]
    assert "Score from the answers: 100 (Targeted)." in seen["verdict"]
    assert seen["result"] == "qualified" and seen["overrule shown"] is False
    assert window.call.started_at is None
    with window.ws.store.read() as session:
        outcome = session.scalars(select(OutcomeRow)).one()
        lead = session.get(LeadRow, outcome.lead_id)
        outbox = session.scalars(select(OutboxRow)).all()
    assert outcome.answers == EXPECTED
    assert (outcome.verdict, outcome.score, outcome.quality) == ("ready", 100, "targeted")
    assert outcome.overrule_reason == ""
    assert lead is not None and (lead.stage, lead.score, lead.quality) == (
        "converted", 100, "targeted",
    )  # fmt: skip
    pushed = next(row.payload for row in outbox if row.type == "call_outcome.record")
    assert pushed["answers"] == EXPECTED and pushed["verdict"] == "ready"
    # the keystrokes of the whole qualification call: F5, the walk, the form
    assert keys.count == 27, keys.count


def test_another_result_than_the_verdict_needs_a_reason(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    keys = Keyboard(qtbot)
    window.queue_panel.table.setFocus()
    keys.key(Qt.Key.Key_F5)
    walk_to_the_end(keys)
    clock.advance(minutes=4)
    seen: dict[str, Any] = {}

    def overrule(dialog: Any) -> None:
        ui = dialog.ui
        keys.key(Qt.Key.Key_7)  # a callback was requested: follow up
        seen["overrule shown"] = dialog.overrule_edit.isVisible()
        keys.key(Qt.Key.Key_Return, CTRL)
        seen["refused"] = (dialog.isVisible(), dialog.overrule_error.text())
        seen["focus"] = dialog.overrule_edit.hasFocus()
        keys.type("Board meets Friday")
        keys.key(Qt.Key.Key_Return, CTRL)
        seen["closed"] = not dialog.isVisible()
        seen["result"] = ui.resultCombo.currentData()

    drive_outcome(qtbot, window, [overrule])
    keys.key(Qt.Key.Key_F6)
    assert seen["overrule shown"] is True
    assert seen["refused"] == (
        True,
        "The answers suggest “Ready to sell”: say why you chose another result.",
    )
    assert seen["focus"] is True
    assert seen["closed"] is True and seen["result"] == "follow_up"
    with window.ws.store.read() as session:
        outcome = session.scalars(select(OutcomeRow)).one()
    assert (outcome.result, outcome.verdict, outcome.overrule_reason) == (
        "follow_up", "ready", "Board meets Friday",
    )  # fmt: skip


def test_stepping_back_and_a_crash_keep_where_the_call_was(
    qtbot: QtBot, window: MainWindow, workspace: Any
) -> None:
    keys = Keyboard(qtbot)
    window.queue_panel.table.setFocus()
    keys.key(Qt.Key.Key_F5)
    keys.key(Qt.Key.Key_Return)
    keys.type("1")
    keys.key(Qt.Key.Key_Return)
    keys.type("1")
    keys.type("1")  # at "need"
    keys.type("2")  # just looking → the objection "not now"
    guided = window.script_panel.guided
    assert guided.heading.text().startswith("Objection: ")
    assert window.script_panel.raised == {"need-not-now"}  # passing it raises it
    keys.type("1")  # its first answer used
    assert window.script_panel.used == {"need-not-now-cost"}
    keys.key(Qt.Key.Key_Left, ALT)  # back to "need"
    assert window.script_panel.walk is not None
    assert window.script_panel.walk.node.id == "q-need"
    assert window.script_panel.raised == set()  # stepped back past it
    keys.type("1")  # a clear problem after all
    assert window.script_panel.walk.node.id == "q-team"
    kept = window.ws.calls.draft()
    assert kept is not None and kept.path[-1] == "q-team"
    assert kept.answers["q-need"] == "clear"
    # the app is killed here; the next start reopens the call where it was
    window.call.reset()
    window.script_panel.start_over()
    assert window.resume_call()
    walk = window.script_panel.walk
    assert walk is not None and walk.node.id == "q-team"
    assert walk.answers["q-need"] == "clear" and "q-moment" in walk.answers


def test_a_lead_called_again_shows_what_it_answered_last_time(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    keys = Keyboard(qtbot)
    window.queue_panel.table.setFocus()
    keys.key(Qt.Key.Key_F5)
    walk_to_the_end(keys)
    lead_id = window.call.lead_id
    clock.advance(minutes=4)

    def follow_up(dialog: Any) -> None:
        keys.key(Qt.Key.Key_7)  # asked to call back
        dialog.overrule_edit.setText("Wants the offer in writing first")
        keys.key(Qt.Key.Key_Return, CTRL)

    drive_outcome(qtbot, window, [follow_up])
    keys.key(Qt.Key.Key_F6)
    assert window.call.started_at is None
    window.queue_panel.set_filter(QueueFilter.ALL)  # its callback is not due yet
    assert lead_id is not None and window.queue_panel.select_lead(lead_id)
    guided = window.script_panel.guided
    guided.primary()
    guided.pick(1)
    guided.primary()
    guided.pick(1)
    guided.pick(1)
    assert guided.choice_buttons[0].text().startswith("1  A clear problem they want solved")
    # its win rate, from the first call (one call is too few to say)
    assert guided.choice_buttons[0].text().endswith("(you: too few calls (1))")
    assert "you" not in guided.choice_buttons[1].text()  # nobody chose this one yet
    guided.pick(1)  # at the team size
    assert guided.detail.text() == "Last time: 12 users"
    guided.input.setText("15")  # type: ignore[union-attr]
    guided.primary()
    assert guided.detail.text() == "Last time: €12,000"


def test_a_nurtured_lead_returns_at_the_month_its_answers_named(
    qtbot: QtBot, window: MainWindow, clock: MovingClock
) -> None:
    keys = Keyboard(qtbot)
    window.queue_panel.table.setFocus()
    keys.key(Qt.Key.Key_F5)
    lead_id = window.call.lead_id
    enter = Qt.Key.Key_Return
    keys.key(enter)
    keys.type("1")
    keys.key(enter)
    keys.type("111")  # contacts, first contact, a clear need
    keys.type("12")
    keys.key(enter)
    keys.type("12000")
    keys.key(enter)
    keys.type("5")  # the budget comes in six months: May 2027
    walk = window.script_panel.walk
    assert walk is not None and walk.given["q-budget-when"] == "2027-05"
    clock.advance(minutes=5)
    seen: dict[str, Any] = {}

    def nurture(dialog: Any) -> None:
        seen["verdict"] = dialog.verdict_label.text()
        keys.key(Qt.Key.Key_1)
        keys.key(Qt.Key.Key_U, ALT)
        seen["effect"] = dialog.effect_label.text()
        keys.key(Qt.Key.Key_Return, CTRL)

    drive_outcome(qtbot, window, [nurture])
    keys.key(Qt.Key.Key_F6)
    assert seen["verdict"].startswith(
        "The answers say: Too early — nurture — Budget available: May 2027 later than 3 months."
    ), seen["verdict"]
    assert "Back in the queue: May 2027." in seen["verdict"]
    assert seen["effect"].startswith("Saving sends the lead back to marketing until "), seen
    lead = window.ws.leads.lead(lead_id or "")
    assert lead is not None and lead.stage.value == "nurturing"
    # 09:00 on the first of that month, on the manager's clock (UTC here)
    assert lead.nurture_until == datetime(2027, 5, 1, 9, tzinfo=UTC)
    window.queue_panel.set_filter(QueueFilter.DUE_NOW)
    assert lead_id not in shown_ids(window)
    clock.now = datetime(2027, 5, 1, 10, tzinfo=UTC)  # May: back in the queue
    window.queue_panel.tick()
    window.queue_panel.refresh()
    assert lead_id in shown_ids(window)
    assert window.queue_panel.select_lead(lead_id or "")
    guided = window.script_panel.guided
    guided.primary()
    guided.pick(1)
    guided.primary()
    for _ in range(3):
        guided.pick(1)
    guided.input.setText("12")  # type: ignore[union-attr]
    guided.primary()
    guided.input.setText("12000")  # type: ignore[union-attr]
    guided.primary()
    assert guided.detail.text() == "Last time: May 2027"  # its earlier answers are shown


def test_a_new_script_version_mid_call_keeps_the_walk(qtbot: QtBot, window: MainWindow) -> None:
    """A sync during the call brings a new version: the call stays where it was."""
    keys = Keyboard(qtbot)
    window.queue_panel.table.setFocus()
    keys.key(Qt.Key.Key_F5)
    keys.key(Qt.Key.Key_Return)
    keys.type("1")
    keys.key(Qt.Key.Key_Return)
    keys.type("11")  # at "need"
    panel = window.script_panel
    assert panel.script is not None and panel.walk is not None
    newer = replace(panel.script, version=panel.script.version + 1)
    panel.show_script(newer, panel.values)
    assert panel.walk.script is newer
    assert panel.walk.node.id == "q-need"
    assert panel.walk.answers["q-contacts"] is True
