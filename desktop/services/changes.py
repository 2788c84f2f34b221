# SPDX-License-Identifier: MIT
"""What a write changed: the typed notice every service gives after each of its writes."""

from __future__ import annotations

from collections.abc import Callable
from enum import Flag, auto


class Changed(Flag):
    """Kinds of data a write changed (combine with ``|``); views decide what to refresh."""

    OUTCOME = auto()  # a call was recorded (the lead moved too)
    LEAD = auto()  # a lead was edited or captured
    SETTINGS = auto()  # the manager's settings
    CONFLICT = auto()  # a conflict was settled
    DEAD_LETTER = auto()  # a rejected write was queued again
    SYNC = auto()  # a sync wrote what the server sent and settled the outbox
    STAND = auto()  # the stand's visitor count or event
    CAPTURE = auto()  # a visitor saved at the stand (with LEAD): pushed after its undo offer

    #: whatever the queue shows
    QUEUE = OUTCOME | LEAD | SETTINGS | CONFLICT | SYNC
    #: whatever the status bar counts (waiting, conflicts, rejected, last sync)
    STATUS = OUTCOME | LEAD | CONFLICT | DEAD_LETTER | SYNC


#: What services are given to announce their writes.
Announce = Callable[[Changed], None]


def ignore(changed: Changed) -> None:
    """An Announce for services nobody listens to (the command line, tests)."""
