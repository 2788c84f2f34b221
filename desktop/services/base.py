# SPDX-License-Identifier: MIT
"""What every service over the local store holds: the store, a clock, the change callback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from desktop.store.db import Store


def utc_now() -> datetime:
    """The current moment, UTC."""
    return datetime.now(UTC)


class StoreService:
    """A service over one store; ``changed(kind)`` is called after each of its writes.

    Attributes:
        store, clock, changed: as given (``changed`` defaults to doing nothing).
    """

    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime] = utc_now,
        changed: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.changed = changed or (lambda kind: None)
