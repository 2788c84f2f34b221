# SPDX-License-Identifier: MIT
"""The queue panel: search as you type, quick filters with counts, and the queue table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 140, 130, 45, 78, 95, 38, 100, 55)):
            self.table.setColumnWidth(column, width)
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
