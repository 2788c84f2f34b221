# SPDX-License-Identifier: MIT
"""Translatable names of what the sync handles: a lead's fields and their values, the kinds
of change a workstation sends and the kinds of record the server sends (the conflicts and
rejected-changes lists say these instead of "job_title" or "call_outcome.record")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.views.labels import (
    format_moment,
    quality_label,
    source_label,
    stage_label,
    temperature_label,
)
from salesdesk.domain.contacts import display_phone
from salesdesk.domain.vocabulary import Quality, Source, Stage, Temperature
from salesdesk.protocol.models import Entity, MutationType


def field_label(field: str) -> str:
    """A lead field's name, as the lead card calls it (the name itself when unknown)."""
    translate = QCoreApplication.translate
    names = {
        "first_name": translate("Fields", "First name"),
        "last_name": translate("Fields", "Last name"),
        "company": translate("Fields", "Company"),
        "job_title": translate("Fields", "Job title"),
        "phones": translate("Fields", "Phones"),
        "emails": translate("Fields", "Emails"),
        "need": translate("Fields", "Need"),
        "budget_notes": translate("Fields", "Budget notes"),
        "temperature": translate("Fields", "Temperature"),
        "quality": translate("Fields", "Quality"),
        "score": translate("Fields", "Score"),
        "time_zone": translate("Fields", "Time zone"),
        "city": translate("Fields", "City"),
        "stage": translate("Fields", "Stage"),
        "source": translate("Fields", "Source"),
        "next_call_at": translate("Fields", "Next call"),
        "nurture_until": translate("Fields", "Nurture until"),
        "campaign": translate("Fields", "Campaign"),
        "event_name": translate("Fields", "Event"),
    }
    return names.get(field, field)


def field_value(field: str, value: Any) -> str:
    """A field's value as a manager reads it: phones grouped, choices by name, times local."""
    if value is None or value == "" or value == []:
        return "—"
    enums: dict[str, Any] = {
        "temperature": (Temperature, temperature_label),
        "quality": (Quality, quality_label),
        "stage": (Stage, stage_label),
        "source": (Source, source_label),
    }
    try:
        if field in enums:
            kind, label = enums[field]
            return str(label(kind(value)))
        if field == "phones" and isinstance(value, list):
            return ", ".join(display_phone(str(v)) for v in value)
        if field in ("next_call_at", "nurture_until") and isinstance(value, str):
            return format_moment(datetime.fromisoformat(value))
    except ValueError:
        pass  # a value this version does not know: shown as it is
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def change_label(kind: str) -> str:
    """A queued write, for people."""
    translate = QCoreApplication.translate
    names = {
        MutationType.CALL_OUTCOME_RECORD.value: translate("Changes", "Call"),
        MutationType.CALL_OUTCOME_AMEND.value: translate("Changes", "Correction of a call"),
        MutationType.LEAD_CREATE.value: translate("Changes", "New lead"),
        MutationType.LEAD_UPDATE.value: translate("Changes", "Lead edit"),
        MutationType.LEAD_ADD_CONTACT.value: translate("Changes", "Contact person added"),
    }
    return names.get(kind, kind)


def record_label(entity: str) -> str:
    """A kind of record the server sends, for people."""
    translate = QCoreApplication.translate
    names = {
        Entity.LEAD.value: translate("Changes", "Lead"),
        Entity.SCRIPT.value: translate("Changes", "Call script"),
        Entity.LOSS_REASON.value: translate("Changes", "Loss reason"),
        Entity.OBJECTION_CATEGORY.value: translate("Changes", "Objection category"),
        Entity.SCRIPT_STATS.value: translate("Changes", "Script figures"),
        Entity.STAND_CAPTURE.value: translate("Changes", "Teammate's visitor"),
        Entity.CALL_OUTCOME.value: translate("Changes", "Call"),
    }
    return names.get(entity, entity)
