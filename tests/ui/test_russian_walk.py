# SPDX-License-Identifier: MIT
"""A walk through every window and dialog in Russian, in each main state, failing on any
visible text that is one of the app's English source strings or a core error's English
sentence (found by a new user: "a lost lead needs a loss reason" on a Russian screen)."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.services.calls import CallService
from desktop.services.leads import LeadService
from desktop.store.models import ConflictRow, DeadLetterRow, ScriptRow
from desktop.views.dashboard import DashboardDialog
from desktop.views.i18n import install_language
from desktop.views.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.outcome_dialog import OutcomeDialog
from desktop.views.problems_dialog import ProblemsDialog
from desktop.views.settings_dialog import SettingsDialog
from desktop.views.shortcuts_dialog import ShortcutsDialog
from desktop.views.who_is_calling import WhoIsCallingDialog
from salesdesk.domain.vocabulary import Disposition, Result
from salesdesk.protocol.models import ScriptData
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]
# the same in both languages by nature: names, formats, numbers
SAME_IN_BOTH = re.compile(r"^(Salesdesk|CSV.*|HH:mm|https?://.*|[\d\s%:./·+\-–()…]*)$")


def english_sources() -> set[str]:
    """The app's English texts that Russian says otherwise (accelerators removed)."""
    tree = ElementTree.parse(ROOT / "resources" / "translations" / "salesdesk_ru.ts")
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        texts = [t.text or "" for t in message.iter("numerusform")]
        texts.append(message.findtext("translation") or "")
        if source not in texts and not SAME_IN_BOTH.match(source):
            found.add(source.replace("&", "").strip())
    return found


def core_error_sentences() -> set[str]:
    """The English sentences the core's validation errors carry (never to be shown)."""
    found = set()
    for path in (ROOT / "salesdesk" / "domain").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "ValidationError"
                and node.args
            ):
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
                elif isinstance(first, ast.JoinedStr):  # an f-string: its fixed words
                    found.update(
                        part.value.strip()
                        for part in first.values
                        if isinstance(part, ast.Constant) and len(part.value.strip()) > 12
                    )
                elif isinstance(first, ast.Name):
                    found.add(first.id)  # a named constant: looked up below
    names = {}
    for path in (ROOT / "salesdesk" / "domain").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
                for target in node.targets:
                    if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                        names[target.id] = node.value.value
    return {names.get(text, text) for text in found if names.get(text, text)}


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&", "").strip()


def _model_texts(model: QAbstractItemModel, rows: int = 30) -> Iterator[str]:
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's own model: one column
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(rows, model.rowCount(root))):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield value


def visible_texts(top: QWidget) -> list[str]:
    """What a person can read in a window: labels, buttons, placeholders, choices, tabs,
    titles, list and table cells, tooltips and the actions' texts."""
    texts = [top.windowTitle(), top.toolTip()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) and widget is not top:
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(_model_texts(widget.model()))
        texts += [action.text() for action in widget.actions()]
    return [_plain(t) for t in texts if t and _plain(t)]


class Walk:
    """Collects what was English on a Russian screen, per place."""

    def __init__(self) -> None:
        self.english = english_sources()
        self.errors = core_error_sentences()
        self.found: list[str] = []
        self.places = 0

    def look(self, place: str, top: QWidget) -> None:
        QApplication.processEvents()
        self.places += 1
        for text in visible_texts(top):
            for line in text.splitlines():
                line = line.strip()
                if line in self.english:
                    self.found.append(f"{place}: {line!r}")
                self.found += [f"{place}: core error {e!r}" for e in self.errors if e in line]


@pytest.fixture
def russian() -> Iterator[None]:
    app = QApplication.instance()
    assert install_language(app, "ru")  # type: ignore[arg-type]
    yield
    install_language(app, "en")  # type: ignore[arg-type]


def test_the_sources_give_the_walk_something_to_find() -> None:
    """The walk can fail: English screens are full of the texts it looks for."""
    english, errors = english_sources(), core_error_sentences()
    assert {"Start call", "Loss reasons", "Callback due"} <= english
    assert "a lead needs a phone or an email" in errors and len(errors) > 15


def test_english_on_an_english_screen_is_found(qtbot: QtBot, window: MainWindow) -> None:
    walk = Walk()
    walk.look("main window (English)", window)
    assert any("Start call" in found for found in walk.found)


def test_every_window_speaks_russian(
    qtbot: QtBot, window: MainWindow, russian: None, tmp_path: Path
) -> None:
    walk = Walk()
    # as a Russian manager has it: the Russian script, Russian chosen in the settings
    script = yaml.safe_load((ROOT / "server" / "content" / "script.ru.yaml").read_text("utf-8"))
    data = ScriptData.model_validate({**script, "version": 1})
    with window.ws.store.write() as session:
        session.add(ScriptRow(id=data.id, name=data.name, version=1, language="ru",
                              data=data.model_dump(mode="json")))  # fmt: skip
    settings_now = window.ws.preferences.load()
    window.ws.preferences.save(replace(settings_now, language="ru"))
    window.load_script()
    window.retranslate()
    window.resize(1366, 768)
    walk.look("queue and lead card", window)
    # a call in progress, then the outcome form with each of its errors
    window.start_call()
    walk.look("call in progress", window)
    window.call.reset()
    window._update_call_actions()
    calls: CallService = window.ws.calls
    lead = LeadService(calls.store).lead("lead-anna")
    assert lead is not None
    form = OutcomeDialog(
        calls, lead, started_at=NOW - timedelta(minutes=3), duration_s=200,
        script=calls.script("ru"),
    )  # type: ignore[arg-type]  # fmt: skip
    qtbot.addWidget(form)
    form.show()
    walk.look("outcome form", form)
    form.save()  # nothing chosen
    walk.look("outcome: no disposition", form)
    for disposition, result, reason in [
        (Disposition.CONNECTED, None, None),
        (Disposition.CONNECTED, Result.LOST, None),
        (Disposition.CONNECTED, Result.LOST, "chose_competitor"),
        (Disposition.NO_ANSWER, Result.QUALIFIED, None),
    ]:
        form.ui.dispositionCombo.setCurrentIndex(form.ui.dispositionCombo.findData(disposition))
        form.ui.resultCombo.setCurrentIndex(form.ui.resultCombo.findData(result))
        if reason:
            form.ui.lossReasonCombo.setCurrentIndex(form.ui.lossReasonCombo.findData(reason))
        form.save()
        assert form.saved is None
        walk.look(f"outcome: {disposition} / {result} / {reason}", form)
    form.reject()
    # the stand with each of its errors
    window.toggle_capture()
    panel = window.capture_panel
    walk.look("stand", window)
    for event, phone, email in [("", "", ""), ("Expo", "", ""), ("Expo", "12", "x@")]:
        panel.ui.eventEdit.setText(event)
        panel.ui.nameEdit.setText("Иван Петров")
        panel.ui.phoneEdit.setText(phone)
        panel.ui.emailEdit.setText(email)
        panel.save()
        walk.look(f"stand: event={event!r} phone={phone!r} email={email!r}", window)
    window.toggle_capture()
    # the dashboard, settings with errors, conflicts, the shortcut sheet, who is calling
    dashboard = DashboardDialog(window.ws.analytics, lambda: "Europe/Berlin")
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=10_000)
    walk.look("dashboard", dashboard)
    settings = SettingsDialog(window.ws.preferences)
    qtbot.addWidget(settings)
    settings.show()
    walk.look("settings", settings)
    settings.ui.serverEdit.setText("ftp://x")
    settings.ui.regionCombo.setEditText("XX")
    settings.ui.timeZoneCombo.setEditText("Mars/Olympus")
    settings.ui.dialerEdit.setText("dial")
    settings.ui.callingStartEdit.setTime(settings.ui.callingEndEdit.time())
    settings.save()
    walk.look("settings with errors", settings)
    with window.ws.store.write() as session:
        session.add(ConflictRow(mutation_id="m-1", lead_id="lead-warm", field="job_title",
                                local_value="CEO", server_value="CTO", server_version=2,
                                created_at=NOW))  # fmt: skip
        session.add(DeadLetterRow(mutation_id="m-2", client_seq=7, type="lead.create",
                                  entity_id="lead-x", base_version=None, payload={},
                                  reason="a lead needs a phone or an email", code="no_contact",
                                  created_at=NOW))  # fmt: skip
    problems = ProblemsDialog(window.ws.problems)
    qtbot.addWidget(problems)
    problems.show()
    for tab in range(problems.tabs.count()):
        problems.tabs.setCurrentIndex(tab)
        walk.look(f"conflicts tab {tab}", problems)
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    walk.look("shortcut sheet", sheet)
    who = WhoIsCallingDialog(window.ws.leads)
    qtbot.addWidget(who)
    who.show()
    walk.look("who is calling", who)
    # the login dialog and its errors
    login = LoginDialog(window.ws.store)
    qtbot.addWidget(login)
    login.show()
    walk.look("login", login)
    for server, user, password in [("ftp://x", "", ""), ("https://s.example", "", ""),
                                   ("https://s.example", "anna", "")]:  # fmt: skip
        login.ui.serverEdit.setText(server)
        login.ui.usernameEdit.setText(user)
        login.ui.passwordEdit.setText(password)
        login.submit()
        walk.look(f"login: {server!r} {user!r}", login)
    window.status.refresh()
    walk.look("main window at the end", window)
    assert walk.places >= 25
    assert walk.found == []
