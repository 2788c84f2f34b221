# SPDX-License-Identifier: MIT
"""The script panel: a guided script walked node by node (GuidedCallView), or an older
script's steps, with placeholders filled; and objection handling.

Objections and answers are links: clicking (or Tab + Enter) an objection marks it raised on
this call, clicking an answer marks it used; a second click unmarks. The search box narrows
the objections as you type ("expensive" → the price objections); Enter in it marks the first
one shown as raised, and clearing the search returns to where the guided call was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.analytics import AnswerFigures
from desktop.views.guided_call_view import GuidedCallView
from desktop.views.labels import category_label, tally_text
from desktop.views.plain_text import plain_labels
from salesdesk.domain.flow import NodeKind
from salesdesk.domain.guided_call import GuidedCall
from salesdesk.domain.qualification import call_day
from salesdesk.domain.script import (
    CallScript,
    Objection,
    StepKind,
    fill_placeholders,
    search_objections,
)


class ScriptPanel(QWidget):
    """Shows a script for the current lead and remembers what was clicked during the call.

    Signals:
        marks_changed(): the raised objections or used answers changed.
    Attributes:
        raised, used: IDs of the objections marked raised and answers marked used.
    """

    marks_changed = Signal()
    walk_changed = Signal()

    def __init__(self, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__()
        self.clock = clock
        self.script: CallScript | None = None
        self.walk: GuidedCall | None = None
        self._walk_raised: set[str] = set()  # objections raised by passing their node
        self.values: dict[str, str] = {}
        self.raised: set[str] = set()
        self.used: set[str] = set()
        self.figures: dict[str, AnswerFigures] = {}
        self.category_labels: dict[str, dict[str, str]] = {}  # the server's, per language
        self.title = QLabel()
        plain_labels(self.title)  # the script's name comes from the server: text, not markup
        self.title.setStyleSheet("font-weight: 600;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.redraw())
        self.search.returnPressed.connect(self._mark_first_found)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.browser.anchorClicked.connect(self._clicked)
        self.guided = GuidedCallView(lambda: call_day(self.clock()))
        self.guided.figures = self.figures_text
        self.guided.walked.connect(self._walked)
        self.guided.answer_marked.connect(self.toggle_answer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.guided, 1)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.search.setPlaceholderText(self.tr("Find an objection: “expensive”, “later”… (Ctrl+K)"))
        self.redraw()

    def show_script(self, script: CallScript | None, values: dict[str, str]) -> None:
        """Show a script filled for a lead (None: no script synced yet); a guided one from
        its start unless its walk is under way (a new version keeps the walk where it fits)."""
        if script is None or not script.guided:
            self.walk = None
        elif self.walk is None:
            self.walk = GuidedCall.begin(script)
        elif self.walk.script != script:
            # a new version arrived mid-call: the walk goes on as far as it still fits
            self.walk = GuidedCall.resume(script, self.walk.path, self.walk.given)
        self.script = script
        self.values = values
        self.redraw()

    def resume_walk(self, path: tuple[str, ...], answers: dict[str, Any]) -> None:
        """Back to where a guided call kept in a draft was, with its answers."""
        if self.script is not None and self.script.guided:
            self.walk = GuidedCall.resume(self.script, path, answers)
            self._walked_to(self.walk)

    def answers(self) -> dict[str, Any]:
        """The guided call's answers on the path taken ({} when the script is not guided)."""
        return self.walk.answers if self.walk is not None else {}

    def _walked(self) -> None:
        if self.guided.call is not None:
            self._walked_to(self.guided.call)
            self.walk_changed.emit()

    def _walked_to(self, walk: GuidedCall) -> None:
        """The objections on the path count as raised (and stop counting when stepped back
        past); marks made by hand stay."""
        self.walk = walk
        on_path = {
            n.objection
            for n in (walk.script.node(i) for i in walk.path)
            if n is not None and n.kind is NodeKind.OBJECTION
        }
        dropped = self._walk_raised - on_path
        self.raised -= dropped
        self.raised |= on_path
        self._walk_raised = on_path
        self.redraw()
        self.marks_changed.emit()

    def show_figures(self, figures: dict[str, AnswerFigures]) -> None:
        """Win rates by objection and answer ID and by guided-call choice (see
        AnalyticsService.answer_figures)."""
        self.figures = figures
        self.guided.refresh_figures()
        self.redraw()

    def figures_text(self, item_id: str) -> str:
        """ "you: wins 40% · 12 calls · team: wins 34% · 120 calls" for an objection or answer
        ("" when nobody has used it yet)."""
        found = self.figures.get(item_id)
        if found is None:
            return ""
        parts = []
        if found.mine.calls:
            parts.append(tally_text(self.tr("you"), found.mine))
        if found.team is not None and found.team.calls:
            parts.append(tally_text(self.tr("team"), found.team))
        return " · ".join(parts)

    def _figures_html(self, item_id: str) -> str:
        text = self.figures_text(item_id)
        return f' <span style="color:gray;font-size:small">({escape(text)})</span>' if text else ""

    def start_over(self) -> None:
        """Another lead: no search, nothing marked, the script from its opening."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if self.script is not None and self.script.guided:
            self.walk = GuidedCall.begin(self.script)
        self._walk_raised = set()
        self.clear_marks()
        self.browser.verticalScrollBar().setValue(0)

    def clear_marks(self) -> None:
        """Forget what was clicked (a new call or another lead)."""
        self.raised.clear()
        self.used.clear()
        self.redraw()
        self.marks_changed.emit()

    def toggle_objection(self, objection_id: str) -> None:
        """Mark an objection raised, or unmark it."""
        self.raised.symmetric_difference_update({objection_id})
        self.redraw()
        self.marks_changed.emit()

    def toggle_answer(self, answer_id: str) -> None:
        """Mark an answer used (its objection counts as raised), or unmark it."""
        self.used.symmetric_difference_update({answer_id})
        if answer_id in self.used and self.script is not None:
            for objection in self.script.objections:
                if any(a.id == answer_id for a in objection.answers):
                    self.raised.add(objection.id)
        self.redraw()
        self.marks_changed.emit()

    def _clicked(self, url: QUrl) -> None:
        kind, _, target = url.toString().partition(":")
        if kind == "objection":
            self.toggle_objection(target)
        elif kind == "answer":
            self.toggle_answer(target)

    def _first_found(self) -> Objection | None:
        if self.script is None:
            return None
        found = search_objections(self.script, self.search.text())
        return found[0] if found else None

    def _mark_first_found(self) -> None:
        first = self._first_found()
        if first is not None and first.id not in self.raised:
            self.toggle_objection(first.id)

    def toggle_answer_of_first(self, number: int) -> None:
        """Mark answer ``number`` (from 1) of the first objection shown (Alt+Shift+number)."""
        first = self._first_found()
        if first is not None and 0 < number <= len(first.answers):
            self.toggle_answer(first.answers[number - 1].id)

    def _fill(self, text: str) -> str:
        return escape(fill_placeholders(text, self.values)).replace("\n", "<br>")

    def redraw(self) -> None:
        """Draw the script (keeps the scroll position): the guided call's node, or the
        objections found, or an older script's steps."""
        guided = self.walk is not None and not self.search.text().strip()
        self.guided.setVisible(guided)
        self.browser.setVisible(not guided)
        if guided:
            self.title.setText(
                f"{self.script.name} · v{self.script.version}" if self.script else ""
            )
            self.guided.used = self.used
            self.guided.show_call(self.walk, self.values)
            return
        if self.script is None:
            self.title.setText(self.tr("No call script yet"))
            self.browser.setHtml(
                "<p>" + escape(self.tr("The script arrives with the next sync.")) + "</p>"
            )
            return
        script = self.script
        self.title.setText(f"{script.name} · v{script.version}")
        position = self.browser.verticalScrollBar().value()
        parts: list[str] = []
        query = self.search.text().strip()
        if not query:
            for kind, heading in (
                (StepKind.OPENING, self.tr("Opening")),
                (StepKind.QUALIFICATION, self.tr("Qualification")),
            ):
                parts.append(self._steps_html(heading, script, kind))
        objections = search_objections(script, query)
        heading = self.tr("Objections")
        nothing = self.tr("No objection matches.")
        parts.append(f"<h3>{escape(heading)}</h3>")
        if not objections:
            parts.append(f"<p><i>{escape(nothing)}</i></p>")
        for objection in objections:
            mark = "✔ " if objection.id in self.raised else ""
            style = "font-weight:600;" + ("color:#2e7d32;" if mark else "")
            parts.append(
                f'<p style="margin-bottom:2px"><a href="objection:{escape(objection.id)}" '
                f'style="{style}">{mark}{escape(objection.title)}</a> '
                f'<span style="color:gray">· {escape(self._category(objection))}'
                f"</span>{self._figures_html(objection.id)}</p>"
            )
            parts.append(
                f'<p style="margin:0 0 2px 12px">'
                f"<i>{self._fill(objection.clarifying_question)}</i></p>"
            )
            for number, answer in enumerate(objection.answers, 1):
                used = answer.id in self.used
                colour = "color:#2e7d32;font-weight:600;" if used else ""
                parts.append(
                    f'<p style="margin:0 0 2px 12px"><a href="answer:{escape(answer.id)}" '
                    f'style="{colour}">{"✔" if used else number}.</a> {self._fill(answer.text)}'
                    f"{self._figures_html(answer.id)}</p>"
                )
            if objection.next_step:
                parts.append(
                    f'<p style="margin:0 0 8px 12px;color:gray">'
                    f"→ {self._fill(objection.next_step)}</p>"
                )
        if not query:
            parts.append(self._steps_html(self.tr("Closing"), script, StepKind.CLOSING))
        self.browser.setHtml("".join(parts))
        self.browser.verticalScrollBar().setValue(position)

    def _category(self, objection: Objection) -> str:
        return category_label(objection.category, self.category_labels.get(objection.category))

    def _steps_html(self, heading: str, script: CallScript, kind: StepKind) -> str:
        html = [f"<h3>{escape(heading)}</h3>"]
        for step in script.steps_of(kind):
            html.append(f"<p><b>{escape(step.title)}</b><br>{self._fill(step.text)}</p>")
        return "".join(html)
