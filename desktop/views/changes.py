# SPDX-License-Identifier: MIT
"""The one change signal: after every write, what changed; views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import Changed


class ChangeBus(QObject):
    """Carries the services' ``Changed`` notices to every view that subscribed.

    Signals:
        changed(object): a ``Changed`` flag set: what a write changed (GUI thread).
    """

    changed = Signal(object)

    def announce(self, what: Changed) -> None:
        """Announce a change (the callable the services are given)."""
        self.changed.emit(what)
