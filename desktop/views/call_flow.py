# SPDX-License-Identifier: MIT
"""The call in progress: which lead, since when, for how long, dialling, and its end.

``CallFlow`` owns the call's state and its one-second tick; the window shows it and opens
the outcome form when the line is hung up. ``finish(outcome)`` after the form saved ends
the call and emits ``outcome_saved``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.services.calls import CallService
from desktop.services.dialer import dial_plan, run_command
from desktop.services.leads import LeadService
from desktop.views.i18n import fill
from salesdesk.domain.lead import Lead
from salesdesk.domain.outcome import CallOutcome


class CallFlow(QObject):
    """One call at a time: start (dialling when a dialer is set), tick, hang up, finish.

    Signals:
        started(str): a call with this lead began.
        ticked(int): seconds on the call (every second, and at start and hang-up).
        hung_up(): the line was closed; the outcome is to be recorded.
        outcome_saved(object): the CallOutcome recorded for the call, which is over.
        message(str): something the caller should read (the dialer failed…).
    Attributes:
        lead_id, started_at, ended_at: the call (None when there is none).
    """

    started = Signal(str)
    ticked = Signal(int)
    hung_up = Signal()
    outcome_saved = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        calls: CallService,
        leads: LeadService,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.calls = calls
        self.leads = leads
        self.clock = clock
        self.lead_id: str | None = None
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(lambda: self.ticked.emit(self.duration()))

    @property
    def active(self) -> bool:
        """Whether a call is in progress (hung up but not yet recorded counts too)."""
        return self.started_at is not None

    def can_call(self, lead: Lead | None) -> bool:
        """Whether a call with this lead may start now."""
        return lead is not None and not self.active and not self.leads.is_reassigned(lead.id)

    def duration(self) -> int:
        """Seconds on the call (up to the hang-up when there was one)."""
        if self.started_at is None:
            return 0
        end = self.ended_at or self.clock()
        return max(0, int((end - self.started_at).total_seconds()))

    def start(self, lead: Lead | None) -> bool:
        """Start a call with the lead: dial when a dialer is set, start the timer."""
        if lead is None or not self.can_call(lead):
            return False
        self.lead_id = lead.id
        self.started_at = self.clock()
        self.ended_at = None
        if self.calls.settings().dialer_command and lead.phones:
            self.dial(lead.phones[0])
        self._tick.start()
        self.started.emit(lead.id)
        self.ticked.emit(0)
        return True

    def dial(self, number: str) -> None:
        """Dial a number through the desktop (tel:/sip:) or the dialer command."""
        plan = dial_plan(number, self.calls.settings().dialer_command)
        try:
            if plan.command:
                run_command(plan.command)
            elif plan.uri and not QDesktopServices.openUrl(QUrl(plan.uri)):
                scheme = plan.uri.split(":")[0]
                self.message.emit(
                    fill(
                        self.tr("No program handles %1 links; set a dialer command in Settings."),
                        scheme,
                    )
                )
        except OSError as exc:
            self.message.emit(fill(self.tr("The dialer could not start: %1"), exc))

    def hang_up(self) -> bool:
        """Close the line (the duration stops); the outcome is recorded next."""
        if self.started_at is None:
            return False
        self.ended_at = self.ended_at or self.clock()
        self._tick.stop()
        self.ticked.emit(self.duration())
        self.hung_up.emit()
        return True

    def finish(self, outcome: CallOutcome) -> None:
        """The outcome was saved: the call is over."""
        self.reset()
        self.outcome_saved.emit(outcome)

    def reset(self) -> None:
        """Forget the call (after its outcome was saved, or when a test abandons it)."""
        self._tick.stop()
        self.lead_id = self.started_at = self.ended_at = None
