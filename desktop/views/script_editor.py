# SPDX-License-Identifier: MIT
"""The script editor (team leads and admins): a script's nodes in a list, the chosen node's
fields and edges in a form, the flowchart drawn as you edit, the readiness rules and scoring
weights beside them, and every problem that keeps the script from being published — checked
as you type with the server's own check. Publishing makes a new version every workstation
pulls."""

from __future__ import annotations

import time
from typing import Any

import yaml
from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.script_editing import ScriptEditing
from desktop.sync.errors import ScriptRefused, SyncError
from desktop.views.flowchart import Flowchart
from desktop.views.geometry import fit_dialog
from desktop.views.i18n import fill
from desktop.views.plain_text import plain_labels
from salesdesk.domain.flow import AnswerKind, NodeKind
from salesdesk.domain.vocabulary import Result
from salesdesk.protocol.convert import script_from_wire
from salesdesk.protocol.models import ScriptData

#: The node fields the form edits, beside its choices and branches.
_TEXT_FIELDS = ("id", "title", "unit", "currency")


class ScriptEditor(QDialog):
    """Edits one script at a time and publishes it.

    Attributes:
        document: the script being edited (as published, without its version).
        problems: what keeps it from being published now.
        render_ms: how long the last flowchart took to lay out and draw.
    """

    def __init__(self, editing: ScriptEditing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.document: dict[str, Any] = {}
        self.problems: list[str] = []
        self.render_ms = 0.0
        self.current = -1
        self._filling = False
        fit_dialog(self, QSize(1280, 800))  # smaller on a laptop's screen
        self.script_combo = QComboBox()
        for script_id, name in editing.script_ids():
            self.script_combo.addItem(name, script_id)
        self.script_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.start_combo = QComboBox()
        self.start_combo.currentIndexChanged.connect(self._start_changed)
        self.node_list = QListWidget()
        self.node_list.currentRowChanged.connect(self._node_chosen)
        self.add_button = QPushButton()
        self.add_kind = QComboBox()
        for kind in NodeKind:
            self.add_kind.addItem(kind.value, kind.value)
        self.add_button.clicked.connect(self.add_node)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_node)
        self.fields: dict[str, QLineEdit] = {name: QLineEdit() for name in _TEXT_FIELDS}
        self.kind_combo = self._combo([k.value for k in NodeKind])
        self.text_edit = QPlainTextEdit()
        self.next_combo = QComboBox()
        self.answer_combo = self._combo(["", *(k.value for k in AnswerKind)])
        self.objection_combo = QComboBox()
        self.result_combo = self._combo(["", *(r.value for r in Result)])
        self.choices = self._table(3)
        self.branches = self._table(3)
        self.rules_edit = QPlainTextEdit()
        self.rules_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.flowchart = Flowchart()
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.publish_button = QPushButton()
        self.publish_button.clicked.connect(self.publish)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        self.status = QLabel()
        plain_labels(self.status)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(250)
        self._refresh_timer.timeout.connect(self.refresh)
        self._lay_out()
        self._connect_form()
        self.retranslate()
        self.load()

    # -- building -----------------------------------------------------------------------

    @staticmethod
    def _combo(values: list[str]) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem(value or "—", value)
        return combo

    @staticmethod
    def _table(columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        self.script_label, self.start_label = QLabel(), QLabel()
        for label, widget in (
            (self.script_label, self.script_combo),
            (self.start_label, self.start_combo),
        ):
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.node_list, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.add_kind)
        adding.addWidget(self.add_button)
        left_layout.addLayout(adding)
        left_layout.addWidget(self.remove_button)
        form_widget = QWidget()
        self.form = QFormLayout(form_widget)
        self.form_labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget]] = [
            ("id", self.fields["id"]), ("kind", self.kind_combo), ("title", self.fields["title"]),
            ("text", self.text_edit), ("next", self.next_combo), ("answer", self.answer_combo),
            ("unit", self.fields["unit"]), ("currency", self.fields["currency"]),
            ("objection", self.objection_combo), ("result", self.result_combo),
            ("choices", self.choices), ("branches", self.branches),
        ]  # fmt: skip
        for name, field in rows:
            label = QLabel()
            label.setBuddy(field)
            self.form_labels[name] = label
            self.form.addRow(label, field)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.flowchart, "")
        self.tabs.addTab(self.rules_edit, "")
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(form_widget)
        splitter.addWidget(self.tabs)
        splitter.setSizes([230, 430, 620])
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.publish_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.problems_label = QLabel()
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problem_list)
        self.problem_list.setMaximumHeight(130)
        layout.addLayout(bottom)

    def _connect_form(self) -> None:
        for name, edit in self.fields.items():
            edit.textEdited.connect(lambda _t, n=name: self._field_changed(n))
        self.text_edit.textChanged.connect(lambda: self._field_changed("text"))
        for name, combo in (
            ("kind", self.kind_combo), ("next", self.next_combo), ("answer", self.answer_combo),
            ("objection", self.objection_combo), ("result", self.result_combo),
        ):  # fmt: skip
            combo.currentIndexChanged.connect(lambda _i, n=name: self._field_changed(n))
        self.choices.itemChanged.connect(lambda _item: self._field_changed("choices"))
        self.branches.itemChanged.connect(lambda _item: self._field_changed("branches"))
        self.rules_edit.textChanged.connect(self._rules_changed)

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self.setWindowTitle(self.tr("Script editor"))
        self.script_label.setText(self.tr("&Script"))
        self.start_label.setText(self.tr("S&tarts at"))
        self.add_button.setText(self.tr("&Add a node"))
        self.remove_button.setText(self.tr("&Remove the node"))
        labels = {
            "id": self.tr("ID"), "kind": self.tr("Kind"), "title": self.tr("Title"),
            "text": self.tr("Text"), "next": self.tr("Then"), "answer": self.tr("Answer type"),
            "unit": self.tr("Unit"), "currency": self.tr("Currency"),
            "objection": self.tr("Objection"), "result": self.tr("Suggested result"),
            "choices": self.tr("Choices"), "branches": self.tr("Branches"),
        }  # fmt: skip
        for name, label in self.form_labels.items():
            label.setText(labels[name])
        self.choices.setHorizontalHeaderLabels([self.tr("ID"), self.tr("Label"), self.tr("Then")])
        self.branches.setHorizontalHeaderLabels(
            [self.tr("Condition"), self.tr("Value"), self.tr("Then")]
        )
        self.tabs.setTabText(0, self.tr("Flowchart"))
        self.tabs.setTabText(1, self.tr("Readiness rules and scoring"))
        self.problems_label.setText(self.tr("Problems"))
        self.close_button.setText(self.tr("Close"))
        self.refresh()

    # -- the document -------------------------------------------------------------------

    def load(self) -> None:
        """The chosen script's latest version, from the server when it answers."""
        script_id = self.script_combo.currentData()
        if script_id is None:
            return
        try:
            self.document = self.editing.document(str(script_id))
        except (SyncError, LookupError) as exc:
            self.status.setText(fill(self.tr("Could not load the script: %1"), exc))
            return
        self.document.setdefault("nodes", [])
        self._filling = True
        rules = {k: self.document.get(k) for k in ("readiness", "scoring") if k in self.document}
        self.rules_edit.setPlainText(yaml.safe_dump(rules, allow_unicode=True, sort_keys=False))
        self._filling = False
        self.current = -1
        self._fill_list()
        self.node_list.setCurrentRow(0 if self.document["nodes"] else -1)
        self.refresh()

    @property
    def nodes(self) -> list[dict[str, Any]]:
        """The nodes being edited (as in the document)."""
        nodes = self.document.setdefault("nodes", [])
        assert isinstance(nodes, list)
        return nodes

    def _fill_list(self) -> None:
        self._filling = True
        row = self.node_list.currentRow()
        self.node_list.clear()
        for node in self.nodes:
            QListWidgetItem(f"{node.get('id', '')} · {node.get('kind', '')}", self.node_list)
        self.node_list.setCurrentRow(min(row, len(self.nodes) - 1))
        ids = [str(n.get("id", "")) for n in self.nodes]
        for combo, values in ((self.start_combo, ids), (self.next_combo, ["", *ids])):
            chosen = combo.currentData()
            combo.clear()
            for value in values:
                combo.addItem(value or "—", value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.start_combo.setCurrentIndex(
            max(0, self.start_combo.findData(self.document.get("start")))
        )
        objections = [str(o.get("id")) for o in self.document.get("objections", [])]
        self.objection_combo.clear()
        for value in ["", *objections]:
            self.objection_combo.addItem(value or "—", value)
        self._filling = False
        if 0 <= self.current < len(self.nodes):
            self._fill_form(self.nodes[self.current])

    def _node_chosen(self, row: int) -> None:
        if self._filling:
            return
        self.current = row
        if 0 <= row < len(self.nodes):
            self._fill_form(self.nodes[row])
            self._draw()

    def _fill_form(self, node: dict[str, Any]) -> None:
        self._filling = True
        for name, edit in self.fields.items():
            edit.setText(str(node.get(name) or ""))
        self.text_edit.setPlainText(str(node.get("text") or ""))
        for name, combo in (
            ("kind", self.kind_combo), ("next", self.next_combo), ("answer", self.answer_combo),
            ("objection", self.objection_combo), ("result", self.result_combo),
        ):  # fmt: skip
            combo.setCurrentIndex(max(0, combo.findData(node.get(name) or "")))
        choices = node.get("choices", [])
        rows = [(c.get("id", ""), c.get("label", ""), c.get("next") or "") for c in choices]
        self._fill_table(self.choices, rows)
        self._fill_table(self.branches, [
            (b["when"].get("op", ""), b["when"].get("value", ""), b.get("next", ""))
            for b in node.get("branches", [])
        ])  # fmt: skip
        self._filling = False

    @staticmethod
    def _fill_table(table: QTableWidget, rows: list[tuple[Any, ...]]) -> None:
        table.setRowCount(len(rows) + 1)  # one empty row to add to
        for row, values in enumerate([*rows, ("", "", "")]):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    @staticmethod
    def _table_rows(table: QTableWidget) -> list[list[str]]:
        rows = []
        for row in range(table.rowCount()):
            items = [table.item(row, c) for c in range(table.columnCount())]
            values = [item.text().strip() if item is not None else "" for item in items]
            if any(values):
                rows.append(values)
        return rows

    def _field_changed(self, name: str) -> None:
        if self._filling or not 0 <= self.current < len(self.nodes):
            return
        node = self.nodes[self.current]
        if name in self.fields:
            value = self.fields[name].text().strip()
            if name == "id":
                self._rename(str(node.get("id", "")), value)
            _set(node, name, value)
        elif name == "text":
            _set(node, "text", self.text_edit.toPlainText())
        elif name == "choices":
            node["choices"] = [
                {"id": i, "label": label, **({"next": then} if then else {})}
                for i, label, then in self._table_rows(self.choices)
            ]
        elif name == "branches":
            node["branches"] = [
                {"when": {"op": op, "value": _number(value)}, "next": then}
                for op, value, then in self._table_rows(self.branches)
            ]
        else:
            combo = {"kind": self.kind_combo, "next": self.next_combo,
                     "answer": self.answer_combo, "objection": self.objection_combo,
                     "result": self.result_combo}[name]  # fmt: skip
            _set(node, name, combo.currentData() or "")
        if name in ("id", "kind"):
            self._fill_list()
        self._refresh_timer.start()

    def _rename(self, old: str, new: str) -> None:
        """A node's new ID, followed by every edge to it and the start."""
        if not old or old == new:
            return
        if self.document.get("start") == old:
            self.document["start"] = new
        for node in self.nodes:
            if node.get("next") == old:
                node["next"] = new
            for edge in (*node.get("choices", []), *node.get("branches", [])):
                if edge.get("next") == old:
                    edge["next"] = new

    def _start_changed(self) -> None:
        if not self._filling and self.start_combo.currentData():
            self.document["start"] = self.start_combo.currentData()
            self._refresh_timer.start()

    def _rules_changed(self) -> None:
        if self._filling:
            return
        self._refresh_timer.start()

    def _rules_problem(self) -> str:
        """Read the rules pane into the document; the problem when it cannot be read."""
        try:
            rules = yaml.safe_load(self.rules_edit.toPlainText()) or {}
        except yaml.YAMLError as exc:
            return fill(self.tr("The rules are not valid YAML: %1"), exc)
        if not isinstance(rules, dict) or set(rules) - {"readiness", "scoring"}:
            return self.tr("The rules pane holds readiness: and scoring: only.")
        for key in ("readiness", "scoring"):
            if key in rules:
                self.document[key] = rules[key]
            else:
                self.document.pop(key, None)
        return ""

    def add_node(self) -> None:
        """A new node of the chosen kind, after the current one."""
        taken = {str(n.get("id")) for n in self.nodes}
        kind = str(self.add_kind.currentData())
        number = 1
        while f"{kind}-{number}" in taken:
            number += 1
        node: dict[str, Any] = {"id": f"{kind}-{number}", "kind": kind, "title": ""}
        self.nodes.insert(self.current + 1, node)
        self.current += 1
        self._fill_list()
        self.node_list.setCurrentRow(self.current)
        self.fields["title"].setFocus()
        self.refresh()

    def remove_node(self) -> None:
        """Remove the current node (the edges to it then show as problems)."""
        if 0 <= self.current < len(self.nodes):
            del self.nodes[self.current]
            self.current = min(self.current, len(self.nodes) - 1)
            self._fill_list()
            self.refresh()

    # -- checking and publishing --------------------------------------------------------

    def refresh(self) -> None:
        """Check the script as it is now and redraw the chart."""
        if not self.document:
            return
        rules_problem = self._rules_problem()
        self.problems = ([rules_problem] if rules_problem else []) + self.editing.problems(
            self.document
        )
        self.problem_list.clear()
        for problem in self.problems:
            QListWidgetItem(problem, self.problem_list)
        if not self.problems:
            QListWidgetItem(self.tr("No problems: the script can be published."), self.problem_list)
        self.publish_button.setEnabled(not self.problems)
        self.publish_button.setText(self.tr("&Publish a new version"))
        self._draw()

    def _draw(self) -> None:
        started = time.perf_counter()
        try:
            script = script_from_wire(ScriptData.model_validate({**self.document, "version": 1}))
        except ValueError:
            return  # the shape is wrong: the problems say why; the last chart stays
        selected = (
            str(self.nodes[self.current].get("id")) if 0 <= self.current < len(self.nodes) else ""
        )
        self.flowchart.draw(script, selected)
        self.render_ms = (time.perf_counter() - started) * 1000

    def publish(self) -> None:
        """Publish the script as a new version (the server checks it again)."""
        self.refresh()
        if self.problems:
            return
        try:
            version = self.editing.publish(self.document)
        except ScriptRefused as exc:
            self.problem_list.clear()
            for problem in exc.problems:
                QListWidgetItem(problem, self.problem_list)
            self.publish_button.setEnabled(False)
            return
        except SyncError as exc:
            QMessageBox.warning(self, self.windowTitle(), fill(self.tr("Not published: %1"), exc))
            return
        self.status.setText(
            fill(
                self.tr("Published as version %1: workstations get it with their next sync."),
                version,
            )
        )


def _set(node: dict[str, Any], name: str, value: Any) -> None:
    if value in ("", None):
        node.pop(name, None)
    else:
        node[name] = value


def _number(text: str) -> Any:
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


__all__ = ["ScriptEditor"]
