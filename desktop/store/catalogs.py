# SPDX-License-Identifier: MIT
"""Reading the catalogs and scripts pulled from the server."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import LossReasonRow
from salesdesk.domain.catalog import LossReason


def loss_reasons(session: Session, *, include_inactive: bool = True) -> dict[str, LossReason]:
    """The loss-reason catalog by ID, in display order."""
    query = select(LossReasonRow).order_by(LossReasonRow.position, LossReasonRow.label)
    if not include_inactive:
        query = query.where(LossReasonRow.active)
    return {
        row.id: LossReason(row.id, row.label, row.requires_comment, row.active, row.position)
        for row in session.scalars(query)
    }
