# SPDX-License-Identifier: MIT
"""The call in progress: which lead, since when, for how long, dialling, notes, and its end.

``CallFlow`` owns the call's state and its one-second tick; the window shows it and opens
the outcome form when the line is hung up. ``finish(outcome)`` after the form saved ends
the call and emits ``outcome_saved``. The call is kept in the store as a draft at every
change (start, notes after a pause in typing, marks, hang-up, and every 10 s on the line),
so that ``resume`` can reopen it after a crash, a kill or a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop.services.calls import CallService
from desktop.services.dialer import dial_plan, run_command, system_dialer_available
from desktop.services.leads import LeadService
from desktop.store.call_drafts import CallDraft
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
        dial_by_hand(str): nothing on this computer can dial: the caller dials this number.
    Attributes:
        lead_id, started_at, ended_at: the call (None when there is none).
        notes, raised, used: typed and marked during the call.
        path, answers: a guided call's walk through the script and the answers given.
    """

    started = Signal(str)
    ticked = Signal(int)
    hung_up = Signal()
    outcome_saved = Signal(object)
    message = Signal(str)
    dial_by_hand = Signal(str)

    # the notes are kept this long after the last keystroke (ms)
    NOTES_PAUSE_MS = 2000
    # on the line, the draft's "still on the call at" moment is renewed this often (s)
    HEARTBEAT_S = 10

    def __init__(
        self,
        calls: CallService,
        leads: LeadService,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
        system_dialer: Callable[[], bool] = system_dialer_available,
    ) -> None:
        super().__init__(parent)
        self.calls = calls
        self.leads = leads
        self.clock = clock
        self.system_dialer = system_dialer
        self.lead_id: str | None = None
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.notes = ""
        self.raised: frozenset[str] = frozenset()
        self.used: frozenset[str] = frozenset()
        self.path: tuple[str, ...] = ()
        self.answers: dict[str, Any] = {}
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._ticked)
        self._notes_pause = QTimer(self)
        self._notes_pause.setSingleShot(True)
        self._notes_pause.setInterval(self.NOTES_PAUSE_MS)
        self._notes_pause.timeout.connect(self.keep)

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

    def can_dial(self) -> bool:
        """Whether something on this computer dials: the dialer command, or a tel: program."""
        return bool(self.calls.settings().dialer_command.strip()) or self.system_dialer()

    def start(self, lead: Lead | None, number: str | None = None) -> bool:
        """Start a call with the lead: dial ``number`` (else its first phone) when something
        can, else ask the caller to dial by hand; start the timer; keep the draft."""
        if lead is None or not self.can_call(lead):
            return False
        self.lead_id = lead.id
        self.started_at = self.clock()
        self.ended_at = None
        self.notes = ""
        self.raised = self.used = frozenset()
        self.path, self.answers = (), {}
        number = number or (lead.phones[0] if lead.phones else None)
        if number and self.can_dial():
            self.dial(number)
        elif number:
            self.dial_by_hand.emit(number)
        self.keep()
        self._tick.start()
        self.started.emit(lead.id)
        self.ticked.emit(0)
        return True

    def resume(self, draft: CallDraft) -> bool:
        """Reopen a call left in progress (after a crash or a restart) as hung up: it lasted
        until it was last kept, and its outcome is to be recorded. False when its lead is
        gone or another call is on."""
        lead = self.leads.lead(draft.lead_id)
        if self.active or lead is None:
            return False
        self.lead_id = draft.lead_id
        self.started_at = draft.started_at
        self.ended_at = draft.ended_at or draft.saved_at
        self.notes, self.raised, self.used = draft.notes, draft.raised, draft.used
        self.path, self.answers = draft.path, dict(draft.answers)
        self.keep()
        self.started.emit(draft.lead_id)
        self.ticked.emit(self.duration())
        return True

    def set_notes(self, text: str) -> None:
        """The caller typed in the notes box: kept after a short pause in typing."""
        if self.active and text != self.notes:
            self.notes = text
            self._notes_pause.start()

    def set_marks(self, raised: set[str], used: set[str]) -> None:
        """The objections raised and answers used, as marked on the script (kept at once)."""
        if self.active:
            self.raised, self.used = frozenset(raised), frozenset(used)
            self.keep()

    def set_walk(self, path: tuple[str, ...], answers: dict[str, Any]) -> None:
        """Where the guided call is on the script and the answers given (kept at once)."""
        if self.active:
            self.path, self.answers = path, dict(answers)
            self.keep()

    def keep(self) -> None:
        """Write the call in progress to the store (nothing when there is none)."""
        self._notes_pause.stop()
        if self.lead_id is None or self.started_at is None:
            return
        self.calls.keep_draft(
            CallDraft(
                lead_id=self.lead_id,
                started_at=self.started_at,
                saved_at=self.ended_at or self.clock(),
                ended_at=self.ended_at,
                notes=self.notes,
                raised=self.raised,
                used=self.used,
                path=self.path,
                answers=self.answers,
            )
        )

    def _ticked(self) -> None:
        seconds = self.duration()
        if seconds and seconds % self.HEARTBEAT_S == 0:
            self.keep()
        self.ticked.emit(seconds)

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
        self.keep()
        self.ticked.emit(self.duration())
        self.hung_up.emit()
        return True

    def finish(self, outcome: CallOutcome) -> None:
        """The outcome was saved: the call is over."""
        self.reset()
        self.outcome_saved.emit(outcome)

    def reset(self) -> None:
        """Forget the call here (after its outcome was saved, or when a test abandons it);
        a draft in the store stays (``discard`` forgets it too)."""
        self._tick.stop()
        self._notes_pause.stop()
        self.lead_id = self.started_at = self.ended_at = None
        self.notes = ""
        self.raised = self.used = frozenset()
        self.path, self.answers = (), {}

    def discard(self) -> None:
        """Drop the call without recording it, its draft included."""
        self.reset()
        self.calls.discard_draft()
