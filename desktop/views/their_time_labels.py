# SPDX-License-Identifier: MIT
"""Their time as a caller reads it: one time when the lead's zone is known, the spread of
times over the zones it may be in when it is not ("18:00–01:00"), and each zone by its city
in the UI's language ("Москва 18:00 · Новосибирск 22:00 · Владивосток 01:00")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTime, QTimeZone

from desktop.views.i18n import ui_language
from desktop.views.labels import clock_format


def zone_place(zone: str) -> str:
    """A zone named by its city, in the UI's language ("Asia/Yekaterinburg" → "Yekaterinburg"
    or "Екатеринбург")."""
    return _zone_place(zone, ui_language())


@cache
def _zone_place(zone: str, language: str) -> str:
    english = zone.rsplit("/", 1)[-1].replace("_", " ")
    if language == "en":
        return english
    name = QTimeZone(zone.encode()).displayName(
        QTimeZone.TimeType.GenericTime, QTimeZone.NameType.LongName, QLocale(language)
    )
    # ICU says "Екатеринбург, стандартное время": the city is before the comma
    return name.split(",")[0] if "," in name else english


def time_there(zone: str, now: datetime) -> str:
    """The time of day in a zone, as the UI writes times."""
    local = now.astimezone(ZoneInfo(zone))
    return QLocale().toString(QTime(local.hour, local.minute), clock_format())


def distinct_offsets(zones: Sequence[str], now: datetime) -> list[str]:
    """One zone per UTC offset now (west to east as given): what a caller must tell apart."""
    seen: dict[object, str] = {}
    for zone in zones:
        seen.setdefault(now.astimezone(ZoneInfo(zone)).utcoffset(), zone)
    return list(seen.values())


def time_spread(zones: Sequence[str], now: datetime) -> str:
    """One time for one zone; the west-to-east spread for several ("18:00–01:00")."""
    if not zones:
        return ""
    first, last = time_there(zones[0], now), time_there(zones[-1], now)
    return first if first == last else f"{first}–{last}"


def zone_times(zones: Sequence[str], now: datetime) -> str:
    """Each distinct zone by its city and its time: "Moscow 18:00 · Omsk 21:00"."""
    return " · ".join(f"{zone_place(z)} {time_there(z, now)}" for z in distinct_offsets(zones, now))
