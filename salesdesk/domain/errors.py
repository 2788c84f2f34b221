# SPDX-License-Identifier: MIT
"""Errors the domain raises when input breaks one of its rules."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """What rule an input broke: stable, so that each program says it in its user's language
    (the English ``message`` is for logs, the command line and the server's replies)."""

    INVALID = "invalid"  # a rule without a code of its own (the message says it)
    PHONE_EMPTY = "phone_empty"
    PHONE_TOO_LONG = "phone_too_long"
    PHONE_UNREADABLE = "phone_unreadable"  # value
    PHONE_INVALID = "phone_invalid"  # value
    EMAIL_EMPTY = "email_empty"
    EMAIL_TOO_LONG = "email_too_long"
    EMAIL_INVALID = "email_invalid"  # value
    NO_CONTACT = "no_contact"
    NO_EVENT = "no_event"
    CONSENT_REQUIRED = "consent_required"
    TOO_MANY_INTERESTS = "too_many_interests"  # limit
    UNKNOWN_INTEREST = "unknown_interest"  # value: the unknown tag IDs
    UNKNOWN_TIME_ZONE = "unknown_time_zone"  # value
    TOO_LONG = "too_long"  # limit
    NOT_EDITABLE = "not_editable"
    NOT_A_CHOICE = "not_a_choice"  # value
    SCORE_RANGE = "score_range"
    STAGE_MOVE = "stage_move"  # from, to
    REASSIGNED = "reassigned"
    START_NEEDS_ZONE = "start_needs_zone"
    DURATION_RANGE = "duration_range"
    NOTE_TOO_LONG = "note_too_long"  # limit
    TOO_MANY_MARKS = "too_many_marks"
    NO_CONVERSATION = "no_conversation"  # disposition, result
    LOST_NEEDS_REASON = "lost_needs_reason"
    UNKNOWN_REASON = "unknown_reason"
    REASON_NEEDS_COMMENT = "reason_needs_comment"  # reason
    REASON_ONLY_WHEN_LOST = "reason_only_when_lost"
    FOLLOW_UP_NEEDS_TIME = "follow_up_needs_time"
    TIME_NEEDS_ZONE = "time_needs_zone"
    NEXT_CALL_IN_PAST = "next_call_in_past"
    NEXT_CALL_ONLY_FOLLOW_UP = "next_call_only_follow_up"
    RETURN_ONLY_NURTURE = "return_only_nurture"
    NO_SUCH_CALL = "no_such_call"
    AMEND_TOO_LATE = "amend_too_late"
    OVERRULE_NEEDS_REASON = "overrule_needs_reason"  # verdict
    BAD_ANSWER = "bad_answer"  # value: the question; problem: why (see flow.AnswerError)
    JUDGEMENT_MISMATCH = "judgement_mismatch"  # value: what differs (verdict or score)
    # the server's plausibility checks of pushed history
    IMPLAUSIBLE_TIME = "implausible_time"  # value: the time given
    TOO_OLD = "too_old"  # value: the days a change may wait offline
    BEFORE_LEAD = "before_lead"  # value: when the lead arrived
    NOT_YOURS_THEN = "not_yours_then"  # value: when the lead went to someone else
    UNKNOWN_SCRIPT = "unknown_script"  # value: the script and version named
    UNKNOWN_SCRIPT_ITEM = "unknown_script_item"  # value: the unknown IDs
    SERVER_URL = "server_url"
    PLAIN_HTTP = "plain_http"
    PROXY_URL = "proxy_url"
    CA_BUNDLE_MISSING = "ca_bundle_missing"
    REGION_MISSING = "region_missing"
    REGION_UNKNOWN = "region_unknown"  # value
    CALLING_HOURS_ORDER = "calling_hours_order"
    CALLING_HOURS_FORMAT = "calling_hours_format"
    ATTEMPT_CAP_RANGE = "attempt_cap_range"
    DIALER_NEEDS_NUMBER = "dialer_needs_number"
    LANGUAGE_UNKNOWN = "language_unknown"
    SYNC_INTERVAL_RANGE = "sync_interval_range"
    LOCK_RANGE = "lock_range"
    RETRY_RANGE = "retry_range"
    GOALS_RANGE = "goals_range"
    GOALS_ORDER = "goals_order"


class ValidationError(ValueError):
    """Input that breaks a domain rule.

    Attributes:
        field: the field the message is about (for showing it next to the input), or None.
        message: the rule in English (logs, the command line, the server's replies).
        code: which rule (``ErrorCode``); params: the values the rule names (``value``,
            ``limit``, ``from``, ``to``, ``reason``…), for a translated sentence.
    """

    def __init__(
        self,
        message: str,
        field: str | None = None,
        code: ErrorCode = ErrorCode.INVALID,
        **params: object,
    ) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.code = code
        self.params = {name: str(value) for name, value in params.items()}


class ValidationErrors(ValueError):
    """Several validation errors found at once (one per field)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str | None, str]:
        """Map each field to its first message."""
        result: dict[str | None, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.message)
        return result
