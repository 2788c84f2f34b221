# SPDX-License-Identifier: MIT
"""Interest in one tap through the real server: the team's topics reach the stand's laptop
(only those offered at the event, retired ones no longer offered), a visitor's ticked topics
and agreed follow-up reach the server as the lead's interests and next step, and a topic
the server does not know is refused with its code."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.services.leads import LeadService
from salesdesk.domain.lead import LeadDraft
from salesdesk.domain.vocabulary import NextStep, Source
from salesdesk.protocol.models import Mutation, MutationType
from server.models import LeadRow as ServerLeadRow
from server.services.content import set_interest_active, upsert_interest_tag
from server.services.reports import ReportFilters, run_report
from tests.e2e.sync.conftest import SyncWorld

EVENT = "RetailTech Expo 2026"


def add_topics(world: SyncWorld) -> None:
    with world.engine.begin() as connection:
        upsert_interest_tag(connection, {"id": "pos", "label": "POS terminals",
                                         "labels": {"ru": "POS-терминалы"},
                                         "events": [EVENT]}, world.clock())  # fmt: skip
        upsert_interest_tag(connection, {"id": "crm", "label": "CRM integration"}, world.clock())
        upsert_interest_tag(connection, {"id": "build", "label": "Building sites",
                                         "events": ["Build & Design Week 2026"]},
                            world.clock())  # fmt: skip


def test_topics_and_the_follow_up_reach_the_server(world: SyncWorld) -> None:
    add_topics(world)
    world.sync()
    leads = LeadService(world.store, clock=world.clock)
    offered = [tag.id for tag in leads.offered_interests(" retailtech expo 2026 ")]
    assert offered == ["pos", "crm"]  # not the building fair's topic
    assert [t.label_in("ru") for t in leads.offered_interests(EVENT)] == [
        "POS-терминалы", "CRM integration"
    ]  # fmt: skip
    visitor = LeadDraft(first_name="Irina", last_name="Volkova", phones=["+7 383 212-34-56"],
                        source=Source.EXHIBITION, event_name=EVENT, interests=["crm", "pos"],
                        next_step=NextStep.SEND_MATERIALS)  # fmt: skip
    due, zone, theirs = leads.follow_up_due(visitor)
    assert (zone, theirs) == ("Asia/Novosibirsk", True)  # +7 383: a Novosibirsk landline
    there = ZoneInfo("Asia/Novosibirsk")
    tomorrow = world.clock().astimezone(there).date() + timedelta(days=1)
    assert due == datetime.combine(tomorrow, time(9, 0), tzinfo=there)  # their morning
    lead = leads.capture(visitor)
    assert lead.next_call_at == due
    world.sync()
    with world.engine.connect() as connection:
        row = connection.execute(select(ServerLeadRow).where(ServerLeadRow.id == lead.id)).one()
    assert (row.interests, row.next_step) == (["crm", "pos"], "send_materials")
    assert row.next_call_at == due
    with world.engine.connect() as connection:  # what the stand heard, per event
        topics, _ = run_report(connection, "interests", ReportFilters(None, None, None, None))
        steps, _ = run_report(
            connection, "interests", ReportFilters(None, None, None, None), "next-step"
        )
        russian, _ = run_report(
            connection, "interests", ReportFilters(None, None, None, None, language="ru")
        )
    assert topics.rows == [(EVENT, "CRM integration", 1, 100.0, 0),
                           (EVENT, "POS terminals", 1, 100.0, 0)]  # fmt: skip
    assert steps.rows == [(EVENT, "send_materials", 1, 100.0, 0)]
    assert [r[1] for r in russian.rows] == ["CRM integration", "POS-терминалы"]
    # the team lead retires a topic: the stand no longer offers it; the lead keeps it
    with world.engine.begin() as connection:
        set_interest_active(connection, "pos", False, world.clock())
    world.sync()
    assert [tag.id for tag in leads.offered_interests(EVENT)] == ["crm"]
    kept = leads.lead(lead.id)
    assert kept is not None and kept.interests == ("crm", "pos")
    assert kept.next_step is NextStep.SEND_MATERIALS


def test_a_topic_the_server_does_not_know_is_refused(world: SyncWorld) -> None:
    add_topics(world)
    mutation = Mutation(
        mutation_id=str(uuid.uuid4()),
        client_seq=1,
        type=MutationType.LEAD_CREATE,
        entity_id=str(uuid.uuid4()),
        data={"emails": ["x@example.org"], "source": "exhibition", "event_name": EVENT,
              "interests": ["crm", "made-up"]},
    )  # fmt: skip
    (result,) = world.client().push("laptop-1", [mutation]).results
    assert (result.status, result.code) == ("rejected", "unknown_interest")
    assert result.params == {"value": "made-up"}
    too_many = mutation.model_copy(
        update={"mutation_id": str(uuid.uuid4()), "client_seq": 2,
                "data": {**mutation.data, "interests": [f"t{i}" for i in range(21)]}}
    )  # fmt: skip
    (result,) = world.client().push("laptop-1", [too_many]).results
    assert result.status == "rejected" and "interests" in (result.reason or "")


def test_a_follow_up_needs_its_day(world: SyncWorld) -> None:
    """A next step pushed without when it is due is refused, not stored as undated."""
    mutation = Mutation(
        mutation_id=str(uuid.uuid4()),
        client_seq=1,
        type=MutationType.LEAD_CREATE,
        entity_id=str(uuid.uuid4()),
        data={"emails": ["y@example.org"], "source": "exhibition", "event_name": EVENT,
              "next_step": "meeting"},
    )  # fmt: skip
    (result,) = world.client().push("laptop-1", [mutation]).results
    assert (result.status, result.code) == ("rejected", "follow_up_needs_time")
    dated = mutation.model_copy(
        update={"mutation_id": str(uuid.uuid4()), "client_seq": 2, "entity_id": str(uuid.uuid4()),
                "data": {**mutation.data, "next_call_at":
                         (world.clock() + timedelta(days=1)).isoformat()}}
    )  # fmt: skip
    (result,) = world.client().push("laptop-1", [dated]).results
    assert result.status == "applied"
