# SPDX-License-Identifier: MIT
"""The queue service over a real store: filters, search, and how it treats the collector."""

from __future__ import annotations

import gc

from desktop.services.base import gc_paused
from desktop.services.queue import QueueFilter, QueueService
from desktop.store.db import Store
from desktop.store.leads import insert_lead
from salesdesk.domain.lead import LeadDraft, create_lead
from tests.conftest import NOW


def _fill(store: Store, count: int) -> None:
    with store.write() as session:
        for i in range(count):
            draft = LeadDraft(
                first_name=f"Lead{i}", company="Nordwind", phones=[f"+1212555{i:04d}"]
            )
            insert_lead(session, create_lead(draft, now=NOW, default_region="US", lead_id=f"l{i}"))


def test_a_rebuilt_queue_is_frozen_and_the_collector_stays_on(store: Store) -> None:
    _fill(store, 50)
    gc.unfreeze()
    service = QueueService(store, clock=lambda: NOW)
    service.refresh()
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    # every queue item (and its entry) is among the frozen objects: full collections skip them
    assert frozen >= 100
    items = service.snapshot(QueueFilter.ALL).items
    assert len(items) == 50
    assert service.snapshot(QueueFilter.NEW, "lead1").items == [
        item for item in items if item.entry.id in {"l1", *(f"l{i}" for i in range(10, 20))}
    ]
    gc.unfreeze()


def test_gc_paused_restores_the_collector_even_on_error() -> None:
    assert gc.isenabled()
    try:
        with gc_paused():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
