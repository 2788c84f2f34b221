# SPDX-License-Identifier: MIT
"""Text from data is shown as text, never as markup: Qt renders a label or a tooltip as HTML
when it merely looks like HTML (``Qt.mightBeRichText``), so a lead named ``<img src=…>``
would load a file and ``<a href=…>`` would be a link. Labels that show data are made plain;
tooltips that show data go through ``plain_tip``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel


def plain_labels(*labels: QLabel) -> None:
    """These labels show their text as it is (no markup)."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: escaped into a paragraph when Qt would
    otherwise take it for HTML (line breaks kept), else unchanged."""
    if not GuiQt.mightBeRichText(text):
        return text
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


__all__ = ["plain_labels", "plain_tip"]
