# SPDX-License-Identifier: MIT
"""Scan a badge or a business card: the camera's live picture, an image file or a pasted
picture; the details read are shown before they fill the stand's form.

Keyboard: Enter uses the details read, Ctrl+O opens an image, Ctrl+V pastes one (or a
copied vCard/contact text), R scans again, Esc closes. Nothing is saved here: the form
shows what was read and the manager saves it there.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.badge_scanner import DECODE_EVERY_S, NO_CAMERA, FrameSource, timed_decode
from desktop.views.i18n import fill
from desktop.views.plain_text import plain_labels
from salesdesk.domain.badge import VisitorCard, read_badge

#: Image files the dialog offers to open (Qt reads them all without plug-ins).
IMAGE_FILTER = "*.png *.jpg *.jpeg *.bmp *.gif *.webp"


def note_label(key: str) -> str:
    """A ``VisitorCard.rest`` label for people (a vCard property's own name stays as it is)."""
    translate = QCoreApplication.translate
    labels = {
        "address": translate("Scan", "Address"),
        "note": translate("Scan", "Note"),
        "role": translate("Scan", "Role"),
        "nickname": translate("Scan", "Nickname"),
        "messenger": translate("Scan", "Messenger"),
        "name": translate("Scan", "Full name"),
        "department": translate("Scan", "Department"),
        "web": translate("Scan", "Web"),
        "fax": translate("Scan", "Fax"),
        "subject": translate("Scan", "Subject"),
        "body": translate("Scan", "Message"),
    }
    return labels.get(key, key)


def note_text(card: VisitorCard) -> str:
    """What the card says that has no field, as one line for the note ("Web: … · Fax: …")."""
    return " · ".join(
        f"{note_label(key)}: {value}" if key else value for key, value in card.note_lines
    )


def card_summary(card: VisitorCard) -> str:
    """The details read, one per line, as they will fill the form."""
    translate = QCoreApplication.translate
    rows = [
        (translate("Scan", "Name"), card.name),
        (translate("Scan", "Company"), card.company),
        (translate("Scan", "Role"), card.job_title),
        (translate("Scan", "Phone"), ", ".join(card.callable_phones)),
        (translate("Scan", "Email"), ", ".join(card.emails)),
        (translate("Scan", "For the note"), note_text(card)),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)


class ScanDialog(QDialog):
    """Reads one badge or card code and shows what it says.

    Attributes:
        card: the visitor read (None until a code is read).
        frame_times: the decoder's seconds per decoded frame (the live view shows the last).
    """

    def __init__(
        self,
        region: str,
        frames: FrameSource | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scanDialog")
        self.region = region
        self.frames = frames
        self.card: VisitorCard | None = None
        self.frame_times: list[float] = []
        self._last_decode = 0.0
        self.video = QLabel()
        self.video.setObjectName("scanVideo")
        self.video.setMinimumSize(480, 300)
        self.video.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.video.setStyleSheet("background: #263238; color: #eceff1;")
        self.video.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("scanStatus")
        self.status.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("scanDetails")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("font-size: 12pt;")
        plain_labels(self.status, self.details, self.video)  # a code's text is data
        self.open_button = QPushButton()
        self.paste_button = QPushButton()
        self.again_button = QPushButton()
        self.use_button = QPushButton()
        self.use_button.setDefault(True)
        self.cancel_button = QPushButton()
        for button in (self.open_button, self.paste_button, self.again_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter always means "use these details"
        self.open_button.clicked.connect(self.open_image)
        self.paste_button.clicked.connect(self.paste)
        self.again_button.clicked.connect(self.scan_again)
        self.use_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self).activated.connect(
            self.open_image
        )
        QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self).activated.connect(self.paste)
        QShortcut(QKeySequence(Qt.Key.Key_R), self).activated.connect(self.scan_again)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.paste_button, self.again_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.use_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.video, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.retranslate()
        self.scan_again()
        if frames is not None:
            frames.frame.connect(self.show_frame)
            frames.failed.connect(self._camera_failed)
            frames.start()
        else:
            self._camera_failed("")

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.setWindowTitle(self.tr("Scan a badge or a card"))
        self.open_button.setText(self.tr("&Open an image… (Ctrl+O)"))
        self.paste_button.setText(self.tr("&Paste (Ctrl+V)"))
        self.again_button.setText(self.tr("Scan &again (R)"))
        self.use_button.setText(self.tr("&Use these details"))
        self.cancel_button.setText(self.tr("Cancel"))

    def done(self, result: int) -> None:
        """Closing releases the camera."""
        if self.frames is not None:
            self.frames.stop()
        super().done(result)

    def scan_again(self) -> None:
        """Forget what was read and look for the next code."""
        self.card = None
        self.details.clear()
        self.use_button.setEnabled(False)
        self.status.setText(self.tr("Hold the badge or card in front of the camera."))

    def _camera_failed(self, reason: str) -> None:
        """No picture: said, with the other ways; a technical reason (a library that does not
        load, the camera's own error) is shown as it is, for whoever helps."""
        detail = self.tr("No camera is connected.") if reason == NO_CAMERA else reason
        self.video.setText(
            self.tr("No camera picture. Open an image of the code or paste one (Ctrl+V).")
            + (f"\n\n{detail}" if detail else "")
        )
        if self.card is None:
            self.status.setText(self.tr("Open an image of the badge or card, or paste one."))

    def show_frame(self, image: QImage) -> None:
        """A camera frame: shown, and decoded unless a code was just read or decoded."""
        self.show_picture(image)
        if self.card is not None or time.monotonic() - self._last_decode < DECODE_EVERY_S:
            return
        self._last_decode = time.monotonic()
        self.read_picture(image, live=True)

    def show_picture(self, image: QImage) -> None:
        """Show a picture (a frame, a file, a paste) in the view, fitted to it."""
        self.video.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.video.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )

    def read_picture(self, image: QImage, live: bool = False) -> bool:
        """Decode a picture; show the first code's details. False when none was found."""
        codes, seconds = timed_decode(image)
        self.frame_times.append(seconds)
        if not codes:
            if not live:
                self.status.setText(self.tr("No code found in this picture."))
            return False
        self.use_text(codes[0].text, codes[0].symbology, len(codes))
        return True

    def use_text(self, text: str, symbology: str = "", found: int = 1) -> None:
        """Read a code's text (or a pasted contact text) and show the visitor it describes."""
        self.card = read_badge(text, self.region)
        shown = fill(self.tr("Read: %1"), symbology or self.tr("text"))
        if found > 1:
            shown += " — " + self.tr("%n code(s) in the picture; the first is used", "", found)
        self.status.setText(shown)
        self.details.setText(card_summary(self.card))
        self.use_button.setEnabled(not self.card.empty)
        self.use_button.setFocus()
        if self.card.empty:
            self.status.setText(self.tr("The code holds nothing to use."))

    def open_image(self) -> None:
        """Choose an image file (a photo or a screenshot of the badge) and read it."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an image of the code"),
            "",
            fill(self.tr("Images (%1)"), IMAGE_FILTER),
        )
        if path:
            self.read_file(path)

    def read_file(self, path: str) -> bool:
        """Read the code in an image file; False when it is not an image or holds none."""
        image = QImage(path)
        if image.isNull():
            self.status.setText(self.tr("This file is not an image Salesdesk can read."))
            return False
        self.show_picture(image)
        return self.read_picture(image)

    def paste(self) -> bool:
        """The clipboard's picture (a screenshot, a photo) or contact text (a vCard)."""
        clipboard = QGuiApplication.clipboard()
        image = clipboard.image()
        if not image.isNull():
            self.show_picture(image)
            return self.read_picture(image)
        text = clipboard.text().strip()
        if text:
            self.use_text(text)
            return not self.card.empty if self.card else False
        self.status.setText(self.tr("The clipboard holds no picture and no text."))
        return False
