# SPDX-License-Identifier: MIT
"""The call queue as a table model: ordered queue items plus display rows fetched in blocks.

The model holds the compact ordered items (IDs and queue facts); names, companies and the
other display columns are read from SQLite a block at a time when the view asks for them.
Held-back leads are greyed and say from when they can be called.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.services.queue import QueueService
from desktop.store.queue_rows import LeadRowView
from desktop.views.i18n import fill
from desktop.views.labels import (
    bucket_label,
    format_when,
    local_time,
    source_label,
    stage_label,
    temperature_label,
)
from salesdesk.domain.queue import Bucket, HeldReason, QueueItem
from salesdesk.domain.vocabulary import Source

BLOCK = 200
_Index = QModelIndex | QPersistentModelIndex


# a callback is marked overdue when it was not made this long after its time
OVERDUE_AFTER = timedelta(minutes=5)


class QueueModel(QAbstractTableModel):
    """Rows of the queue, in queue order. ``lead_id(row)`` maps back to the lead."""

    COLUMNS = (
        "priority",
        "name",
        "company",
        "temperature",
        "stage",
        "next_call",
        "attempts",
        "source",
        "local_time",
    )

    def __init__(self, service: QueueService, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.service = service
        self.clock = clock
        self._items: list[QueueItem] = []
        self._rows: dict[str, LeadRowView] = {}
        self._now = clock()

    def set_items(self, items: list[QueueItem]) -> None:
        """Show another list of queue items (after a filter, a search or a change)."""
        self.beginResetModel()
        self._items = items
        self._rows = {}
        self._now = self.clock()
        self.endResetModel()

    def overdue(self, item: QueueItem) -> bool:
        """A due callback not made within OVERDUE_AFTER of its time."""
        due = item.entry.next_call_at
        return (
            item.bucket is Bucket.DUE_CALLBACK
            and due is not None
            and self._now - due > OVERDUE_AFTER
        )

    def redraw_times(self) -> None:
        """Time moved: redraw the columns that show times relative to now."""
        self._now = self.clock()
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(self.COLUMNS) - 1)
            )

    def lead_id(self, row: int) -> str | None:
        """The lead shown in a row."""
        return self._items[row].entry.id if 0 <= row < len(self._items) else None

    def row_of(self, lead_id: str) -> int:
        """The row of a lead, or -1."""
        for row, item in enumerate(self._items):
            if item.entry.id == lead_id:
                return row
        return -1

    def display_name(self, lead_id: str) -> str:
        """The name a row shows for this lead ("" when it is not shown)."""
        row = self.row_of(lead_id)
        view = self._row(row) if row >= 0 else None
        return view.name if view else ""

    def item(self, row: int) -> QueueItem:
        """The queue item of a row."""
        return self._items[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Priority"),
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Temp."),
            self.tr("Stage"),
            self.tr("Next call"),
            self.tr("Tries"),
            self.tr("Source"),
            self.tr("Their time"),
        )[section]

    def _row(self, row: int) -> LeadRowView | None:
        lead_id = self._items[row].entry.id
        view = self._rows.get(lead_id)
        if view is None:
            start = max(0, row - BLOCK // 4)
            ids = [i.entry.id for i in self._items[start : start + BLOCK]]
            self._rows.update(self.service.rows(ids))
            view = self._rows.get(lead_id)
        return view

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column, index.row())
        if role == Qt.ItemDataRole.ForegroundRole and item.bucket is Bucket.HELD:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.ForegroundRole and column == "priority":
            if self.overdue(item):
                return QBrush(QColor("#c62828"))
            colour = {Bucket.DUE_CALLBACK: "#1565c0", Bucket.HOT: "#d84315"}.get(item.bucket)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and item.held is HeldReason.CLOSED:
            return self.tr("Closed: this lead left the queue (converted or lost).")
        if role == Qt.ItemDataRole.ToolTipRole and item.bucket is Bucket.HELD:
            when = format_when(item.callable_from, self._now)
            return fill(self.tr("Held back; can be called from %1"), when or "—")
        if role == Qt.ItemDataRole.UserRole:
            return item.entry.id
        return None

    def _text(self, item: QueueItem, column: str, row: int) -> str:
        if column == "priority":
            if item.bucket is Bucket.DUE_CALLBACK and item.entry.next_call_at is not None:
                when = format_when(item.entry.next_call_at, self._now)
                if self.overdue(item):
                    return fill(self.tr("Callback overdue · %1"), when)
                return fill(self.tr("Callback due · %1"), when)
            badge = bucket_label(item.bucket, item.held)
            if item.bucket is Bucket.HELD and item.callable_from is not None:
                badge += " · " + format_when(item.callable_from, self._now)
            return badge
        if column == "temperature":
            return temperature_label(item.entry.temperature)
        if column == "stage":
            return stage_label(item.entry.stage)
        if column == "next_call":
            return format_when(item.entry.next_call_at, self._now)
        if column == "local_time":
            return local_time(item.entry.time_zone, self._now)
        view = self._row(row)
        if view is None:
            return ""
        if column == "name":
            return view.name
        if column == "company":
            return view.company
        if column == "attempts":
            return str(view.attempts)
        if column == "source":
            try:
                return source_label(Source(view.source))
            except ValueError:
                return view.source
        return ""
