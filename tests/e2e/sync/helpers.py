# SPDX-License-Identifier: MIT
"""Recording work locally the way the workstation does, for the sync tests."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop.store.db import Store
from desktop.store.lead_changes import capture_lead
from desktop.store.models import LeadRow
from desktop.store.outbox import enqueue
from desktop.store.outcomes import record_outcome
from salesdesk.domain.lead import LeadDraft
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.queue import QueueRules
from salesdesk.domain.vocabulary import Disposition, Result, Source


def now() -> datetime:
    return datetime.now(UTC)


def record(store: Store, lead_id: str, result: Result = Result.NONE, **extra: Any) -> str:
    """Save an outcome locally (outcome + lead + outbox in one transaction); return its ID."""
    draft = OutcomeDraft(
        lead_id=lead_id,
        started_at=extra.pop("started_at", now() - timedelta(minutes=2)),
        duration_s=60,
        disposition=extra.pop("disposition", Disposition.CONNECTED),
        result=result,
        **extra,
    )
    return record_outcome(store, draft, now=now(), rules=QueueRules()).id


def capture(store: Store, email: str, **fields: Any) -> str:
    """Capture a lead at a stand (the workstation's own ``capture_lead``); return its ID."""
    draft = LeadDraft(
        emails=[email],
        source=Source.EXHIBITION,
        event_name=fields.pop("event_name", "Expo"),
        **fields,
    )
    return capture_lead(store, draft, now=now(), default_region="US").id


def edit(store: Store, lead_id: str, **fields: Any) -> None:
    """Edit a lead locally and queue ``lead.update`` against its current version."""
    with store.write() as session:
        row = session.get(LeadRow, lead_id)
        assert row is not None
        for name, value in fields.items():
            setattr(row, name, value)
        enqueue(session, "lead.update", lead_id, dict(fields), base_version=row.version)


def local_leads(store: Store) -> dict[str, int]:
    """Lead ID → version in the local copy (read-only reassigned ones excluded)."""
    from sqlalchemy import select

    with store.read() as session:
        rows = session.execute(select(LeadRow.id, LeadRow.version).where(~LeadRow.reassigned))
        return dict(rows.all())  # type: ignore[arg-type]


@contextmanager
def raw_server(
    answer: Callable[[int, bytes], bytes | None],
) -> Iterator[tuple[str, list[bytes]]]:
    """A bare TCP server on loopback (for what a real HTTP server would not do: hang up,
    redirect anywhere): each request is recorded, and ``answer(number, request)`` gives the
    bytes to send back, or None to hang up without a word. Yields (URL, requests so far)."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    received: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(2)
                request = connection.recv(65536)
                received.append(request)
                reply = answer(len(received), request)
                if reply is not None:
                    connection.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        stop.set()
        thread.join(5)
        listener.close()
