# SPDX-License-Identifier: MIT
"""Light and dark: the Fusion style with a palette that follows the system's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2124",
    QPalette.ColorRole.AlternateBase: "#27292c",
    QPalette.ColorRole.ToolTipBase: "#3a3d41",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35383c",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#2f6fb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#64b5f6",
    QPalette.ColorRole.PlaceholderText: "#8a8f96",
}


class _VisibleChecks(QProxyStyle):
    """Fusion, with a check box's frame that shows on a dark palette (Fusion draws it a
    shade darker than the window: on our dark base an unchecked box was invisible)."""

    _CHECKS = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
    )

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if (
            element in self._CHECKS
            and option.palette.color(QPalette.ColorRole.Window).lightness() < 128
        ):
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            side = min(option.rect.width(), option.rect.height(), 14)
            box = QRect(0, 0, side - 1, side - 1)
            box.moveCenter(option.rect.center())
            painter.drawRect(box)
            painter.restore()


def palette_for(scheme: Qt.ColorScheme) -> QPalette:
    """Fusion's light palette, or our dark one."""
    palette = QApplication.style().standardPalette()
    if scheme == Qt.ColorScheme.Dark:
        for role, colour in _DARK.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777b80"))
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#777b80")
        )
    return palette


def apply_theme(app: QApplication, scheme: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
    """Use Fusion with the system's scheme (or the one given) and follow later changes."""
    if not isinstance(app.style(), _VisibleChecks):
        app.setStyle(_VisibleChecks(QStyleFactory.create("Fusion")))
    chosen = scheme if scheme is not None else app.styleHints().colorScheme()
    _set_palette(app, chosen)
    if scheme is None and not app.property("salesdesk_theme_follows"):
        app.styleHints().colorSchemeChanged.connect(lambda s: _set_palette(app, s))
        app.setProperty("salesdesk_theme_follows", True)
    return chosen


def _set_palette(app: QApplication, scheme: Qt.ColorScheme) -> None:
    app.setPalette(palette_for(scheme))
    # a widget with a style sheet (a bold title, a red error line) kept the colours of the
    # scheme before: setting its sheet again makes it take the new palette's text colour
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)
