# SPDX-License-Identifier: MIT
"""The queue panel: search as you type, quick filters with counts, and the queue table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Changed
from desktop.services.queue import QueueFilter, QueueService, QueueSnapshot
from desktop.views.queue_model import QueueModel

# the columns a caller always sees (priority, name, company, temperature, their time)
MUST_SHOW = 5
# the widest a cell's text makes its column, in average characters (name, company, …)
CELL_CAP_CHARS = {"priority": 18, "name": 22, "company": 20, "source": 14, "stage": 12}
PADDING = 14  # a cell's margins
DOT_WIDTH = 18  # the priority's coloured dot and its gap
SAMPLE_ROWS = 60  # the rows measured: the first screenful and some


def column_widths(model: QueueModel, cells: QFontMetrics, titles: QFontMetrics) -> list[int]:
    """Per column: its title's whole width, or its widest sampled cell up to a cap."""
    widths = []
    cap_unit = cells.averageCharWidth()
    rows = min(model.rowCount(), SAMPLE_ROWS)
    for column, (key, title) in enumerate(zip(model.COLUMNS, model.header_texts(), strict=True)):
        texts = (model.data(model.index(row, column)) or "" for row in range(rows))
        widest = max((cells.horizontalAdvance(text) for text in texts), default=0)
        cell = min(widest, CELL_CAP_CHARS.get(key, 40) * cap_unit) + PADDING
        if key == "priority":
            cell += DOT_WIDTH
        widths.append(max(titles.horizontalAdvance(title) + PADDING, cell))
    return widths


class QueuePanel(QWidget):
    """Who to call now.

    Signals:
        lead_selected(str): the manager moved to another lead ("" when none is selected).
        callbacks_due(list): these leads' callbacks came due since the last look.
        reloaded(): the rows or counts shown changed.
    Attributes:
        model: the QueueModel; table: its QTableView; search: the search box.
    """

    lead_selected = Signal(str)
    callbacks_due = Signal(list)
    reloaded = Signal()

    # how often time alone is checked for a change of order (ms)
    TICK_MS = 60_000

    def __init__(self, service: QueueService, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.service = service
        self.filter = QueueFilter.DUE_NOW
        self.model = QueueModel(service, clock)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.reload(keep_selection=False))
        # the search's scope: the current view, or every lead (closed ones too)
        self.everywhere = QToolButton()
        self.everywhere.setCheckable(True)
        self.everywhere.toggled.connect(lambda _on: self.reload(keep_selection=False))
        search_row = QHBoxLayout()
        search_row.setSpacing(2)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.everywhere)
        self.buttons: dict[QueueFilter, QToolButton] = {}
        group = QButtonGroup(self)
        filters = QHBoxLayout()
        filters.setSpacing(2)
        for queue_filter in QueueFilter:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setProperty("queue_filter", queue_filter.value)
            button.clicked.connect(lambda _c=False, f=queue_filter: self.set_filter(f))
            group.addButton(button)
            filters.addWidget(button)
            self.buttons[queue_filter] = button
        filters.addStretch(1)
        self.buttons[self.filter].setChecked(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.summary = QLabel()
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.snapshot: QueueSnapshot | None = None
        # time moves the queue without any write: callbacks come due, calling hours open
        self.ticker = QTimer(self)
        self.ticker.setInterval(self.TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.retranslate()

    def put_above(self, widget: QWidget) -> None:
        """Show a widget above the search box (the day's goals)."""
        self._layout.insertWidget(0, widget)

    def put_below(self, widget: QWidget) -> None:
        """Show a widget below the table (the undo offer)."""
        self._layout.insertWidget(self._layout.indexOf(self.summary), widget)

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.search.setPlaceholderText(self.tr("Search name, company, phone or email (Ctrl+F)"))
        self.everywhere.setText(self.tr("All leads"))
        self.everywhere.setToolTip(
            self.tr(
                "Search every lead, converted and lost ones included, not only this view "
                "(Ctrl+Shift+F)"
            )
        )
        self._update_counts()
        self.fit_columns()

    def _filter_name(self, queue_filter: QueueFilter) -> str:
        return {
            QueueFilter.DUE_NOW: self.tr("Due now"),
            QueueFilter.HOT: self.tr("Hot"),
            QueueFilter.NEW: self.tr("New"),
            QueueFilter.CALLBACKS: self.tr("Callbacks"),
            QueueFilter.NURTURING: self.tr("Nurturing"),
            QueueFilter.ALL: self.tr("All"),
        }[queue_filter]

    def _update_counts(self) -> None:
        counts = self.snapshot.counts if self.snapshot else {}
        for queue_filter, button in self.buttons.items():
            button.setText(f"{self._filter_name(queue_filter)} {counts.get(queue_filter, 0)}")
        shown = len(self.snapshot.items) if self.snapshot else 0
        self.summary.setText(self.tr("%Ln lead(s) shown", "", shown))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Size each column to the useful part of what it shows (its title whole, its cells up
        to a cap: a row's tooltip has the rest) and hide, from the right, the columns that
        do not fit the panel; room left over goes to the name and the company."""
        header = self.table.horizontalHeader()
        widths = column_widths(self.model, self.table.fontMetrics(), header.fontMetrics())
        available = self.table.viewport().width()
        shown: list[int] = []
        for column, width in enumerate(widths):
            if column < MUST_SHOW or sum(widths[c] for c in shown) + width <= available:
                shown.append(column)
            else:
                break
        room = available - sum(widths[c] for c in shown)
        name, company = self.model.COLUMNS.index("name"), self.model.COLUMNS.index("company")
        if room > 0:  # the name and the company take what is left, two to one
            widths[name] += room * 2 // 3
            widths[company] += room - room * 2 // 3
        for column, width in enumerate(widths):
            self.table.setColumnHidden(column, column not in shown)
            self.table.setColumnWidth(column, width)

    def set_filter(self, queue_filter: QueueFilter) -> None:
        """Show one quick filter."""
        self.filter = queue_filter
        self.buttons[queue_filter].setChecked(True)
        self.reload(keep_selection=False)

    def refresh(self) -> None:
        """Re-order the queue from the store (after a change) and keep the selected lead."""
        self.service.refresh()
        self.reload(keep_selection=True)
        if self.service.newly_due:
            self.callbacks_due.emit(list(self.service.newly_due))

    def tick(self) -> bool:
        """Every minute: re-order when time alone changed the order, else redraw the times
        (their local time, "in 5 min"). True when the queue was re-ordered."""
        if self.service.stale():
            self.refresh()
            return True
        self.model.redraw_times()
        return False

    def on_changed(self, what: Changed) -> None:
        """The change notice: re-order when anything the queue shows changed."""
        if what & Changed.QUEUE:
            self.refresh()

    def reload(self, keep_selection: bool) -> None:
        """Apply the filter and search to the current ordering."""
        previous = self.current_lead_id() if keep_selection else None
        self.snapshot = self.service.snapshot(
            self.filter, self.search.text(), self.everywhere.isChecked()
        )
        self.model.set_items(self.snapshot.items)
        self.fit_columns()
        self._update_counts()
        self.reloaded.emit()
        row = self.model.row_of(previous) if previous else -1
        self.select_row(row if row >= 0 else 0)

    def current_lead_id(self) -> str | None:
        """The selected lead."""
        index = self.table.currentIndex()
        return self.model.lead_id(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Select a row (clamped to the table); nothing when the table is empty."""
        if self.model.rowCount() == 0:
            self.table.clearSelection()
            self.lead_selected.emit("")
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_lead(self, lead_id: str) -> bool:
        """Select a lead if it is shown."""
        row = self.model.row_of(lead_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def open_row(self, row: int) -> None:
        """Select a row and announce its lead even when it was selected already (after a
        call the card may still show the finished lead)."""
        before = self.current_lead_id()
        self.select_row(row)
        current = self.current_lead_id()
        if current is not None and current == before:
            self.lead_selected.emit(current)

    def ids_after(self, lead_id: str, limit: int) -> list[str]:
        """The leads shown in the rows after this lead's (up to ``limit``)."""
        row = self.model.row_of(lead_id)
        if row < 0:
            return []
        ids = (self.model.lead_id(r) for r in range(row + 1, row + 1 + limit))
        return [i for i in ids if i is not None]

    def _current_changed(self, current: object, previous: object) -> None:
        self.lead_selected.emit(self.current_lead_id() or "")
