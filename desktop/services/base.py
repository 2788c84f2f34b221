# SPDX-License-Identifier: MIT
"""What every service over the local store holds: the store, a clock, the change callback."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError

from desktop.services.changes import Announce, ignore
from desktop.store.db import Store
from desktop.sync.errors import ProtocolError
from salesdesk.domain.clock import utc_now


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hold the cycle collector while a block builds many short, acyclic objects.

    Building the queue makes ~300,000 tuples; the collector would otherwise rescan the
    growing heap several times over (a third of the rebuild, measured at 100,000 leads).
    Reference counting still frees everything; the collector resumes after the block.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def frozen_after() -> Iterator[None]:
    """Build many long-lived objects in the block, then hide them from the cycle collector.

    Before the block: a collection, so no garbage from before is kept forever (cheap when
    the previous build's objects are frozen: only what came since is walked). In the block:
    no collection (see ``gc_paused``). After it: ``gc.freeze``, so the ~300,000 objects of
    a 100,000-lead queue are not walked by every later full collection — one would land on
    a keystroke every few dozen and cost it 125 ms. Frozen objects are still freed by
    reference counting when the next build drops them.
    """
    gc.collect()
    with gc_paused():
        yield
    gc.freeze()


def read_answer(shape: Any, found: Any) -> Any:
    """A server's parsed JSON answer checked against its wire model (``shape``: a model or
    a type such as ``list[Model]``); ProtocolError when it does not fit."""
    try:
        return TypeAdapter(shape).validate_python(found)
    except ValidationError as exc:
        raise ProtocolError("the server's answer does not have the expected shape") from exc


class StoreService:
    """A service over one store; ``changed(what)`` is called after each of its writes.

    Attributes:
        store, clock, changed: as given (``changed`` defaults to doing nothing).
    """

    def __init__(
        self,
        store: Store,
        clock: Callable[[], datetime] = utc_now,
        changed: Announce = ignore,
    ) -> None:
        self.store = store
        self.clock = clock
        self.changed = changed
