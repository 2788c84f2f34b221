# SPDX-License-Identifier: MIT
"""Validation errors shown next to the fields of a form (the labels its Designer form has)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtWidgets import QLabel

from desktop.views.error_texts import error_text
from salesdesk.domain.errors import ValidationError


class FieldErrors:
    """Maps domain error fields to a form's error labels; unknown fields go to ``fallback``."""

    def __init__(self, ui: object, labels: Mapping[str, str], fallback: str = "errorLabel") -> None:
        self.ui = ui
        self.labels = labels
        self.fallback = fallback

    def _label(self, name: str) -> QLabel:
        label: QLabel = getattr(self.ui, name)
        return label

    def clear(self) -> None:
        """Hide every error label."""
        for name in {*self.labels.values(), self.fallback}:
            label = self._label(name)
            label.clear()
            label.setVisible(False)

    def show(self, errors: Iterable[ValidationError]) -> None:
        """Show each message beside its field (several for one field, one per line)."""
        for error in errors:
            label = self._label(self.labels.get(error.field or "", self.fallback))
            text = error_text(error)
            label.setText((label.text() + "\n" if label.text() else "") + text)
            label.setVisible(True)
