# SPDX-License-Identifier: MIT
"""One field-size contract: the core's limits are the domain's, the wire's and both stores'."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel

from desktop.store.models import LeadRow as DesktopLeadRow
from salesdesk.domain.errors import ValidationErrors
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.limits import CONTACT, LEAD_TEXT_LIMITS, ZONE
from salesdesk.protocol.models import LeadCreateData, LeadData, LeadUpdateData
from server.models import LeadRow as ServerLeadRow


def wire_limit(model: type[BaseModel], name: str) -> int | None:
    found: list[int] = []

    def walk(metadata: list[Any]) -> None:
        for item in metadata:
            if getattr(item, "max_length", None) is not None:
                found.append(item.max_length)

    info = model.model_fields[name]
    walk(info.metadata)
    for arg in getattr(info.annotation, "__args__", ()):  # Optional[...]
        walk(getattr(arg, "__metadata__", ()))
    return found[0] if found else None


@pytest.mark.parametrize("name", sorted(LEAD_TEXT_LIMITS))
@pytest.mark.parametrize("model", [LeadData, LeadCreateData, LeadUpdateData])
def test_the_wire_models_take_the_core_limit(model: type[BaseModel], name: str) -> None:
    assert wire_limit(model, name) == LEAD_TEXT_LIMITS[name]


@pytest.mark.parametrize("name", sorted(LEAD_TEXT_LIMITS))
@pytest.mark.parametrize("table", [ServerLeadRow, DesktopLeadRow])
def test_both_stores_hold_what_the_core_allows(table: Any, name: str) -> None:
    length = getattr(table.__table__.c[name].type, "length", None)
    assert length is None or length == LEAD_TEXT_LIMITS[name]


def test_contacts_and_zones_share_their_limits() -> None:
    assert wire_limit(LeadData, "time_zone") == ZONE
    assert ServerLeadRow.__table__.c["time_zone"].type.length == ZONE
    contact = LeadData.model_fields["phones"].annotation.__args__[0]  # list[Contact]
    assert contact.__metadata__[0].max_length == CONTACT


@pytest.mark.parametrize("name", sorted(LEAD_TEXT_LIMITS))
def test_the_domain_refuses_one_character_over_the_limit(name: str) -> None:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    limit = LEAD_TEXT_LIMITS[name]
    fits = create_lead(LeadDraft(emails=["a@b.io"], **{name: "x" * limit}), now=now,
                       default_region="DE")  # fmt: skip
    assert len(getattr(fits, name)) == limit
    with pytest.raises(ValidationErrors) as info:
        create_lead(LeadDraft(emails=["a@b.io"], **{name: "x" * (limit + 1)}), now=now,
                    default_region="DE")  # fmt: skip
    assert [e.field for e in info.value.errors] == [name]
