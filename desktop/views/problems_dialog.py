# SPDX-License-Identifier: MIT
"""Conflicts and dead letters: what the server disagreed with, and settling it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.problems import ConflictView, DeadLetterView, ProblemService, show_value
from desktop.views.error_texts import error_text
from desktop.views.i18n import fill
from desktop.views.labels import format_moment
from desktop.views.record_labels import change_label, field_label, field_value, record_label
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.errors import ErrorCode, ValidationError

_LIST_FIELDS = {"phones", "emails"}


def _note(text: str) -> QLabel:
    """An explanation above a list, wrapped to the dialog's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def rejection_text(letter: DeadLetterView) -> str:
    """The server's reason in the manager's language when it named a rule we know."""
    codes = {code.value: code for code in ErrorCode}
    if letter.code in codes:
        rule = ValidationError(letter.reason, None, codes[letter.code], **(letter.params or {}))
        return error_text(rule)
    return letter.reason


def _when(moment: datetime) -> str:
    return format_moment(moment)


def _show_rows(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Put these rows of plain text in a table (replacing what it showed)."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(text))


def _lead_text(conflict: ConflictView) -> str:
    """The lead as a manager tells one from another: name, company and phone."""
    parts = [conflict.lead_name, conflict.lead_company]
    if conflict.lead_phone:
        parts.append(display_phone(conflict.lead_phone))
    return " · ".join(p for p in parts if p)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProblemsDialog(QDialog):
    """Lists open conflicts (mine vs the server's value) and dead letters.

    Attributes:
        conflicts_table, letters_table, unreadable_table: the three lists; message: the last
            action's result.
    """

    def __init__(self, problems: ProblemService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems = problems
        self.setWindowTitle(self.tr("Conflicts and rejected changes"))
        self.resize(760, 420)
        self.tabs = QTabWidget()
        self.conflicts_table = _table(
            [self.tr("Lead"), self.tr("Field"), self.tr("Mine"), self.tr("Server's")]
        )
        self.letters_table = _table(
            [self.tr("When"), self.tr("What"), self.tr("Lead or call"), self.tr("Server's reason")]
        )
        conflicts_page = QWidget()
        conflicts_layout = QVBoxLayout(conflicts_page)
        conflicts_layout.addWidget(
            _note(
                self.tr(
                    "You and the server both changed these fields. Your value is kept "
                    "until you choose."
                )
            )
        )
        conflicts_layout.addWidget(self.conflicts_table)
        buttons = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Keep &mine"))
        self.theirs_button = QPushButton(self.tr("Take the &server's"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        conflicts_layout.addLayout(buttons)
        self.mine_button.clicked.connect(lambda: self.resolve("mine"))
        self.theirs_button.clicked.connect(lambda: self.resolve("theirs"))
        self.edit_button.clicked.connect(lambda: self.resolve("edit"))
        letters_page = QWidget()
        letters_layout = QVBoxLayout(letters_page)
        letters_layout.addWidget(
            _note(
                self.tr(
                    "The server refused these changes. Retry one after fixing what the "
                    "reason says, or export them for support."
                )
            )
        )
        letters_layout.addWidget(self.letters_table)
        letter_buttons = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        letter_buttons.addWidget(self.retry_button)
        letter_buttons.addWidget(self.export_button)
        letter_buttons.addStretch(1)
        letters_layout.addLayout(letter_buttons)
        self.retry_button.clicked.connect(self.retry)
        self.export_button.clicked.connect(self.export)
        unreadable_page = QWidget()
        unreadable_layout = QVBoxLayout(unreadable_page)
        unreadable_layout.addWidget(
            _note(
                self.tr(
                    "These changes from the server could not be read by this version and were "
                    "kept aside; everything else was synced. Tell your admin (the reason says "
                    "what is wrong); a corrected version replaces them by itself."
                )
            )
        )
        self.unreadable_table = _table(
            [self.tr("When"), self.tr("What"), self.tr("Which"), self.tr("Why")]
        )
        unreadable_layout.addWidget(self.unreadable_table)
        self.tabs.addTab(conflicts_page, "")
        self.tabs.addTab(letters_page, "")
        self.tabs.addTab(unreadable_page, "")
        self.message = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        """Read the three lists again."""
        self._conflicts = self.problems.conflicts()
        self._letters = self.problems.dead_letters()
        self._unreadable = self.problems.unreadable()
        _show_rows(
            self.conflicts_table,
            [(_lead_text(c), field_label(c.field), field_value(c.field, c.mine),
              field_value(c.field, c.theirs)) for c in self._conflicts],
        )  # fmt: skip
        _show_rows(
            self.letters_table,
            [(_when(d.created_at), change_label(d.type), d.lead_name or d.entity_id,
              rejection_text(d)) for d in self._letters],
        )  # fmt: skip
        _show_rows(
            self.unreadable_table,
            [(_when(k.received_at), record_label(k.entity), k.entity_id, k.reason)
             for k in self._unreadable],
        )  # fmt: skip
        for table in (self.conflicts_table, self.letters_table, self.unreadable_table):
            table.resizeColumnsToContents()  # a few rows: each column as wide as it needs
        self.tabs.setTabText(0, fill(self.tr("Conflicts (%1)"), str(len(self._conflicts))))
        self.tabs.setTabText(1, fill(self.tr("Rejected (%1)"), str(len(self._letters))))
        self.tabs.setTabText(2, fill(self.tr("Could not read (%1)"), str(len(self._unreadable))))
        for button in (self.mine_button, self.theirs_button, self.edit_button):
            button.setEnabled(bool(self._conflicts))
        self.retry_button.setEnabled(bool(self._letters))
        self.export_button.setEnabled(bool(self._letters))
        if self._conflicts:
            self.conflicts_table.selectRow(0)
        if self._letters:
            self.letters_table.selectRow(0)

    def resolve(self, choice: str, value: object = None) -> bool:
        """Settle the selected conflict; "edit" asks for the value unless one is given."""
        row = self.conflicts_table.currentRow()
        if not 0 <= row < len(self._conflicts):
            return False
        conflict = self._conflicts[row]
        if choice == "edit" and value is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Edit"), field_label(conflict.field), text=show_value(conflict.mine)
            )
            if not ok:
                return False
            value = text
        if choice == "edit" and conflict.field in _LIST_FIELDS and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        self.problems.resolve(conflict.id, choice, value)
        self.message.setText(self.tr("Resolved; it goes to the server with the next sync."))
        self.reload()
        return True

    def retry(self) -> bool:
        """Queue the selected rejected change again."""
        row = self.letters_table.currentRow()
        if not 0 <= row < len(self._letters):
            return False
        self.problems.retry(self._letters[row].id)
        self.message.setText(self.tr("Queued again; it goes with the next sync."))
        self.reload()
        return True

    def export(self, path: str | None = None) -> bool:
        """Write the rejected changes to a CSV file (asks where unless given)."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export rejected changes"), "rejected.csv", "CSV (*.csv)"
            )
        if not path:
            return False
        self.problems.export(Path(path))
        self.message.setText(fill(self.tr("Exported to %1"), path))
        return True
