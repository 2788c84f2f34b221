# SPDX-License-Identifier: MIT
"""The stand reads badges and cards: generated QR and 1D codes through the real decoder,
from a fake camera, an image file, the clipboard and a keyboard-wedge scanner."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import segno
import zxingcpp
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTransform
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import LeadRow, OutboxRow
from desktop.views.badge_scanner import FrameSource, decode_image
from desktop.views.main_window import MainWindow
from desktop.views.scan_dialog import ScanDialog
from salesdesk.domain.badge import read_badge

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "badges"
CTRL = Qt.KeyboardModifier.ControlModifier

MECARD = "MECARD:N:Keller,Petra;TEL:+49 30 1234567;EMAIL:petra@keller.example;ORG:Keller AG;;"
VCARD_30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Novak;Jana;;;\r\nFN:Jana Novak\r\nORG:Novak s.r.o.\r\n"
    "TITLE:Buyer\r\nTEL;TYPE=CELL:+420 601 123 456\r\nEMAIL:jana@novak.example\r\nEND:VCARD\r\n"
)


def qr_image(payload: str, scale: int = 4) -> QImage:
    """A QR code made by segno (not by the decoder's library), as a picture."""
    out = io.BytesIO()
    segno.make(payload, micro=False, error="m").save(out, kind="png", scale=scale, border=4)
    image = QImage()
    assert image.loadFromData(out.getvalue(), "PNG")
    return image


def code128_image(payload: str) -> QImage:
    """A 1D badge code (Code 128), made with zxing-cpp's writer (segno makes no 1D codes)."""
    bars = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    height, width = bars.shape
    data = bytes(memoryview(bars))
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def on_a_desk(code: QImage, angle: float = 0) -> QImage:
    """The code as a camera sees a badge: smaller, turned, on a grey desk with clutter."""
    frame = QImage(960, 540, QImage.Format.Format_RGB32)
    frame.fill(QColor("#8a8f94"))
    painter = QPainter(frame)
    painter.fillRect(40, 40, 200, 120, QColor("#30343a"))  # a phone lying beside it
    turned = code.transformed(QTransform().rotate(angle))
    painter.drawImage(frame.width() // 2 - turned.width() // 2, 60, turned)
    painter.end()
    return frame


@pytest.mark.parametrize(
    ("payload", "name", "phones", "emails"),
    [
        ((SAMPLES / "versit_2.1.vcf").read_text(), "John Smith",
         ("+1 (919) 555-1234", "+1 (919) 554-6758"), ()),
        (VCARD_30, "Jana Novak", ("+420 601 123 456",), ("jana@novak.example",)),
        ((SAMPLES / "rfc6350_4.0.vcf").read_text(), "Simon Perreault",
         ("+1-418-656-9254;ext=102", "+1-418-262-6501"), ("simon.perreault@viagenie.ca",)),
        (MECARD, "Petra Keller", ("+49 30 1234567",), ("petra@keller.example",)),
        ("BIZCARD:N:Sean;X:Owen;C:Google;B:+12125551212;E:srowen@google.com;;", "Sean Owen",
         ("+12125551212",), ("srowen@google.com",)),
        ("tel:+49-30-1234567", "", ("+49-30-1234567",), ()),
        ("mailto:eva@neu.example", "", (), ("eva@neu.example",)),
        ("Eva Neu\n+49 151 2345 6780\neva@neu.example", "Eva Neu", ("+49 151 2345 6780",),
         ("eva@neu.example",)),
    ],
)  # fmt: skip
def test_each_payload_type_decoded_from_a_generated_qr_code(
    qapp: object, payload: str, name: str, phones: tuple[str, ...], emails: tuple[str, ...]
) -> None:
    codes = decode_image(on_a_desk(qr_image(payload), angle=90))
    assert [c.symbology for c in codes] == ["QRCode"]
    assert codes[0].text.replace("\r\n", "\n").strip() == payload.replace("\r\n", "\n").strip()
    card = read_badge(codes[0].text, "DE")
    assert (card.name, card.callable_phones, card.emails) == (name, phones, emails)


def test_a_1d_badge_code_is_read_and_kept_for_the_note(qapp: object) -> None:
    codes = decode_image(on_a_desk(code128_image("RTX26-004711")))
    assert [(c.text, c.symbology) for c in codes] == [("RTX26-004711", "Code128")]
    assert read_badge(codes[0].text).rest == (("", "RTX26-004711"),)


def test_a_picture_without_a_code_reads_nothing(qapp: object) -> None:
    assert decode_image(on_a_desk(QImage(200, 200, QImage.Format.Format_RGB32))) == []
    assert decode_image(QImage()) == []


class FakeCamera(FrameSource):
    """A camera that shows the desk a few times, then the badge, at 30 frames a second."""

    def __init__(self, frames: list[QImage]) -> None:
        super().__init__()
        self.frames = frames
        self.shown = 0
        self.stopped = False
        self.timer = QTimer(self)
        self.timer.setInterval(33)
        self.timer.timeout.connect(self._next)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.stopped = True

    def _next(self) -> None:
        self.frame.emit(self.frames[min(self.shown, len(self.frames) - 1)])
        self.shown += 1


def stand(window: MainWindow, event: str = "RetailTech Expo 2026") -> None:
    window.toggle_capture()
    window.capture_panel.ui.eventEdit.setText(event)


def test_the_fake_camera_yields_a_lead(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stand(window)
    panel = window.capture_panel
    desk = on_a_desk(QImage(10, 10, QImage.Format.Format_RGB32))
    camera = FakeCamera([desk] * 5 + [on_a_desk(qr_image(VCARD_30), angle=10)])
    panel.frames = lambda _parent: camera  # type: ignore[assignment,misc,return-value]
    seen: dict[str, object] = {}

    def look_and_use(dialog: ScanDialog) -> int:
        dialog.show()
        qtbot.waitUntil(lambda: dialog.card is not None, timeout=5000)
        seen["details"] = dialog.details.text()
        seen["status"] = dialog.status.text()
        seen["frame_times"] = list(dialog.frame_times)
        dialog.grab().save(str(tmp_path / "scan-preview.png"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # "Use these details" is the default
        return int(dialog.result())

    monkeypatch.setattr(ScanDialog, "exec", look_and_use)
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert camera.stopped  # the camera is released when the view closes
    assert "Name: Jana Novak" in str(seen["details"]) and "Role: Buyer" in str(seen["details"])
    assert str(seen["status"]).startswith("Read: QRCode")
    assert len(seen["frame_times"]) >= 2  # type: ignore[arg-type]  # the desk, then the badge
    ui = panel.ui
    assert (ui.nameEdit.text(), ui.companyEdit.text(), ui.jobTitleEdit.text()) == (
        "Jana Novak", "Novak s.r.o.", "Buyer"
    )  # fmt: skip
    assert (ui.phoneEdit.text(), ui.emailEdit.text()) == ("+420 601 123 456", "jana@novak.example")
    assert window.focusWidget() is panel.ui.needEdit  # the manager adds what Jana wants
    assert outbox_types(window) == []  # nothing saved before the manager saves
    qtbot.keyClicks(ui.needEdit, "self-checkout for 40 stores")
    qtbot.keyClick(ui.needEdit, Qt.Key.Key_Return)
    with window.ws.store.read() as session:
        lead = session.scalars(select(LeadRow).where(LeadRow.first_name == "Jana")).one()
    assert (lead.phones, lead.job_title) == (["+420601123456"], "Buyer")


def outbox_types(window: MainWindow) -> list[str]:
    with window.ws.store.read() as session:
        return [row.type for row in session.scalars(select(OutboxRow).order_by(OutboxRow.seq))]


def test_an_image_file_and_a_paste_are_read(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    stand(window)
    path = tmp_path / "badge-photo.png"
    assert on_a_desk(qr_image(MECARD), angle=-90).save(str(path))
    dialog = ScanDialog("DE", None, window)
    qtbot.addWidget(dialog)
    assert "No camera picture" in dialog.video.text()  # said, with the other ways shown
    assert dialog.read_file(str(path))
    assert dialog.card is not None and dialog.card.name == "Petra Keller"
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("hello")
    dialog.scan_again()
    assert not dialog.read_file(str(not_an_image))
    assert dialog.status.text() == "This file is not an image Salesdesk can read."
    # a screenshot pasted into the form: read at once
    panel = window.capture_panel
    QGuiApplication.clipboard().setImage(on_a_desk(qr_image(VCARD_30)))
    panel.ui.nameEdit.setFocus()
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_V, CTRL)
    assert panel.ui.nameEdit.text() == "Jana Novak"
    # copied contact text (not a picture) in the scan view
    QGuiApplication.clipboard().setText(MECARD)
    dialog.scan_again()
    assert dialog.paste() and dialog.card is not None and dialog.card.kind == "mecard"


def scanner_types(qtbot: QtBot, window: MainWindow, lines: list[str]) -> None:
    """A keyboard-wedge scanner: each line in a burst, each followed by Enter."""
    edit = window.capture_panel.ui.nameEdit
    for line in lines:
        qtbot.keyClicks(edit, line)
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_keyboard_wedge_scan_fills_the_form(qtbot: QtBot, window: MainWindow) -> None:
    stand(window)
    panel = window.capture_panel
    panel.ui.nameEdit.setFocus()
    scanner_types(qtbot, window, VCARD_30.strip().split("\r\n"))  # Enter between lines
    qtbot.waitUntil(lambda: panel.ui.nameEdit.text() == "Jana Novak", timeout=2000)
    assert panel.ui.emailEdit.text() == "jana@novak.example"
    assert outbox_types(window) == []  # the Enters inside the code did not save anything
    panel.clear()
    scanner_types(qtbot, window, ["RTX26-004711"])  # a 1D badge ID, one burst
    assert panel.ui.noteEdit.text() == "RTX26-004711" and panel.ui.nameEdit.text() == ""
    assert outbox_types(window) == []


def test_a_person_typing_an_id_slowly_is_not_a_scan(qtbot: QtBot, window: MainWindow) -> None:
    stand(window)
    panel = window.capture_panel
    qtbot.keyClicks(panel.ui.nameEdit, "Room 12", delay=60)  # a person: 60 ms a key
    qtbot.keyClick(panel.ui.nameEdit, Qt.Key.Key_Return)
    assert panel.ui.noteEdit.text() == ""
    assert panel.ui.phoneError.text() == "A lead needs a phone or an email."  # a save, as typed
