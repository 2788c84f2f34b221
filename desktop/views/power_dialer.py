# SPDX-License-Identifier: MIT
"""What comes after a call: the next row of the view the caller worked, and in the
power-dialer flow (a setting) its call after a visible countdown that Esc cancels.

The rows that followed the call's lead are remembered when the line is hung up, before
the saved outcome re-orders the queue; the next lead is the first of them still shown.
"Skip" moves on the same way and records why the lead was not called.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.calls import CallService
from desktop.views.call_flow import CallFlow
from desktop.views.i18n import fill
from desktop.views.queue_panel import QueuePanel
from salesdesk.domain.vocabulary import SkipReason

# how many following rows are remembered (enough for any run of leaving leads)
FOLLOWING = 200


class PowerDialer(QObject):
    """Moves the caller on to the next lead of the view, dialling it when the flow is on.

    Signals:
        countdown(str): what the countdown shows ("" when none runs).
    Attributes:
        seconds_left: of the running countdown (0: none).
    """

    countdown = Signal(str)

    COUNTDOWN_S = 3

    def __init__(
        self,
        queue: QueuePanel,
        call: CallFlow,
        calls: CallService,
        start_call: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self.call = call
        self.calls = calls
        self.start_call = start_call
        self.seconds_left = 0
        self._following: list[str] = []
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)

    @property
    def enabled(self) -> bool:
        """Whether the manager turned the power-dialer flow on (Settings)."""
        return self.calls.settings().power_dialer

    def remember_view(self, lead_id: str) -> None:
        """Note the rows after this lead as the view shows them now (at hang-up)."""
        self._following = self.queue.ids_after(lead_id, FOLLOWING)

    def next_lead(self, done_lead_id: str) -> None:
        """After a call or a skip: select the first remembered row still shown (the top
        when none is), then dial it after the countdown when the flow is on."""
        rows = (self.queue.model.row_of(i) for i in self._following if i != done_lead_id)
        self.queue.open_row(next((row for row in rows if row >= 0), 0))
        self._following = []
        current = self.queue.current_lead_id()
        if self.enabled and current and current != done_lead_id and self.call.can_dial():
            self.seconds_left = self.COUNTDOWN_S
            self._show()
            self._tick.start()

    def skip(self, reason: SkipReason) -> bool:
        """Move past the selected lead without calling it, recording why (not on a call)."""
        lead_id = self.queue.current_lead_id()
        if lead_id is None or self.call.active:
            return False
        self.cancel()
        self.calls.skip(lead_id, reason)
        self.remember_view(lead_id)
        self.next_lead(lead_id)
        return True

    def cancel(self) -> bool:
        """Esc: stop the countdown (the lead stays selected, nothing is dialled)."""
        if not self.seconds_left:
            return False
        self._tick.stop()
        self.seconds_left = 0
        self.countdown.emit("")
        return True

    def _count_down(self) -> None:
        self.seconds_left -= 1
        if self.seconds_left > 0:
            self._show()
            return
        self.cancel()
        self.start_call()

    def _show(self) -> None:
        name = self.queue.model.display_name(self.queue.current_lead_id() or "")
        self.countdown.emit(
            fill(self.tr("Calling %1 in %2 s — Esc cancels"), name, self.seconds_left)
        )
