# SPDX-License-Identifier: MIT
"""The server's periodic jobs, run as requests come by: the tombstone purge (hourly, in the
request) and the team's script win rates (each ``stats_interval``, on a background thread).
Each runs in one process at a time; a failure is logged and tried again next interval."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine

from server.config import ServerSettings
from server.feed import purge_tombstones
from server.services.stats import refresh_script_stats

log = logging.getLogger(__name__)

PURGE_EVERY = timedelta(hours=1)


class PeriodicJobs:
    """Due times and locks of the periodic jobs of one server process."""

    def __init__(
        self, engine: Engine, settings: ServerSettings, clock: Callable[[], datetime]
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.clock = clock
        self._next_purge = self._next_stats = clock()
        self._purge_lock = threading.Lock()
        self._stats_lock = threading.Lock()

    def run_due(self) -> None:
        """Run whatever is due (called on each pull)."""
        self.maybe_purge()
        self.maybe_refresh_stats()

    def maybe_purge(self) -> None:
        """Drop tombstones older than the retention, at most once an hour."""
        now = self.clock()
        if now < self._next_purge or not self._purge_lock.acquire(blocking=False):
            return
        try:
            self._next_purge = now + PURGE_EVERY
            retention = self.settings.tombstone_retention
            with self.engine.begin() as connection:
                purged = purge_tombstones(connection, now - retention)
            if purged:
                log.info("purged %d tombstones older than %s", purged, retention)
        finally:
            self._purge_lock.release()

    def maybe_refresh_stats(self) -> None:
        """Recompute the team's win rates in the background once an interval has passed."""
        now = self.clock()
        interval = self.settings.stats_interval
        if not interval or now < self._next_stats or not self._stats_lock.acquire(blocking=False):
            return
        self._next_stats = now + interval
        threading.Thread(target=self._refresh_stats, name="script-stats", daemon=True).start()

    def _refresh_stats(self) -> None:
        try:
            with self.engine.begin() as connection:
                changed = refresh_script_stats(connection, self.clock())
            if changed:
                log.info("published new script figures for %s", ", ".join(changed))
        except Exception:
            log.exception("recomputing the script figures failed; next try in one interval")
        finally:
            self._stats_lock.release()
