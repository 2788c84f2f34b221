# SPDX-License-Identifier: MIT
"""The team-lead workspace (Ctrl+T, team leads and admins): the team's reports from the
server over a period, as a table with a CSV export — offline, the last copy, marked as
such — and the audit log of admin actions."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.team import REPORTS, TeamReport, TeamService
from desktop.sync.errors import SyncError
from desktop.views.i18n import fill, ui_language
from desktop.views.labels import format_when, source_label
from desktop.views.plain_text import plain_labels, plain_tip
from desktop.views.sync_messages import sync_error_text
from salesdesk.domain.vocabulary import Source

#: The periods offered: days back from today (None: all time).
PERIODS: tuple[int | None, ...] = (1, 7, 30, None)


def report_label(name: str) -> str:
    """A report's name, for people."""
    translate = QCoreApplication.translate
    return {
        "conversion": translate("Team", "Conversion"),
        "loss-reasons": translate("Team", "Loss reasons"),
        "objections": translate("Team", "Objections"),
        "speed-to-lead": translate("Team", "Speed to lead"),
        "nurture": translate("Team", "Nurture returns"),
        "paths": translate("Team", "Qualification paths"),
        "handoffs": translate("Team", "Hand-offs to sales"),
        "interests": translate("Team", "Interests at events"),
        "consent": translate("Team", "Consent at events"),
    }.get(name, name)


def grouping_label(by: str) -> str:
    """A report's grouping, for people."""
    translate = QCoreApplication.translate
    return {
        "source": translate("Team", "by source"), "event": translate("Team", "by event"),
        "week": translate("Team", "by week"), "month": translate("Team", "by month"),
        "category": translate("Team", "by category"), "manager": translate("Team", "by manager"),
        "path": translate("Team", "by path"), "choice": translate("Team", "by answer"),
        "conversion": translate("Team", "each conversion"),
        "next-step": translate("Team", "by next step"),
        "version": translate("Team", "by text version"),
    }.get(by, by)  # fmt: skip


def column_label(column: str) -> str:
    """A report column's name as the server gives it, in the interface's language."""
    translate = QCoreApplication.translate
    known = {
        "source": translate("Team", "Source"), "event": translate("Team", "Event"),
        "leads": translate("Team", "Leads"), "converted": translate("Team", "Converted"),
        "conversion %": translate("Team", "Conversion %"),
        "nurturing": translate("Team", "Nurturing"),
        "disqualified": translate("Team", "Disqualified"), "open": translate("Team", "Open"),
        "manager": translate("Team", "Manager"), "calls": translate("Team", "Calls"),
        "qualified": translate("Team", "Qualified"),
        "qualified %": translate("Team", "Qualified %"), "lost": translate("Team", "Lost"),
        "nurture": translate("Team", "Nurture"), "path": translate("Team", "Path"),
        "question": translate("Team", "Question"), "answer": translate("Team", "Answer"),
        "loss reason": translate("Team", "Loss reason"),
        "lost calls": translate("Team", "Lost calls"),
        "share of the group %": translate("Team", "Share of the group %"),
        "category": translate("Team", "Category"),
        "calls with it": translate("Team", "Calls with it"),
        "share of calls %": translate("Team", "Share of calls %"),
        "leads called": translate("Team", "Leads called"),
        "median min": translate("Team", "Median, min"), "p90 min": translate("Team", "p90, min"),
        "waiting, never called": translate("Team", "Waiting, never called"),
        "converted at": translate("Team", "Converted at"), "lead": translate("Team", "Lead"),
        "company": translate("Team", "Company"), "contacts": translate("Team", "Contacts"),
        "verdict": translate("Team", "Verdict"), "score": translate("Team", "Score"),
        "answers": translate("Team", "Answers"), "note": translate("Team", "Note"),
        "reached at (their time)": translate("Team", "Reached at (their time)"),
    }  # fmt: skip
    return known.get(column, column)


class TeamView(QWidget):
    """The workspace: a reports tab and an audit tab.

    Attributes:
        shown: the report on screen (None before the first one).
    """

    def __init__(self, team: TeamService) -> None:
        super().__init__()
        self.team = team
        self.shown: TeamReport | None = None
        self.report_combo = QComboBox()
        self.by_combo = QComboBox()
        self.period_combo = QComboBox()
        self.refresh_button = QPushButton()
        self.export_button = QPushButton()
        self.state = QLabel()
        plain_labels(self.state)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.audit_table = QTableWidget()
        self.audit_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.audit_refresh = QPushButton()
        self.audit_state = QLabel()
        plain_labels(self.audit_state)
        self.tabs = QTabWidget()
        reports = QWidget()
        pickers = QHBoxLayout()
        for widget in (self.report_combo, self.by_combo, self.period_combo):
            pickers.addWidget(widget)
        pickers.addWidget(self.refresh_button)
        pickers.addStretch(1)
        pickers.addWidget(self.export_button)
        report_layout = QVBoxLayout(reports)
        report_layout.addLayout(pickers)
        report_layout.addWidget(self.state)
        report_layout.addWidget(self.table, 1)
        audit = QWidget()
        audit_layout = QVBoxLayout(audit)
        audit_top = QHBoxLayout()
        audit_top.addWidget(self.audit_state, 1)
        audit_top.addWidget(self.audit_refresh)
        audit_layout.addLayout(audit_top)
        audit_layout.addWidget(self.audit_table, 1)
        self.tabs.addTab(reports, "")
        self.tabs.addTab(audit, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for combo in (self.report_combo, self.by_combo, self.period_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for name in REPORTS:
            self.report_combo.addItem(name, name)
        for days in PERIODS:
            self.period_combo.addItem("", days)
        self.period_combo.setCurrentIndex(2)  # the last 30 days
        self.report_combo.currentIndexChanged.connect(self._report_chosen)
        self.by_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button.clicked.connect(self.load)
        self.export_button.clicked.connect(self.export)
        self.audit_refresh.clicked.connect(self.load_audit)
        self.tabs.currentChanged.connect(lambda index: self.load_audit() if index == 1 else None)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self._filling = True
        for index in range(self.report_combo.count()):
            self.report_combo.setItemText(index, report_label(self.report_combo.itemData(index)))
        for index in range(self.by_combo.count()):
            self.by_combo.setItemText(index, grouping_label(self.by_combo.itemData(index)))
        names = {1: self.tr("Today"), 7: self.tr("Last 7 days"), 30: self.tr("Last 30 days"),
                 None: self.tr("All time")}  # fmt: skip
        for index in range(self.period_combo.count()):
            self.period_combo.setItemText(index, names[self.period_combo.itemData(index)])
        self._filling = False
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.audit_refresh.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Team reports"))
        self.tabs.setTabText(1, self.tr("Audit log"))
        self.audit_table.setColumnCount(5)
        self.audit_table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("On"), self.tr("Details"),
        ])  # fmt: skip
        if self.shown is not None:
            self._show(self.shown)

    def open(self) -> None:
        """Shown: the chosen report, as the server has it now."""
        if self.by_combo.count() == 0:
            self._report_chosen()
        else:
            self.load()

    def _report_chosen(self) -> None:
        name = str(self.report_combo.currentData())
        self._filling = True
        self.by_combo.clear()
        for by in REPORTS[name]:
            self.by_combo.addItem(grouping_label(by), by)
        self._filling = False
        self.load()

    def load(self) -> None:
        """Fetch the chosen report (offline: the last copy, marked)."""
        if self._filling or self.by_combo.count() == 0:
            return
        name = str(self.report_combo.currentData())
        by = str(self.by_combo.currentData())
        days = self.period_combo.currentData()
        try:
            report = self.team.report(name, by, days, ui_language())
        except SyncError as exc:
            self.shown = None
            self.table.setRowCount(0)
            self.state.setText(
                fill(
                    self.tr("Cannot reach the server, and no copy of this report is kept: %1"),
                    sync_error_text(exc),
                )
            )
            self.export_button.setEnabled(False)
            return
        self._show(report)

    def _show(self, report: TeamReport) -> None:
        self.shown = report
        now = self.team.clock()
        if report.cached:
            when = format_when(report.fetched_at, now)
            self.state.setText(
                fill(self.tr("Offline: the copy from %1 (%2)."), when, report.problem)
            )
            self.state.setStyleSheet("color: #e65100;")
        else:
            self.state.setText(fill(self.tr("As of %1."), format_when(report.fetched_at, now)))
            self.state.setStyleSheet("")
        self.table.clear()
        self.table.setColumnCount(len(report.columns))
        self.table.setHorizontalHeaderLabels([column_label(c) for c in report.columns])
        self.table.setRowCount(len(report.rows))
        locale = QLocale(ui_language())
        sources = [i for i, c in enumerate(report.columns) if c == "source"]
        for row, values in enumerate(report.rows):
            for column, value in enumerate(values):
                if column in sources and value in _SOURCES:
                    value = source_label(Source(value))  # the channel's name, not its ID
                self.table.setItem(row, column, _cell(value, locale))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 420))
        self.export_button.setEnabled(bool(report.rows))

    def export(self, path: Path | None = None) -> Path | None:
        """The report on screen as CSV (asks where unless ``path`` is given)."""
        if self.shown is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export CSV…"), f"{self.shown.name}.csv", "CSV (*.csv)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        self.team.export(self.shown, path)
        return path

    def load_audit(self) -> None:
        """The latest admin actions (online only)."""
        try:
            entries = self.team.audit()
        except SyncError as exc:
            self.audit_state.setText(sync_error_text(exc))
            return
        self.audit_state.setText(self.tr("The latest %n action(s).", "", len(entries)))
        self.audit_table.setRowCount(len(entries))
        now = self.team.clock()
        for row, entry in enumerate(entries):
            details = ", ".join(f"{k}={v}" for k, v in sorted(entry.get("details", {}).items()))
            at = datetime.fromisoformat(str(entry.get("at")))
            values = [format_when(at, now), entry.get("actor", ""), entry.get("action", ""),
                      entry.get("target", ""), details]  # fmt: skip
            for column, value in enumerate(values):
                self.audit_table.setItem(row, column, QTableWidgetItem(str(value)))
        self.audit_table.resizeColumnsToContents()


_SOURCES = frozenset(s.value for s in Source)


def _cell(value: Any, locale: QLocale) -> QTableWidgetItem:
    if isinstance(value, bool) or value is None:
        item = QTableWidgetItem("" if value is None else str(value))
    elif isinstance(value, int):
        item = QTableWidgetItem(locale.toString(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    elif isinstance(value, float):
        item = QTableWidgetItem(locale.toString(value, "f", 1))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        item = QTableWidgetItem(str(value))
        if len(str(value)) > 60:  # a path or the answers: the whole text on hover
            item.setToolTip(plain_tip(str(value)))
    return item
