# SPDX-License-Identifier: MIT
"""The vocabulary of the lead-management method (DESIGN §2) as string enums.

The values are the wire values: the server, the store and the protocol use them as they are.
"""

from __future__ import annotations

from enum import StrEnum


class Quality(StrEnum):
    """How usable a lead is."""

    TARGETED = "targeted"
    NON_TARGETED = "non_targeted"
    EMPTY = "empty"


class Temperature(StrEnum):
    """How ready to buy a lead is."""

    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class NextStep(StrEnum):
    """What was agreed with a lead for next time (a stand visitor's follow-up)."""

    CALL = "call"
    SEND_MATERIALS = "send_materials"
    MEETING = "meeting"


class Stage(StrEnum):
    """Where a lead stands in lead management."""

    NEW = "new"
    QUALIFYING = "qualifying"
    CONVERTED = "converted"
    NURTURING = "nurturing"
    DISQUALIFIED = "disqualified"


class Source(StrEnum):
    """The channel a lead came through."""

    WEBSITE_FORM = "website_form"
    LANDING_PAGE = "landing_page"
    SOCIAL = "social"
    TARGETED_ADS = "targeted_ads"
    CONTEXTUAL_ADS = "contextual_ads"
    EMAIL_NEWSLETTER = "email_newsletter"
    EXHIBITION = "exhibition"
    LEAD_EXCHANGE = "lead_exchange"
    SITE_CHAT = "site_chat"
    CHATBOT = "chatbot"
    LEAD_MAGNET = "lead_magnet"
    INBOUND_CALL = "inbound_call"
    REFERRAL = "referral"


class Disposition(StrEnum):
    """What happened on the line."""

    CONNECTED = "connected"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    INVALID_NUMBER = "invalid_number"
    CALLBACK_REQUESTED = "callback_requested"


#: Dispositions after which no conversation took place.
NO_CONVERSATION: frozenset[Disposition] = frozenset(
    {
        Disposition.NO_ANSWER,
        Disposition.BUSY,
        Disposition.VOICEMAIL,
        Disposition.WRONG_NUMBER,
        Disposition.INVALID_NUMBER,
    }
)


class Result(StrEnum):
    """What a call decided."""

    QUALIFIED = "qualified"
    NURTURE = "nurture"
    LOST = "lost"
    FOLLOW_UP = "follow_up"
    NONE = "none"


class ObjectionCategory(StrEnum):
    """The families of objections a script handles."""

    PRICE = "price"
    COMPETITOR = "competitor"
    NEED = "need"
    FUNCTIONALITY = "functionality"
    TIMING_BUDGET = "timing_budget"
    TRUST = "trust"
    AUTHORITY = "authority"


class Role(StrEnum):
    """What a server user may do."""

    MANAGER = "manager"
    TEAM_LEAD = "team_lead"  # their team's managers, reports, review and assignment
    ADMIN = "admin"


class SkipReason(StrEnum):
    """Why a manager moved past a lead in the power-dialer flow without calling it."""

    NOT_NOW = "not_now"
    NEEDS_RESEARCH = "needs_research"
    DUPLICATE = "duplicate"
    NOT_MINE = "not_mine"
    OTHER = "other"
