# SPDX-License-Identifier: MIT
"""Their time as a caller reads it: one time when the lead's zone is known, the spread of
times over the zones it may be in when it is not ("18:00–01:00"), and each zone by its city
in the UI's language ("Москва 18:00 · Новосибирск 22:00 · Владивосток 01:00")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from babel.dates import get_timezone_location
from PySide6.QtCore import QCoreApplication, QLocale, QTime

from desktop.views.i18n import fill, ui_language
from desktop.views.labels import clock_format, format_when


def zone_place(zone: str, language: str | None = None) -> str:
    """A zone named by its city in the UI's language (or ``language``), from CLDR's exemplar
    cities (Babel): "Asia/Yekaterinburg" → "Yekaterinburg" or "Екатеринбург"."""
    return _zone_place(zone, language or ui_language())


@cache
def _zone_place(zone: str, language: str) -> str:
    try:
        return str(get_timezone_location(zone, locale=language, return_city=True))
    except (LookupError, ValueError):  # a zone CLDR does not know
        return zone.rsplit("/", 1)[-1].replace("_", " ")


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


def in_both_zones(moment: datetime, zone: str | None, now: datetime) -> str:
    """A moment as the caller reads it, and as the lead does when their clock differs:
    "tomorrow 08:00 (their time 10:00)"; just the caller's when the zone is not known."""
    mine = format_when(moment, now)
    if not zone or moment.astimezone(ZoneInfo(zone)).utcoffset() == moment.astimezone().utcoffset():
        return mine
    theirs = format_when(moment, now, ZoneInfo(zone))
    return fill(QCoreApplication.translate("TheirTime", "%1 (their time %2)"), mine, theirs)
