# SPDX-License-Identifier: MIT
"""The sync engine (no Qt): push the outbox, then pull until up to date, again if needed.

One run: push the outbox in order, in batches, until it is empty; then pull pages until
``has_more`` is false (the next page is fetched and checked while this one is written);
if the outbox grew meanwhile, again. Each pushed batch's results
and each pulled page (with its cursor) are written in one local transaction, so a crash at
any point leaves either the old or the new state: unanswered mutations are resent with the
same IDs, an unapplied page is pulled again. A 410 starts a snapshot re-sync into staging,
swapped in at once with the pending work on top. Errors are typed (``desktop.sync.errors``);
the caller decides when to retry (``Backoff``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from desktop.store.conflicts import mark_reported, unreported
from desktop.store.db import Store
from desktop.store.models import OutboxRow, QuarantineRow
from desktop.store.outbox import (
    apply_results,
    lead_of,
    pending,
    pending_count,
    record_error,
    set_aside,
)
from desktop.store.pulled import ParsedPage, apply_page, drop_released_leads
from desktop.store.snapshot import clear_staging, stage_page, staged_snapshot, swap_in_snapshot
from desktop.store.sync_state import StateKey, get_state, set_state
from desktop.sync.client import ApiClient
from desktop.sync.errors import (
    CursorGone,
    DeviceWiped,
    RequestRejected,
    SyncError,
    TransientError,
)
from desktop.sync.pages import parse_page
from salesdesk.domain.clock import utc_now
from salesdesk.domain.limits import LONG_TEXT
from salesdesk.protocol.models import (
    MAX_PAGE,
    MAX_REPORTED_PROBLEMS,
    ClientProblem,
    Entity,
    Mutation,
    PullResponse,
)

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
T = TypeVar("T")


#: How often the server may fail (500) on a whole batch before it is sent one by one.
SPLIT_AFTER = 3


class SyncCancelled(SyncError):
    """The sync was cancelled between two batches or pages; what was done is kept."""


@dataclass
class SyncSummary:
    """What one run did. ``requests`` counts HTTP calls; ``pulled`` applied changes."""

    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    quarantined: int = 0
    pages: int = 0
    requests: int = 0
    resynced: bool = False
    finished_at: datetime | None = None
    messages: list[str] = field(default_factory=list)


def client_id(store: Store) -> str:
    """This profile's client ID (made once, kept in the sync state)."""
    with store.write() as session:
        value = get_state(session, StateKey.CLIENT_ID)
        if value is None:
            value = str(uuid.uuid4())
            set_state(session, StateKey.CLIENT_ID, value)
        return value


class SyncEngine:
    """Runs syncs of one local store against one server.

    ``progress(stage, done, total)`` is called as work proceeds (total 0: unknown);
    ``cancelled()`` is checked between batches and pages.
    """

    MAX_ROUNDS = 10

    def __init__(
        self,
        store: Store,
        client: ApiClient,
        *,
        push_batch: int = 200,
        page_size: int = MAX_PAGE,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        split_after: int = SPLIT_AFTER,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.store = store
        self.client = client
        self.push_batch = push_batch
        self.split_after = split_after
        self.clock = clock
        self.page_size = page_size
        self._progress = progress or (lambda stage, done, total: None)
        self._cancelled = cancelled or (lambda: False)
        self._client_id = client_id(store)
        self.client.identify(self._client_id)
        #: the server said this device was marked lost (erase once the outbox is pushed)
        self.wipe_ordered = False

    def _check_cancel(self) -> None:
        if self._cancelled():
            raise SyncCancelled("the sync was cancelled; what was done is kept")

    def run(self) -> SyncSummary:
        """Push and pull until both sides agree; raise a SyncError when that fails."""
        summary = SyncSummary()
        for _ in range(self.MAX_ROUNDS):
            self.push_all(summary)
            self.pull_all(summary)
            with self.store.read() as session:
                if pending_count(session) == 0:
                    break
        with self.store.write() as session:
            drop_released_leads(session)
            summary.finished_at = datetime.now(UTC)
            set_state(session, StateKey.LAST_SYNC_AT, summary.finished_at.isoformat())
        self._progress("done", summary.pushed + summary.pulled, summary.pushed + summary.pulled)
        return summary

    def push_all(self, summary: SyncSummary) -> None:
        """Push the outbox until it is empty (or raise).

        A batch the server keeps failing on (500, ``split_after`` times) is sent one mutation
        at a time from then on; one that still fails alone as often again, or that the server
        refuses as a request (4xx), is set aside as a dead letter so the rest goes through.
        A push whose answer was lost is sent once more at once, with the same mutation IDs.
        """
        with self.store.read() as session:
            total = pending_count(session) + summary.pushed
        resent = False
        while True:
            self._check_cancel()
            with self.store.read() as session:
                rows = pending(session, self.push_batch)
                kept_aside = unreported(session, MAX_REPORTED_PROBLEMS)
            if not rows and not kept_aside:
                if self.wipe_ordered:
                    raise _wiped()
                return
            if rows and rows[0].server_failures >= self.split_after:
                rows = rows[:1]  # the server failed on a batch from here: find the culprit
            summary.requests += 1
            try:
                response = self.client.push(
                    self._client_id,
                    [_mutation(r) for r in rows],
                    client_time=self.clock(),
                    problems=[_problem(k) for k in kept_aside],
                )
            except RequestRejected as exc:
                self._refused(rows, exc, summary)
                continue
            except TransientError as exc:
                failed = exc.status == 500
                with self.store.write() as session:
                    record_error(session, rows, exc.message, server_failed=failed)
                if failed and len(rows) == 1 and self._gave_up_on(rows[0], exc, summary):
                    continue
                if exc.sent and not resent:
                    resent = True  # a reply lost on the way back: the same IDs once more now
                    continue
                raise
            except SyncError as exc:
                with self.store.write() as session:
                    record_error(session, rows, exc.message)
                raise
            resent = False
            self.wipe_ordered = self.wipe_ordered or response.wipe
            with self.store.write() as session:
                counts = apply_results(session, rows, response.results, datetime.now(UTC))
                mark_reported(session, kept_aside, datetime.now(UTC))
                if response.clock_skew_s is not None:
                    set_state(session, StateKey.CLOCK_SKEW, f"{response.clock_skew_s:.0f}")
            summary.pushed += counts.done + counts.conflicts + counts.rejected
            summary.conflicts += counts.conflicts
            summary.rejected += counts.rejected
            self._refresh_leads(counts.rejected_leads, summary)
            self._progress("push", summary.pushed, max(total, summary.pushed))
            if len(response.results) < len(rows):
                raise TransientError(
                    "the server applied part of the batch and stopped; the rest is sent again"
                )

    def _refused(self, rows: list[OutboxRow], exc: RequestRejected, summary: SyncSummary) -> None:
        """The server refused the push request itself: split it, or set the one row aside."""
        with self.store.write() as session:
            if len(rows) > 1:
                record_error(session, rows, exc.message, split_at=self.split_after)
                return
            set_aside(session, rows[0], exc.message, datetime.now(UTC))
        summary.rejected += 1
        self._refresh_leads([lead_of(rows[0])], summary)

    def _gave_up_on(self, row: OutboxRow, exc: TransientError, summary: SyncSummary) -> bool:
        """Set a row aside once the server has failed on it alone ``split_after`` times."""
        if row.server_failures + 1 < 2 * self.split_after:
            return False
        reason = (
            f"the server failed on this change {row.server_failures + 1} times "
            f"({exc.message}); it was set aside so that the others could go through"
        )
        with self.store.write() as session:
            set_aside(session, row, reason, datetime.now(UTC))
        summary.rejected += 1
        self._refresh_leads([lead_of(row)], summary)
        return True

    def _refresh_leads(self, lead_ids: list[str], summary: SyncSummary) -> None:
        """Take the server's copy of leads whose queued change was refused, so no local effect
        of a refused change stays (pending work on them is applied again on top)."""
        wanted = sorted({i for i in lead_ids if i})
        if not wanted:
            return
        page = ParsedPage()
        for lead_id in wanted:
            summary.requests += 1
            data = self.client.lead(lead_id)
            if data is None:
                page.removed.setdefault(Entity.LEAD, []).append(lead_id)
            else:
                page.add_lead(data)
        with self.store.write() as session:
            apply_page(session, page, cursor=None)

    def _pages(
        self, cursor: str | None, summary: SyncSummary, convert: Callable[[PullResponse], T]
    ) -> Iterator[tuple[PullResponse, T]]:
        """Pull pages from ``cursor`` on, each with ``convert(page)`` made beside it.

        The next page is requested (and converted) on a helper thread while the caller
        writes this one, so the server's work and the local writes overlap. Only the caller
        writes, in page order; an error of a fetch is raised here, when its page is due.
        """
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as pool:

            def fetch(after: str | None) -> Future[tuple[PullResponse, T]]:
                def job() -> tuple[PullResponse, T]:
                    page = self.client.pull(after, self.page_size)
                    return page, convert(page)

                summary.requests += 1
                return pool.submit(job)

            coming = fetch(cursor)
            while True:
                page, converted = coming.result()
                if page.wipe:  # marked lost: not one more lead; push what is left, then erase
                    self.wipe_ordered = True
                    self.push_all(SyncSummary())
                    raise _wiped()
                if page.has_more:
                    coming = fetch(page.cursor)
                yield page, converted
                if not page.has_more:
                    return
                self._check_cancel()

    def has_news(self, wait_s: int) -> bool:
        """Whether the server has changes after this profile's cursor, asking with a waiting
        pull (``wait_s`` seconds at most) of one change; nothing is written."""
        with self.store.read() as session:
            if get_state(session, StateKey.STAGING_CURSOR) is not None:
                return True  # a snapshot is half pulled: the sync goes on with it
            cursor = get_state(session, StateKey.CURSOR)
        if cursor is None:
            return True  # never pulled: a sync is due anyway
        page = self.client.pull(cursor, 1, wait=wait_s)
        return bool(page.changes or page.has_more or page.wipe)

    def pull_all(self, summary: SyncSummary) -> None:
        """Pull pages until up to date; a 410 turns into a snapshot re-sync."""
        with self.store.read() as session:
            if get_state(session, StateKey.STAGING_CURSOR) is not None:
                resume_snapshot = True
            else:
                resume_snapshot = False
                cursor = get_state(session, StateKey.CURSOR)
        if resume_snapshot:
            self.resync(summary)
            return
        self._check_cancel()
        try:
            for page, parsed in self._pages(cursor, summary, _parsed):
                if page.cursor == cursor and not page.changes:
                    break  # nothing new: no write (and no durable commit) for an idle sync
                with self.store.write() as session:
                    apply_page(session, parsed, page.cursor)
                cursor = page.cursor
                summary.pages += 1
                summary.pulled += parsed.size
                summary.quarantined += len(parsed.quarantined)
                self._progress("pull", summary.pulled, 0)
        except CursorGone:
            log.info("the server no longer has our changes; re-syncing from a snapshot")
            self.resync(summary)

    def resync(self, summary: SyncSummary) -> None:
        """Pull a whole snapshot into staging, then swap it in at once (pending work kept)."""
        summary.resynced = True
        with self.store.read() as session:
            cursor = get_state(session, StateKey.STAGING_CURSOR)
        while True:
            self._check_cancel()
            try:
                for page, _checked in self._pages(cursor, summary, _parsed):
                    with self.store.write() as session:
                        stage_page(session, page.changes, page.cursor)
                    summary.pages += 1
                    self._progress("snapshot", summary.pages * self.page_size, 0)
                break
            except CursorGone:
                with self.store.write() as session:  # the snapshot itself went stale
                    clear_staging(session)
                cursor = None
        with self.store.write() as session:
            cursor, staged = staged_snapshot(session)
            summary.pulled += swap_in_snapshot(session, parse_page(staged), cursor)


def _parsed(page: PullResponse) -> ParsedPage:
    """A pulled page checked and made into rows; a malformed change is a ProtocolError."""
    return parse_page(page.changes)


def _mutation(row: OutboxRow) -> Mutation:
    return Mutation(
        mutation_id=row.mutation_id,
        client_seq=row.seq,
        type=row.type,  # type: ignore[arg-type]
        entity_id=row.entity_id,
        base_version=row.base_version,
        data=row.payload,
    )


def _problem(kept: QuarantineRow) -> ClientProblem:
    return ClientProblem(
        entity=kept.entity[:64],
        entity_id=kept.entity_id,
        version=kept.version,
        reason=kept.reason.replace("\x00", "")[:LONG_TEXT],
    )


def _wiped() -> DeviceWiped:
    return DeviceWiped(
        "your admin marked this computer lost: its work was sent to the server and its "
        "Salesdesk data is erased"
    )
