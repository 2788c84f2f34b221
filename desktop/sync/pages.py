# SPDX-License-Identifier: MIT
"""A pulled page checked against the wire models and made into the store's rows.

A change that does not fit its entity is quarantined with the reason and the rest of the
page goes on; entities this version does not know are counted and skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from pydantic import ValidationError as PydanticValidationError

from desktop.store.pulled import ParsedPage, Quarantined, outcome_row
from salesdesk.protocol.models import (
    Change,
    Entity,
    InterestTagData,
    LeadData,
    LossReasonData,
    ObjectionCategoryData,
    OutcomeRecordData,
    ScriptData,
    ScriptStatsData,
    StandCaptureData,
)
from salesdesk.sqltypes import to_db_time

KNOWN_ENTITIES = frozenset(Entity)


class _Unreadable(Exception):
    """One change that does not fit its entity (quarantined, the page goes on)."""


def parse_page(changes: Iterable[Change]) -> ParsedPage:
    """Check every change against its entity's model and make the store's rows.

    A change that does not fit is not applied: it is kept in ``page.quarantined`` with the
    reason (the rest of the page is applied and the cursor moves on: one bad change never
    stops a pull). Entities this version does not know are skipped (a newer server's).
    """
    page = ParsedPage()
    received = to_db_time(datetime.now(UTC))
    for change in changes:
        if change.entity not in KNOWN_ENTITIES:
            page.skipped += 1
            continue
        if change.op == "remove":
            page.removed.setdefault(change.entity, []).append(change.id)
            continue
        try:
            _parse_change(page, change, received)
        except _Unreadable as exc:
            page.quarantined.append(
                Quarantined(change.entity, change.id, change.version, change.data, str(exc))
            )
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "data"
            reason = f"{where}: {first['msg']}"
            page.quarantined.append(
                Quarantined(change.entity, change.id, change.version, change.data, reason)
            )
    return page


def _parse_change(page: ParsedPage, change: Change, received: str) -> None:
    if change.entity == Entity.LEAD:
        lead = LeadData.model_validate(change.data)
        if lead.id != change.id:
            raise _Unreadable(f"it carries the data of lead {lead.id}")
        page.add_lead(lead)
    elif change.entity == Entity.SCRIPT:
        page.scripts.append(ScriptData.model_validate(change.data))
    elif change.entity == Entity.LOSS_REASON:
        page.loss_reasons.append(LossReasonData.model_validate(change.data))
    elif change.entity == Entity.CALL_OUTCOME:
        outcome = OutcomeRecordData.model_validate(change.data)
        if outcome.id != change.id:
            raise _Unreadable(f"it carries the data of call {outcome.id}")
        page.outcomes.append(outcome_row(outcome, received))
    elif change.entity == Entity.SCRIPT_STATS:
        stats = ScriptStatsData.model_validate(change.data)
        if stats.script_id != change.id:
            raise _Unreadable(f"it carries the figures of script {stats.script_id}")
        page.stats.append((change.version, stats))
    elif change.entity == Entity.STAND_CAPTURE:
        capture = StandCaptureData.model_validate(change.data)
        if capture.id != change.id:
            raise _Unreadable(f"it carries the data of visitor {capture.id}")
        page.captures.append(capture)
    elif change.entity == Entity.INTEREST_TAG:
        page.interests.append(InterestTagData.model_validate(change.data))
    else:
        page.categories.append(ObjectionCategoryData.model_validate(change.data))
