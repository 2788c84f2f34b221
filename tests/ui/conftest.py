# SPDX-License-Identifier: MIT
"""UI fixtures: a local store with a lead, the default catalogs and the English script."""

from __future__ import annotations

from datetime import timedelta
from importlib import resources

import pytest
import yaml

from desktop.domain.lead import LeadDraft, create_lead
from desktop.services.calls import CallService
from desktop.store.db import Store
from desktop.store.leads import insert_lead
from desktop.store.models import LossReasonRow, ScriptRow
from protocol.models import ScriptData
from tests.conftest import NOW


@pytest.fixture
def calls(store: Store) -> CallService:
    """A CallService over a store holding one lead, the loss reasons and the script."""
    catalogs = yaml.safe_load(
        resources.files("server.content").joinpath("catalogs.yaml").read_text("utf-8")
    )
    script = yaml.safe_load(
        resources.files("server.content").joinpath("script.en.yaml").read_text("utf-8")
    )
    data = ScriptData.model_validate({**script, "version": 1})
    lead = create_lead(
        LeadDraft(
            first_name="Anna", last_name="Berg", company="Nordwind GmbH", phones=["+4915123456789"]
        ),
        now=NOW - timedelta(days=1),
        default_region="DE",
        lead_id="lead-anna",
    )
    with store.write() as session:
        insert_lead(session, lead)
        for position, entry in enumerate(catalogs["loss_reasons"]):
            session.add(
                LossReasonRow(
                    id=entry["id"],
                    label=entry["label"],
                    requires_comment=entry.get("requires_comment", False),
                    active=True,
                    position=position,
                )
            )
        session.add(
            ScriptRow(
                id=data.id,
                name=data.name,
                version=1,
                language="en",
                data=data.model_dump(mode="json"),
            )
        )
    return CallService(store, clock=lambda: NOW)
