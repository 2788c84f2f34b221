# SPDX-License-Identifier: MIT
"""What a broken rule means, in the manager's language: one sentence per ``ErrorCode``,
filled with the values the rule names (the English ``message`` only when a code is new)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.i18n import fill
from desktop.views.labels import disposition_label, result_label, stage_label, verdict_label
from salesdesk.domain.errors import ErrorCode, ValidationError
from salesdesk.domain.readiness import Verdict
from salesdesk.domain.vocabulary import Disposition, Result, Stage


def error_texts() -> dict[ErrorCode, str]:
    """Every code's sentence in the current language (``%1``: the value the rule names)."""
    return {
        ErrorCode.INVALID: "",
        ErrorCode.PHONE_EMPTY: QCoreApplication.translate("Errors", "Type a phone number."),
        ErrorCode.PHONE_TOO_LONG: QCoreApplication.translate(
            "Errors", "This phone number is too long."
        ),
        ErrorCode.PHONE_UNREADABLE: QCoreApplication.translate(
            "Errors", "“%1” is not a phone number."
        ),
        ErrorCode.PHONE_INVALID: QCoreApplication.translate(
            "Errors", "“%1” is not a valid phone number (add the country code if it is foreign)."
        ),
        ErrorCode.EMAIL_EMPTY: QCoreApplication.translate("Errors", "Type an email address."),
        ErrorCode.EMAIL_TOO_LONG: QCoreApplication.translate(
            "Errors", "This email address is too long."
        ),
        ErrorCode.EMAIL_INVALID: QCoreApplication.translate(
            "Errors", "“%1” is not a valid email address."
        ),
        ErrorCode.NO_CONTACT: QCoreApplication.translate(
            "Errors", "A lead needs a phone or an email."
        ),
        ErrorCode.NO_EVENT: QCoreApplication.translate("Errors", "Type the exhibition's name."),
        ErrorCode.CONSENT_REQUIRED: QCoreApplication.translate(
            "Errors",
            "This event needs the visitor's consent before their details are kept: tick it "
            "once they agree; without it, do not save them.",
        ),
        ErrorCode.UNKNOWN_TIME_ZONE: QCoreApplication.translate(
            "Errors", "“%1” is not a known time zone."
        ),
        ErrorCode.TOO_LONG: QCoreApplication.translate(
            "Errors", "Too long: at most %1 characters."
        ),
        ErrorCode.NOT_EDITABLE: QCoreApplication.translate(
            "Errors", "This field cannot be edited here."
        ),
        ErrorCode.NOT_A_CHOICE: QCoreApplication.translate(
            "Errors", "“%1” is not one of the choices."
        ),
        ErrorCode.SCORE_RANGE: QCoreApplication.translate(
            "Errors", "The score is a whole number from 0 to 100."
        ),
        ErrorCode.STAGE_MOVE: QCoreApplication.translate(
            "Errors", "A lead cannot go from “%1” to “%2”."
        ),
        ErrorCode.REASSIGNED: QCoreApplication.translate(
            "Errors", "This lead was given to someone else."
        ),
        ErrorCode.START_NEEDS_ZONE: QCoreApplication.translate(
            "Errors", "The call's start needs a time zone."
        ),
        ErrorCode.DURATION_RANGE: QCoreApplication.translate(
            "Errors", "The call's duration is out of range."
        ),
        ErrorCode.NOTE_TOO_LONG: QCoreApplication.translate(
            "Errors", "The note is too long: at most %1 characters."
        ),
        ErrorCode.TOO_MANY_MARKS: QCoreApplication.translate(
            "Errors", "Too many objections or answers are marked."
        ),
        ErrorCode.NO_CONVERSATION: QCoreApplication.translate(
            "Errors", "After “%1” there was no conversation, so the result cannot be “%2”."
        ),
        ErrorCode.LOST_NEEDS_REASON: QCoreApplication.translate(
            "Errors", "Choose why the lead is lost."
        ),
        ErrorCode.TOO_MANY_INTERESTS: QCoreApplication.translate(
            "Errors", "Tick at most %1 topics."
        ),
        ErrorCode.UNKNOWN_INTEREST: QCoreApplication.translate(
            "Errors", "The server does not know these topics: %1. Sync, then tick them again."
        ),
        ErrorCode.UNKNOWN_REASON: QCoreApplication.translate(
            "Errors", "That loss reason is not in the catalog."
        ),
        ErrorCode.REASON_NEEDS_COMMENT: QCoreApplication.translate(
            "Errors", "“%1” needs a comment in the note."
        ),
        ErrorCode.REASON_ONLY_WHEN_LOST: QCoreApplication.translate(
            "Errors", "A loss reason goes only with a lost lead."
        ),
        ErrorCode.FOLLOW_UP_NEEDS_TIME: QCoreApplication.translate(
            "Errors", "Choose when to call again."
        ),
        ErrorCode.TIME_NEEDS_ZONE: QCoreApplication.translate(
            "Errors", "The time needs a time zone."
        ),
        ErrorCode.NEXT_CALL_IN_PAST: QCoreApplication.translate(
            "Errors", "The next call must be in the future."
        ),
        ErrorCode.NEXT_CALL_ONLY_FOLLOW_UP: QCoreApplication.translate(
            "Errors", "A next call time goes only with a follow-up."
        ),
        ErrorCode.RETURN_ONLY_NURTURE: QCoreApplication.translate(
            "Errors", "A return date goes only with nurturing."
        ),
        ErrorCode.NO_SUCH_CALL: QCoreApplication.translate("Errors", "There is no such call here."),
        ErrorCode.AMEND_TOO_LATE: QCoreApplication.translate(
            "Errors", "A call can be corrected within 24 hours of it."
        ),
        ErrorCode.IMPLAUSIBLE_TIME: QCoreApplication.translate(
            "Errors",
            "This change is dated later than the server received it: check this computer's "
            "date and time.",
        ),
        ErrorCode.TOO_OLD: QCoreApplication.translate(
            "Errors",
            "This change waited offline longer than the server accepts (days: %1); "
            "export it and give it to your team lead.",
        ),
        ErrorCode.BEFORE_LEAD: QCoreApplication.translate(
            "Errors",
            "This call is dated before its lead arrived: check this computer's date and time.",
        ),
        ErrorCode.NOT_YOURS_THEN: QCoreApplication.translate(
            "Errors", "The lead went to another manager before this call."
        ),
        ErrorCode.UNKNOWN_SCRIPT: QCoreApplication.translate(
            "Errors", "The script this call used (%1) is not on the server."
        ),
        ErrorCode.UNKNOWN_SCRIPT_ITEM: QCoreApplication.translate(
            "Errors", "The call marks objections or answers its script does not have: %1."
        ),
        ErrorCode.OVERRULE_NEEDS_REASON: QCoreApplication.translate(
            "Errors", "The answers suggest “%1”: say why you chose another result."
        ),
        ErrorCode.BAD_ANSWER: QCoreApplication.translate(
            "Errors", "The answer to “%1” does not fit its question: answer it again."
        ),
        ErrorCode.JUDGEMENT_MISMATCH: QCoreApplication.translate(
            "Errors",
            "The server judged this call's answers differently (%1): sync, then record the call "
            "again.",
        ),
        ErrorCode.SERVER_URL: QCoreApplication.translate(
            "Errors", "The server address looks like https://salesdesk.example.com."
        ),
        ErrorCode.PLAIN_HTTP: QCoreApplication.translate(
            "Errors", "Use https:// — plain http is only allowed for a server on this computer."
        ),
        ErrorCode.PROXY_URL: QCoreApplication.translate(
            "Errors", "A proxy address looks like http://proxy.example.com:3128."
        ),
        ErrorCode.CA_BUNDLE_MISSING: QCoreApplication.translate(
            "Errors", "The CA bundle file does not exist."
        ),
        ErrorCode.REGION_MISSING: QCoreApplication.translate(
            "Errors", "Choose the country whose numbers you dial without a + (your phone region)."
        ),
        ErrorCode.REGION_UNKNOWN: QCoreApplication.translate(
            "Errors", "“%1” is not a country we know; pick one from the list."
        ),
        ErrorCode.CALLING_HOURS_ORDER: QCoreApplication.translate(
            "Errors", "Calling hours must end after they start."
        ),
        ErrorCode.CALLING_HOURS_FORMAT: QCoreApplication.translate(
            "Errors", "Calling hours look like 09:00."
        ),
        ErrorCode.ATTEMPT_CAP_RANGE: QCoreApplication.translate(
            "Errors", "Between 1 and 20 attempts a day."
        ),
        ErrorCode.DIALER_NEEDS_NUMBER: QCoreApplication.translate(
            "Errors", "The dialer command needs {number} where the number goes."
        ),
        ErrorCode.LANGUAGE_UNKNOWN: QCoreApplication.translate(
            "Errors", "Choose English or Russian."
        ),
        ErrorCode.LOCK_RANGE: QCoreApplication.translate(
            "Errors", "Lock after 1 to 240 minutes without use, or 0 for never."
        ),
        ErrorCode.SYNC_INTERVAL_RANGE: QCoreApplication.translate(
            "Errors", "Sync every 1 to 240 minutes."
        ),
        ErrorCode.RETRY_RANGE: QCoreApplication.translate(
            "Errors", "Try again after 5 to 1,440 minutes."
        ),
        ErrorCode.GOALS_RANGE: QCoreApplication.translate("Errors", "Daily goals are 0 to 500."),
        ErrorCode.GOALS_ORDER: QCoreApplication.translate(
            "Errors", "Goals narrow down: calls ≥ conversations ≥ qualified."
        ),
    }


def _label(kind: type, value: str) -> str:
    try:
        if kind is Stage:
            return stage_label(Stage(value))
        if kind is Disposition:
            return disposition_label(Disposition(value))
        return result_label(Result(value))
    except ValueError:
        return value


def error_text(error: ValidationError) -> str:
    """The error as a sentence in the current language."""
    text = error_texts().get(error.code, "")
    if not text:
        return error.message
    params = error.params
    if error.code is ErrorCode.STAGE_MOVE:
        return fill(text, _label(Stage, params["from"]), _label(Stage, params["to"]))
    if error.code is ErrorCode.NO_CONVERSATION:
        return fill(
            text,
            _label(Disposition, params["disposition"]),
            _label(Result, params["result"]),
        )
    if error.code is ErrorCode.OVERRULE_NEEDS_REASON:
        return fill(text, verdict_label(Verdict(params["verdict"])))
    first = params.get("value", params.get("limit", params.get("reason", "")))
    return fill(text, first)
