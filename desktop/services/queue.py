# SPDX-License-Identifier: MIT
"""The call queue for the workstation: order, quick filters, search and compact display rows.

The order comes from the domain rules over compact queue facts (one indexed query); the
display columns are fetched lazily, a block of rows at a time, for what the table shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from itertools import takewhile

from desktop.services.base import frozen_after
from desktop.store.db import Store
from desktop.store.leads import closed_entries, queue_entries, search_lead_keys
from desktop.store.queue_rows import LeadRowView, display_rows
from desktop.store.settings import load_settings
from salesdesk.domain.clock import utc_now
from salesdesk.domain.queue import Bucket, QueueItem, closed_item, next_change, order_queue
from salesdesk.domain.vocabulary import Stage, Temperature


class QueueFilter(StrEnum):
    """The quick filters above the queue."""

    DUE_NOW = "due_now"
    HOT = "hot"
    NEW = "new"
    CALLBACKS = "callbacks"
    NURTURING = "nurturing"
    ALL = "all"


_FILTERS = tuple(QueueFilter)


def filter_mask(item: QueueItem) -> int:
    """The quick filters an item belongs to, one bit each in QueueFilter order."""
    entry = item.entry
    return (
        (item.bucket is not Bucket.HELD)
        | (entry.temperature is Temperature.HOT) << 1
        | (entry.stage is Stage.NEW) << 2
        | (entry.next_call_at is not None) << 3
        | (entry.stage is Stage.NURTURING) << 4
        | 1 << 5
    )


def _add_counts(counts: dict[QueueFilter, int], mask_counts: Counter[int]) -> None:
    for mask, number in mask_counts.items():
        for bit, queue_filter in enumerate(_FILTERS):
            if mask >> bit & 1:
                counts[queue_filter] += number


@dataclass(frozen=True, slots=True)
class QueueSnapshot:
    """The ordered queue at one moment, filtered, with the count of every quick filter."""

    items: list[QueueItem]
    counts: dict[QueueFilter, int]
    taken_at: datetime


class QueueService:
    """Reads the queue; holds the last ordering so that filtering does not re-sort."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.clock = clock
        self._ordered: list[QueueItem] = []
        self._masks: list[int] = []
        self._position: dict[int, int] = {}  # a lead's search key → its place in the order
        self._by_filter: dict[QueueFilter, list[QueueItem]] = {}
        self._counts: dict[QueueFilter, int] = {}
        self._taken_at: datetime | None = None
        self._due_callbacks: set[str] = set()
        self.next_change: datetime | None = None
        self.newly_due: list[str] = []

    @property
    def due_callbacks(self) -> int:
        """How many callbacks are due now."""
        return len(self._due_callbacks)

    def stale(self) -> bool:
        """Whether time alone has changed the order since the last refresh (a callback came
        due, calling hours opened or closed somewhere, a new day began)."""
        return self.next_change is not None and self.clock() >= self.next_change

    def refresh(self) -> None:
        """Re-read the queue facts and order them by the domain rules (after any change).

        Each item's quick-filter membership is computed once here as a bit mask, so a
        keystroke only intersects the search result with the order; a filter's list is
        made the first time it is shown.
        """
        now = self.clock()
        with frozen_after(), self.store.read() as session:
            rules = load_settings(session).queue_rules()
            self._ordered = order_queue(queue_entries(session), now, rules)
            self._masks = list(map(filter_mask, self._ordered))
            self._position = {item.entry.search_key: p for p, item in enumerate(self._ordered)}
            self.next_change = next_change(self._ordered, now, rules)
        # due callbacks lead the order: the ones that came due since the last look
        due_now = [
            i.entry.id for i in takewhile(lambda i: i.bucket is Bucket.DUE_CALLBACK, self._ordered)
        ]
        due = set(due_now)
        self.newly_due = [lead_id for lead_id in due_now if lead_id not in self._due_callbacks]
        self._due_callbacks = due
        self._by_filter = {QueueFilter.ALL: self._ordered}
        self._counts = {f: 0 for f in QueueFilter}
        _add_counts(self._counts, Counter(self._masks))
        self._taken_at = now

    def _filtered(self, queue_filter: QueueFilter) -> list[QueueItem]:
        items = self._by_filter.get(queue_filter)
        if items is None:
            bit = 1 << _FILTERS.index(queue_filter)
            items = [
                item for item, mask in zip(self._ordered, self._masks, strict=True) if mask & bit
            ]
            self._by_filter[queue_filter] = items
        return items

    def snapshot(
        self, queue_filter: QueueFilter, query: str = "", everywhere: bool = False
    ) -> QueueSnapshot:
        """The ordered queue narrowed to a filter and a search query, plus filter counts.

        The counts are of the search result (what each filter would show for this query).
        ``everywhere`` searches all leads instead of the filter's: the whole queue, then the
        converted and disqualified leads that match (marked closed, at the end).
        """
        if self._taken_at is None:
            self.refresh()
        assert self._taken_at is not None
        if not query.strip():
            return QueueSnapshot(self._filtered(queue_filter), dict(self._counts), self._taken_at)
        masks = self._masks
        closed: list[QueueItem] = []
        with self.store.read() as session:
            keys = search_lead_keys(session, query)
            if everywhere:
                outside = [k for k in keys if k not in self._position]
                closed = list(map(closed_item, closed_entries(session, outside)))
        # map() over bound methods: one typed letter finds 37,000 of 100,000 leads, and a
        # Python-level loop per hit cost a keystroke twice as much
        places = [p for p in map(self._position.get, keys) if p is not None]
        counts = {f: 0 for f in QueueFilter}
        _add_counts(counts, Counter(map(masks.__getitem__, places)))
        places.sort()
        if queue_filter is not QueueFilter.ALL and not everywhere:
            bit = 1 << _FILTERS.index(queue_filter)
            places = [p for p in places if masks[p] & bit]
        shown = list(map(self._ordered.__getitem__, places))
        closed.sort(key=lambda item: item.entry.created_at, reverse=True)
        return QueueSnapshot(shown + closed, counts, self._taken_at)

    def rows(self, lead_ids: Sequence[str]) -> dict[str, LeadRowView]:
        """The display columns of these leads (one query)."""
        with self.store.read() as session:
            return display_rows(session, lead_ids)
