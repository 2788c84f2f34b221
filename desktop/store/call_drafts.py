# SPDX-License-Identifier: MIT
"""The call in progress as a draft in the store, and the leads skipped in the power dialer.

The draft is written at every change of the call (start, notes, marks, hang-up) so that a
crash, a kill or a restart reopens the call; recording its outcome deletes it in the same
transaction (``desktop.store.outcomes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.store.models import CallDraftRow, SkipRow
from salesdesk.domain.vocabulary import SkipReason


@dataclass(frozen=True, slots=True)
class CallDraft:
    """A call not yet recorded: with whom, since when, and what was typed and marked."""

    lead_id: str
    started_at: datetime
    saved_at: datetime
    ended_at: datetime | None = None
    notes: str = ""
    raised: frozenset[str] = field(default_factory=frozenset)
    used: frozenset[str] = field(default_factory=frozenset)
    #: a guided call: the path through the script graph and the answers given
    path: tuple[str, ...] = ()
    answers: dict[str, Any] = field(default_factory=dict)


def save_draft(session: Session, draft: CallDraft) -> None:
    """Keep the call in progress (the only one: any other draft is replaced)."""
    session.execute(delete(CallDraftRow).where(CallDraftRow.lead_id != draft.lead_id))
    session.merge(
        CallDraftRow(
            lead_id=draft.lead_id,
            started_at=draft.started_at,
            ended_at=draft.ended_at,
            saved_at=draft.saved_at,
            notes=draft.notes,
            raised=sorted(draft.raised),
            used=sorted(draft.used),
            guided={"path": list(draft.path), "answers": dict(draft.answers)},
        )
    )


def load_draft(session: Session) -> CallDraft | None:
    """The call left in progress, if any."""
    row = session.scalars(select(CallDraftRow).order_by(CallDraftRow.saved_at.desc())).first()
    if row is None:
        return None
    return CallDraft(
        lead_id=row.lead_id,
        started_at=row.started_at,
        saved_at=row.saved_at,
        ended_at=row.ended_at,
        notes=row.notes,
        raised=frozenset(row.raised),
        used=frozenset(row.used),
        path=tuple((row.guided or {}).get("path", ())),
        answers=dict((row.guided or {}).get("answers", {})),
    )


def delete_draft(session: Session, lead_id: str | None = None) -> None:
    """Forget the draft (of this lead only, when given)."""
    statement = delete(CallDraftRow)
    if lead_id is not None:
        statement = statement.where(CallDraftRow.lead_id == lead_id)
    session.execute(statement)


def record_skip(session: Session, lead_id: str, reason: SkipReason, at: datetime) -> None:
    """Note that the manager moved past this lead without calling it, and why."""
    session.add(SkipRow(lead_id=lead_id, reason=reason.value, skipped_at=at))


def skips_since(session: Session, since: datetime) -> int:
    """How many leads were skipped since this moment."""
    return session.scalar(select(func.count()).where(SkipRow.skipped_at >= since)) or 0
