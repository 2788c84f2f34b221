# SPDX-License-Identifier: MIT
"""The team-lead workspace (Ctrl+T, team leads and admins): the team's reports from the
server over a period, as a table with a CSV export — offline, the last copy, marked as
such —, the review queue and assignment (``team_work_view``), the audit log of admin
actions, and people and devices."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.importing import ImportService
from desktop.services.team import REPORTS, TeamReport, TeamService
from desktop.services.team_work import TeamWorkService
from desktop.sync.errors import SyncError
from desktop.views.i18n import fill, ui_language
from desktop.views.import_view import ImportTab
from desktop.views.labels import format_when, source_label, stored_label
from desktop.views.plain_text import plain_labels, plain_tip
from desktop.views.report_chart import ReportChart
from desktop.views.sync_messages import sync_error_text
from desktop.views.team_work_view import AssignTab, ReviewTab
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

    def __init__(self, team: TeamService, work: TeamWorkService | None = None) -> None:
        super().__init__()
        self.team = team
        work = work or TeamWorkService(team.store, team.clock)
        self.shown: TeamReport | None = None
        self.report_combo = QComboBox()
        self.by_combo = QComboBox()
        self.period_combo = QComboBox()
        self.manager_combo = QComboBox()  # everyone's, or one manager's
        self.source_combo = QComboBox()
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
        for widget in (self.report_combo, self.by_combo, self.period_combo, self.manager_combo,
                       self.source_combo):  # fmt: skip
            pickers.addWidget(widget)
        pickers.addWidget(self.refresh_button)
        pickers.addStretch(1)
        pickers.addWidget(self.export_button)
        report_layout = QVBoxLayout(reports)
        report_layout.addLayout(pickers)
        report_layout.addWidget(self.state)
        self.chart = ReportChart()
        figures = QHBoxLayout()
        figures.addWidget(self.table, 3)
        figures.addWidget(self.chart, 2)
        report_layout.addLayout(figures, 1)
        audit = QWidget()
        audit_layout = QVBoxLayout(audit)
        audit_top = QHBoxLayout()
        audit_top.addWidget(self.audit_state, 1)
        audit_top.addWidget(self.audit_refresh)
        audit_layout.addLayout(audit_top)
        audit_layout.addWidget(self.audit_table, 1)
        self.review = ReviewTab(work)
        self.assignment = AssignTab(work)
        self.imports = ImportTab(ImportService(team.store, team.clock))
        self.people = PeopleTab(team)
        self.audit_page = audit
        for page in (reports, self.review, self.assignment, self.imports, audit, self.people):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for combo in (self.report_combo, self.by_combo, self.period_combo, self.manager_combo,
                      self.source_combo):  # fmt: skip
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for name in REPORTS:
            self.report_combo.addItem(name, name)
        for days in PERIODS:
            self.period_combo.addItem("", days)
        self.period_combo.setCurrentIndex(2)  # the last 30 days
        self.manager_combo.addItem("", "")
        for value in ("", *(s.value for s in Source)):
            self.source_combo.addItem("", value)
        for combo in (self.manager_combo, self.source_combo):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.report_combo.currentIndexChanged.connect(self._report_chosen)
        self.by_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.period_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button.clicked.connect(self.load)
        self.export_button.clicked.connect(self.export)
        self.audit_refresh.clicked.connect(self.load_audit)
        self.tabs.currentChanged.connect(self._tab_chosen)
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
        self.manager_combo.setItemText(0, self.tr("Every manager"))
        self.source_combo.setItemText(0, self.tr("Every source"))
        for index in range(1, self.source_combo.count()):
            value = Source(self.source_combo.itemData(index))
            self.source_combo.setItemText(index, source_label(value))
        self._filling = False
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.audit_refresh.setText(self.tr("Refresh"))
        for index, text in enumerate((self.tr("Team reports"), self.tr("Review"),
                                      self.tr("Assignment"), self.tr("Import"),
                                      self.tr("Audit log"),
                                      self.tr("People and devices"))):  # fmt: skip
            self.tabs.setTabText(index, text)
        self.people.retranslate()
        self.imports.retranslate()
        self.review.retranslate()
        self.assignment.retranslate()
        self.audit_table.setColumnCount(5)
        self.audit_table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("On"), self.tr("Details"),
        ])  # fmt: skip
        if self.shown is not None:
            self._show(self.shown)

    def _tab_chosen(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.audit_page:
            self.load_audit()
        elif page is self.people:
            self.people.load()
        elif page is self.review:
            self.review.load()
        elif page is self.assignment:
            self.assignment.load()
        elif page is self.imports:
            self.imports.load()

    def open(self) -> None:
        """Shown: the chosen report, as the server has it now (imports: admins only)."""
        self.tabs.setTabVisible(self.tabs.indexOf(self.imports), self.team.is_admin())
        self._fill_managers()
        if self.by_combo.count() == 0:
            self._report_chosen()
        else:
            self.load()

    def _fill_managers(self) -> None:
        """The managers the account sees, for the manager filter (offline: as before)."""
        try:
            people = self.team.people()
        except SyncError:
            return
        known = {self.manager_combo.itemData(i) for i in range(self.manager_combo.count())}
        self._filling = True
        for person in people:
            username = str(person.get("username", ""))
            if person.get("role") == "manager" and username not in known:
                self.manager_combo.addItem(str(person.get("name") or username), username)
        self._filling = False

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
            manager = str(self.manager_combo.currentData() or "")
            source = str(self.source_combo.currentData() or "")
            report = self.team.report(name, by, days, ui_language(), manager, source)
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
                if column in sources and isinstance(value, str):
                    value = stored_label(value, Source, source_label)  # the name, not its ID
                self.table.setItem(row, column, _cell(value, locale))
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 420))
        self.export_button.setEnabled(bool(report.rows))
        self.chart.show_report(report.columns, report.rows, _group_label, column_label)

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


def _group_label(value: Any) -> str:
    """A report group's name: a source's name for people, else as the server gave it."""
    return stored_label(str(value), Source, source_label)


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


ROLES = ("manager", "team_lead", "admin")


def role_label(role: str) -> str:
    """A role, for people."""
    translate = QCoreApplication.translate
    return {
        "manager": translate("Team", "Manager"),
        "team_lead": translate("Team", "Team lead"),
        "admin": translate("Team", "Admin"),
    }.get(role, role)


class PeopleTab(QWidget):
    """People (add with a one-time password, reset it, move between teams, disable) and
    their workstations (last contact, "wipe this device"); changes are an admin's."""

    def __init__(self, team: TeamService) -> None:
        super().__init__()
        self.team = team
        self.people: list[dict[str, Any]] = []
        self.devices: list[dict[str, Any]] = []
        self.people_table = QTableWidget(0, 6)
        self.device_table = QTableWidget(0, 4)
        for table in (self.people_table, self.device_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.state = QLabel()
        self.secret = QLabel()  # a one-time password, shown once
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret.setStyleSheet("font-weight: 600;")
        plain_labels(self.state, self.secret)
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role, role)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText("UTC")
        self.team_name = QComboBox()
        self.team_name.setEditable(True)
        self.add_button, self.reset_button = QPushButton(), QPushButton()
        self.move_button, self.disable_button = QPushButton(), QPushButton()
        self.wipe_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_person())
        self.reset_button.clicked.connect(lambda: self.reset_password())
        self.move_button.clicked.connect(lambda: self.move_to_team())
        self.disable_button.clicked.connect(lambda: self.disable())
        self.wipe_button.clicked.connect(lambda: self.wipe())
        adding = QHBoxLayout()
        self.form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.form_labels,
            (self.username, self.full_name, self.role, self.zone, self.team_name),
            strict=True,
        ):
            label.setBuddy(field)
            adding.addWidget(label)
            adding.addWidget(field, 1)
        adding.addWidget(self.add_button)
        actions = QHBoxLayout()
        for button in (self.reset_button, self.move_button, self.disable_button):
            actions.addWidget(button)
        actions.addStretch(1)
        device_actions = QHBoxLayout()
        device_actions.addStretch(1)
        device_actions.addWidget(self.wipe_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(adding)
        layout.addWidget(self.secret)
        layout.addWidget(self.people_table, 2)
        layout.addLayout(actions)
        layout.addWidget(self.device_table, 1)
        layout.addLayout(device_actions)

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        for label, text in zip(self.form_labels, (self.tr("Username"), self.tr("Name"),
                               self.tr("Role"), self.tr("Time zone"), self.tr("Team")),
                               strict=True):  # fmt: skip
            label.setText(text)
        for index in range(self.role.count()):
            self.role.setItemText(index, role_label(str(self.role.itemData(index))))
        self.add_button.setText(self.tr("Add with a one-time password"))
        self.reset_button.setText(self.tr("New one-time password"))
        self.move_button.setText(self.tr("Move to the team above"))
        self.disable_button.setText(self.tr("Disable"))
        self.wipe_button.setText(self.tr("Wipe this device…"))
        self.people_table.setHorizontalHeaderLabels([
            self.tr("Username"), self.tr("Name"), self.tr("Role"), self.tr("Team"),
            self.tr("Time zone"), self.tr("State"),
        ])  # fmt: skip
        self.device_table.setHorizontalHeaderLabels([
            self.tr("User"), self.tr("Device"), self.tr("Last contact"), self.tr("Wipe"),
        ])  # fmt: skip
        admin = self.team.is_admin()  # a team lead sees, an admin changes
        changing: list[QWidget] = [self.add_button, self.reset_button, self.move_button,
                                   self.disable_button, self.wipe_button, self.username,
                                   self.full_name, self.role, self.zone, self.team_name,
                                   *self.form_labels]  # fmt: skip
        for widget in changing:
            widget.setVisible(admin)

    def load(self) -> None:
        """The people and their devices, as the server has them now."""
        try:
            self.people = self.team.people()
            self.devices = self.team.devices()
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return
        self.state.setText(
            self.tr("Changes here are an admin's.") if not self.team.is_admin() else ""
        )
        self.state.setVisible(bool(self.state.text()))
        self.people_table.setRowCount(len(self.people))
        teams = sorted({str(p["team"]) for p in self.people if p.get("team")})
        current = self.team_name.currentText()
        self.team_name.clear()
        self.team_name.addItems(["", *teams])
        self.team_name.setCurrentText(current)
        for row, person in enumerate(self.people):
            state = self.tr("disabled") if person.get("disabled") else self.tr("active")
            values = [person.get("username"), person.get("name"),
                      role_label(str(person.get("role"))), person.get("team") or "",
                      person.get("time_zone", ""), state]  # fmt: skip
            for column, value in enumerate(values):
                self.people_table.setItem(row, column, QTableWidgetItem(str(value or "")))
        now = self.team.clock()
        self.device_table.setRowCount(len(self.devices))
        for row, device in enumerate(self.devices):
            seen = datetime.fromisoformat(str(device["last_seen"]))
            wiped = ""
            if device.get("wipe_told_at"):
                wiped = self.tr("erased")
            elif device.get("wipe_requested_at"):
                wiped = self.tr("to erase at its next contact")
            values = [device.get("username"), device.get("client_id"), format_when(seen, now),
                      wiped]  # fmt: skip
            for column, value in enumerate(values):
                self.device_table.setItem(row, column, QTableWidgetItem(str(value or "")))
        for table in (self.people_table, self.device_table):
            table.resizeColumnsToContents()

    def _chosen(self, table: QTableWidget, key: str, rows: list[dict[str, Any]]) -> str:
        row = table.currentRow()
        return str(rows[row][key]) if 0 <= row < len(rows) else ""

    def _done(self, text: str, secret: str = "") -> None:
        self.load()
        self.state.setText(text)
        self.state.setVisible(True)
        self.secret.setText(secret)

    def _confirmed(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, exc: SyncError) -> None:
        self.state.setText(sync_error_text(exc))
        self.state.setVisible(True)

    def add_person(self) -> None:
        """Add the person typed above; their one-time password is shown once."""
        username = self.username.text().strip()
        if not username:
            self.state.setText(self.tr("Type the username first."))
            self.state.setVisible(True)
            return
        try:
            password = self.team.add_person(
                username, self.full_name.text().strip(), str(self.role.currentData()),
                self.zone.currentText().strip(), self.team_name.currentText().strip(),
            )  # fmt: skip
        except SyncError as exc:
            self._refused(exc)
            return
        self.username.clear()
        self.full_name.clear()
        self._done(
            fill(self.tr("%1 added."), username),
            fill(self.tr("One-time password for %1: %2 — shown this once."), username, password),
        )

    def reset_password(self) -> None:
        """A new one-time password for the chosen person (their sessions end)."""
        username = self._chosen(self.people_table, "username", self.people)
        if not username:
            return
        try:
            password = self.team.reset_password(username)
        except SyncError as exc:
            self._refused(exc)
            return
        self._done(
            fill(self.tr("%1 has a new password; their sessions ended."), username),
            fill(self.tr("One-time password for %1: %2 — shown this once."), username, password),
        )

    def move_to_team(self) -> None:
        """Put the chosen person in the team typed above (empty: none)."""
        username = self._chosen(self.people_table, "username", self.people)
        if not username:
            return
        team = self.team_name.currentText().strip()
        try:
            self.team.move(username, team)
        except SyncError as exc:
            self._refused(exc)
            return
        self._done(fill(self.tr("%1 moved to %2."), username, team or self.tr("no team")))

    def disable(self, confirm: bool = True) -> None:
        """Disable the chosen person (asks first)."""
        username = self._chosen(self.people_table, "username", self.people)
        if not username:
            return
        question = fill(
            self.tr(
                "Disable %1? Their sessions end and their open leads go to others by the rules."
            ),
            username,
        )
        if (
            confirm
            and QMessageBox.question(self, self.tr("Disable"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.team.disable(username)
        except SyncError as exc:
            self._refused(exc)
            return
        self._done(fill(self.tr("%1 is disabled."), username))

    def wipe(self, confirm: bool = True) -> None:
        """Mark the chosen workstation lost (asks first)."""
        client_id = self._chosen(self.device_table, "client_id", self.devices)
        if not client_id:
            return
        question = fill(
            self.tr("Wipe %1? At its next contact it sends what it has and erases its data."),
            client_id,
        )
        if (
            confirm
            and QMessageBox.question(self, self.tr("Wipe"), question)
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.team.wipe(client_id)
        except SyncError as exc:
            self._refused(exc)
            return
        self._done(fill(self.tr("%1 will erase its data at its next contact."), client_id))
