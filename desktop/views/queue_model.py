# SPDX-License-Identifier: MIT
"""The call queue as a table model: ordered queue items plus display rows fetched in blocks.

The model holds the compact ordered items (IDs and queue facts); names, companies and the
other display columns are read from SQLite a block at a time when the view asks for them.
Held-back leads are greyed and say from when they can be called.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.services.queue import QueueService
from desktop.store.queue_rows import LeadRowView
from desktop.views.i18n import fill
from desktop.views.labels import (
    bucket_label,
    format_when,
    local_time,
    next_step_label,
    source_label,
    stage_label,
    temperature_label,
)
from desktop.views.plain_text import plain_tip
from desktop.views.their_time_labels import time_spread, zone_times
from salesdesk.domain.queue import Bucket, HeldReason, QueueItem
from salesdesk.domain.vocabulary import NextStep, Source, Temperature

BLOCK = 200
_Index = QModelIndex | QPersistentModelIndex


# a callback is marked overdue when it was not made this long after its time
OVERDUE_AFTER = timedelta(minutes=5)

OVERDUE_COLOUR = "#c62828"
DOUBT_COLOUR = "#ef6c00"
HELD_COLOUR = "#9e9e9e"
PRIORITY_COLOURS = {
    Bucket.DUE_CALLBACK: "#1565c0",
    Bucket.HOT: "#d84315",
    Bucket.WARM: "#f9a825",
    Bucket.COLD: "#78909c",
}
TEMPERATURE_GAUGES = {
    Temperature.COLD: "\u25ae\u25af\u25af",
    Temperature.WARM: "\u25ae\u25ae\u25af",
    Temperature.HOT: "\u25ae\u25ae\u25ae",
}
TEMPERATURE_COLOURS = {
    Temperature.COLD: "#42a5f5",
    Temperature.WARM: "#fb8c00",
    Temperature.HOT: "#e53935",
}


@cache
def dot(colour: str) -> QIcon:
    """A round badge of one colour (made once per colour)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class QueueModel(QAbstractTableModel):
    """Rows of the queue, in queue order. ``lead_id(row)`` maps back to the lead."""

    # in the order a caller needs them: what cannot fit is hidden from the right
    COLUMNS = (
        "priority",
        "name",
        "company",
        "temperature",
        "local_time",
        "next_call",
        "stage",
        "attempts",
        "source",
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
        return self.header_texts()[section]

    def header_texts(self) -> tuple[str, ...]:
        """The column titles, in column order."""
        return (
            self.tr("Priority"),
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Temp."),
            self.tr("Their time"),
            self.tr("Next call"),
            self.tr("Stage"),
            self.tr("Tries"),
            self.tr("Source"),
        )

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
            colour = self._priority_colour(item)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "local_time" and item.zone_doubt:
            return QBrush(QColor(DOUBT_COLOUR))  # calling hours hold in only some zones
        if role == Qt.ItemDataRole.ForegroundRole and column == "source":
            view = self._row(index.row())
            return QBrush(QColor(DOUBT_COLOUR)) if view is not None and view.no_consent else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "temperature":
            return QBrush(QColor(TEMPERATURE_COLOURS[item.entry.temperature]))
        if role == Qt.ItemDataRole.DecorationRole and column == "priority":
            return dot(self._priority_colour(item) or HELD_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._tooltip(item, column, index.row())
            return plain_tip(tip) if tip else tip  # names are data, never markup
        if role == Qt.ItemDataRole.UserRole:
            return item.entry.id
        return None

    def _priority_colour(self, item: QueueItem) -> str | None:
        if item.bucket is Bucket.HELD:
            return None
        if self.overdue(item):
            return OVERDUE_COLOUR
        return PRIORITY_COLOURS.get(item.bucket)

    def _tooltip(self, item: QueueItem, column: str, row: int) -> str | None:
        """The whole of what a cell says (a cell may be cut short; its tooltip never is)."""
        if column == "priority":
            if item.held is HeldReason.CLOSED:
                return self.tr("Closed: this lead left the queue (converted or lost).")
            if item.bucket is Bucket.HELD:
                when = format_when(item.callable_from, self._now)
                reason = bucket_label(item.bucket, item.held)
                return fill(self.tr("%1: held back; can be called from %2"), reason, when or "—")
            if item.bucket is Bucket.DUE_CALLBACK and item.entry.next_call_at is not None:
                when = format_when(item.entry.next_call_at, self._now)
                if self.overdue(item):
                    return fill(self.tr("Callback overdue: it was due %1"), when)
                return fill(self.tr("Callback due %1"), when)
            return bucket_label(item.bucket, item.held)
        if column == "temperature":
            return temperature_label(item.entry.temperature)
        if column == "local_time":
            zone, candidates = item.entry.time_zone, item.entry.candidate_zones
            if zone:
                text = self._text(item, column, row)
                return fill(self.tr("%1 where the lead is (%2)"), text, zone)
            if candidates:
                return fill(
                    self.tr("Zone not known; it may be: %1"),
                    zone_times(candidates.split("|"), self._now),
                )
            return self.tr("Time zone unknown")
        text = self._text(item, column, row)
        return text or None

    def _text(self, item: QueueItem, column: str, row: int) -> str:
        if column == "priority":  # the time first: it is what a narrow cell must keep
            if item.bucket is Bucket.DUE_CALLBACK and item.entry.next_call_at is not None:
                when = format_when(item.entry.next_call_at, self._now)
                if self.overdue(item):
                    return fill(self.tr("%1 late"), when)
                return fill(self.tr("%1 callback"), when)
            badge = bucket_label(item.bucket, item.held)
            if item.bucket is Bucket.HELD and item.callable_from is not None:
                return f"{format_when(item.callable_from, self._now)} · {badge}"
            return badge
        if column == "temperature":  # a gauge that reads the same in every language
            return TEMPERATURE_GAUGES[item.entry.temperature]
        if column == "stage":
            return stage_label(item.entry.stage)
        if column == "next_call":
            when = format_when(item.entry.next_call_at, self._now)
            view = self._row(row)
            if view is None or not view.next_step:
                return when
            try:
                step = next_step_label(NextStep(view.next_step))
            except ValueError:  # a newer server's step: its value as it is
                step = view.next_step
            return f"{when} · {step}" if when else step
        if column == "local_time":
            if item.entry.time_zone is None and item.entry.candidate_zones:
                return time_spread(item.entry.candidate_zones.split("|"), self._now)
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
                label = source_label(Source(view.source))
            except ValueError:
                label = view.source
            return fill(self.tr("%1 · no consent"), label) if view.no_consent else label
        return ""
