# SPDX-License-Identifier: MIT
"""Reading the catalogs and scripts pulled from the server."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import (
    InterestTagRow,
    LossReasonRow,
    ObjectionCategoryRow,
    ScriptRow,
    ScriptStatsRow,
)
from salesdesk.domain.catalog import DEFAULT_LANGUAGE, InterestTag, LossReason
from salesdesk.protocol.models import ScriptData, ScriptStatsData


def loss_reasons(session: Session, *, include_inactive: bool = True) -> dict[str, LossReason]:
    """The loss-reason catalog by ID, in display order."""
    query = select(LossReasonRow).order_by(LossReasonRow.position, LossReasonRow.label)
    if not include_inactive:
        query = query.where(LossReasonRow.active)
    return {
        row.id: LossReason(
            row.id, row.label, row.requires_comment, row.active, row.position, row.labels or {}
        )
        for row in session.scalars(query)
    }


def interest_tags(session: Session) -> dict[str, InterestTag]:
    """The interest-tag catalog by ID, in display order (retired ones too: leads keep them)."""
    query = select(InterestTagRow).order_by(InterestTagRow.position, InterestTagRow.label)
    return {
        row.id: InterestTag(
            row.id, row.label, tuple(row.events or ()), row.active, row.position, row.labels or {}
        )
        for row in session.scalars(query)
    }


def category_labels(session: Session) -> dict[str, dict[str, str]]:
    """The server's labels of the objection categories per language, by category ID."""
    return {
        row.id: {**(row.labels or {}), DEFAULT_LANGUAGE: row.label}
        for row in session.scalars(select(ObjectionCategoryRow))
    }


def script_documents(session: Session) -> list[dict[str, Any]]:
    """Every stored script in its wire form (as pulled), by ID."""
    return list(session.scalars(select(ScriptRow.data).order_by(ScriptRow.id)))


def scripts(session: Session) -> list[ScriptData]:
    """Every stored script, by ID."""
    return [ScriptData.model_validate(data) for data in script_documents(session)]


def team_script_stats(session: Session, script_id: str) -> ScriptStatsData | None:
    """The team's figures for a script as the server last sent them (None: none yet)."""
    row = session.get(ScriptStatsRow, script_id)
    return None if row is None else ScriptStatsData.model_validate(row.data)
