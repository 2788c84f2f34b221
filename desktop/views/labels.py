# SPDX-License-Identifier: MIT
"""Translatable display names of the vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.vocabulary import Disposition, Quality, Result, Temperature


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def disposition_label(value: Disposition) -> str:
    """What happened on the line, for people."""
    return {
        Disposition.CONNECTED: _tr("Connected"),
        Disposition.NO_ANSWER: _tr("No answer"),
        Disposition.BUSY: _tr("Busy"),
        Disposition.VOICEMAIL: _tr("Voicemail"),
        Disposition.WRONG_NUMBER: _tr("Wrong number"),
        Disposition.INVALID_NUMBER: _tr("Invalid number"),
        Disposition.CALLBACK_REQUESTED: _tr("Asked to call back"),
    }[value]


def result_label(value: Result) -> str:
    """What the call decided, for people."""
    return {
        Result.NONE: _tr("No decision"),
        Result.FOLLOW_UP: _tr("Follow up (call again)"),
        Result.QUALIFIED: _tr("Qualified — hand to sales"),
        Result.NURTURE: _tr("Nurture — back to marketing"),
        Result.LOST: _tr("Lost"),
    }[value]


def temperature_label(value: Temperature) -> str:
    """A lead's temperature, for people."""
    return {
        Temperature.COLD: _tr("Cold"),
        Temperature.WARM: _tr("Warm"),
        Temperature.HOT: _tr("Hot"),
    }[value]


def quality_label(value: Quality) -> str:
    """A lead's quality, for people."""
    return {
        Quality.TARGETED: _tr("Targeted"),
        Quality.NON_TARGETED: _tr("Non-targeted"),
        Quality.EMPTY: _tr("Empty"),
    }[value]
