# SPDX-License-Identifier: MIT
"""Learn a lead's zone once: when it is not known, its candidate zones as links — one per
UTC offset, each named by its city with the time there ("Where are they? Moscow 18:00 ·
Novosibirsk 22:00 · Vladivostok 01:00"). Tab reaches a link, Enter or a click chooses it.
Shown on the lead card and, for a callback, in the outcome form."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.views.i18n import fill
from desktop.views.their_time_labels import distinct_offsets, time_there, zone_place
from salesdesk.domain.their_time import TheirZones

_PREFIX = "zone:"


class ZoneChooser(QLabel):
    """The candidate zones as links; ``chosen(zone)`` when one is chosen."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneChooser")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)  # our links; names and times escaped
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.linkActivated.connect(self._activated)
        self.offered: list[str] = []
        self.setVisible(False)

    def offer(self, zones: TheirZones, now: datetime) -> None:
        """Offer the candidates of a lead whose zone is not known (hidden otherwise)."""
        self.offered = distinct_offsets(zones.zones, now) if not zones.known else []
        links = " · ".join(
            f'<a href="{_PREFIX}{escape(z)}">{escape(f"{zone_place(z)} {time_there(z, now)}")}</a>'
            for z in self.offered
        )
        self.setText(fill(escape(self.tr("Where are they? %1")), links))
        self.setVisible(bool(self.offered))

    def clear_offer(self) -> None:
        """Nothing to offer (no lead shown)."""
        self.offered = []
        self.clear()
        self.setVisible(False)

    def _activated(self, link: str) -> None:
        if link.startswith(_PREFIX):
            self.chosen.emit(link.removeprefix(_PREFIX))


__all__ = ["ZoneChooser"]
