# SPDX-License-Identifier: MIT
"""The import wizard of the team workspace (admins), over the server's import API: choose a
file → how it was read (encoding, delimiter, CRM profile) and each column's field, editable
→ the dry run, row by row → import → the batch among the others, with undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing import FileTooLarge, ImportChoices, ImportService
from desktop.sync.errors import RequestRejected, SyncError
from desktop.views.i18n import fill
from desktop.views.labels import format_when
from desktop.views.place_pickers import chosen, fill_regions
from desktop.views.plain_text import plain_labels, plain_tip
from desktop.views.sync_messages import sync_error_text
from salesdesk.domain.contacts import display_phone
from salesdesk.protocol.imports import BatchInfo, ImportAnswer

_BY_MINIMUM = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
ENCODINGS = ("", "utf-8", "utf-16", "cp1251", "cp1252", "latin-1", "koi8-r")
DELIMITERS = ("", "comma", "semicolon", "tab", "pipe")


def status_label(status: str) -> str:
    """What became of a row, for people."""
    translate = QCoreApplication.translate
    return {
        "created": translate("Import", "New lead"),
        "matched": translate("Import", "Matches a known lead"),
        "possible duplicate": translate("Import", "Possible duplicate (to review)"),
        "refused": translate("Import", "Refused"),
    }.get(status, status)


def field_label(name: str) -> str:
    """A lead field a column may fill, for people (the name ``--map`` takes in brackets)."""
    translate = QCoreApplication.translate
    label = {
        "phones": translate("Import", "Phones"), "emails": translate("Import", "Emails"),
        "first_name": translate("Import", "First name"),
        "last_name": translate("Import", "Last name"),
        "full_name": translate("Import", "Full name (split)"),
        "company": translate("Import", "Company"), "job_title": translate("Import", "Position"),
        "need": translate("Import", "Need"),
        "note": translate("Import", "Kept in the need as “Column: value”"),
        "source": translate("Import", "Source"), "campaign": translate("Import", "Campaign"),
        "event_name": translate("Import", "Event"),
        "temperature": translate("Import", "Temperature"),
        "quality": translate("Import", "Quality"),
        "budget_notes": translate("Import", "Budget notes"),
        "time_zone": translate("Import", "Time zone"), "city": translate("Import", "City"),
        "country": translate("Import", "Country (reads the row's numbers)"),
        "calling_code": translate("Import", "Calling code (before the row's numbers)"),
    }.get(name)  # fmt: skip
    return f"{label} ({name})" if label else name


def refusal_label(kind: str) -> str:
    """The kind of a row's refusal, for people."""
    translate = QCoreApplication.translate
    return {
        "phone": translate("Import", "phone"), "email": translate("Import", "email"),
        "no contact": translate("Import", "no phone or email"),
        "too long": translate("Import", "too long"), "time zone": translate("Import", "time zone"),
        "cell count": translate("Import", "cells do not match the header"),
        "country": translate("Import", "country"), "source": translate("Import", "source"),
        "temperature": translate("Import", "temperature"),
        "quality": translate("Import", "quality"),
    }.get(kind, kind)  # fmt: skip


def how_label(how: str | None) -> str:
    """How the server came to a reading (detected, given…), for people."""
    translate = QCoreApplication.translate
    return {
        "given": translate("Import", "as chosen"), "detected": translate("Import", "detected"),
        "sniffed": translate("Import", "detected"),
        "byte-order mark": translate("Import", "from its byte-order mark"),
        "valid UTF-8": translate("Import", "valid UTF-8"),
        "sep= line": translate("Import", "from its sep= line"),
    }.get(how or "", how or "")  # fmt: skip


class ImportTab(QWidget):
    """Choose, preview, map, import, undo.

    Attributes:
        path: the chosen file; answer: the last preview; mapping: the admin's column
            changes since the file was chosen; previewed: whether ``answer`` is of the
            choices now on screen (importing needs it).
    """

    def __init__(self, imports: ImportService) -> None:
        super().__init__()
        self.imports = imports
        self.path: Path | None = None
        self.answer: ImportAnswer | None = None
        self.mapping: dict[str, str] = {}
        self.previewed = False
        self._filling_field = False
        self.batches: list[BatchInfo] = []
        self.file_label, self.state, self.detected = QLabel(), QLabel(), QLabel()
        self.counts = QLabel()
        plain_labels(self.file_label, self.state, self.detected, self.counts)
        self.counts.setWordWrap(True)
        self.choose_button, self.preview_button = QPushButton(), QPushButton()
        self.import_button, self.undo_button = QPushButton(), QPushButton()
        self.encoding, self.delimiter, self.profile = QComboBox(), QComboBox(), QComboBox()
        self.region, self.assign = QComboBox(), QComboBox()
        for value in ENCODINGS:
            self.encoding.addItem(value, value)
        self.encoding.setEditable(True)
        for value in DELIMITERS:
            self.delimiter.addItem(value, value)
        self.profile.addItem("", "")
        fill_regions(self.region, "")
        self.region.insertItem(0, "", "")
        self.region.setCurrentIndex(0)
        self.assign.addItem("", "")  # the unassigned pool
        self.assign.addItem("", "*")  # round robin over the managers
        self.columns = QTableWidget(0, 2)
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.columns.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.field = QComboBox()  # the field of the column selected above
        self.field_label = QLabel()
        self.field_label.setBuddy(self.field)
        self.rows = QTableWidget(0, 5)
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.batch_table = QTableWidget(0, 6)
        self.batch_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.batch_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.batch_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.batch_table.horizontalHeader().setStretchLastSection(True)
        for table in (self.columns, self.rows, self.batch_table):
            table.verticalHeader().setVisible(False)  # the file's own line numbers are shown
        self.option_labels = [QLabel() for _ in range(5)]
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        options = QGridLayout()  # two rows: the window is never made wider
        places = ((0, 0), (0, 2), (0, 4), (1, 0), (1, 2))
        pickers = (self.encoding, self.delimiter, self.profile, self.region, self.assign)
        for label, widget, (row, column) in zip(self.option_labels, pickers, places, strict=True):
            label.setBuddy(widget)
            options.addWidget(label, row, column)
            options.addWidget(widget, row, column + 1)
            widget.setMinimumContentsLength(12)
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        options.addWidget(self.preview_button, 1, 5)
        for column in (1, 3, 5):
            options.setColumnStretch(column, 1)
        mapping = QVBoxLayout()
        mapping.addWidget(self.columns, 1)
        picking = QHBoxLayout()
        picking.addWidget(self.field_label)
        picking.addWidget(self.field, 1)
        mapping.addLayout(picking)
        middle = QHBoxLayout()
        middle.addLayout(mapping, 2)
        middle.addWidget(self.rows, 3)
        actions = QHBoxLayout()
        actions.addWidget(self.counts, 1)
        actions.addWidget(self.import_button)
        undo = QHBoxLayout()
        undo.addStretch(1)
        undo.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.detected)
        layout.addLayout(middle, 3)
        layout.addLayout(actions)
        layout.addWidget(self.state)
        layout.addWidget(self.batch_table, 1)
        layout.addLayout(undo)
        self.choose_button.clicked.connect(lambda: self.choose())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.import_button.clicked.connect(lambda: self.run(confirm=True))
        self.undo_button.clicked.connect(lambda: self.undo(confirm=True))
        for combo in (self.encoding, self.delimiter, self.profile, self.region, self.assign):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        self.batch_table.itemSelectionChanged.connect(self._buttons)
        self.columns.itemSelectionChanged.connect(self._column_chosen)
        self.field.currentIndexChanged.connect(lambda _i: self._mapped())
        self._buttons()

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self.choose_button.setText(self.tr("Choose a file…"))
        self.preview_button.setText(self.tr("Preview"))
        self.import_button.setText(self.tr("Import"))
        self.undo_button.setText(self.tr("Undo this import…"))
        for label, text in zip(self.option_labels, (self.tr("Encoding"), self.tr("Delimiter"),
                               self.tr("CRM profile"), self.tr("Phone region"),
                               self.tr("Give to")), strict=True):  # fmt: skip
            label.setText(text)
        detect = self.tr("Detect")
        self.encoding.setItemText(0, detect)
        self.delimiter.setItemText(0, detect)
        self.profile.setItemText(0, self.tr("Recognise from the header"))
        names = {"comma": self.tr("Comma"), "semicolon": self.tr("Semicolon"),
                 "tab": self.tr("Tab"), "pipe": self.tr("Vertical bar")}  # fmt: skip
        for index in range(1, self.delimiter.count()):
            self.delimiter.setItemText(index, names[str(self.delimiter.itemData(index))])
        self.region.setItemText(0, self.tr("The server's default"))
        self.region.setToolTip(self.tr("National numbers are read in this region; each row "
                                       "of the preview shows the one it was read in."))  # fmt: skip
        self.assign.setItemText(0, self.tr("Nobody: the unassigned pool"))
        self.assign.setItemText(1, self.tr("Round robin over the managers"))
        if self.path is None:
            self.file_label.setText(self.tr("No file chosen: CSV, Excel (.xlsx) or vCard (.vcf)."))
        self.columns.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Field")])
        self.field_label.setText(self.tr("Field of the selected column"))
        self.rows.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Outcome"),
                                             self.tr("Region"), self.tr("Phones"),
                                             self.tr("Reasons")])  # fmt: skip
        self.batch_table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("File"), self.tr("By"), self.tr("Leads still there"),
            self.tr("Undone"), self.tr("Summary"),
        ])  # fmt: skip
        if self.answer is not None:
            self._show(self.answer)

    def load(self) -> None:
        """The batches so far and the managers to give leads to (online only)."""
        try:
            self.batches = self.imports.batches()
            managers = self.imports.managers()
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return
        now = self.imports.clock()
        self.batch_table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            summary = ", ".join(f"{k}: {v}" for k, v in batch.summary.items())
            undone = format_when(batch.undone_at, now) if batch.undone_at else ""
            values = [format_when(batch.created_at, now), batch.file_name, batch.created_by,
                      str(batch.leads), undone, summary]  # fmt: skip
            for column, value in enumerate(values):
                self.batch_table.setItem(row, column, QTableWidgetItem(value))
        self.batch_table.resizeColumnsToContents()
        known = {self.assign.itemData(i) for i in range(self.assign.count())}
        for username, name in managers:
            if username not in known:
                self.assign.addItem(name or username, username)
        self._buttons()

    def choose(self, path: Path | None = None) -> None:
        """Pick the file (asks unless ``path`` is given) and preview it."""
        if path is None:
            picked, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Choose a file…"), "",
                self.tr("Lead files (*.csv *.txt *.xlsx *.vcf);;All files (*)"),
            )  # fmt: skip
            if not picked:
                return
            path = Path(picked)
        self.path = path
        self.mapping = {}
        self.file_label.setText(str(path))
        self.preview()

    def choices(self) -> ImportChoices:
        """What is chosen on screen."""
        assign = str(self.assign.currentData() or "")
        region = "" if self.region.currentIndex() == 0 else chosen(self.region)
        return ImportChoices(
            encoding=self.encoding.currentText().strip() if self.encoding.currentIndex() else "",
            delimiter=str(self.delimiter.currentData() or ""),
            profile=str(self.profile.currentData() or ""), region=region,
            mapping=dict(self.mapping), assign_to="" if assign in ("", "*") else assign,
            round_robin=assign == "*",
        )  # fmt: skip

    def _changed(self) -> None:
        self.previewed = False
        self._buttons()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, FileTooLarge):
            self.state.setText(self.tr("This file is larger than 64 MB: split it and import "
                                       "the parts."))  # fmt: skip
        elif isinstance(exc, OSError):
            self.state.setText(fill(self.tr("Cannot read the file: %1"), str(exc)))
        elif isinstance(exc, RequestRejected) and exc.code == "refused":
            self.state.setText(fill(self.tr("The server cannot read the file as chosen: %1"),
                                    exc.message))  # fmt: skip
        elif isinstance(exc, SyncError):
            self.state.setText(sync_error_text(exc))
        self._buttons()

    def preview(self) -> ImportAnswer | None:
        """The dry run with the choices on screen; nothing is written."""
        if self.path is None:
            return None
        try:
            answer = self.imports.preview(self.path, self.choices())
        except (SyncError, OSError, FileTooLarge) as exc:
            self.previewed = False
            self._failed(exc)
            return None
        self.previewed = True
        self._show(answer)
        self.state.setText(self.tr("Nothing is written until you import."))
        self._buttons()
        return answer

    def _show(self, answer: ImportAnswer) -> None:
        self.answer = answer
        found = answer.detected
        profile = answer.profile or self.tr("none recognised (built-in column names)")
        self.detected.setText(fill(
            self.tr("Read as %1 · encoding %2 (%3) · delimiter %4 (%5) · CRM profile: %6"),
            str(found.get("kind") or ""), str(found.get("encoding") or "—"),
            how_label(found.get("encoding_by")), repr(found.get("delimiter") or "—"),
            how_label(found.get("delimiter_by")), profile,
        ))  # fmt: skip
        if self.profile.count() == 1:
            for name in answer.profiles:
                self.profile.addItem(name, name)
        self._filling_field = True
        self.field.clear()
        self.field.addItem(self.tr("(left out)"), "")
        for name in answer.fields:
            self.field.addItem(field_label(name), name)
        self._filling_field = False
        self.columns.setRowCount(len(answer.columns))
        for row, pair in enumerate(answer.columns):
            self.columns.setItem(row, 0, QTableWidgetItem(pair["column"]))
            self._set_field(row, pair["field"])
        self._column_chosen()
        self.rows.setRowCount(len(answer.rows))
        for row, result in enumerate(answer.rows):
            reasons = "; ".join(r.text for r in result.reasons)
            values = [str(result.line), status_label(result.status), result.region,
                      ", ".join(display_phone(p) for p in result.phones), reasons]  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 4 and value:
                    cell.setToolTip(plain_tip(value))
                self.rows.setItem(row, column, cell)
        self.rows.resizeColumnsToContents()
        counts = answer.counts
        total = sum(counts.values())
        numbers = [str(counts.get(k, 0)) for k in ("created", "matched", "possible duplicate",
                                                   "refused")]  # fmt: skip
        text = fill(self.tr("%n row(s): %1 new, %2 matching known leads, %3 possible "
                            "duplicates, %4 refused", "", total), *numbers)  # fmt: skip
        if answer.refused_by:
            why = ", ".join(f"{refusal_label(k)}: {v}" for k, v in answer.refused_by.items())
            text = f"{text} ({why})"
        if answer.unmapped:
            text += " · " + fill(self.tr("Columns left out: %1"), ", ".join(answer.unmapped))
        self.counts.setText(text)

    def _set_field(self, row: int, field: str) -> None:
        cell = QTableWidgetItem(field_label(field) if field else self.tr("(left out)"))
        cell.setData(Qt.ItemDataRole.UserRole, field)
        self.columns.setItem(row, 1, cell)

    def _column_chosen(self) -> None:
        """The field picker shows the selected column's field."""
        picked = self.columns.selectionModel().selectedRows()
        self.field.setEnabled(bool(picked))
        if not picked:
            return
        cell = self.columns.item(picked[0].row(), 1)
        current = "" if cell is None else str(cell.data(Qt.ItemDataRole.UserRole) or "")
        self._filling_field = True
        self.field.setCurrentIndex(max(0, self.field.findData(current)))
        self._filling_field = False

    def _mapped(self) -> None:
        """The selected column takes the picked field (a new preview shows its rows)."""
        picked = self.columns.selectionModel().selectedRows()
        if self._filling_field or not picked:
            return
        row = picked[0].row()
        name_cell = self.columns.item(row, 0)
        if name_cell is None:
            return
        field = str(self.field.currentData() or "")
        self.mapping[name_cell.text()] = field
        self._set_field(row, field)
        self._changed()
        self.state.setText(self.tr("The mapping changed: preview again to see the rows."))

    def _buttons(self) -> None:
        self.preview_button.setEnabled(self.path is not None)
        rows = sum(self.answer.counts.values()) if self.answer else 0
        self.import_button.setEnabled(self.previewed and rows > 0)
        picked = self.batch_table.selectionModel().selectedRows()
        open_batch = bool(picked) and self.batches[picked[0].row()].undone_at is None
        self.undo_button.setEnabled(open_batch)

    def run(self, confirm: bool = True) -> ImportAnswer | None:
        """Import the previewed file with the choices on screen."""
        if self.path is None or not self.previewed or self.answer is None:
            return None
        created = self.answer.counts.get("created", 0)
        if confirm and QMessageBox.question(
            self, self.tr("Import"),
            fill(self.tr("Import %1? %2 new leads are created (the preview's count)."),
                 self.path.name, str(created)),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return None
        try:
            answer = self.imports.run(self.path, self.choices())
        except (SyncError, OSError, FileTooLarge) as exc:
            self._failed(exc)
            return None
        self.previewed = False
        self._show(answer)
        self.state.setText(fill(self.tr("Imported as batch %1; it can be undone below."),
                                str(answer.batch_id)))  # fmt: skip
        self.load()
        self._buttons()
        return answer

    def undo(self, confirm: bool = True) -> bool:
        """Undo the selected import: its untouched leads go (kept ones are said why)."""
        picked = self.batch_table.selectionModel().selectedRows()
        if not picked:
            return False
        batch = self.batches[picked[0].row()]
        if confirm and QMessageBox.question(
            self, self.tr("Undo this import…"),
            fill(self.tr("Remove the leads %1 created that nobody has called or changed "
                         "since?"), batch.file_name),
        ) != QMessageBox.StandardButton.Yes:  # fmt: skip
            return False
        try:
            result = self.imports.undo(batch.id)
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return False
        text = self.tr("%n lead(s) removed", "", result.removed)
        if result.kept:
            text += "; " + self.tr("%n kept (called or changed since)", "", len(result.kept))
        self.state.setText(text + ".")
        self.load()
        return True
