# SPDX-License-Identifier: MIT
"""The team lead's review and assignment tabs of the workspace.

Review: one list of what waits for a decision — possible duplicates (merged field group by
field group, or both kept), calls flagged after a reassignment or against their lead's
stage (accepted or dismissed), calls refused as implausible (dismissed). Assignment: the
team's leads with filters beside each manager's load and today's figures; the selection
goes to a manager or by the rules. Online only; each answer of the server as of when."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.team_work import MERGE_GROUPS, LeadQuery, TeamWorkService
from desktop.sync.errors import SyncError
from desktop.views.i18n import fill
from desktop.views.labels import (
    format_when,
    quality_label,
    source_label,
    stage_label,
    stored_label,
    temperature_label,
)
from desktop.views.plain_text import plain_labels
from desktop.views.sync_messages import sync_error_text
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.vocabulary import Quality, Source, Stage, Temperature
from salesdesk.protocol.models import LeadData
from salesdesk.protocol.team import Load, ReviewItem, TeamLead

#: "Never called for over …": the choices, in hours (None: any lead).
WAITING_HOURS: tuple[int | None, ...] = (None, 1, 24, 72, 168)


def review_reason_label(reason: str) -> str:
    """Why an item waits for a decision, for the team lead."""
    translate = QCoreApplication.translate
    return {
        "duplicate": translate("Review", "Possible duplicate"),
        "reassigned": translate("Review", "Called after the lead was reassigned"),
        "stage_conflict": translate("Review", "Result contradicts the lead's stage"),
        "retired_reason": translate("Review", "Loss reason retired meanwhile"),
        "implausible_time": translate("Review", "Refused: dated later than received"),
        "too_old": translate("Review", "Refused: waited offline too long"),
        "before_lead": translate("Review", "Refused: dated before the lead arrived"),
        "not_yours_then": translate("Review", "Refused: the lead was someone else's then"),
    }.get(reason, reason)


def group_label(group: str) -> str:
    """A merge's field group, for people."""
    translate = QCoreApplication.translate
    return {
        "name": translate("Review", "Name"), "company": translate("Review", "Company, position"),
        "need": translate("Review", "Need, budget notes"),
        "place": translate("Review", "City, time zone"),
        "source": translate("Review", "Source, campaign, event"),
        "standing": translate("Review", "Quality, temperature, score"),
        "stage": translate("Review", "Stage, next call"),
        "consent": translate("Review", "Consent"),
    }.get(group, group)  # fmt: skip


def group_text(lead: LeadData, group: str) -> str:
    """What a lead holds in a merge's field group, in one line."""
    parts: list[str] = {
        "name": [f"{lead.first_name} {lead.last_name}".strip()],
        "company": [lead.company, lead.job_title],
        "need": [lead.need, lead.budget_notes],
        "place": [lead.city, lead.time_zone or ""],
        "source": [source_label(Source(lead.source)), lead.campaign, lead.event_name],
        "standing": [quality_label(Quality(lead.quality)),
                     temperature_label(Temperature(lead.temperature)), str(lead.score)],
        "stage": [stage_label(Stage(lead.stage)),
                  lead.next_call_at.isoformat(timespec="minutes") if lead.next_call_at else ""],
        "consent": [QCoreApplication.translate("Review", "given") if lead.consent else ""],
    }[group]  # fmt: skip
    return " · ".join(p for p in parts if p)


class ReviewTab(QWidget):
    """The review queue and its decisions.

    Attributes:
        items: the items on screen; pair: the two leads of the chosen duplicate.
    """

    def __init__(self, work: TeamWorkService) -> None:
        super().__init__()
        self.work = work
        self.items: list[ReviewItem] = []
        self.pair: tuple[LeadData, LeadData] | None = None
        self.state = QLabel()
        plain_labels(self.state)
        self.refresh_button = QPushButton()
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.compare = QTableWidget(0, 3)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_hint = QLabel()
        plain_labels(self.compare_hint)
        self.merge_button, self.keep_button = QPushButton(), QPushButton()
        self.accept_button, self.dismiss_button = QPushButton(), QPushButton()
        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        for button in (self.merge_button, self.keep_button, self.accept_button,
                       self.dismiss_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.compare_hint)
        layout.addWidget(self.compare, 2)
        for table in (self.table, self.compare):
            table.verticalHeader().setVisible(False)
        layout.addLayout(actions)
        self.refresh_button.clicked.connect(lambda: self.load())
        self.table.itemSelectionChanged.connect(self._chosen)
        self.merge_button.clicked.connect(lambda: self.merge())
        self.keep_button.clicked.connect(lambda: self.decide("keep_both"))
        self.accept_button.clicked.connect(lambda: self.decide("accept"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismiss"))
        self._chosen()

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self.refresh_button.setText(self.tr("Refresh"))
        self.merge_button.setText(self.tr("Merge into the first lead"))
        self.keep_button.setText(self.tr("Keep both"))
        self.accept_button.setText(self.tr("Accept the call"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.compare_hint.setText(self.tr(
            "Tick what the merged lead takes from the second one; phones, emails, contact "
            "persons and both leads' calls are kept."
        ))  # fmt: skip
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("What"), self.tr("Manager"), self.tr("Lead"),
            self.tr("Details"),
        ])  # fmt: skip
        self.compare.setHorizontalHeaderLabels(
            [self.tr("Fields"), self.tr("First lead (kept)"), self.tr("Second lead")]
        )
        if self.items:
            self._fill()

    def load(self) -> None:
        """What waits for a decision now."""
        try:
            self.items = self.work.review()
        except SyncError as exc:
            self.items = []
            self.table.setRowCount(0)
            self.state.setText(sync_error_text(exc))
            self._chosen()
            return
        self._fill()

    def _fill(self) -> None:
        now = self.work.clock()
        self.state.setText(fill(
            self.tr("%n item(s) wait for a decision (as of %1).", "", len(self.items)),
            format_when(now, now),
        ))  # fmt: skip
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            lead = item.lead
            values = [format_when(item.at, now), review_reason_label(item.reason),
                      item.manager_name or item.manager,
                      _brief(lead), self._detail(item)]  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self._chosen()

    def _detail(self, item: ReviewItem) -> str:
        if item.kind == "duplicate":
            other = _brief(item.other) if item.other else self.tr("(gone)")
            return fill(self.tr("Same phone or email as %1 (%2)"), other, item.other_manager)
        note = str(item.detail.get("note") or "")
        result = str(item.detail.get("result") or "")
        return " · ".join(p for p in (result, note) if p)

    def chosen(self) -> ReviewItem | None:
        """The item selected (None: none)."""
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _chosen(self) -> None:
        item = self.chosen()
        kind = item.kind if item else ""
        self.merge_button.setEnabled(False)
        self.keep_button.setEnabled(kind == "duplicate")
        self.accept_button.setEnabled(kind == "flagged_call")
        self.dismiss_button.setEnabled(kind in ("flagged_call", "refused_call"))
        self.pair = None
        self.compare.setRowCount(0)
        duplicate = item is not None and item.kind == "duplicate" and item.other is not None
        self.compare.setVisible(duplicate)
        self.compare_hint.setVisible(duplicate)
        if not duplicate or item is None or item.other is None or item.lead is None:
            return
        try:
            first, second = self.work.lead(item.other.id), self.work.lead(item.lead.id)
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return
        if first is None or second is None:
            return
        self.pair = (first, second)
        rows = [(group_label(g), group_text(first, g), group_text(second, g), g)
                for g in MERGE_GROUPS]  # fmt: skip
        rows.append((self.tr("Phones"), _phones(first.phones), _phones(second.phones), ""))
        rows.append((self.tr("Emails"), ", ".join(first.emails), ", ".join(second.emails), ""))
        self.compare.setRowCount(len(rows))
        for row, (label, mine, theirs, group) in enumerate(rows):
            self.compare.setItem(row, 0, QTableWidgetItem(label))
            self.compare.setItem(row, 1, QTableWidgetItem(mine))
            taken = QTableWidgetItem(theirs)
            if group and theirs != mine:  # a choice only where the two differ
                taken.setCheckState(Qt.CheckState.Unchecked)
            else:
                taken.setFlags(taken.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            taken.setData(Qt.ItemDataRole.UserRole, group)
            self.compare.setItem(row, 2, taken)
        self.merge_button.setEnabled(True)

    def taken(self) -> list[str]:
        """The field groups ticked to take from the second lead."""
        found = []
        for row in range(self.compare.rowCount()):
            cell = self.compare.item(row, 2)
            if cell is not None and cell.checkState() == Qt.CheckState.Checked:
                found.append(str(cell.data(Qt.ItemDataRole.UserRole)))
        return found

    def merge(self) -> bool:
        """Merge the chosen duplicate into the lead it duplicates."""
        if self.pair is None:
            return False
        first, second = self.pair
        try:
            self.work.merge(first.id, second.id, self.taken())
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return False
        self.load()
        return True

    def decide(self, decision: str) -> bool:
        """Close the chosen item with ``decision``."""
        item = self.chosen()
        if item is None:
            return False
        try:
            self.work.decide(item, decision)
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return False
        self.load()
        return True


def _phones(phones: list[str]) -> str:
    return ", ".join(display_phone(p) for p in phones)


def _brief(lead: Any) -> str:
    if lead is None:
        return QCoreApplication.translate("Review", "(gone)")
    name = " — ".join(p for p in (lead.name, lead.company) if p)
    return name or (lead.phones or lead.emails or [lead.id])[0]


class TeamLeadsModel(QAbstractTableModel):
    """The team's leads as rows (one read of the server's answer; no copies per cell)."""

    COLUMNS = 8

    def __init__(self) -> None:
        super().__init__()
        self.leads: list[TeamLead] = []
        self.now = datetime.now(UTC)
        self.names: dict[str, str] = {}

    def show(self, leads: list[TeamLead], now: datetime, names: dict[str, str]) -> None:
        """Show these leads (``names``: each manager's name by username)."""
        self.beginResetModel()
        self.leads, self.now, self.names = leads, now, names
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.leads)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        return (
            translate("Review", "Lead"), translate("Review", "Phone"),
            translate("Review", "Source"), translate("Review", "Stage"),
            translate("Review", "Temperature"), translate("Review", "Arrived"),
            translate("Review", "Calls"), translate("Review", "Manager"),
        )[section]  # fmt: skip

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        lead = self.leads[index.row()]
        column = index.column()
        if column == 0:
            return " — ".join(p for p in (lead.name, lead.company) if p) or lead.phone
        if column == 1:
            return display_phone(lead.phone) if lead.phone else ""
        if column == 2:
            return stored_label(lead.source, Source, source_label)
        if column == 3:
            return stored_label(lead.stage, Stage, stage_label)
        if column == 4:
            return stored_label(lead.temperature, Temperature, temperature_label)
        if column == 5:
            return format_when(lead.created_at, self.now)
        if column == 6:
            return str(lead.attempts)
        if not lead.manager:
            return QCoreApplication.translate("Review", "(unassigned)")
        return self.names.get(lead.manager) or lead.manager


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AssignTab(QWidget):
    """The team's leads with filters, each manager's load, and assigning the selection.

    Attributes:
        total: how many leads fit the filters; loads: each manager's load as last read.
    """

    def __init__(self, work: TeamWorkService) -> None:
        super().__init__()
        self.work = work
        self.total = 0
        self.loads: list[Load] = []
        self.source, self.stage = QComboBox(), QComboBox()
        self.temperature, self.manager = QComboBox(), QComboBox()
        self.waiting = QComboBox()
        self.event_name = QLineEdit()
        self.refresh_button = QPushButton()
        self.state = QLabel()
        plain_labels(self.state)
        self.model = TeamLeadsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.load_table = QTableWidget(0, 6)
        self.load_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.load_table.verticalHeader().setVisible(False)
        self.target = QComboBox()
        self.assign_button, self.rules_button = QPushButton(), QPushButton()
        self.filter_labels = [QLabel() for _ in range(6)]
        filters = QHBoxLayout()
        fields: tuple[QWidget, ...] = (self.source, self.stage, self.temperature, self.manager,
                                       self.event_name, self.waiting)  # fmt: skip
        for label, field in zip(self.filter_labels, fields, strict=True):
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field, 1)
        filters.addWidget(self.refresh_button)
        assigning = QHBoxLayout()
        assigning.addWidget(self.target, 1)
        assigning.addWidget(self.assign_button)
        assigning.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.state)
        layout.addWidget(self.table, 3)
        layout.addLayout(assigning)
        layout.addWidget(self.load_table, 1)
        for value in ("", *(s.value for s in Source)):
            self.source.addItem("", value)
        for value in ("", *(s.value for s in Stage)):
            self.stage.addItem("", value)
        for value in ("", *(t.value for t in Temperature)):
            self.temperature.addItem("", value)
        for hours in WAITING_HOURS:
            self.waiting.addItem("", hours)
        self.manager.addItem("", "")
        self.manager.addItem("", None)  # the unassigned pool
        for combo in (self.source, self.stage, self.temperature, self.manager, self.waiting):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        self.event_name.editingFinished.connect(lambda: self.load())
        self.refresh_button.clicked.connect(lambda: self.load())
        self.assign_button.clicked.connect(lambda: self.assign(by_rules=False))
        self.rules_button.clicked.connect(lambda: self.assign(by_rules=True))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        self._filling = False
        self._selection()

    def retranslate(self) -> None:
        """Every visible string in the current language."""
        self._filling = True
        labels = (self.tr("Source"), self.tr("Stage"), self.tr("Temperature"),
                  self.tr("Manager"), self.tr("Event"), self.tr("Never called for"))  # fmt: skip
        for label, text in zip(self.filter_labels, labels, strict=True):
            label.setText(text)
        anything = self.tr("Any")
        self.source.setItemText(0, anything)
        for index in range(1, self.source.count()):
            self.source.setItemText(index, source_label(Source(self.source.itemData(index))))
        self.stage.setItemText(0, anything)
        for index in range(1, self.stage.count()):
            self.stage.setItemText(index, stage_label(Stage(self.stage.itemData(index))))
        self.temperature.setItemText(0, anything)
        for index in range(1, self.temperature.count()):
            value = Temperature(self.temperature.itemData(index))
            self.temperature.setItemText(index, temperature_label(value))
        self.manager.setItemText(0, anything)
        self.manager.setItemText(1, self.tr("Unassigned"))
        waits = {None: anything, 1: self.tr("over an hour"), 24: self.tr("over a day"),
                 72: self.tr("over 3 days"), 168: self.tr("over a week")}  # fmt: skip
        for index in range(self.waiting.count()):
            self.waiting.setItemText(index, waits[self.waiting.itemData(index)])
        self.refresh_button.setText(self.tr("Refresh"))
        self.assign_button.setText(self.tr("Assign the selection"))
        self.rules_button.setText(self.tr("Assign the selection by the rules"))
        self.load_table.setHorizontalHeaderLabels([
            self.tr("Manager"), self.tr("Open leads"), self.tr("Due today"),
            self.tr("Calls today"), self.tr("Conversations"), self.tr("Qualified today"),
        ])  # fmt: skip
        self._filling = False
        self._fill_targets()
        self._selection()

    def query(self) -> LeadQuery:
        """The filters as chosen."""
        manager = self.manager.currentData()
        hours = self.waiting.currentData()
        return LeadQuery(
            source=str(self.source.currentData() or ""),
            stage=str(self.stage.currentData() or ""),
            temperature=str(self.temperature.currentData() or ""),
            manager=str(manager or ""), unassigned=manager is None,
            event=self.event_name.text().strip(),
            waiting_since=self.work.clock() - timedelta(hours=hours) if hours else None,
        )  # fmt: skip

    def load(self) -> None:
        """The leads that fit the filters, and each manager's load, as the server has them."""
        if self._filling:
            return
        try:
            self.total, leads = self.work.leads(self.query())
            self.loads = self.work.loads()
        except SyncError as exc:
            self.model.show([], self.work.clock(), {})
            self.state.setText(sync_error_text(exc))
            self._selection()
            return
        now = self.work.clock()
        self.model.show(leads, now, {m.username: m.name for m in self.loads if m.name})
        self.table.resizeColumnsToContents()
        if len(leads) < self.total:
            text = fill(self.tr("%n lead(s) fit; the oldest %1 are shown.", "", self.total),
                        str(len(leads)))  # fmt: skip
        else:
            text = self.tr("%n lead(s) fit.", "", self.total)
        self.state.setText(fill(self.tr("%1 As of %2."), text, format_when(now, now)))
        self._fill_loads()

    def _fill_loads(self) -> None:
        self.load_table.setRowCount(len(self.loads))
        for row, load in enumerate(self.loads):
            values = [load.name or load.username, load.open, load.due_today, load.calls_today,
                      load.conversations_today, load.qualified_today]  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(str(value))
                if column:
                    cell.setTextAlignment(_RIGHT)
                self.load_table.setItem(row, column, cell)
        self.load_table.resizeColumnsToContents()
        known = {self.manager.itemData(i) for i in range(self.manager.count())}
        self._filling = True
        for load in self.loads:
            if load.username not in known:
                self.manager.addItem(load.name or load.username, load.username)
        self._filling = False
        self._fill_targets()

    def _fill_targets(self) -> None:
        chosen = self.target.currentData()
        self.target.clear()
        for load in self.loads:
            text = fill(self.tr("%1 — %2 open, %3 due today"), load.name or load.username,
                        str(load.open), str(load.due_today))  # fmt: skip
            self.target.addItem(text, load.username)
        if chosen is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(chosen)))

    def selected_ids(self) -> list[str]:
        """The IDs of the selected leads."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.leads[row].id for row in rows]

    def _selection(self) -> None:
        some = bool(self.table.selectionModel().selectedRows())
        self.assign_button.setEnabled(some and self.target.count() > 0)
        self.rules_button.setEnabled(some)

    def assign(self, by_rules: bool) -> dict[str, int] | None:
        """Give the selected leads to the chosen manager, or by the rules."""
        ids = self.selected_ids()
        if not ids:
            return None
        username = None if by_rules else str(self.target.currentData())
        try:
            given = self.work.assign(ids, username)
        except SyncError as exc:
            self.state.setText(sync_error_text(exc))
            return None
        self.load()
        kept = len(ids) - sum(given.values())
        parts = [fill(self.tr("%1: %2"), name, str(count)) for name, count in given.items()]
        text = self.tr("%n lead(s) assigned", "", sum(given.values()))
        if parts:
            text = f"{text} ({', '.join(parts)})"
        if kept:
            text = f"{text}; " + self.tr("%n lead(s) fit nobody's rules and stay", "", kept)
        self.state.setText(text)
        return given
