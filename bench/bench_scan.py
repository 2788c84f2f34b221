# SPDX-License-Identifier: MIT
"""The stand's decoder per camera frame: a badge's QR code (a vCard) and a Code 128 ID on a
desk picture at 640×480, 1280×720 and 1920×1080, against a floor.

Floor: converting the same frame to 8-bit grey (what the decoder is handed; the least any
decoder must do is look at every pixel once). The live view decodes at most every 120 ms
(``DECODE_EVERY_S``), so a frame time under that keeps the picture moving.
Run: ``python -m bench.bench_scan``.
"""

from __future__ import annotations

import argparse
import io
import os
from typing import Any, cast

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import segno
import zxingcpp
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QTransform

from bench.common import Row, report, sample
from desktop.views.badge_scanner import decode_image

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Novak;Jana;;;\r\nFN:Jana Novak\r\nORG:Novak s.r.o.\r\n"
    "TITLE:Buyer\r\nTEL;TYPE=CELL:+420 601 123 456\r\nEMAIL:jana@novak.example\r\nEND:VCARD\r\n"
)


def _qr(payload: str, scale: int) -> QImage:
    out = io.BytesIO()
    segno.make(payload, error="m").save(out, kind="png", scale=scale, border=4)
    image = QImage()
    image.loadFromData(out.getvalue(), "PNG")
    return image


def _code128(payload: str, scale: int) -> QImage:
    bars = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.Code128).to_image(scale=scale)
    height, width = bars.shape
    data = bytes(memoryview(cast(Any, bars)))
    return QImage(data, width, height, width, QImage.Format.Format_Grayscale8).copy()


def _frame(code: QImage, width: int, height: int) -> QImage:
    frame = QImage(width, height, QImage.Format.Format_RGB32)
    frame.fill(QColor("#8a8f94"))
    painter = QPainter(frame)
    painter.fillRect(width // 20, height // 20, width // 5, height // 5, QColor("#30343a"))
    turned = code.transformed(QTransform().rotate(12))
    painter.drawImage((width - turned.width()) // 2, (height - turned.height()) // 2, turned)
    painter.end()
    return frame


def run(repeat: int) -> list[Row]:
    _app = QGuiApplication.instance() or QGuiApplication([])
    rows = []
    for width, height in ((640, 480), (1280, 720), (1920, 1080)):
        scale = max(2, height // 180)
        for kind, code in (
            ("QR vCard", _qr(VCARD, scale)),
            ("Code 128", _code128("RTX26-004711", scale)),
        ):
            frame = _frame(code, width, height)
            assert decode_image(frame), f"{kind} not read at {width}x{height}"
            measured = sample(lambda f=frame: decode_image(f), repeat)
            floor = sample(
                lambda f=frame: f.convertToFormat(QImage.Format.Format_Grayscale8), repeat
            )
            empty = _frame(QImage(8, 8, QImage.Format.Format_RGB32), width, height)
            nothing = sample(lambda f=empty: decode_image(f), repeat)
            rows.append(
                Row(
                    f"decode a {kind} badge in a {width}×{height} frame",
                    "(no target: under 120 ms keeps the live view moving)",
                    measured,
                    floor,
                    "convert the frame to grey",
                    {"frame without a code ms": round(min(nothing), 1)},
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print(report(run(args.repeat)))


if __name__ == "__main__":
    main()
