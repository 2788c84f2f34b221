# SPDX-License-Identifier: MIT
"""Translatable display names of the vocabulary."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from desktop.views.i18n import fill, ui_language
from salesdesk.domain.analytics import Tally
from salesdesk.domain.queue import Bucket, HeldReason
from salesdesk.domain.readiness import Verdict
from salesdesk.domain.vocabulary import (
    Disposition,
    NextStep,
    ObjectionCategory,
    Quality,
    Result,
    SkipReason,
    Source,
    Stage,
    Temperature,
)

_V = TypeVar("_V", bound=Enum)


def disposition_label(value: Disposition) -> str:
    """What happened on the line, for people."""
    return {
        Disposition.CONNECTED: QCoreApplication.translate("Vocabulary", "Connected"),
        Disposition.NO_ANSWER: QCoreApplication.translate("Vocabulary", "No answer"),
        Disposition.BUSY: QCoreApplication.translate("Vocabulary", "Busy"),
        Disposition.VOICEMAIL: QCoreApplication.translate("Vocabulary", "Voicemail"),
        Disposition.WRONG_NUMBER: QCoreApplication.translate("Vocabulary", "Wrong number"),
        Disposition.INVALID_NUMBER: QCoreApplication.translate("Vocabulary", "Invalid number"),
        Disposition.CALLBACK_REQUESTED: QCoreApplication.translate(
            "Vocabulary", "Asked to call back"
        ),
    }[value]


def result_label(value: Result) -> str:
    """What the call decided, for people."""
    return {
        Result.NONE: QCoreApplication.translate("Vocabulary", "No decision"),
        Result.FOLLOW_UP: QCoreApplication.translate("Vocabulary", "Follow up (call again)"),
        Result.QUALIFIED: QCoreApplication.translate("Vocabulary", "Qualified — hand to sales"),
        Result.NURTURE: QCoreApplication.translate("Vocabulary", "Nurture — back to marketing"),
        Result.LOST: QCoreApplication.translate("Vocabulary", "Lost"),
    }[value]


def verdict_label(value: Verdict) -> str:
    """What a call's answers say about the lead, for people."""
    return {
        Verdict.READY: QCoreApplication.translate("Vocabulary", "Ready to sell"),
        Verdict.NURTURE: QCoreApplication.translate("Vocabulary", "Too early — nurture"),
        Verdict.DISQUALIFY: QCoreApplication.translate("Vocabulary", "Not a fit — disqualify"),
    }[value]


def temperature_label(value: Temperature) -> str:
    """A lead's temperature, for people."""
    return {
        Temperature.COLD: QCoreApplication.translate("Vocabulary", "Cold"),
        Temperature.WARM: QCoreApplication.translate("Vocabulary", "Warm"),
        Temperature.HOT: QCoreApplication.translate("Vocabulary", "Hot"),
    }[value]


def next_step_label(value: NextStep) -> str:
    """A follow-up agreed with a lead, for people."""
    return {
        NextStep.CALL: QCoreApplication.translate("Vocabulary", "Call back"),
        NextStep.SEND_MATERIALS: QCoreApplication.translate("Vocabulary", "Send materials"),
        NextStep.MEETING: QCoreApplication.translate("Vocabulary", "Arrange a meeting"),
    }[value]


def quality_label(value: Quality) -> str:
    """A lead's quality, for people."""
    return {
        Quality.TARGETED: QCoreApplication.translate("Vocabulary", "Targeted"),
        Quality.NON_TARGETED: QCoreApplication.translate("Vocabulary", "Non-targeted"),
        Quality.EMPTY: QCoreApplication.translate("Vocabulary", "Empty"),
    }[value]


def stage_label(value: Stage) -> str:
    """A lead's stage, for people."""
    return {
        Stage.NEW: QCoreApplication.translate("Vocabulary", "New"),
        Stage.QUALIFYING: QCoreApplication.translate("Vocabulary", "Qualifying"),
        Stage.CONVERTED: QCoreApplication.translate("Vocabulary", "Converted"),
        Stage.NURTURING: QCoreApplication.translate("Vocabulary", "Nurturing"),
        Stage.DISQUALIFIED: QCoreApplication.translate("Vocabulary", "Disqualified"),
    }[value]


def source_label(value: Source) -> str:
    """A lead's channel, for people."""
    return {
        Source.WEBSITE_FORM: QCoreApplication.translate("Vocabulary", "Website form"),
        Source.LANDING_PAGE: QCoreApplication.translate("Vocabulary", "Landing page"),
        Source.SOCIAL: QCoreApplication.translate("Vocabulary", "Social network"),
        Source.TARGETED_ADS: QCoreApplication.translate("Vocabulary", "Targeted ads"),
        Source.CONTEXTUAL_ADS: QCoreApplication.translate("Vocabulary", "Contextual ads"),
        Source.EMAIL_NEWSLETTER: QCoreApplication.translate("Vocabulary", "Email newsletter"),
        Source.EXHIBITION: QCoreApplication.translate("Vocabulary", "Exhibition"),
        Source.LEAD_EXCHANGE: QCoreApplication.translate("Vocabulary", "Lead exchange"),
        Source.SITE_CHAT: QCoreApplication.translate("Vocabulary", "Site chat"),
        Source.CHATBOT: QCoreApplication.translate("Vocabulary", "Chatbot"),
        Source.LEAD_MAGNET: QCoreApplication.translate("Vocabulary", "Lead magnet"),
        Source.INBOUND_CALL: QCoreApplication.translate("Vocabulary", "Inbound call"),
        Source.REFERRAL: QCoreApplication.translate("Vocabulary", "Referral"),
    }[value]


def stored_label(value: str, vocabulary: type[_V], label: Callable[[_V], str]) -> str:
    """A vocabulary value as the server sent it, for people: ``label`` of it when it is one
    of ``vocabulary``'s, else as sent (a newer server's value stays readable)."""
    try:
        return label(vocabulary(value))
    except ValueError:
        return value


def category_label(value: ObjectionCategory, server: Mapping[str, str] | None = None) -> str:
    """An objection family, for people: the server's label in the UI language where the team
    gave one (``server``: language → label), else our own translation."""
    if server and server.get(ui_language()):
        return server[ui_language()]
    return {
        ObjectionCategory.PRICE: QCoreApplication.translate("Vocabulary", "Price"),
        ObjectionCategory.COMPETITOR: QCoreApplication.translate("Vocabulary", "Competitor"),
        ObjectionCategory.NEED: QCoreApplication.translate("Vocabulary", "Need"),
        ObjectionCategory.FUNCTIONALITY: QCoreApplication.translate("Vocabulary", "Functionality"),
        ObjectionCategory.TIMING_BUDGET: QCoreApplication.translate(
            "Vocabulary", "Timing and budget"
        ),
        ObjectionCategory.TRUST: QCoreApplication.translate("Vocabulary", "Trust"),
        ObjectionCategory.AUTHORITY: QCoreApplication.translate("Vocabulary", "Authority"),
    }[value]


def skip_reason_label(value: SkipReason) -> str:
    """Why a lead was skipped, for people."""
    return {
        SkipReason.NOT_NOW: QCoreApplication.translate("Vocabulary", "Not a good time to call"),
        SkipReason.NEEDS_RESEARCH: QCoreApplication.translate("Vocabulary", "Needs research first"),
        SkipReason.DUPLICATE: QCoreApplication.translate("Vocabulary", "Duplicate lead"),
        SkipReason.NOT_MINE: QCoreApplication.translate("Vocabulary", "Not my lead"),
        SkipReason.OTHER: QCoreApplication.translate("Vocabulary", "Other"),
    }[value]


def bucket_label(bucket: Bucket, held: HeldReason) -> str:
    """The priority badge of a queue row."""
    if bucket is Bucket.HELD:
        return {
            HeldReason.OUTSIDE_HOURS: QCoreApplication.translate("Vocabulary", "Night there"),
            HeldReason.ATTEMPT_CAP: QCoreApplication.translate("Vocabulary", "Tried enough today"),
            HeldReason.SCHEDULED: QCoreApplication.translate("Vocabulary", "Callback later"),
            HeldReason.NURTURING: QCoreApplication.translate("Vocabulary", "Nurturing"),
            HeldReason.CLOSED: QCoreApplication.translate("Vocabulary", "Closed"),
        }.get(held, QCoreApplication.translate("Vocabulary", "Held"))
    return {
        Bucket.DUE_CALLBACK: QCoreApplication.translate("Vocabulary", "Callback due"),
        Bucket.HOT: QCoreApplication.translate("Vocabulary", "Hot"),
        Bucket.WARM: QCoreApplication.translate("Vocabulary", "Warm"),
        Bucket.COLD: QCoreApplication.translate("Vocabulary", "Cold"),
    }[bucket]


def clock_format(system: QLocale | None = None) -> str:
    """How a time of day is written: 24-hour in Russian; in English as the computer's own
    settings say ("h:mm AP" where it uses 12 hours, else "HH:mm")."""
    own = (system or QLocale.system()).timeFormat(QLocale.FormatType.ShortFormat)
    if ui_language() == "en" and "ap" in own.lower():
        return "h:mm AP"
    return "HH:mm"


def date_time_format() -> str:
    """A date picker's format that no one misreads: "Thu 3 Dec 2026 09:00"."""
    return f"ddd d MMM yyyy {clock_format()}"


def duration_text(seconds: int) -> str:
    """A call's length, not to be read as a clock time: "14 min 09 s", "1 h 05 min"."""
    minutes, secs = divmod(max(0, seconds), 60)
    if minutes >= 60:
        return fill(
            QCoreApplication.translate("Figures", "%1 h %2 min"),
            minutes // 60,
            f"{minutes % 60:02d}",
        )
    if minutes:
        return fill(QCoreApplication.translate("Figures", "%1 min %2 s"), minutes, f"{secs:02d}")
    return fill(QCoreApplication.translate("Figures", "%1 s"), secs)


def format_when(moment: datetime | None, now: datetime, zone: ZoneInfo | None = None) -> str:
    """A moment as a caller thinks of it, in the UI's language: "14:30" today, "yesterday
    16:40", "tomorrow 09:00", else "Tue 12 May 14:30" (names and order from ``QLocale``)."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    locale = QLocale()
    clock = locale.toString(QTime(local.hour, local.minute), clock_format())
    if days == 0:
        return clock
    if days == -1:
        return fill(QCoreApplication.translate("Vocabulary", "yesterday %1"), clock)
    if days == 1:
        return fill(QCoreApplication.translate("Vocabulary", "tomorrow %1"), clock)
    day = locale.toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return f"{day} {clock}"


def format_moment(moment: datetime) -> str:
    """A moment in full, in the UI's language and the computer's time zone (last sync, when
    a problem arose): "2 Dec 2026 16:20"."""
    local = moment.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
    return f"{day} {locale.toString(QTime(local.hour, local.minute), clock_format())}"


def local_time(zone_name: str | None, now: datetime) -> str:
    """The time it is now where the lead is ("" when the zone is unknown)."""
    if not zone_name:
        return ""
    try:
        there = now.astimezone(ZoneInfo(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        return ""
    return QLocale().toString(QTime(there.hour, there.minute), clock_format())


def percent(value: float | None) -> str:
    """A share as "34%" ("—" when there was nothing to count)."""
    return "—" if value is None else f"{round(100 * value)}%"


def minutes_text(value: float | None) -> str:
    """A duration in minutes for people: "12 min", "3.5 h", "2.1 d" ("—" for none)."""
    if value is None:
        return "—"
    if value < 90:
        return QCoreApplication.translate("Figures", "%n min", "", round(value))
    if value < 48 * 60:
        hours = QLocale().toString(value / 60, "f", 1)
        return fill(QCoreApplication.translate("Figures", "%1 h"), hours)
    days = QLocale().toString(value / 1440, "f", 1)
    return fill(QCoreApplication.translate("Figures", "%1 d"), days)


def tally_text(who: str, tally: Tally | None) -> str:
    """A win rate with its sample: "team: wins 34% · 120 calls", or "too few calls (4)"."""
    if tally is None:
        return ""
    if not tally.enough:
        text = QCoreApplication.translate("Figures", "too few calls (%n)", "", tally.calls)
    else:
        text = (
            fill(QCoreApplication.translate("Figures", "wins %1"), percent(tally.win_rate))
            + " · "
            + QCoreApplication.translate("Figures", "%n call(s)", "", tally.calls)
        )
    return f"{who}: {text}"
