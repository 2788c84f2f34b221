# SPDX-License-Identifier: MIT
"""Validation errors shown next to the fields of a form (the labels its Designer form has):
each error sits beside the field it concerns, the focus goes to the first such field, and
an error goes away as soon as that field changes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.views.error_texts import error_text
from salesdesk.domain.errors import ValidationError


def on_change(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` whenever the person changes what ``widget`` holds."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.textChanged.connect(lambda *_a: slot())
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(lambda *_a: slot())
        if widget.isEditable():
            widget.editTextChanged.connect(lambda *_a: slot())
    elif isinstance(widget, QDateTimeEdit):  # QTimeEdit and QDateEdit too
        widget.dateTimeChanged.connect(lambda *_a: slot())
    elif isinstance(widget, QSpinBox):
        widget.valueChanged.connect(lambda *_a: slot())
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(lambda *_a: slot())
    else:
        raise TypeError(f"cannot watch a {type(widget).__name__}")


class FieldErrors:
    """Maps domain error fields to a form's error labels; unknown fields go to ``fallback``.

    ``inputs`` names, per error label and in the form's order, the fields it is about: a
    change of one clears the label (and the general one), and the first field with an error
    takes the focus.
    """

    def __init__(
        self,
        ui: object,
        labels: Mapping[str, str],
        fallback: str = "errorLabel",
        inputs: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        self.ui = ui
        self.labels = labels
        self.fallback = fallback
        self.inputs = dict(inputs or {})
        for label, names in self.inputs.items():
            for name in names:
                on_change(getattr(ui, name), partial(self.clear_one, label))

    def _label(self, name: str) -> QLabel:
        label: QLabel = getattr(self.ui, name)
        return label

    def clear(self) -> None:
        """Hide every error label."""
        for name in {*self.labels.values(), *self.inputs, self.fallback}:
            self.clear_one(name)

    def clear_one(self, name: str) -> None:
        """Hide one error label (its field changed), and the general one."""
        for label in {self._label(name), self._label(self.fallback)}:
            if label.text():
                label.clear()
            label.setVisible(False)

    def show(self, errors: Iterable[ValidationError]) -> None:
        """Show each message beside its field (several for one field, one per line) and put
        the cursor in the first field that has one."""
        for error in errors:
            self.show_message(self.labels.get(error.field or "", self.fallback), error_text(error))
        self.focus_first()

    def show_message(self, label_name: str, text: str) -> None:
        """Add a sentence to one error label."""
        label = self._label(label_name)
        label.setText((label.text() + "\n" if label.text() else "") + text)
        label.setVisible(True)

    def focus_first(self) -> None:
        """The focus to the first field (in the form's order) whose error is showing."""
        for label, names in self.inputs.items():
            if self._label(label).text() and names:
                getattr(self.ui, names[0]).setFocus()
                return
