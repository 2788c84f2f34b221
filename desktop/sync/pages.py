# SPDX-License-Identifier: MIT
"""A pulled page checked against the wire models and made into the store's rows.

A malformed change is a ``ProtocolError`` naming it (the engine refuses the page and
nothing is written); entities this version does not know are counted and skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from pydantic import ValidationError as PydanticValidationError

from desktop.store.pulled import ParsedPage, lead_row, outcome_row
from desktop.sync.errors import ProtocolError
from salesdesk.domain.contacts import duplicate_keys
from salesdesk.protocol.models import (
    Change,
    Entity,
    LeadData,
    LossReasonData,
    ObjectionCategoryData,
    OutcomeRecordData,
    ScriptData,
    ScriptStatsData,
)
from salesdesk.sqltypes import to_db_time

KNOWN_ENTITIES = frozenset(Entity)


def _malformed(detail: str) -> ProtocolError:
    return ProtocolError(f"the server sent a malformed change: {detail}")


def parse_page(changes: Iterable[Change]) -> ParsedPage:
    """Check every change against its entity's model; a ProtocolError names the first bad one.

    Entities this version does not know are skipped (a newer server may send more).
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
            if change.entity == Entity.LEAD:
                lead = LeadData.model_validate(change.data)
                if lead.id != change.id:
                    raise _malformed(f"lead {change.id} carries the data of {lead.id}")
                page.leads.append(lead_row(lead))
                page.keys[lead.id] = duplicate_keys(lead.phones, lead.emails)
            elif change.entity == Entity.SCRIPT:
                page.scripts.append(ScriptData.model_validate(change.data))
            elif change.entity == Entity.LOSS_REASON:
                page.loss_reasons.append(LossReasonData.model_validate(change.data))
            elif change.entity == Entity.CALL_OUTCOME:
                outcome = OutcomeRecordData.model_validate(change.data)
                if outcome.id != change.id:
                    raise _malformed(f"call_outcome {change.id} carries the data of {outcome.id}")
                page.outcomes.append(outcome_row(outcome, received))
            elif change.entity == Entity.SCRIPT_STATS:
                stats = ScriptStatsData.model_validate(change.data)
                if stats.script_id != change.id:
                    raise _malformed(f"script_stats {change.id} carries {stats.script_id}")
                page.stats.append((change.version, stats))
            else:
                page.categories.append(ObjectionCategoryData.model_validate(change.data))
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "data"
            raise _malformed(f"{change.entity} {change.id[:64]}: {where}: {first['msg']}") from exc
    return page
