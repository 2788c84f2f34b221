# SPDX-License-Identifier: MIT
"""The workstation window: queue on the left, lead card in the centre, script on the right.

It composes the panels, runs the call flow (start call → timer → end call → outcome form →
next lead) and the exhibition mode, and refreshes the panels on the one change signal.
Everything it needs is passed in (see ``Workspace``); it creates no global state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.services.account import logout
from desktop.services.analytics import AnalyticsService
from desktop.services.calls import CallService
from desktop.services.dialer import dial_plan, run_command
from desktop.services.leads import LeadService
from desktop.services.preferences import PreferenceService
from desktop.services.problems import ProblemService
from desktop.services.queue import QueueFilter, QueueService
from desktop.store.db import Store
from desktop.store.sync_state import store_status
from desktop.sync.errors import AuthError, SyncError
from desktop.views.capture_panel import CapturePanel
from desktop.views.changes import ChangeBus
from desktop.views.dashboard import DashboardDialog
from desktop.views.lead_card import LeadCard
from desktop.views.operation import run_in_background
from desktop.views.outcome_dialog import OutcomeDialog
from desktop.views.problems_dialog import ProblemsDialog
from desktop.views.queue_panel import QueuePanel
from desktop.views.script_panel import ScriptPanel
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.shortcuts_dialog import ShortcutsDialog
from desktop.views.status_bar import SyncStatusBar
from desktop.views.sync_controller import SyncController
from salesdesk.domain.script import placeholder_values


@dataclass
class Workspace:
    """What the window works with: the store, its services, the clock and the change signal."""

    store: Store
    clock: Callable[[], datetime]
    bus: ChangeBus
    calls: CallService
    leads: LeadService
    queue: QueueService
    problems: ProblemService
    preferences: PreferenceService
    analytics: AnalyticsService
    manager_name: str = ""

    @classmethod
    def open(cls, store: Store, clock: Callable[[], datetime], manager_name: str = "") -> Workspace:
        """Services over one store, all reporting their writes to one ChangeBus."""
        bus = ChangeBus()
        return cls(
            store=store,
            clock=clock,
            bus=bus,
            calls=CallService(store, clock, bus.announce),
            leads=LeadService(store, clock, bus.announce),
            queue=QueueService(store, clock),
            problems=ProblemService(store, clock, bus.announce),
            preferences=PreferenceService(store, bus.announce),
            analytics=AnalyticsService(store, clock),
            manager_name=manager_name,
        )


class MainWindow(QMainWindow):
    """The workstation.

    Attributes:
        queue_panel, lead_card, script_panel, capture_panel, status: the panels.
        call_started: when the current call started (None: no call).
        login_requested: called when the manager must log in (set by the app).
        language_changed: called with the new language after a settings save (set by the app).
    """

    def __init__(self, workspace: Workspace, sync: SyncController | None = None) -> None:
        super().__init__()
        self.ws = workspace
        self.sync = sync
        self.call_started: datetime | None = None
        self.call_ended: datetime | None = None
        self.outcome_dialog: OutcomeDialog | None = None
        self.dashboard: DashboardDialog | None = None
        self.login_requested: Callable[[], None] = lambda: None
        self.language_changed: Callable[[str], None] = lambda language: None
        self.resize(1440, 860)
        self.queue_panel = QueuePanel(workspace.queue, workspace.clock)
        self.lead_card = LeadCard(workspace.leads, workspace.clock, self._reason_labels)
        self.script_panel = ScriptPanel()
        self.capture_panel = CapturePanel(workspace.leads)
        card_scroll = QScrollArea()
        card_scroll.setWidgetResizable(True)
        card_scroll.setWidget(self.lead_card)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.queue_panel, card_scroll, self.script_panel):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([590, 500, 350])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.capture_page = QWidget()
        centred = QHBoxLayout(self.capture_page)
        centred.addStretch(1)
        centred.addWidget(self.capture_panel, 4)
        centred.addStretch(1)
        self.capture_panel.setMaximumWidth(820)
        self.pages.addWidget(self.capture_page)
        self.setCentralWidget(self.pages)
        self.status = SyncStatusBar(lambda: store_status(workspace.store))
        self.setStatusBar(self.status)
        self.timer_label = QLabel()
        self.timer_label.setStyleSheet("font-size: 13pt; font-weight: 600; padding: 0 8px;")
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)
        self._make_actions()
        self.queue_panel.lead_selected.connect(self.show_lead)
        self.lead_card.dial_requested.connect(self.dial)
        self.capture_panel.captured.connect(lambda _id: self.status.refresh())
        self.status.problems_clicked.connect(self.open_problems)
        self.status.retry_clicked.connect(self.sync_now)
        self.status.login_clicked.connect(lambda: self.login_requested())
        workspace.bus.changed.connect(self.on_changed)
        if sync is not None:
            sync.started.connect(self.status.sync_started)
            sync.progress.connect(self.status.sync_progress)
            sync.finished.connect(self._sync_finished)
            sync.failed.connect(self._sync_failed)
        self.retranslate()
        self.load_script()
        self.queue_panel.refresh()
        self.queue_panel.table.setFocus()

    # --- building -------------------------------------------------------------------------

    def _action(self, icon: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(QIcon(f":/icons/{icon}.svg") if icon else QIcon(), "", self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.start_call_action = self._action("call-start", "F5", self.start_call)
        self.end_call_action = self._action("call-end", "F6", self.end_call)
        self.sync_action = self._action("sync", "F9", self.sync_now)
        self.capture_action = self._action("capture", "Ctrl+E", self.toggle_capture)
        self.capture_action.setCheckable(True)
        self.dashboard_action = self._action("dashboard", "Ctrl+D", self.open_dashboard)
        self.problems_action = self._action("problems", "", self.open_problems)
        self.settings_action = self._action("settings", "Ctrl+,", self.open_settings)
        self.help_action = self._action("help", "F1", self.open_help)
        self.logout_action = self._action("", "", self.log_out)
        self.focus_search_action = self._action("", "Ctrl+F", self.focus_queue_search)
        self.focus_objection_action = self._action("", "Ctrl+K", self.focus_objection_search)
        self.focus_queue_action = self._action("", "Ctrl+L", self.focus_queue)
        self.save_lead_action = self._action("", "Ctrl+S", self.lead_card.save)
        self.filter_actions = [
            self._action("", f"Alt+{number}", partial(self.queue_panel.set_filter, queue_filter))
            for number, queue_filter in enumerate(QueueFilter, 1)
        ]
        self.answer_actions = [
            self._action(
                "", f"Alt+Shift+{number}", partial(self.script_panel.toggle_answer_of_first, number)
            )
            for number in range(1, 10)
        ]
        toolbar = QToolBar()
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.start_call_action, self.end_call_action):
            toolbar.addAction(action)
        toolbar.addWidget(self.timer_label)
        toolbar.addSeparator()
        for action in (
            self.sync_action,
            self.capture_action,
            self.dashboard_action,
            self.problems_action,
            self.settings_action,
            self.help_action,
            self.logout_action,
        ):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self._update_call_actions()

    def retranslate(self) -> None:
        """Set every visible string in the current language (after a language switch)."""
        title = self.tr("Salesdesk")
        if self.ws.manager_name:
            title += f" — {self.ws.manager_name}"
        self.setWindowTitle(title)
        for action, text in (
            (self.start_call_action, self.tr("Start call")),
            (self.end_call_action, self.tr("End call")),
            (self.sync_action, self.tr("Sync now")),
            (self.capture_action, self.tr("Exhibition mode")),
            (self.dashboard_action, self.tr("Dashboard")),
            (self.problems_action, self.tr("Conflicts")),
            (self.settings_action, self.tr("Settings")),
            (self.help_action, self.tr("Shortcuts")),
            (self.logout_action, self.tr("Log out")),
        ):
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        self.queue_panel.retranslate()
        self.lead_card.retranslate()
        self.script_panel.retranslate()
        self.capture_panel.retranslate()
        self.status.refresh()
        self._show_timer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.load_script()
        super().changeEvent(event)

    # --- what is shown --------------------------------------------------------------------

    def _reason_labels(self) -> dict[str, str]:
        return {reason.id: reason.label for reason in self.ws.calls.loss_reasons()}

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
        self.script_panel.show_script(self.script, values)

    def show_lead(self, lead_id: str) -> None:
        """Show a lead on the card and fill the script for it (not during a call)."""
        if self.call_started is not None and self.lead_card.lead is not None:
            if lead_id != self.lead_card.lead.id:
                self.statusBar().showMessage(self.tr("Finish the call first (F6)."), 4000)
                self.queue_panel.select_lead(self.lead_card.lead.id)
            return
        lead = self.ws.leads.lead(lead_id) if lead_id else None
        if lead is None or self.lead_card.lead is None or self.lead_card.lead.id != lead.id:
            self.script_panel.clear_marks()
        self.lead_card.show_lead(lead)
        self._fill_script()
        self._update_call_actions()

    def on_changed(self, kind: str) -> None:
        """The one change signal: every panel decides what to refresh."""
        if kind in ("outcome", "lead", "sync", "conflict", "settings"):
            self.queue_panel.refresh()
        if (
            kind in ("sync", "conflict")
            and self.lead_card.lead is not None
            and self.call_started is None
        ):
            self.lead_card.show_lead(self.ws.leads.lead(self.lead_card.lead.id), keep_note=True)
        if kind in ("sync", "settings"):
            self.load_script()
        if kind == "outcome":
            self.show_script_figures()
        dashboard = self.dashboard
        if kind in ("outcome", "sync") and dashboard is not None and dashboard.isVisible():
            dashboard.refresh()
        if kind in ("outcome", "lead"):
            self.capture_panel.update_counter()
            if self.sync is not None:
                self.sync.after_save()
        self.status.refresh()

    # --- the call flow ----------------------------------------------------------------------

    def _update_call_actions(self) -> None:
        lead = self.lead_card.lead
        can_call = lead is not None and not self.ws.leads.is_reassigned(lead.id)
        self.start_call_action.setEnabled(can_call and self.call_started is None)
        self.end_call_action.setEnabled(self.call_started is not None)

    def _show_timer(self) -> None:
        if self.call_started is None:
            self.timer_label.setText("")
            return
        seconds = self._duration()
        self.timer_label.setText(
            self.tr("On call %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}")
        )

    def _duration(self) -> int:
        if self.call_started is None:
            return 0
        end = self.call_ended or self.ws.clock()
        return max(0, int((end - self.call_started).total_seconds()))

    def start_call(self) -> bool:
        """Start a call with the current lead: dial if a dialer is set, start the timer."""
        lead = self.lead_card.lead
        if lead is None or self.call_started is not None or self.ws.leads.is_reassigned(lead.id):
            return False
        self.call_started = self.ws.clock()
        self.call_ended = None
        if self.ws.calls.settings().dialer_command and lead.phones:
            self.dial(lead.phones[0], start=False)
        self._tick.start()
        self._show_timer()
        self._update_call_actions()
        return True

    def dial(self, number: str, start: bool = True) -> None:
        """Dial a number through the desktop (tel:/sip:) or the dialer command."""
        plan = dial_plan(number, self.ws.calls.settings().dialer_command)
        try:
            if plan.command:
                run_command(plan.command)
            elif plan.uri and not QDesktopServices.openUrl(QUrl(plan.uri)):
                self.statusBar().showMessage(
                    self.tr(
                        "No program handles %1 links; set a dialer command in Settings."
                    ).replace("%1", plan.uri.split(":")[0]),
                    8000,
                )
        except OSError as exc:
            self.statusBar().showMessage(
                self.tr("The dialer could not start: %1").replace("%1", str(exc)), 8000
            )
        if start and self.call_started is None:
            self.start_call()

    def end_call(self) -> bool:
        """End the call and open the outcome form; after a save, select the next lead."""
        lead = self.lead_card.lead
        if self.call_started is None or lead is None:
            return False
        self.call_ended = self.call_ended or self.ws.clock()
        self._tick.stop()
        self._show_timer()
        dialog = OutcomeDialog(
            self.ws.calls,
            lead,
            started_at=self.call_started,
            duration_s=self._duration(),
            script=self.script,
            raised=self.script_panel.raised,
            used=self.script_panel.used,
            parent=self,
        )
        self.outcome_dialog = dialog
        dialog.exec()
        self.outcome_dialog = None
        if dialog.saved is None:
            self.statusBar().showMessage(
                self.tr("The outcome is not saved yet: press F6 to record it."), 8000
            )
            return False
        old_row = self.queue_panel.model.row_of(lead.id)
        self.call_started = self.call_ended = None
        self._show_timer()
        self.script_panel.clear_marks()
        self.statusBar().showMessage(self.tr("Saved. Next lead."), 4000)
        self.queue_panel.select_next_after(lead.id, max(old_row, 0))
        self.activateWindow()
        self.queue_panel.table.setFocus()
        self._update_call_actions()
        return True

    # --- other actions --------------------------------------------------------------------

    def focus_queue_search(self) -> None:
        """Ctrl+F: type to search the queue."""
        self.queue_panel.search.setFocus()
        self.queue_panel.search.selectAll()

    def focus_objection_search(self) -> None:
        """Ctrl+K: type to find an objection."""
        self.script_panel.search.setFocus()
        self.script_panel.search.selectAll()

    def focus_queue(self) -> None:
        """Ctrl+L: back to the queue table (arrows move between leads)."""
        self.queue_panel.table.setFocus()

    def toggle_capture(self) -> None:
        """Ctrl+E: switch between the queue and exhibition mode."""
        capture = self.pages.currentWidget() is not self.capture_page
        self.pages.setCurrentWidget(self.capture_page if capture else self.splitter)
        self.capture_action.setChecked(capture)
        if capture:
            self.capture_panel.update_counter()
            self.capture_panel.focus_first()
        else:
            self.queue_panel.table.setFocus()

    def sync_now(self) -> None:
        """Sync now (F9)."""
        if self.sync is None:
            self.login_requested()
        else:
            self.sync.auto = True
            self.sync.sync_now()

    def _sync_finished(self, summary: object) -> None:
        self.status.sync_finished(summary)  # type: ignore[arg-type]
        self.ws.bus.announce("sync")

    def _sync_failed(self, error: SyncError) -> None:
        if isinstance(error, AuthError):
            from desktop.services.account import forget_token

            forget_token(self.ws.store)
        self.status.sync_failed(error)

    def open_dashboard(self) -> DashboardDialog:
        """Show the dashboard (one window, brought to the front when already open)."""
        if self.dashboard is None:
            self.dashboard = DashboardDialog(
                self.ws.analytics,
                lambda: self.ws.calls.settings().queue_rules().manager_time_zone,
                self,
            )
        else:
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        return self.dashboard

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
                self.language_changed(dialog.saved.language)
            if self.sync is not None:
                self.sync.set_interval(dialog.saved.auto_sync_minutes * 60)

    def log_out(self) -> bool:
        """Revoke the token (off the GUI thread) and forget it; warns about unsynced work."""
        waiting = store_status(self.ws.store).pending_outbox
        if waiting:
            answer = QMessageBox.warning(
                self,
                self.tr("Changes not synced"),
                self.tr(
                    "%1 change(s) made here have not reached the server yet. They stay on this "
                    "computer and are sent after the next login. Log out anyway?"
                ).replace("%1", str(waiting)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        if self.sync is not None:
            self.sync.stop()
        self.logout_action.setEnabled(False)
        run_in_background(self, lambda: logout(self.ws.store), self._logged_out, self._logged_out)
        return True

    def _logged_out(self, message: object) -> None:
        self.logout_action.setEnabled(True)
        self.ws.manager_name = ""
        self.retranslate()
        self.status.refresh()
        self.statusBar().showMessage(str(message), 10000)

    def open_help(self) -> None:
        """F1: the shortcut sheet."""
        ShortcutsDialog(self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.call_started is not None:
            answer = QMessageBox.question(
                self,
                self.tr("A call is in progress"),
                self.tr("The outcome of the current call is not saved. Quit anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.sync is not None:
            self.sync.stop()
        event.accept()
