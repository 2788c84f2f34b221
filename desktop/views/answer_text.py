# SPDX-License-Identifier: MIT
"""Qualification answers and the reasons of a verdict, for people: choices by their labels,
numbers, amounts and months in the interface's locale ("budget 12 000 € ≥ 10 000 €")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.views.i18n import fill, ui_language
from salesdesk.domain.flow import AnswerKind, Condition, Node, Op, answer_date, yes_no_choices
from salesdesk.domain.readiness import Reason
from salesdesk.domain.script import CallScript

# Signs for the currencies teams use most (others are shown by their code).
CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "RUB": "₽", "CHF": "CHF", "PLN": "zł"}


def _locale() -> QLocale:
    return QLocale(ui_language())


def number_text(value: float) -> str:
    """A number in the locale, without needless decimals."""
    decimals = 0 if float(value).is_integer() else 2
    return _locale().toString(float(value), "f", decimals)


def money_text(amount: float, currency: str) -> str:
    """An amount with its currency sign, as the locale writes money."""
    decimals = 0 if float(amount).is_integer() else 2
    return _locale().toCurrencyString(
        float(amount), CURRENCY_SIGNS.get(currency, currency), decimals
    )


def month_text(day: date) -> str:
    """A month and year ("March 2027", "март 2027")."""
    locale = _locale()
    name = locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return f"{name} {day.year}"


def date_text(day: date) -> str:
    """A date in the locale's short form."""
    return _locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def yes_no_text(yes: bool) -> str:
    """Yes or No, for a yes/no question that names no labels of its own."""
    if yes:
        return QCoreApplication.translate("Answers", "Yes")
    return QCoreApplication.translate("Answers", "No")


def answer_text(node: Node, value: Any) -> str:
    """An answer as the caller gave it."""
    kind = node.answer
    if kind is AnswerKind.YES_NO:
        wanted = "yes" if value is True else "no"
        found = next((c for c in yes_no_choices(node) if c.id == wanted), None)
        if node.choices and found is not None:
            return found.label
        return yes_no_text(value is True)
    if kind is AnswerKind.CHOICE:
        chosen = node.choice(str(value))
        return chosen.label if chosen else str(value)
    if kind is AnswerKind.CHOICES and isinstance(value, list):
        return ", ".join(answer_text(_single(node), v) for v in value)
    if kind is AnswerKind.NUMBER and isinstance(value, int | float):
        return f"{number_text(value)} {node.unit}".strip()
    if kind is AnswerKind.MONEY and isinstance(value, dict):
        return money_text(value["amount"], str(value["currency"]))
    if kind is AnswerKind.MONTH:
        day = answer_date(value)
        return month_text(day) if day else str(value)
    if kind is AnswerKind.DATE:
        day = answer_date(value)
        return date_text(day) if day else str(value)
    return str(value)


def _single(node: Node) -> Node:
    return replace(node, answer=AnswerKind.CHOICE)


def condition_text(node: Node, condition: Condition) -> str:
    """What a condition asks of an answer ("≥ 10 000 €", "within 3 months")."""
    op, value = condition.op, condition.value
    if op in (Op.AT_LEAST, Op.BELOW):
        sign = "≥" if op is Op.AT_LEAST else "<"
        threshold = (
            money_text(float(value), condition.currency or node.currency)
            if node.answer is AnswerKind.MONEY
            else number_text(float(value))
        )
        return f"{sign} {threshold}"
    if op is Op.WITHIN_MONTHS:
        return QCoreApplication.translate("Answers", "within %n month(s)", "", int(value))
    if op is Op.LATER_THAN_MONTHS:
        return QCoreApplication.translate("Answers", "later than %n month(s)", "", int(value))
    return ""


def reason_text(script: CallScript, reason: Reason) -> str:
    """One reason of a verdict: the question, the answer, and the bar it cleared."""
    node = script.questions().get(reason.condition.question)
    if node is None:
        return reason.condition.question
    title = node.title or node.id
    if reason.condition.op is Op.NOT_ANSWERED:
        return fill(QCoreApplication.translate("Answers", "%1: not answered"), title)
    bar = condition_text(node, reason.condition)
    shown = answer_text(node, reason.value)
    return f"{title}: {shown} {bar}".strip()
