# SPDX-License-Identifier: MIT
"""A stand session of 20 visitors, offscreen, keyboard only: 10 scanned from generated
badges (QR vCard, MECARD, Code 128), 5 typed, 3 returning (known before the fair), 2 scanned
a second time. Every visitor is kept exactly once, each new lead with its consent; every
key the manager presses is counted (scanned visitors need far fewer)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import LeadRow, OutboxRow
from desktop.views.main_window import MainWindow
from desktop.views.scan_dialog import ScanDialog
from tests.ui.test_stand_scan import FakeCamera, code128_image, on_a_desk, qr_image

EVENT = "RetailTech Expo 2026"
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Keys:
    """The manager's keyboard: presses keys and counts them, per visitor kind."""

    qtbot: QtBot
    counts: Counter[str] = field(default_factory=Counter)
    kind: str = ""

    def type(self, widget: QWidget, text: str) -> None:
        self.qtbot.keyClicks(widget, text)
        self.counts[self.kind] += len(text)

    def press(self, widget: QWidget, key: Qt.Key, modifier: object = None) -> None:
        if modifier is None:
            self.qtbot.keyClick(widget, key)
        else:
            self.qtbot.keyClick(widget, key, modifier)  # type: ignore[arg-type]
        self.counts[self.kind] += 1


def vcard(n: int) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Gast{n};Vera;;;\r\nFN:Vera Gast{n}\r\n"
        f"ORG:Handel {n} GmbH\r\nTITLE:Einkauf\r\nTEL;TYPE=CELL:+49 151 2000 {1000 + n}\r\n"
        f"EMAIL:vera{n}@handel.example\r\nEND:VCARD\r\n"
    )


def mecard(n: int) -> str:
    return f"MECARD:N:Besuch{n},Max;TEL:+49 30 3000{100 + n};EMAIL:max{n}@besuch.example;;"


@pytest.fixture
def at_the_stand(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    prefs = window.ws.preferences
    prefs.save(replace(prefs.load(), stand_region="DE"))
    window.toggle_capture()
    window.capture_panel.ui.eventEdit.setText(EVENT)
    return window


def test_twenty_visitors_are_each_kept_once_with_consent(
    qtbot: QtBot, at_the_stand: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = at_the_stand
    panel = window.capture_panel
    ui = panel.ui
    keys = Keys(qtbot)
    badge: list[QImage] = []
    panel.frames = lambda _parent: FakeCamera([on_a_desk(badge[0], angle=8)])  # type: ignore[assignment,misc,return-value]
    decode_times: list[float] = []

    def hold_badge_to_camera(dialog: ScanDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.card is not None, timeout=5000)
        decode_times.extend(dialog.frame_times)
        keys.press(dialog, Qt.Key.Key_Return)  # use these details
        window.activateWindow()  # as a modal dialog's end gives the window back
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return int(dialog.result())

    monkeypatch.setattr(ScanDialog, "exec", hold_badge_to_camera)

    def scan(image: QImage, need: str = "") -> None:
        badge[:] = [image]
        keys.press(ui.nameEdit, Qt.Key.Key_S, CTRL_SHIFT)
        if need:
            keys.type(ui.needEdit, need)

    def consent_and_save() -> None:
        keys.press(panel.focusWidget() or ui.nameEdit, Qt.Key.Key_G, ALT)  # "A&grees"
        assert ui.consentCheck.isChecked()
        keys.press(ui.nameEdit, Qt.Key.Key_Return)

    # 10 scanned: 4 vCards, 4 MECARDs, 2 Code 128 attendee IDs (name and email typed)
    keys.kind = "scanned"
    for n in range(4):
        scan(qr_image(vcard(n)), need="POS")
        consent_and_save()
    for n in range(4):
        scan(qr_image(mecard(n)), need="scales")
        consent_and_save()
    for n, (name, email) in enumerate([("Ida Id", "ida@id.example"), ("Ole Id", "ole@id.example")]):
        scan(code128_image(f"RTX26-00{4711 + n}"))
        keys.type(ui.nameEdit, name)
        keys.press(ui.nameEdit, Qt.Key.Key_Tab)
        for _ in range(4):  # company, role, phone → email
            keys.press(window.focusWidget(), Qt.Key.Key_Tab)
        keys.type(ui.emailEdit, email)
        consent_and_save()
    # 5 typed, field by field with Tab
    keys.kind = "typed"
    for n in range(5):
        values = [f"Tina Tipp{n}", f"Tipp {n} KG", "", f"0151 3000 {2000 + n}",
                  f"tina{n}@tipp.example", "labels"]  # fmt: skip
        ui.nameEdit.setFocus()
        for value in values:
            if value:
                keys.type(window.focusWidget(), value)
            keys.press(window.focusWidget(), Qt.Key.Key_Tab)
        consent_and_save()
    new_leads = 15
    # 3 returning, known before the fair: Hanna and Willi themselves, Nora's colleague
    keys.kind = "returning"
    for name, phone in [("Hanna Hot", "030 123456"), ("Willi Warm", "040 123456"),
                        ("Ken York", "+1 212 555 0123")]:  # fmt: skip
        panel.clear()
        keys.type(ui.nameEdit, name)
        ui.phoneEdit.setFocus()
        keys.type(ui.phoneEdit, phone)
        keys.press(ui.phoneEdit, Qt.Key.Key_Return)
        assert ui.matchFrame.isVisible(), name
        if name == "Ken York":
            panel.grab().save(str(tmp_path / "stand-same-company.png"))
        keys.press(ui.attachButton, Qt.Key.Key_Space)
    # 2 badges scanned a second time: the same person, the conversation is added
    keys.kind = "duplicate"
    for image in (qr_image(vcard(0)), qr_image(mecard(1))):
        scan(image)
        keys.press(ui.nameEdit, Qt.Key.Key_Return)
        assert ui.matchFrame.isVisible()
        assert "We already know this visitor" in ui.matchLabel.text()
        keys.press(ui.attachButton, Qt.Key.Key_Space)

    with window.ws.store.read() as session:
        outbox = Counter(session.scalars(select(OutboxRow.type)))
        leads = session.scalars(select(LeadRow).where(LeadRow.event_name == EVENT)).all()
        nora = session.get(LeadRow, "lead-newyork")
    assert len(leads) == new_leads  # every new visitor once, none twice
    assert all(lead.consent and lead.consent["given"] for lead in leads)
    assert {lead.consent["text_version"] for lead in leads} != {""}
    assert outbox == {"lead.create": 15, "lead.add_contact": 1, "call_outcome.record": 5}
    assert nora is not None and [c["name"] for c in nora.contacts] == ["Ken York"]
    assert panel.ui.counterLabel.text() == "Captured today: 20"
    scanned, typed = keys.counts["scanned"] / 10, keys.counts["typed"] / 5
    assert scanned < typed / 2, keys.counts  # a scan saves most of the typing
    assert decode_times and max(decode_times) < 2.0  # a frame decodes well within a glance


def test_consent_required_refused_marked_and_an_undo_within_ten_seconds(
    qtbot: QtBot, at_the_stand: MainWindow
) -> None:
    from desktop.services.leads import ConsentSetup

    window = at_the_stand
    panel = window.capture_panel
    ui = panel.ui
    leads = window.ws.leads
    # an event where the visitor must agree: refused without it, nothing typed lost
    leads.set_consent_setup(EVENT, ConsentSetup({"en": "Yes, keep my card."}, required=True))
    panel.clear()
    assert ui.consentText.text() == "Yes, keep my card.\nRequired at this event."
    qtbot.keyClicks(ui.nameEdit, "Lea Lang")
    ui.emailEdit.setText("lea@lang.example")
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    assert ui.consentError.text().startswith("This event needs the visitor's consent")
    assert ui.nameEdit.text() == "Lea Lang" and outbox_of(window) == []
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_G, ALT)
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    (lea,) = leads_at(window)
    assert lea.consent["given"] and lea.consent["text"] == "Yes, keep my card."
    # Ctrl+Z right after: Lea is taken back and her details are in the form again
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert leads_at(window) == [] and outbox_of(window) == []
    assert (ui.nameEdit.text(), ui.emailEdit.text()) == ("Lea Lang", "lea@lang.example")
    assert ui.consentCheck.isChecked()
    # elsewhere consent is optional: saved without it, marked so in the queue
    leads.set_consent_setup(EVENT, ConsentSetup({}, required=False))
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_G, ALT)  # untick
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    (lea,) = leads_at(window)
    assert lea.consent["given"] is False
    panel.undo_bar.withdraw()  # ten seconds later: Ctrl+Z no longer takes her back
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(leads_at(window)) == 1
    window.toggle_capture()
    queue = window.queue_panel
    queue.search.setText("Lea")
    model = queue.model
    column = model.COLUMNS.index("source")
    assert model.data(model.index(0, column)) == "Exhibition · no consent"


def test_same_email_is_the_same_person_whatever_the_name(
    qtbot: QtBot, at_the_stand: MainWindow
) -> None:
    window = at_the_stand
    panel = window.capture_panel
    ui = panel.ui
    ui.nameEdit.setText("Petra Keller")
    ui.emailEdit.setText("petra@keller.example")
    assert panel.save()
    ui.nameEdit.setText("P. Keller-Schmidt")  # married since; the badge says so
    ui.emailEdit.setText("PETRA@keller.example")
    assert panel.save() is False
    assert "We already know this visitor: Petra Keller" in ui.matchLabel.text()
    assert panel.attach()
    assert outbox_of(window).count("lead.create") == 1
    assert "lead.add_contact" not in outbox_of(window)


def outbox_of(window: MainWindow) -> list[str]:
    with window.ws.store.read() as session:
        return list(session.scalars(select(OutboxRow.type).order_by(OutboxRow.seq)))


def leads_at(window: MainWindow) -> list[LeadRow]:
    with window.ws.store.read() as session:
        rows = session.scalars(select(LeadRow).where(LeadRow.event_name == EVENT)).all()
        session.expunge_all()
        return list(rows)


def test_a_teammates_visitor_is_recognised_and_the_days_list_mails_a_follow_up(
    qtbot: QtBot, at_the_stand: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from datetime import timedelta

    from PySide6.QtGui import QDesktopServices

    from desktop.store.models import StandCaptureRow
    from tests.conftest import NOW

    window = at_the_stand
    panel = window.capture_panel
    ui = panel.ui
    with window.ws.store.write() as session:  # pulled from Boris's laptop via the server
        session.add(StandCaptureRow(id="c-eva", event_name=EVENT, name="Eva Neu",
                                    company="Neu AG", phones=[], emails=["eva@neu.example"],
                                    captured_by="Boris Petrov",
                                    captured_at=NOW - timedelta(minutes=30)))  # fmt: skip
    ui.nameEdit.setText("Eva Neu")
    ui.emailEdit.setText("Eva@Neu.example")
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    assert ui.matchFrame.isVisible()
    assert ui.matchLabel.text().startswith("Boris Petrov captured this visitor at ")
    assert ui.attachButton.text() == "&Leave them to Boris Petrov"
    qtbot.keyClick(ui.attachButton, Qt.Key.Key_Space)
    assert ui.savedLabel.text() == "Left to Boris Petrov: not saved twice."
    assert leads_at(window) == [] and ui.nameEdit.text() == ""
    ui.nameEdit.setText("Ida Id")
    ui.emailEdit.setText("ida@id.example")
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_G, ALT)
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    qtbot.keyClick(ui.nameEdit, Qt.Key.Key_T, CTRL_SHIFT)
    day = panel.findChild(QWidget, "standDay")
    assert day is not None
    table = day.table  # type: ignore[attr-defined]
    rows = [[table.item(r, c).text() for c in (1, 4, 5)] for r in range(table.rowCount())]
    assert rows == [["Ida Id", "you", "given"], ["Eva Neu", "Boris Petrov", ""]]
    day.grab().save(str(tmp_path / "stand-day.png"))
    table.selectAll()
    assert day.email_selected()  # type: ignore[attr-defined]
    (link,) = opened
    assert link.startswith("mailto:?bcc=ida@id.example,eva@neu.example&subject=Following")
    assert "RetailTech Expo 2026" in link.replace("%20", " ")
