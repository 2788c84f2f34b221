# SPDX-License-Identifier: MIT
"""Windows that fit the screen: the first size from the available screen area (maximised
when it is smaller than comfortable), and the window's size, position and splitters
remembered per screen configuration and restored only where they still fit (the queue's
columns are fitted to its panel each time instead)."""

from __future__ import annotations

import base64
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from desktop.services.preferences import PreferenceService

# The size the three panels are laid out for; a smaller screen gets the window maximised.
COMFORTABLE = QSize(1440, 860)


def available_geometry() -> QRect:
    """The primary screen's area for windows (without panels and docks)."""
    screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def screens_key() -> str:
    """The screen configuration: each screen's geometry (a layout is kept per configuration)."""
    rects = sorted(
        (s.geometry().x(), s.geometry().y(), s.geometry().width(), s.geometry().height())
        for s in QGuiApplication.screens()
    )
    return "window-layout:" + ";".join("{},{},{}x{}".format(*r) for r in rects)


def first_placement(available: QRect, comfortable: QSize = COMFORTABLE) -> QRect | None:
    """Where a window opens the first time: centred at the comfortable size, or None (to be
    maximised) when the screen's available area is smaller."""
    if available.width() < comfortable.width() or available.height() < comfortable.height():
        return None
    rect = QRect(0, 0, comfortable.width(), comfortable.height())
    rect.moveCenter(available.center())
    return rect


def fit_dialog(dialog: QWidget, wanted: QSize) -> None:
    """Size a dialog to what it wants, never larger than the screen leaves for it."""
    area = available_geometry()
    dialog.resize(min(wanted.width(), area.width() - 20), min(wanted.height(), area.height() - 40))


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode()


def _decode(text: object) -> QByteArray | None:
    try:
        return QByteArray(base64.b64decode(str(text), validate=True))
    except ValueError:
        return None


class WindowLayout:
    """Saves and restores the main window's geometry and splitters in the
    profile's settings store, one layout per screen configuration."""

    def __init__(
        self,
        preferences: PreferenceService,
        window: QMainWindow,
        splitters: dict[str, QSplitter],
        available: Callable[[], QRect] | None = None,
    ) -> None:
        self.preferences = preferences
        self.window = window
        self.splitters = splitters
        self.available = available or (lambda: available_geometry())

    def restore(self) -> None:
        """The remembered layout for these screens when it fits, else the first placement."""
        saved = self.preferences.layout(screens_key())
        area = self.available()
        geometry = _decode(saved.get("geometry")) if saved else None
        fits = False
        if geometry is not None and self.window.restoreGeometry(geometry):
            frame = self.window.geometry()
            fits = area.contains(frame) or self.window.isMaximized()
        if not fits:
            placement = first_placement(area)
            if placement is None:
                self.window.resize(min(COMFORTABLE.width(), area.width()), area.height())
                self.window.setWindowState(
                    self.window.windowState() | Qt.WindowState.WindowMaximized
                )
            else:
                self.window.setGeometry(placement)
        for name, splitter in self.splitters.items():
            state = _decode(saved.get(f"splitter:{name}")) if saved else None
            if state is not None:
                splitter.restoreState(state)

    def save(self) -> None:
        """Remember the layout for these screens."""
        values = {"geometry": _encode(self.window.saveGeometry())}
        values.update({f"splitter:{n}": _encode(s.saveState()) for n, s in self.splitters.items()})
        self.preferences.keep_layout(screens_key(), values)
