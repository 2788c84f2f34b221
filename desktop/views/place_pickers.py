# SPDX-License-Identifier: MIT
"""Where the manager is: a time zone picked by city ("Novosibirsk" finds Asia/Novosibirsk)
and a phone region picked by country name, both searchable as you type, with the system's
own as the suggestion (shown, never applied unseen)."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

import phonenumbers
from phonenumbers import geocoder
from PySide6.QtCore import QLocale, Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop.views.i18n import ui_language

_SKIPPED_AREAS = ("Etc/", "SystemV/", "posix/", "right/", "US/", "Canada/", "Mexico/", "Brazil/")


@cache
def zone_choices() -> list[tuple[str, str]]:
    """(what is shown, zone ID) for every city zone, by city: "Novosibirsk — Asia/Novosibirsk"."""
    zones = [z for z in available_timezones() if "/" in z and not z.startswith(_SKIPPED_AREAS)]
    choices = [(f"{z.rsplit('/', 1)[1].replace('_', ' ')} — {z}", z) for z in zones]
    return sorted([*choices, ("UTC", "UTC")], key=lambda choice: choice[0].casefold())


def system_zone() -> str:
    """The computer's time zone ID ("" when the system does not say)."""
    zone = bytes(QTimeZone.systemTimeZoneId().data()).decode()
    return zone if zone in available_timezones() else ""


def system_region() -> str:
    """The phone region of the computer's locale ("" when it names no country we know)."""
    code = QLocale.territoryToCode(QLocale.system().territory())
    return code if code in phonenumbers.SUPPORTED_REGIONS else ""


@cache
def _english_country(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory else code


def country_name(code: str) -> str:
    """A country's name in the UI's language ("RU" → "Russia" / "Россия")."""
    return _country(code, ui_language()) if code else ""


@cache
def _country(code: str, language: str) -> str:
    """A country's name in ``language`` (libphonenumber's own names), else in English."""
    example = phonenumbers.example_number(code)
    name = geocoder.country_name_for_number(example, language) if example else ""
    return name or _english_country(code)


@cache
def _region_choices(language: str) -> list[tuple[str, str]]:
    choices = [(f"{_country(c, language)} ({c})", c) for c in phonenumbers.SUPPORTED_REGIONS]
    return sorted(choices, key=lambda choice: choice[0].casefold())


def _searchable(combo: QComboBox, choices: list[tuple[str, str]], current: str) -> None:
    combo.clear()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for text, value in choices:
        combo.addItem(text, value)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(current)


def fill_zones(combo: QComboBox, current: str) -> None:
    """Make ``combo`` a searchable list of time zones showing ``current``."""
    _searchable(combo, zone_choices(), current)


def fill_regions(combo: QComboBox, current: str) -> None:
    """Make ``combo`` a searchable list of phone regions showing ``current``."""
    _searchable(combo, _region_choices(ui_language()), current)


def chosen(combo: QComboBox) -> str:
    """The ID the manager picked or typed: an entry's ID when the text names one (its shown
    text, its ID or its city/country alone, in any case), else the text as typed (which the
    settings' validation then refuses with a reason)."""
    text = combo.currentText().strip()
    folded = text.casefold()
    for index in range(combo.count()):
        shown, value = combo.itemText(index), str(combo.itemData(index))
        name = shown.split(" — ")[0].split(" (")[0]
        english = _english_country(value) if len(value) == 2 else name  # typed in English
        if folded in (shown.casefold(), value.casefold(), name.casefold(), english.casefold()):
            return value
    return text
