# SPDX-License-Identifier: MIT
"""Reading badge and card codes from pictures: the camera, an image file, the clipboard.

The decoder is zxing-cpp (QR, Micro QR, DataMatrix, Aztec, PDF417 and the 1D codes badges
use: Code 128, Code 39, EAN/UPC, ITF, Codabar), which reads a QImage as it is. A picture
comes from a ``FrameSource``: the camera through QtMultimedia, or in tests a fake source
handing over prepared frames. QtMultimedia is imported only when the camera is opened, so a
computer without its system libraries still reads image files and pastes.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import zxingcpp
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

#: ``camera_problem`` when QtMultimedia works but sees no camera (the scan view says so).
NO_CAMERA = "no camera is connected"
#: How long the live view waits between two decoded frames (the rest are only shown).
DECODE_EVERY_S = 0.12


@dataclass(frozen=True)
class DecodedCode:
    """A code found in a picture: its text and symbology (e.g. "QRCode", "Code128")."""

    text: str
    symbology: str


def decode_image(image: QImage) -> list[DecodedCode]:
    """Every readable code in the picture, in the decoder's order (empty when none)."""
    if image.isNull():
        return []
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [
        DecodedCode(code.text, code.format.name)
        for code in zxingcpp.read_barcodes(gray)
        if code.valid and code.text
    ]


def timed_decode(image: QImage) -> tuple[list[DecodedCode], float]:
    """``decode_image`` with the seconds it took (the scan view shows its frame time)."""
    started = time.perf_counter()
    codes = decode_image(image)
    return codes, time.perf_counter() - started


class FrameSource(QObject):
    """Pictures arriving one after another (a camera, or a test's prepared frames).

    Signals:
        frame(QImage): a new picture.
        failed(str): the source cannot give pictures (the reason, for the person).
    """

    frame = Signal(QImage)
    failed = Signal(str)

    def start(self) -> None:
        """Begin sending frames."""

    def stop(self) -> None:
        """Stop sending frames (the camera is released)."""


class CameraFrames(FrameSource):
    """The computer's default camera (or a USB one), through QtMultimedia."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # QtMultimedia's objects (imported only when the camera opens)
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None

    def start(self) -> None:
        """Open the default camera; ``failed`` when there is none or QtMultimedia is missing."""
        problem = camera_problem()
        if problem:
            self.failed.emit(problem)
            return
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(lambda frame: self.frame.emit(frame.toImage()))
        self._camera.errorOccurred.connect(lambda _error, text: self.failed.emit(text))
        self._camera.start()

    def stop(self) -> None:
        """Release the camera."""
        if self._camera is not None:
            self._camera.stop()
        self._camera = self._session = self._sink = None


def camera_problem() -> str:
    """Why the camera cannot be used here ("" when it can): QtMultimedia or its system
    libraries missing, or no camera connected. Shown in the scan view and by ``doctor``."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:  # e.g. libpulse missing on a Linux without sound
        return f"QtMultimedia cannot load: {exc}"
    if not QMediaDevices.videoInputs():
        return NO_CAMERA
    return ""


def multimedia_status() -> str:
    """The camera plugin's state for ``doctor``: the backend and the cameras it sees."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        raise RuntimeError(f"QtMultimedia cannot load: {exc}") from exc
    cameras = [device.description() for device in QMediaDevices.videoInputs()]
    return ", ".join(cameras) if cameras else "no camera connected (image files and paste work)"
