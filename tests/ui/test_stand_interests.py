# SPDX-License-Identifier: MIT
"""Interest in one tap at the stand: the event's topics ticked with Ctrl+number, a follow-up
picked with the keyboard and its due time shown before saving; nothing preselected; the
undo puts both back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import InterestTagRow, LeadRow, OutboxRow
from desktop.views.main_window import MainWindow
from salesdesk.domain.vocabulary import NextStep
from tests.ui.test_exhibition import type_visitor

CTRL = Qt.KeyboardModifier.ControlModifier
EVENT = "RetailTech Expo 2026"


def add_topics(window: MainWindow) -> None:
    """The server's topics as a sync leaves them: two for every event, one for this event,
    one for another event and one retired."""
    with window.ws.store.write() as session:
        for position, (tag_id, label, events, active) in enumerate([
            ("pos", "POS terminals", [EVENT], True),
            ("crm", "CRM integration", [], True),
            ("build", "Building sites", ["Build & Design Week 2026"], True),
            ("fax", "Fax machines", [], False),
            ("trial", "Free trial", [], True),
        ]):  # fmt: skip
            ru = {"ru": label + " (ru)"}
            session.add(InterestTagRow(id=tag_id, label=label, events=events, active=active,
                                       position=position, labels=ru))  # fmt: skip


def test_topics_and_a_follow_up_in_a_few_keys(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    add_topics(window)
    window.toggle_capture()
    panel = window.capture_panel
    type_visitor(qtbot, window, event=EVENT)
    assert list(panel.interest_boxes) == ["pos", "crm", "trial"]  # this event's, not retired
    assert panel.interest_boxes["pos"].text() == "POS terminals (Ctrl+1)"
    assert not panel.ui.interestsHint.isVisible()
    assert panel.ui.followUpCombo.currentIndex() == 0  # nothing agreed until picked
    assert panel.ui.followUpCombo.currentText() == "None agreed"
    assert panel.ui.followUpDue.text() == ""
    type_visitor(qtbot, window, name="Jonas Weber", phone="+49 30 1234567")
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_1, CTRL)
    assert panel.checked_interests() == ["pos", "trial"]
    assert panel.ui.followUpLabel.buddy() is panel.ui.followUpCombo  # Alt+U: Follow-&up
    panel.ui.followUpCombo.setFocus()
    qtbot.keyClick(panel.ui.followUpCombo, Qt.Key.Key_Down)
    qtbot.keyClick(panel.ui.followUpCombo, Qt.Key.Key_Down)
    assert panel.chosen_step() is NextStep.SEND_MATERIALS
    # a Berlin number: due tomorrow at the start of calling hours there, said before saving
    assert panel.ui.followUpDue.text() == "due tomorrow 09:00, their time"
    qtbot.wait(50)
    panel.grab().save(str(tmp_path / "stand-topics.png"))
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_Return)
    with window.ws.store.read() as session:
        row = session.scalars(select(LeadRow).where(LeadRow.first_name == "Jonas")).one()
        (payload,) = [o.payload for o in session.scalars(select(OutboxRow))]
    assert (row.interests, row.next_step) == (["pos", "trial"], "send_materials")
    assert row.next_call_at is not None
    assert payload["interests"] == ["pos", "trial"] and payload["next_step"] == "send_materials"
    assert panel.checked_interests() == [] and panel.chosen_step() is None  # the next visitor
    # taken back: the topics and the follow-up come back with the details
    assert panel.undo_bar.take()
    assert panel.checked_interests() == ["pos", "trial"]
    assert panel.chosen_step() is NextStep.SEND_MATERIALS
    assert panel.ui.followUpDue.text() == "due tomorrow 09:00, their time"


def test_without_a_follow_up_the_visitor_is_called_as_a_new_lead(
    qtbot: QtBot, window: MainWindow
) -> None:
    add_topics(window)
    window.toggle_capture()
    panel = window.capture_panel
    type_visitor(qtbot, window, event="Some other fair", name="Mia Gross",
                 email="mia@gross.example")  # fmt: skip
    assert list(panel.interest_boxes) == ["crm", "trial"]  # the every-event topics only
    QApplication.processEvents()  # as a repaint sees it (deferred deletes not yet done)
    shown = [b.text() for b in panel.findChildren(QCheckBox) if b.isVisible()]
    # the earlier events' boxes are gone from the screen, not only from the list
    assert shown == ["Agrees (Alt+G)", "CRM integration (Ctrl+1)", "Free trial (Ctrl+2)"]
    assert not panel.toggle_interest(3)  # no third topic here: nothing happens
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_Return)
    with window.ws.store.read() as session:
        row = session.scalars(select(LeadRow).where(LeadRow.first_name == "Mia")).one()
    assert (row.interests, row.next_step, row.next_call_at) == ([], None, None)


def test_an_event_without_topics_says_where_they_come_from(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.toggle_capture()
    panel = window.capture_panel
    type_visitor(qtbot, window, event=EVENT)
    assert panel.interest_boxes == {}
    assert "team lead" in panel.ui.interestsHint.text()
    # a follow-up without a number that tells their zone: due in the manager's time
    type_visitor(qtbot, window, name="Ola Nordmann", email="ola@nordmann.example")
    panel.ui.followUpCombo.setCurrentIndex(1)
    assert panel.ui.followUpDue.text() == "due tomorrow 09:00, your time"
