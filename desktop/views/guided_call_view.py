# SPDX-License-Identifier: MIT
"""The guided call: one node of the script graph at a time, its answer controls, and the
path taken as a row of steps that can be gone back to.

Keyboard first: number keys pick a choice (tick one of several, then Enter), a month
question offers "this month … in a year" on 1–6, Enter answers what is typed or goes on
past a text or an objection, Alt+Left steps back. An objection node lists its answers:
number keys mark one used.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.answer_text import CURRENCY_SIGNS, answer_text, yes_no_text
from desktop.views.i18n import fill, ui_language
from desktop.views.labels import result_label
from desktop.views.plain_text import plain_labels, plain_tip
from salesdesk.domain.flow import (
    AnswerError,
    AnswerKind,
    Node,
    NodeKind,
    months_after,
    yes_no_choices,
)
from salesdesk.domain.guided_call import GuidedCall
from salesdesk.domain.script import fill_placeholders

#: How many steps of the path are shown before the current one.
CRUMBS = 5
#: A month question's quick answers: months from now, on keys 1–6.
QUICK_MONTHS = (0, 1, 2, 3, 6, 12)


class GuidedCallView(QWidget):
    """Walks a GuidedCall; ``walked`` after every step (answered, went on, stepped back).

    Signals:
        walked(): ``call`` changed.
        answer_marked(str): an objection's answer was picked with its number key.
    """

    walked = Signal()
    answer_marked = Signal(str)

    def __init__(self, today: Callable[[], date]) -> None:
        super().__init__()
        self.today = today
        self.call: GuidedCall | None = None
        self.values: dict[str, str] = {}
        self.used: set[str] = set()
        #: what the lead answered on its latest guided call, by question ID
        self.earlier: dict[str, Any] = {}
        #: win rates of an answer or a choice ("question=choice"), "" when none yet
        self.figures: Callable[[str], str] = lambda _key: ""
        self._figured: list[tuple[QPushButton, str, str]] = []
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.crumbs = QHBoxLayout()
        self.crumbs.setSpacing(2)
        self.back_button = QToolButton()
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.clicked.connect(self.back)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.text = QLabel()
        self.detail = QLabel()
        self.detail.setStyleSheet("color: gray;")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        for label in (self.heading, self.text, self.detail, self.problem):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_labels(self.heading, self.text, self.detail, self.problem)
        self.controls = QVBoxLayout()
        self.controls.setSpacing(4)
        self.control_widgets: list[QWidget] = []
        self.input: QLineEdit | QDateEdit | None = None
        self.currency: QComboBox | None = None
        self.choice_buttons: list[QPushButton] = []
        self.go_on_button = QPushButton()
        self.go_on_button.clicked.connect(self.primary)
        self.skip_button = QPushButton()
        self.skip_button.setFlat(True)
        self.skip_button.clicked.connect(self.skip)
        row = QHBoxLayout()
        row.addWidget(self.go_on_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        crumbs = QWidget()  # as wide as the panel allows: the path never widens the panel
        crumbs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        crumbs.setLayout(self.crumbs)
        self.crumbs.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(crumbs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addWidget(self.detail)
        layout.addLayout(self.controls)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.pick(n))
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.primary)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back)
        self.crumb_buttons: list[QToolButton] = []

    # -- what is shown ------------------------------------------------------------------

    def show_call(self, call: GuidedCall | None, values: dict[str, str]) -> None:
        """Show the call at its node (None: nothing to walk). The same call again only
        refreshes the marks, so what is being typed stays."""
        if (
            call is not None
            and call is self.call
            and values == self.values
            and self.control_widgets
        ):
            self._refresh_marks()
            return
        self.call = call
        self.values = values
        self.redraw()

    def _refresh_marks(self) -> None:
        call = self.call
        if call is None or call.node.kind is not NodeKind.OBJECTION:
            return
        objection = call.script.objection(call.node.objection)
        if objection is not None:
            for button, answer in zip(self.choice_buttons, objection.answers, strict=False):
                button.setChecked(answer.id in self.used)

    def _fill(self, text: str) -> str:
        return fill_placeholders(text, self.values)

    def redraw(self) -> None:
        """Draw the current node, its controls and the path."""
        self._clear_controls()
        self.problem.clear()
        self.problem.setVisible(False)
        call = self.call
        if call is None:
            self.heading.clear()
            self.text.clear()
            self.detail.clear()
            self.go_on_button.setVisible(False)
            self.skip_button.setVisible(False)
            return
        node = call.node
        self._draw_crumbs(call)
        self.back_button.setEnabled(len(call.path) > 1)
        self.back_button.setToolTip(self.tr("Back a step (Alt+Left)"))
        self.detail.clear()
        self.go_on_button.setVisible(True)
        self.skip_button.setVisible(False)
        if node.kind is NodeKind.OBJECTION:
            self._draw_objection(node)
        else:
            self.heading.setText(self._fill(node.title) if node.title else "")
            self.text.setText(self._fill(node.text))
        if node.kind is NodeKind.ASK:
            self._draw_question(node)
        elif node.kind is NodeKind.END:
            self.go_on_button.setVisible(False)
            if node.result is not None:
                self.detail.setText(
                    fill(
                        self.tr("The script ends here: %1. Hang up (F6) to record the outcome."),
                        result_label(node.result),
                    )
                )
        else:
            self.go_on_button.setText(self.tr("Go on (Enter)"))
        self.heading.setVisible(bool(self.heading.text()))
        self.text.setVisible(bool(self.text.text()))
        self.detail.setVisible(bool(self.detail.text()))

    def _draw_crumbs(self, call: GuidedCall) -> None:
        while self.crumbs.count():
            item = self.crumbs.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.crumb_buttons = []
        start = max(0, len(call.path) - 1 - CRUMBS)
        if start:
            self.crumb_buttons.append(self._crumb("…", start - 1))
        for index in range(start, len(call.path)):
            node = call.script.node(call.path[index])
            if node is None:
                continue
            title = self._crumb_title(node)
            button = self._crumb(title, index)
            if index == len(call.path) - 1:
                button.setEnabled(False)
                button.setStyleSheet("font-weight: 600;")
            self.crumb_buttons.append(button)
        for button in self.crumb_buttons:
            self.crumbs.addWidget(button)
        self.crumbs.addStretch(1)

    def _crumb_title(self, node: Node) -> str:
        if node.kind is NodeKind.OBJECTION and self.call is not None:
            objection = self.call.script.objection(node.objection)
            return objection.title if objection else node.id
        return node.title or node.id  # elided by the button when the panel is narrow

    def _crumb(self, text: str, index: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolTip(plain_tip(fill(self.tr("Back to “%1”"), text)))
        button.clicked.connect(lambda _checked=False, at=index: self.back_to(at))
        return button

    def _draw_objection(self, node: Node) -> None:
        assert self.call is not None
        objection = self.call.script.objection(node.objection)
        if objection is None:
            return
        self.heading.setText(fill(self.tr("Objection: %1"), objection.title))
        self.text.setText(self._fill(objection.clarifying_question))
        for number, answer in enumerate(objection.answers, 1):
            button = self._button(f"{number}  {self._fill(answer.text)}", answer.id)
            button.setCheckable(True)
            button.setChecked(answer.id in self.used)
            button.clicked.connect(lambda _c=False, a=answer.id: self.answer_marked.emit(a))
            self.choice_buttons.append(button)
        if objection.next_step:
            self.detail.setText("→ " + self._fill(objection.next_step))

    def _draw_question(self, node: Node) -> None:
        assert self.call is not None
        given = self.call.given.get(node.id)
        kind = node.answer
        self.go_on_button.setText(self.tr("Answer (Enter)"))
        if node.id in self.earlier:
            self.detail.setText(
                fill(self.tr("Last time: %1"), answer_text(node, self.earlier[node.id]))
            )
        if kind in (AnswerKind.CHOICE, AnswerKind.YES_NO, AnswerKind.CHOICES):
            choices = yes_no_choices(node) if kind is AnswerKind.YES_NO else node.choices
            for number, choice in enumerate(choices, 1):
                label = choice.label
                if kind is AnswerKind.YES_NO and not node.choices:
                    label = yes_no_text(choice.id == "yes")
                button = self._button(f"{number}  {label}", f"{node.id}={choice.id}")
                if kind is AnswerKind.CHOICES:
                    button.setCheckable(True)
                    button.setChecked(isinstance(given, list) and choice.id in given)
                else:
                    chosen = given if kind is AnswerKind.CHOICE else ("yes" if given else "no")
                    if given is not None and chosen == choice.id:
                        button.setStyleSheet("font-weight: 600;")
                    button.clicked.connect(lambda _c=False, n=number: self.pick(n))
                self.choice_buttons.append(button)
            self.go_on_button.setVisible(kind is AnswerKind.CHOICES)
        elif kind in (AnswerKind.NUMBER, AnswerKind.MONEY, AnswerKind.TEXT):
            self._draw_typed(node, given)
        elif kind in (AnswerKind.MONTH, AnswerKind.DATE):
            self._draw_when(node, given)
        if self.call.can_go_on(self.today()):
            self.skip_button.setText(self.tr("Not asked — go on"))
            self.skip_button.setVisible(True)

    def _draw_typed(self, node: Node, given: Any) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.returnPressed.connect(self.primary)
        line.addWidget(edit, 1)
        locale = QLocale(ui_language())
        if node.answer is AnswerKind.NUMBER:
            edit.setPlaceholderText(self.tr("a number"))
            if given is not None:
                edit.setText(
                    locale.toString(float(given), "f", 0 if float(given).is_integer() else 2)
                )
            unit = QLabel(node.unit)
            plain_labels(unit)
            line.addWidget(unit)
        elif node.answer is AnswerKind.MONEY:
            edit.setPlaceholderText(self.tr("an amount"))
            self.currency = QComboBox()
            codes = list(dict.fromkeys([node.currency, *CURRENCY_SIGNS]))
            for code in codes:
                self.currency.addItem(code, code)
            if isinstance(given, dict):
                amount = float(given["amount"])
                edit.setText(locale.toString(amount, "f", 0 if amount.is_integer() else 2))
                self.currency.setCurrentIndex(max(0, self.currency.findData(given["currency"])))
            line.addWidget(self.currency)
        else:
            edit.setMaxLength(2000)
            if isinstance(given, str):
                edit.setText(given)
        self.input = edit
        self._add(row)
        edit.setFocus()

    def _draw_when(self, node: Node, given: Any) -> None:
        today = self.today()
        if node.answer is AnswerKind.MONTH:
            for number, months in enumerate(QUICK_MONTHS, 1):
                day = months_after(today.replace(day=1), months)
                text = answer_text(node, f"{day.year:04d}-{day.month:02d}")
                button = self._button(f"{number}  {text}")
                button.clicked.connect(lambda _c=False, n=number: self.pick(n))
                self.choice_buttons.append(button)
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("MM.yyyy" if node.answer is AnswerKind.MONTH else "dd.MM.yyyy")
        shown = today
        if isinstance(given, str):
            shown = date.fromisoformat(given + "-01" if len(given) == 7 else given)
        edit.setDate(QDate(shown.year, shown.month, shown.day))
        edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.input = edit
        self._add(edit)

    def _button(self, text: str, figured: str = "") -> QPushButton:
        button = QPushButton(text)
        if figured:
            self._figured.append((button, figured, text))
            self._show_figure(button, figured, text)
        button.setStyleSheet("text-align: left; padding: 3px 8px;")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._add(button)
        return button

    def _show_figure(self, button: QPushButton, key: str, text: str) -> None:
        figure = self.figures(key)
        button.setText(f"{text}   ({figure})" if figure else text)

    def refresh_figures(self) -> None:
        """The win rates beside the choices and answers shown, as they are now."""
        for button, key, text in self._figured:
            self._show_figure(button, key, text)

    def _add(self, widget: QWidget) -> None:
        self.controls.addWidget(widget)
        self.control_widgets.append(widget)

    def _clear_controls(self) -> None:
        for widget in self.control_widgets:
            widget.hide()  # at once: a deferred delete stays painted until the loop turns
            widget.deleteLater()
        self.control_widgets = []
        self.choice_buttons = []
        self._figured = []
        self.input = None
        self.currency = None

    # -- what the keys do ---------------------------------------------------------------

    def pick(self, number: int) -> None:
        """Number key ``number``: a choice, a quick month, or an objection's answer."""
        call = self.call
        if call is None or number > len(self.choice_buttons):
            return
        node = call.node
        if node.kind is NodeKind.OBJECTION:
            objection = call.script.objection(node.objection)
            if objection is not None:
                self.answer_marked.emit(objection.answers[number - 1].id)
            return
        if node.kind is not NodeKind.ASK:
            return
        if node.answer is AnswerKind.CHOICES:
            button = self.choice_buttons[number - 1]
            button.setChecked(not button.isChecked())
            return
        if node.answer is AnswerKind.CHOICE:
            self._answer(node.choices[number - 1].id)
        elif node.answer is AnswerKind.YES_NO:
            self._answer(yes_no_choices(node)[number - 1].id == "yes")
        elif node.answer is AnswerKind.MONTH:
            day = months_after(self.today().replace(day=1), QUICK_MONTHS[number - 1])
            self._answer(f"{day.year:04d}-{day.month:02d}")

    def primary(self) -> None:
        """Enter: answer what is typed or ticked, or go on past a text or an objection."""
        call = self.call
        if call is None:
            return
        node = call.node
        if node.kind is NodeKind.END:
            return
        if node.kind is not NodeKind.ASK:
            self._move(call.go_on(self.today()))
            return
        value = self._typed(node)
        if value is not None:
            self._answer(value)

    def _typed(self, node: Node) -> Any:
        kind = node.answer
        if kind is AnswerKind.CHOICES:
            pairs = zip(node.choices, self.choice_buttons, strict=False)
            chosen = [c.id for c, b in pairs if b.isChecked()]
            if not chosen:
                self._missing()
            return chosen or None
        if isinstance(self.input, QDateEdit):
            day = self.input.date()
            if kind is AnswerKind.MONTH:
                return f"{day.year():04d}-{day.month():02d}"
            return f"{day.year():04d}-{day.month():02d}-{day.day():02d}"
        text = self.input.text().strip() if isinstance(self.input, QLineEdit) else ""
        if not text:
            self._missing()
            return None
        if kind is AnswerKind.TEXT:
            return text
        locale = QLocale(ui_language())
        number, ok = locale.toDouble(text.replace(" ", "").replace("\u00a0", ""))
        if not ok:
            number, ok = QLocale.c().toDouble(text.replace(" ", ""))
        if not ok:
            self._complain(fill(self.tr("Type a number, like %1."), locale.toString(12.5)))
            return None
        value: int | float = int(number) if number.is_integer() else number
        if kind is AnswerKind.MONEY and self.currency is not None:
            return {"amount": value, "currency": str(self.currency.currentData())}
        return value

    def _missing(self) -> None:
        self._complain(self.tr("Answer first, or go on without an answer if it was not asked."))
        return None

    def _complain(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def _answer(self, value: Any) -> None:
        assert self.call is not None
        try:
            moved = self.call.answer(value, self.today())
        except AnswerError:
            self._complain(self.tr("That answer does not fit this question."))
            return
        self._move(moved)

    def skip(self) -> None:
        """Go on without an answer (the question was not asked)."""
        if self.call is not None and self.call.can_go_on(self.today()):
            self._move(self.call.go_on(self.today()))

    def back(self) -> None:
        """Back a step along the path."""
        if self.call is not None and len(self.call.path) > 1:
            self._move(self.call.back())

    def back_to(self, index: int) -> None:
        """Back to a step of the path."""
        if self.call is not None:
            self._move(self.call.back_to(index))

    def _move(self, call: GuidedCall) -> None:
        self.call = call
        self.redraw()
        typing = self.input is not None and self.input.hasFocus()
        if not typing and self.isVisible() and self.window().isActiveWindow():
            self.setFocus()
        self.walked.emit()
