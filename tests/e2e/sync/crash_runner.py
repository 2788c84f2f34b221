# SPDX-License-Identifier: MIT
"""Run in a subprocess by the kill tests: record outcomes, sync, and SIGKILL itself at a point.

Usage: ``python -m tests.e2e.sync.crash_runner POINT COUNT``. The profile comes from
``SALESDESK_HOME``. Each outcome ID is printed (and flushed) right after its save commits.
Points: ``during-save`` (inside the second save's transaction), ``after-save`` (all saved,
before any push), ``after-reply`` (the push answered, its results not yet written),
``mid-pull`` (inside a pull page's transaction), ``sync`` (no kill: the test kills the
process from outside while the server is answering).
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from sqlalchemy import select


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    point, count = sys.argv[1], int(sys.argv[2])
    from desktop.cli import main as cli
    from desktop.profile import database_path
    from desktop.services.local_store import open_profile_store
    from desktop.store import outcomes as outcomes_module
    from desktop.store import pulled
    from desktop.store.models import LeadRow
    from desktop.sync import engine as engine_module
    from tests.e2e.sync.helpers import record

    store = open_profile_store(database_path())
    with store.read() as session:
        leads = list(
            session.scalars(
                select(LeadRow.id).where(LeadRow.stage == "new").order_by(LeadRow.id).limit(count)
            )
        )
    if point == "during-save":
        original = outcomes_module.enqueue
        calls = {"n": 0}

        def enqueue_then_die(*args: Any, **kwargs: Any) -> Any:
            calls["n"] += 1
            row = original(*args, **kwargs)
            if calls["n"] == 2:
                die()
            return row

        outcomes_module.enqueue = enqueue_then_die  # type: ignore[assignment]
    for lead in leads:
        print(record(store, lead), flush=True)
    store.close()
    if point == "after-save":
        die()
    if point == "after-reply":

        def apply_then_die(*args: Any, **kwargs: Any) -> Any:
            die()

        engine_module.apply_results = apply_then_die  # type: ignore[assignment]
    if point == "mid-pull":
        original_keys = pulled.replace_contact_keys

        def keys_then_die(*args: Any, **kwargs: Any) -> Any:
            original_keys(*args, **kwargs)
            die()

        pulled.replace_contact_keys = keys_then_die  # type: ignore[assignment]
    sys.exit(cli(["sync", "--retries", "0"]))


if __name__ == "__main__":
    main()
