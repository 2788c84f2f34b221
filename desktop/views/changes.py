# SPDX-License-Identifier: MIT
"""The one change signal: after every write, what changed; views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """Carries ``changed(kind)`` from the services to every view.

    Kinds: ``outcome``, ``lead``, ``settings``, ``conflict``, ``dead_letter``, ``sync``.
    Signals:
        changed(str): something of that kind was written (emitted on the GUI thread).
    """

    changed = Signal(str)

    def announce(self, kind: str) -> None:
        """Announce a change (the callable the services are given)."""
        self.changed.emit(kind)
