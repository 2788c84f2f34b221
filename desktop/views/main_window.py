# SPDX-License-Identifier: MIT
"""The workstation window: queue on the left, lead card in the centre, script on the right.

It composes the panels and connects them: each panel subscribes to the change notice
itself; the call's state lives in ``CallFlow``, which the window shows and whose hang-up
opens the outcome form. Everything it needs is passed in (see ``Workspace``).
"""

from __future__ import annotations

from datetime import timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import screen_lock
from desktop.services.account import LoggedOut, logout, unsent_work
from desktop.services.changes import Changed
from desktop.services.local_store import erase_profile_database
from desktop.services.queue import QueueFilter
from desktop.store.sync_state import store_status
from desktop.sync.errors import DeviceWiped
from desktop.views.call_flow import CallFlow
from desktop.views.call_notes import CallNotes
from desktop.views.capture_panel import CapturePanel
from desktop.views.dashboard import DashboardDialog
from desktop.views.geometry import WindowLayout
from desktop.views.goals_bar import GoalsBar
from desktop.views.i18n import fill, ui_language
from desktop.views.idle_lock import IdleLock
from desktop.views.labels import format_when, skip_reason_label, source_label
from desktop.views.lead_card import LeadCard
from desktop.views.notifier import Notifier
from desktop.views.operation import run_in_background
from desktop.views.outcome_dialog import OutcomeDialog
from desktop.views.power_dialer import PowerDialer
from desktop.views.problems_dialog import ProblemsDialog
from desktop.views.queue_panel import QueuePanel
from desktop.views.script_editor import ScriptEditor
from desktop.views.script_panel import ScriptPanel
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.shortcuts_dialog import ShortcutsDialog
from desktop.views.status_bar import SyncStatusBar
from desktop.views.sync_controller import SyncController
from desktop.views.team_view import TeamView
from desktop.views.undo_bar import UndoBar
from desktop.views.who_is_calling import WhoIsCallingDialog
from desktop.views.window_actions import Slots, WindowActions
from desktop.views.workspace import Workspace
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.lead import Lead
from salesdesk.domain.outcome import CallOutcome
from salesdesk.domain.script import CallScript, placeholder_values
from salesdesk.domain.vocabulary import SkipReason

#: A hot lead that arrived this long before the window opened still rings.
HOT_LEAD_LOOKBACK = timedelta(minutes=15)


class MainWindow(QMainWindow):
    """The workstation.

    Signals:
        login_requested(): the manager must log in (the app shows the login dialog).
        language_changed(str): the settings changed the language (the app installs it).
    Attributes:
        queue_panel, lead_card, script_panel, capture_panel, status: the panels.
        call: the call in progress (``CallFlow``).
    """

    login_requested = Signal()
    language_changed = Signal(str)

    def __init__(self, workspace: Workspace, sync: SyncController | None = None) -> None:
        super().__init__()
        self.ws = workspace
        self.sync = sync
        self.call = CallFlow(
            workspace.calls, workspace.leads, workspace.clock, self, workspace.system_dialer
        )
        self.outcome_dialog: OutcomeDialog | None = None
        self.ending = False  # the session is ending: save, never ask
        self.dashboard: DashboardDialog | None = None
        self.script: CallScript | None = None
        self.queue_panel = QueuePanel(workspace.queue, workspace.clock)
        self.goals = GoalsBar(workspace.analytics, workspace.calls)
        self.queue_panel.put_above(self.goals)
        self.undo_bar = UndoBar()
        self.queue_panel.put_below(self.undo_bar)
        self.lead_card = LeadCard(workspace.leads, workspace.clock, self._reason_labels)
        self.script_panel = ScriptPanel(workspace.clock)
        self.capture_panel = CapturePanel(workspace.leads)
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setWidget(self.lead_card)
        self.call_notes = CallNotes(self.call)
        self.dial_hint = QLabel()
        self.dial_hint.setWordWrap(True)
        self.dial_hint.setStyleSheet(
            "background: #fff3e0; color: #8a4b00; padding: 6px; border-radius: 4px;"
        )
        self.dial_hint.linkActivated.connect(lambda _link: self.open_settings())
        self.dial_hint.hide()
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.dial_hint)
        middle_layout.addWidget(card_scroll, 1)
        middle_layout.addWidget(self.call_notes)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.queue_panel, middle, self.script_panel):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([620, 470, 350])  # the card needs ~400 px in Russian
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.capture_page = QScrollArea()  # the form scrolls on a small laptop screen
        self.capture_page.setWidgetResizable(True)
        self.capture_page.setFrameShape(QFrame.Shape.NoFrame)
        centring = QWidget()
        centred = QHBoxLayout(centring)
        centred.addStretch(1)
        centred.addWidget(self.capture_panel, 4)
        centred.addStretch(1)
        self.capture_panel.setMaximumWidth(820)
        self.capture_page.setWidget(centring)
        self.pages.addWidget(self.capture_page)
        self.team_view = TeamView(workspace.team, workspace.team_work)
        self.team_page = QScrollArea()  # the workspace never makes the window wider
        self.team_page.setWidgetResizable(True)
        self.team_page.setFrameShape(QFrame.Shape.NoFrame)
        self.team_page.setWidget(self.team_view)
        self.pages.addWidget(self.team_page)
        self.setCentralWidget(self.pages)
        self.status = SyncStatusBar(lambda: store_status(workspace.store))
        self.setStatusBar(self.status)
        self.idle_lock = IdleLock(
            self,
            minutes=lambda: workspace.preferences.load().lock_after_minutes,
            busy=lambda: self.call.lead_id is not None,
            can_lock=lambda: screen_lock.can_lock(workspace.store),
            matches=lambda typed: screen_lock.password_matches(workspace.store, typed),
            username=lambda: workspace.manager_name,
        )
        self.timer_label = QLabel()
        self.timer_label.setStyleSheet("font-size: 13pt; font-weight: 600; padding: 0 8px;")
        self.timer_label.setTextFormat(Qt.TextFormat.PlainText)  # a lead's name is data
        self.commands = WindowActions(
            self,
            Slots(
                start_call=self.start_call,
                end_call=self.end_call,
                skip=self.choose_skip,
                cancel_countdown=self.cancel_countdown,
                undo=self.undo_bar.take,
                sync=self.sync_now,
                capture=self.toggle_capture,
                dashboard=self.open_dashboard,
                script_editor=self.open_script_editor,
                team=self.toggle_team,
                problems=self.open_problems,
                settings=self.open_settings,
                help=self.open_help,
                log_out=self.log_out,
                erase_and_log_out=self.erase_and_log_out,
                focus_search=self.focus_queue_search,
                search_everywhere=self.search_everywhere,
                who_is_calling=self.who_is_calling,
                focus_objection=self.focus_objection_search,
                focus_script=self.focus_script,
                focus_queue=self.focus_queue,
                save_lead=self.lead_card.save,
                set_filter=self.queue_panel.set_filter,
                toggle_answer=self.script_panel.toggle_answer_of_first,
            ),
            self.timer_label,
        )

        self.power = PowerDialer(
            self.queue_panel, self.call, workspace.calls, self.start_call, self
        )
        self.power.countdown.connect(self._show_countdown)
        self._show_staff_actions()
        self._update_call_actions()
        self.queue_panel.lead_selected.connect(self.show_lead)
        self.notifier = Notifier(self)
        self.notifier.opened.connect(self.open_lead)
        self.queue_panel.callbacks_due.connect(self._callbacks_due)
        self.queue_panel.reloaded.connect(self._show_title)
        self.lead_card.dial_requested.connect(self.dial)
        self.lead_card.correct_requested.connect(self.correct_call)
        self.undo_bar.undo_requested.connect(self.undo_call)
        self.call.ticked.connect(self._show_timer)
        self.call.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.call.hung_up.connect(self._record_outcome)
        self.call.outcome_saved.connect(self._call_recorded)
        self.call.dial_by_hand.connect(self._show_dial_by_hand)
        self.script_panel.marks_changed.connect(
            lambda: self.call.set_marks(self.script_panel.raised, self.script_panel.used)
        )
        self.script_panel.walk_changed.connect(self._keep_walk)
        self.status.problems_clicked.connect(self.open_problems)
        self.status.problems_counted.connect(self._show_problem_count)
        self.status.retry_clicked.connect(self.sync_now)
        self.status.login_clicked.connect(self.login_requested)
        for listener in (
            self.queue_panel.on_changed,
            self.lead_card.on_changed,
            self.capture_panel.on_changed,
            self.goals.on_changed,
            self.status.on_changed,
            self._script_on_changed,
        ):
            workspace.bus.changed.connect(listener)
        if sync is not None:
            workspace.bus.changed.connect(sync.on_changed)
            sync.started.connect(self.status.sync_started)
            sync.progress.connect(self.status.sync_progress)
            sync.finished.connect(self.status.sync_finished)
            sync.failed.connect(self.status.sync_failed)
            sync.failed.connect(self._device_wiped)
            sync.arrived.connect(lambda _summary: self.announce_hot_leads())
        # hot leads that arrive from now on (or shortly before the window opened) ring
        self._hot_since = workspace.clock() - HOT_LEAD_LOOKBACK
        self._hot_announced: set[str] = set()
        self.retranslate()
        self.load_script()
        self.queue_panel.refresh()
        self.queue_panel.table.setFocus()
        self.layout_memory = WindowLayout(
            workspace.preferences,
            self,
            {"panels": self.splitter},
        )
        self.layout_memory.restore()
        self.resume_call()

    def retranslate(self) -> None:
        """Set every visible string in the current language (after a language switch)."""
        self._show_title()
        self.commands.retranslate()
        self.queue_panel.retranslate()
        self.lead_card.retranslate()
        self.script_panel.retranslate()
        self.capture_panel.retranslate()
        self.team_view.retranslate()
        self.call_notes.retranslate()
        self.undo_bar.retranslate()
        self.goals.refresh()
        self.status.refresh()
        self._show_timer(self.call.duration())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.load_script()
        super().changeEvent(event)

    def _show_title(self) -> None:
        """The title names the manager and the number of leads due now (seen from the
        taskbar while another window is in front)."""
        title = self.tr("Salesdesk")
        if self.ws.manager_name:
            title += f" — {self.ws.manager_name}"
        snapshot = self.queue_panel.snapshot
        due = snapshot.counts.get(QueueFilter.DUE_NOW, 0) if snapshot else 0
        if due:
            title = fill(self.tr("(%1 due now) %2"), QLocale().toString(due), title)
        self.setWindowTitle(title)

    def _show_problem_count(self, count: int) -> None:
        """The Conflicts action is there to act on something: disabled, and saying why, when
        nothing waits."""
        action = self.commands.problems
        action.setEnabled(count > 0)
        if count == 0:
            action.setToolTip(self.tr("Nothing to resolve: no conflicts or rejected changes."))
        else:
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({shortcut})")

    def _callbacks_due(self, lead_ids: list[str]) -> None:
        """Callbacks came due: a notice naming the first, which opens it when clicked."""
        first = self.ws.leads.lead(lead_ids[0])
        if first is None:
            return
        text = fill(self.tr("Call %1 back now."), first.display_name)
        if len(lead_ids) > 1:
            text = fill(
                self.tr("Call %1 back now (+%2 more due)."),
                first.display_name,
                QLocale().toString(len(lead_ids) - 1),
            )
        self.notifier.notify(self.tr("Callback due"), text, first.id)

    def announce_hot_leads(self) -> list[str]:
        """A notice for each hot lead that arrived and waits for its first call: its name,
        source and how long ago it came (clicking it opens the lead). Returns their IDs."""
        fresh = [
            lead
            for lead in self.ws.leads.fresh_hot_leads(self._hot_since)
            if lead.id not in self._hot_announced
        ]
        now = self.ws.clock()
        for lead in reversed(fresh):  # the newest notice last, on top
            self._hot_announced.add(lead.id)
            minutes = max(0, int((now - lead.created_at).total_seconds() // 60))
            ago = (
                self.tr("arrived just now")
                if minutes == 0
                else self.tr("arrived %n minute(s) ago", "", minutes)
            )
            text = f"{lead.display_name} · {source_label(lead.source)} · {ago}"
            self.notifier.notify(self.tr("New hot lead"), text, lead.id)
        if fresh:
            self.queue_panel.refresh()
        return [lead.id for lead in fresh]

    def open_lead(self, lead_id: str) -> bool:
        """Show a lead on the card, selected in the queue when the view shows it (from a
        notice or "Who is calling?"; a closed lead is shown on the card alone)."""
        if self.call.active:
            return False
        if (
            not self.queue_panel.select_lead(lead_id)
            or self.lead_card.lead is None
            or self.lead_card.lead.id != lead_id
        ):
            self.show_lead(lead_id)
        return True

    def who_is_calling(self) -> str | None:
        """Ctrl+I: type or paste a number in any format; the chosen lead opens."""
        dialog = WhoIsCallingDialog(self.ws.leads, self)
        if dialog.exec() and dialog.chosen:
            self.open_lead(dialog.chosen)
            return dialog.chosen
        return None

    # --- what is shown --------------------------------------------------------------------

    def _reason_labels(self) -> dict[str, str]:
        language = ui_language()
        return {reason.id: reason.label_in(language) for reason in self.ws.calls.loss_reasons()}

    def load_script(self) -> None:
        """Load the script in the manager's language and fill it for the current lead."""
        self.script = self.ws.calls.script(self.ws.calls.settings().language)
        self._fill_script()
        self.show_script_figures()

    def show_script_figures(self) -> None:
        """The win rates beside each objection and answer (mine and the team's)."""
        if self.script is not None:
            self.script_panel.show_figures(self.ws.analytics.answer_figures(self.script))

    def _fill_script(self) -> None:
        lead = self.lead_card.lead
        values = placeholder_values(
            lead.first_name if lead else "",
            lead.last_name if lead else "",
            lead.company if lead else "",
            lead.need if lead else "",
            lead.event_name if lead else "",
            self.ws.manager_name,
            self.script.product if self.script else "",
        )
        self.script_panel.category_labels = self.ws.calls.category_labels()
        self.script_panel.guided.earlier = self.ws.calls.earlier_answers(lead.id) if lead else {}
        self.script_panel.show_script(self.script, values)

    def _script_on_changed(self, what: Changed) -> None:
        if what & (Changed.SYNC | Changed.SETTINGS):
            self.load_script()
            self._show_staff_actions()
        elif what & Changed.OUTCOME:
            self.show_script_figures()

    def show_lead(self, lead_id: str) -> None:
        """Show a lead on the card and fill the script for it (not during a call)."""
        if self.call.active and self.lead_card.lead is not None:
            if lead_id != self.lead_card.lead.id:
                self.statusBar().showMessage(self.tr("Finish the call first (F6)."), 4000)
                self.queue_panel.select_lead(self.lead_card.lead.id)
            return
        lead = self.ws.leads.lead(lead_id) if lead_id else None
        another = lead is None or self.lead_card.lead is None or self.lead_card.lead.id != lead.id
        self.lead_card.show_lead(lead)
        self._fill_script()
        if another:  # each call starts clean: no search left, the script from its opening
            self.script_panel.start_over()
        self._update_call_actions()

    # --- the call flow ----------------------------------------------------------------------

    def _update_call_actions(self) -> None:
        self.commands.start_call.setEnabled(self.call.can_call(self.lead_card.lead))
        self.commands.end_call.setEnabled(self.call.active)
        self.commands.skip.setEnabled(not self.call.active and self.lead_card.lead is not None)
        if not self.call.active:
            self.dial_hint.hide()

    def _show_dial_by_hand(self, number: str) -> None:
        self.dial_hint.setText(
            fill(
                self.tr(
                    "Nothing on this computer can dial: dial %1 on your phone. "
                    "<a href='settings'>Set up a dialer…</a>"
                ),
                escape(display_phone(number)),
            )
        )
        self.dial_hint.show()

    def _show_countdown(self, text: str) -> None:
        self.commands.cancel_countdown.setEnabled(bool(text))
        if not self.call.active:
            self.timer_label.setText(text)

    def undo_call(self, outcome_id: str) -> bool:
        """Ctrl+Z within 10 s of a save: the call is taken back and waits for its outcome
        again (F6); when it was sent already, the correction form opens instead."""
        if self.call.active:
            return False
        self.power.cancel()
        draft = self.ws.calls.undo(outcome_id)
        if draft is None:
            saved = self.ws.calls.call(outcome_id)
            if saved is not None:
                self.correct_call(saved)
            return False
        self.resume_call()
        self.statusBar().showMessage(
            self.tr("Taken back: the call waits for its outcome (F6)."), 8000
        )
        return True

    def correct_call(self, outcome: CallOutcome) -> bool:
        """Correct one of the manager's calls (within 24 hours) in the outcome form."""
        lead = self.ws.leads.lead(outcome.lead_id)
        if lead is None or self.call.active:
            return False
        saved = self._outcome_form(
            lead,
            started_at=outcome.started_at,
            duration_s=outcome.duration_s,
            raised=outcome.objections,
            used=outcome.answers_used,
            correcting=outcome,
        )
        if saved is None:
            return False
        if self.lead_card.lead is not None and self.lead_card.lead.id == lead.id:
            self.lead_card.show_lead(self.ws.leads.lead(lead.id))
        self.statusBar().showMessage(self.tr("Corrected. The correction is what counts."), 6000)
        return True

    def cancel_countdown(self) -> bool:
        """Esc: the power dialer does not dial the next lead."""
        return self.power.cancel()

    def skip_reasons(self) -> list[tuple[SkipReason, str]]:
        """The reasons a lead may be skipped for, with their labels."""
        return [(reason, skip_reason_label(reason)) for reason in SkipReason]

    def choose_skip(self) -> SkipReason | None:
        """F7: pick why this lead is skipped (a menu, keys 1–5), record it and move on."""
        if self.call.active or self.lead_card.lead is None:
            return None
        menu = QMenu(self)
        for number, (reason, label) in enumerate(self.skip_reasons(), 1):
            action = QAction(f"&{number} {label}", menu)
            action.setData(reason.value)
            menu.addAction(action)
        table = self.queue_panel.table
        place = table.visualRect(table.currentIndex()).bottomLeft()
        chosen = menu.exec(table.viewport().mapToGlobal(place or QPoint(0, 0)))
        if chosen is None:
            return None
        reason = SkipReason(chosen.data())
        if self.power.skip(reason):
            self.statusBar().showMessage(self.tr("Skipped. Next lead."), 4000)
        return reason

    def resume_call(self) -> bool:
        """Reopen a call left in progress by a crash, a kill or a restart: its lead, notes
        and marks, waiting for its outcome (F6)."""
        draft = self.ws.calls.draft()
        if draft is None or not self.call.resume(draft):
            return False
        lead = self.ws.leads.lead(draft.lead_id)
        self.queue_panel.select_lead(draft.lead_id)
        self.lead_card.show_lead(lead)
        self._fill_script()
        self.script_panel.raised = set(draft.raised)
        self.script_panel.used = set(draft.used)
        self.script_panel.resume_walk(draft.path, draft.answers)
        self.script_panel.redraw()
        self.lead_card.frozen = True
        self._update_call_actions()
        seconds = self.call.duration()
        self.statusBar().showMessage(
            fill(
                self.tr("You were on a call with %1 at %2 (%3) — record its outcome (F6)."),
                lead.display_name if lead else "",
                format_when(draft.started_at, self.ws.clock()),
                f"{seconds // 60}:{seconds % 60:02d}",
            )
        )
        return True

    def _show_timer(self, seconds: int = 0) -> None:
        if not self.call.active:
            self.timer_label.setText("")
            return
        self.timer_label.setText(fill(self.tr("On call %1"), f"{seconds // 60}:{seconds % 60:02d}"))

    def start_call(self, number: str | None = None) -> bool:
        """F5: start a call with the current lead (dialling when something can dial)."""
        self.power.cancel()
        if not self.call.start(self.lead_card.lead, number):
            return False
        if self.script_panel.walk is not None:  # a guided call: the script takes the keys
            self._keep_walk()
            self.script_panel.guided.setFocus()
        self.lead_card.frozen = True
        self._update_call_actions()
        return True

    def dial(self, number: str) -> None:
        """A Call button: start the call with this number, or dial it during the call."""
        if self.call.active:
            self.call.dial(number)
        else:
            self.start_call(number)

    def end_call(self) -> bool:
        """F6: hang up and record the outcome; after a save, the next lead is selected."""
        if self.lead_card.lead is None or not self.call.hang_up():
            return False
        return not self.call.active

    def _record_outcome(self) -> None:
        lead = self.lead_card.lead
        if lead is None or self.call.started_at is None:
            return
        self.power.remember_view(lead.id)
        self.call.keep()
        saved = self._outcome_form(
            lead,
            started_at=self.call.started_at,
            duration_s=self.call.duration(),
            raised=self.script_panel.raised,
            used=self.script_panel.used,
            answers=self.script_panel.answers(),
            note=self.call.notes,
        )
        if saved is None:
            self.statusBar().showMessage(
                self.tr("The outcome is not saved yet: press F6 to record it."), 8000
            )
            return
        self.call.finish(saved)

    def _outcome_form(
        self, lead: Lead, *, correcting: CallOutcome | None = None, **values: Any
    ) -> CallOutcome | None:
        """Run the outcome form (a new call's, or a correction's) and return what it saved."""
        dialog = OutcomeDialog(
            self.ws.calls, lead, script=self.script, correcting=correcting, parent=self, **values
        )
        self.outcome_dialog = dialog
        dialog.exec()
        self.outcome_dialog = None
        return dialog.saved

    def _call_recorded(self, outcome: CallOutcome) -> None:
        self.lead_card.frozen = False
        self._show_timer()
        self.script_panel.start_over()
        self.statusBar().showMessage(self.tr("Saved. Next lead."), 4000)
        name = self.ws.leads.lead(outcome.lead_id)
        self.undo_bar.offer(
            outcome.id,
            fill(self.tr("Saved the call with %1."), name.display_name if name else ""),
        )
        self.power.next_lead(outcome.lead_id)
        self.activateWindow()
        self.queue_panel.table.setFocus()
        self._update_call_actions()

    # --- other actions --------------------------------------------------------------------

    def focus_queue_search(self) -> None:
        """Ctrl+F: type to search the queue."""
        self.queue_panel.search.setFocus()
        self.queue_panel.search.selectAll()

    def search_everywhere(self) -> None:
        """Ctrl+Shift+F: search all leads, converted and lost ones included."""
        self.queue_panel.everywhere.setChecked(True)
        self.focus_queue_search()

    def _keep_walk(self) -> None:
        walk = self.script_panel.walk
        if walk is not None:
            self.call.set_walk(walk.path, dict(walk.given))

    def focus_script(self) -> None:
        """Ctrl+J: between the guided script (its keys answer) and the call notes."""
        if self.script_panel.guided.isAncestorOf(self.focusWidget()) or (
            self.focusWidget() is self.script_panel.guided
        ):
            self.call_notes.edit.setFocus()
        elif self.script_panel.walk is not None:
            self.script_panel.search.clear()
            self.script_panel.guided.setFocus()

    def focus_objection_search(self) -> None:
        """Ctrl+K: type to find an objection."""
        self.script_panel.search.setFocus()
        self.script_panel.search.selectAll()

    def focus_queue(self) -> None:
        """Ctrl+L: back to the queue table (arrows move between leads)."""
        self.queue_panel.table.setFocus()

    def _show_staff_actions(self) -> None:
        """The script editor and the team workspace: for team leads and admins only."""
        self.commands.script_editor.setVisible(self.ws.scripts.allowed())
        self.commands.team.setVisible(self.ws.team.allowed())

    def toggle_team(self) -> None:
        """Ctrl+T (team leads, admins): between the caller's view and the team workspace."""
        if not self.ws.team.allowed():
            self.commands.team.setChecked(False)
            return
        team = self.pages.currentWidget() is not self.team_page
        self.pages.setCurrentWidget(self.team_page if team else self.splitter)
        self.commands.team.setChecked(team)
        self.commands.capture.setChecked(False)
        if team:
            self.team_view.open()
            self.team_view.report_combo.setFocus()
        else:
            self.queue_panel.table.setFocus()

    def toggle_capture(self) -> None:
        """Ctrl+E: switch between the queue and exhibition mode."""
        capture = self.pages.currentWidget() is not self.capture_page
        self.pages.setCurrentWidget(self.capture_page if capture else self.splitter)
        self.commands.capture.setChecked(capture)
        self.commands.team.setChecked(False)
        if capture:
            self.capture_panel.update_counter()
            self.capture_panel.focus_first()
        else:
            self.queue_panel.table.setFocus()

    def sync_now(self) -> None:
        """Sync now (F9)."""
        if self.sync is None:
            self.login_requested.emit()
        else:
            self.sync.auto = True
            self.sync.sync_now()

    def open_dashboard(self) -> DashboardDialog:
        """Show the dashboard (one window, brought to the front when already open)."""
        if self.dashboard is None:
            self.dashboard = DashboardDialog(
                self.ws.analytics,
                lambda: self.ws.calls.settings().queue_rules().manager_time_zone,
                self,
            )
            self.ws.bus.changed.connect(self.dashboard.on_changed)
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        return self.dashboard

    def open_script_editor(self) -> ScriptEditor | None:
        """Ctrl+Shift+E (team leads, admins): edit a script and publish a new version."""
        if not self.ws.scripts.allowed():
            return None
        editor = ScriptEditor(self.ws.scripts, self)
        editor.show()
        return editor

    def open_problems(self) -> None:
        """The conflicts and dead letters view."""
        ProblemsDialog(self.ws.problems, self).exec()
        self.status.refresh()

    def open_settings(self) -> None:
        """The settings dialog; a new language applies at once."""
        before = self.ws.preferences.load()
        dialog = SettingsDialog(self.ws.preferences, self)
        if dialog.exec() and dialog.saved is not None:
            if dialog.saved.language != before.language:
                self.language_changed.emit(dialog.saved.language)
            if self.sync is not None:
                self.sync.set_interval(dialog.saved.auto_sync_minutes * 60)
            self.idle_lock.restart()

    def log_out(self) -> bool:
        """Revoke the token (off the GUI thread) and forget it; warns about unsynced work."""
        waiting = store_status(self.ws.store).pending_outbox
        if waiting:
            answer = QMessageBox.warning(
                self,
                self.tr("Changes not synced"),
                self.tr(
                    "%n change(s) made here have not reached the server yet. They stay on "
                    "this computer and are sent after the next login. Log out anyway?",
                    "",
                    waiting,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self.sync is not None:
            self.sync.stop()
        self.commands.log_out.setEnabled(False)
        run_in_background(self, lambda: logout(self.ws.store), self._logged_out, self._logged_out)
        return True

    def erase_and_log_out(self, export_to: Path | None = None) -> bool:
        """Ctrl+Shift+Del: log out and erase this computer's data (asks first; work the server
        lacks is saved to a file first), then close."""
        waiting, rejected, conflicts = unsent_work(self.ws.store)
        unsent = waiting + rejected + conflicts
        question = self.tr(
            "Log out and erase Salesdesk's data on this computer? Your leads come back at the "
            "next login."
        )
        if unsent:
            question += " " + self.tr(
                "%n change(s) made here are not on the server yet: you choose a file to save "
                "them to first.",
                "",
                unsent,
            )
        answer = QMessageBox.warning(
            self,
            self.tr("Erase this computer's data"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if unsent and export_to is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the unsent work"), "unsent-work.csv", self.tr("CSV (*.csv)")
            )
            if not name:
                return False
            export_to = Path(name)
        if self.sync is not None:
            self.sync.stop()
        self.ending = True  # close without asking or saving anything more
        self.call.reset()
        run_in_background(
            self,
            lambda: logout(self.ws.store, erase=True, export_to=export_to),
            self._erased,
            self._erase_failed,
        )
        return True

    def _erased(self, result: object) -> None:
        QMessageBox.information(
            self,
            self.tr("This computer's data was erased"),
            self.tr("Logged out; Salesdesk's data on this computer is erased."),
        )
        self.close()

    def _erase_failed(self, error: object) -> None:
        self.ending = False
        self.statusBar().showMessage(fill(self.tr("Could not erase: %1"), str(error)), 10000)

    def _logged_out(self, result: object) -> None:
        self.commands.log_out.setEnabled(True)
        self.ws.manager_name = ""
        self.retranslate()
        self.status.refresh()
        if isinstance(result, LoggedOut):
            message = self.tr("%n lead(s) stay on this computer.", "", result.leads)
            if result.waiting:
                message += " " + self.tr(
                    "%n unsynced change(s) wait for the next login.", "", result.waiting
                )
            if result.server_error:
                message += " " + self.tr(
                    "The server could not be told; the login is forgotten here."
                )
            message = fill(self.tr("Logged out %1."), result.username) + " " + message
        else:  # the logout itself failed (the keyring)
            message = fill(self.tr("Could not log out: %1"), str(result))
        self.statusBar().showMessage(message, 10000)

    def open_help(self) -> None:
        """F1: the shortcut sheet."""
        ShortcutsDialog(self).exec()

    def bring_forward(self) -> None:
        """Another start on this profile asked for the window: show it in front."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def end_session(self) -> None:
        """The desktop session ends (log-out, shut-down, SIGTERM): keep the call in progress
        as a draft and the window's layout, stop syncing; closing no longer asks."""
        self.ending = True
        self.call.keep()
        self.layout_memory.save()
        if self.sync is not None:
            self.sync.stop()

    def _device_wiped(self, error: object) -> None:
        """An admin marked this computer lost: the work went to the server, the token is gone;
        erase the database (and its key), say why, and close."""
        if not isinstance(error, DeviceWiped):
            return
        if self.sync is not None:
            self.sync.stop()
        self.ending = True  # close without asking or saving anything more
        self.call.reset()
        erase_profile_database(self.ws.store)
        QMessageBox.information(
            self,
            self.tr("This computer's data was erased"),
            self.tr(
                "Your admin marked this computer as lost. Your work was sent to the server, "
                "and Salesdesk's data on this computer has been erased. Log in again to go on."
            ),
        )
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.call.active and not self.ending:
            answer = QMessageBox.question(
                self,
                self.tr("A call is in progress"),
                self.tr("The outcome of the current call is not saved. Quit anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if not self.ending:
            self.layout_memory.save()
        if self.sync is not None:
            self.sync.stop()
        event.accept()
