# SPDX-License-Identifier: MIT
"""Finding 3 of the trust probe: text from data is never interpreted as markup.

A lead named ``<img src="file:///…">`` loaded a local file, ``<a href=…>`` showed as a link
and a heading drew "URGENT: call +1-900…". Hostile values go into every field a view shows
(lead, catalog, script, server message); every label and tooltip of every view is then read
back: where a marker appears, the widget must show it as text.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.store.leads import insert_lead
from desktop.sync.errors import RequestRejected
from desktop.views.main_window import MainWindow
from desktop.views.outcome_dialog import OutcomeDialog
from desktop.views.who_is_calling import WhoIsCallingDialog
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.script import ScriptStep, StepKind
from salesdesk.domain.vocabulary import Temperature
from tests.conftest import NOW

IMAGE = '<img src="file:///etc/hostname">'
LINK = '<a href="https://evil.example/">Click me</a>'
HEADING = "<h1>URGENT: call +1-900-555-0100</h1>"
MARKERS = ("<img", "<a href", "<h1")


def rich(text: str, text_format: Qt.TextFormat) -> bool:
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )


def interpreted(widget: QWidget) -> list[str]:
    """Every label or tooltip under ``widget`` that would render a marker as markup."""
    found = []
    widgets = [widget, *widget.findChildren(QWidget)]
    for each in widgets:
        text = each.text() if isinstance(each, QLabel) else ""
        if any(m in text for m in MARKERS) and rich(text, each.textFormat()):  # type: ignore[attr-defined]
            found.append(f"label {each.objectName() or type(each).__name__}: {each.text()}")
        tip = each.toolTip()
        if any(m in tip for m in MARKERS) and GuiQt.mightBeRichText(tip):
            found.append(f"tooltip of {each.objectName() or type(each).__name__}: {tip}")
    return found


def model_tooltips(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    found = []
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            tip = model.data(model.index(row, column, parent), Qt.ItemDataRole.ToolTipRole)
            hostile = isinstance(tip, str) and any(m in tip for m in MARKERS)
            if hostile and GuiQt.mightBeRichText(tip):
                found.append(f"cell tooltip ({row}, {column}): {tip}")
    return found


def add_hostile_lead(window: MainWindow) -> str:
    lead = create_lead(
        LeadDraft(first_name=IMAGE, last_name=LINK, company=HEADING, job_title=IMAGE,
                  phones=["+49 30 901820"], emails=["x@example.com"], need=HEADING,
                  temperature=Temperature.HOT),
        now=NOW - timedelta(minutes=5), default_region="DE", lead_id="lead-hostile",
    )  # fmt: skip
    with window.ws.store.write() as session:
        insert_lead(session, lead)
    window.queue_panel.refresh()
    return lead.id


def test_hostile_names_are_shown_as_text_in_every_view(qtbot: QtBot, window: MainWindow) -> None:
    lead_id = add_hostile_lead(window)
    assert window.queue_panel.select_lead(lead_id)
    problems = interpreted(window) + model_tooltips(window.queue_panel.model)
    # the outcome form names the lead
    lead = window.ws.leads.lead(lead_id)
    assert lead is not None
    form = OutcomeDialog(window.ws.calls, lead, started_at=NOW, duration_s=60)
    qtbot.addWidget(form)
    problems += interpreted(form)
    # the stand offers the known lead of a typed number
    window.toggle_capture()
    panel = window.capture_panel.ui
    panel.eventEdit.setText("Expo")
    panel.nameEdit.setText("Petra Keller")
    panel.phoneEdit.setText("+49 30 901820")
    window.capture_panel.save()
    assert panel.matchFrame.isVisibleTo(window)
    problems += interpreted(window.capture_panel)
    window.toggle_capture()
    # who is calling lists it
    who = WhoIsCallingDialog(window.ws.leads)
    qtbot.addWidget(who)
    who.look_up("+49 30 901820")
    problems += interpreted(who)
    # a script's name and step titles come from the server
    panel_script = window.script_panel.script
    assert panel_script is not None
    linear = replace(
        panel_script,
        name=IMAGE,
        nodes=(),
        steps=(ScriptStep("s1", StepKind.OPENING, HEADING, HEADING),),
    )
    window.script_panel.show_script(linear, {})
    problems += interpreted(window.script_panel)
    shown = window.script_panel.browser.toPlainText()
    assert HEADING in shown  # shown as the text it is
    # a guided script's node titles, texts and choices too
    nodes = tuple(
        replace(n, title=HEADING, text=HEADING,
                choices=tuple(replace(c, label=HEADING) for c in n.choices))
        for n in panel_script.nodes
    )  # fmt: skip
    window.script_panel.show_script(replace(panel_script, name=IMAGE, nodes=nodes), {})
    guided = window.script_panel.guided
    assert guided.heading.text() == HEADING and guided.text.text() == HEADING
    guided.primary()  # on to a question: its choices and the path carry the titles
    assert HEADING in guided.choice_buttons[0].text()
    problems += interpreted(window.script_panel)
    # a server's error detail reaches the status bar
    window.status.sync_failed(RequestRejected(f"the server refused the request (400): {HEADING}"))
    problems += interpreted(window)
    assert problems == [], "\n".join(problems)
    QApplication.processEvents()


def test_the_search_box_takes_any_character(qtbot: QtBot, window: MainWindow) -> None:
    """Found by the trust probe: a NUL typed or pasted into the search raised inside the Qt
    slot and the list stayed as it was. Now the list follows the words around it."""
    panel = window.queue_panel
    before = panel.model.rowCount()
    assert before > 1
    name = panel.model.index(0, 0).data()
    word = str(name).split()[0]
    for odd in ["\x00", "\x01", "\x1b", "\x7f", "\ud800"]:
        panel.search.setText(f"{word}{odd}")
        assert 0 < panel.model.rowCount() < before, repr(odd)
        panel.search.clear()
        assert panel.model.rowCount() == before
