# SPDX-License-Identifier: MIT
"""Stand visitors through the real server: a colleague kept as a contact person (and found
again by her own number on another laptop), consent with its text version, the consent
report per event, a repeated push, and a bad contact person refused."""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from desktop.services.account import connect, login
from desktop.services.leads import LeadService, VisitorMatch
from desktop.services.local_store import open_profile_store
from desktop.services.preferences import PreferenceService
from desktop.store.db import Store
from desktop.store.models import StandCaptureRow
from desktop.sync.engine import SyncEngine, SyncSummary
from salesdesk.domain.lead import LeadDraft, consent_version
from salesdesk.domain.vocabulary import Source
from salesdesk.protocol.models import Mutation, MutationType
from server.models import LeadRow as ServerLeadRow
from server.services.events import set_event
from server.services.leads import lock_lead, write_changes
from server.services.reports import ReportFilters, run_report
from tests.e2e.sync.conftest import SyncWorld
from tests.unit.server.conftest import PASSWORD

EVENT = "RetailTech Expo 2026"
WORDS = "I agree that my contact details are stored and that I am contacted about my request."


def visitor(**fields: object) -> LeadDraft:
    values: dict[str, object] = {"source": Source.EXHIBITION, "event_name": EVENT}
    values.update(fields)
    return LeadDraft(**values)  # type: ignore[arg-type]


def test_contact_person_and_consent_reach_the_server_and_a_teammates_laptop(
    world: SyncWorld, tmp_path: Path
) -> None:
    (jonas,) = world.add_leads(1, "anna", phones=["+49301234567"], first_name="Jonas",
                               last_name="Keller", company="Keller Handel")  # fmt: skip
    world.sync()
    prefs = PreferenceService(world.store)
    prefs.save(replace(prefs.load(), stand_region="DE"))  # a Berlin fair, a US team
    leads = LeadService(world.store)
    petra = visitor(first_name="Petra", last_name="Keller", job_title="Head of buying",
                    phones=["030 1234567"], emails=["petra@keller.example"],
                    need="self-checkout")  # fmt: skip
    (match,) = leads.visitor_matches(petra)
    assert (match.lead.id, match.same_person, match.by_email) == (jonas, False, False)
    leads.attach_visitor(match, petra)
    eva = visitor(first_name="Eva", last_name="Neu", emails=["eva@neu.example"])
    eva.consent = leads.consent(True, EVENT, "en", WORDS)
    captured = leads.capture(eva)
    refused = visitor(first_name="Ole", last_name="Ohne", emails=["ole@ohne.example"])
    refused.consent = leads.consent(False, EVENT, "en", WORDS)
    leads.capture(refused)
    world.sync()
    with world.engine.connect() as connection:
        rows = {r.id: r for r in connection.execute(select(ServerLeadRow))}
        (person,) = rows[jonas].contacts
        assert (person["name"], person["role"], person["phones"], person["emails"]) == (
            "Petra Keller", "Head of buying", ["+49301234567"], ["petra@keller.example"]
        )  # fmt: skip
        assert person["event_name"] == EVENT and person["note"] == "self-checkout"
        consent = rows[captured.id].consent
        assert consent["given"] is True and consent["text"] == WORDS
        assert consent["text_version"] == consent_version(WORDS)
        report, _by = run_report(connection, "consent", ReportFilters(None, None, None, None))
    assert report.rows == [(EVENT, 2, 1, 50.0, 1, 0)]  # Jonas is no stand lead
    # another laptop of the team's manager: Petra returning is found by her own email
    laptop = open_profile_store(tmp_path / "laptop.sqlite3")
    try:
        login(laptop, world.server.url, "anna", PASSWORD)
        SyncEngine(laptop, connect(laptop)).run()
        there = LeadService(laptop)
        again = there.visitor_matches(visitor(first_name="Petra", last_name="Keller",
                                              emails=["Petra@Keller.example"]))  # fmt: skip
        assert [(m.lead.id, m.same_person, m.by_email) for m in again] == [(jonas, True, True)]
        assert again[0].person is not None and again[0].person.name == "Petra Keller"
        lead = there.lead(captured.id)
        assert lead is not None and lead.consent is not None and lead.consent.given
    finally:
        laptop.close()


def test_a_contact_person_is_added_once_and_a_bad_one_is_refused(world: SyncWorld) -> None:
    (lead_id,) = world.add_leads(1, "anna", phones=["+49301234567"])
    client = world.client()
    person = {"id": str(uuid.uuid4()), "name": "Petra Keller", "phones": ["+49 30 7654321"]}
    bad_person = {"id": str(uuid.uuid4()), "name": "", "phones": ["12"]}
    mutations = [
        Mutation(mutation_id=str(uuid.uuid4()), client_seq=seq,
                 type=MutationType.LEAD_ADD_CONTACT, entity_id=lead_id, data=data)
        for seq, data in enumerate([person, person, bad_person], start=1)
    ]  # fmt: skip
    results = client.push("laptop-1", mutations).results
    assert [r.status for r in results] == ["applied", "applied", "rejected"]
    assert "already added" in (results[1].reason or "")
    contacts = server_contacts(world, lead_id)
    assert [c["phones"] for c in contacts] == [["+49307654321"]]


def test_a_pending_contact_person_survives_a_pull_of_the_changed_lead(world: SyncWorld) -> None:
    """The pull comes first in a sync that cannot push (the server changed the lead since):
    the contact person added here stays on the lead and is pushed after."""
    (lead_id,) = world.add_leads(1, "anna", phones=["+49301234567"], company="Keller Handel")
    world.sync()
    with world.engine.begin() as connection:  # an admin renames the company on the server
        row = lock_lead(connection, lead_id)
        assert row is not None
        write_changes(connection, row, {"company": "Keller Handel GmbH"}, world.clock())
    leads = LeadService(world.store)
    match = VisitorMatch(leads.lead(lead_id), None, False, False)  # type: ignore[arg-type]
    leads.attach_visitor(match, visitor(first_name="Petra", last_name="Keller",
                                        emails=["petra@keller.example"]))  # fmt: skip
    engine = SyncEngine(world.store, world.client_of(world.store))
    engine.pull_all(SyncSummary())  # the changed lead arrives while the person is queued
    lead = leads.lead(lead_id)
    assert lead is not None and lead.company == "Keller Handel GmbH"
    assert [p.name for p in lead.contacts] == ["Petra Keller"]  # rebased, not lost
    world.sync()
    contacts = server_contacts(world, lead_id)
    assert [c["name"] for c in contacts] == ["Petra Keller"]


def server_contacts(world: SyncWorld, lead_id: str) -> list[dict[str, object]]:
    with world.engine.connect() as connection:
        query = select(ServerLeadRow.contacts).where(ServerLeadRow.id == lead_id)
        return list(connection.scalar(query) or [])


def laptop_of(world: SyncWorld, path: Path, username: str) -> Store:
    store = open_profile_store(path)
    login(store, world.server.url, username, PASSWORD)
    SyncEngine(store, connect(store)).run()
    return store


def test_teammates_at_an_event_see_each_others_captures_and_nothing_else(
    world: SyncWorld, tmp_path: Path
) -> None:
    world.add_user("boris")
    world.add_user("carl")  # a manager of the team, not on this stand
    with world.engine.begin() as connection:
        assert set_event(connection, EVENT, ["anna", "boris"], world.clock()) == ["anna", "boris"]
    (private,) = world.add_leads(1, "anna", first_name="Quiet", emails=["quiet@lead.example"])
    leads = LeadService(world.store)
    eva = leads.capture(visitor(first_name="Eva", last_name="Neu", company="Neu AG",
                                emails=["eva@neu.example"], phones=["+49 30 5550101"]))  # fmt: skip
    leads.capture(visitor(first_name="Olaf", event_name="Another Fair",
                          emails=["olaf@else.example"]))  # fmt: skip
    world.sync()
    boris = laptop_of(world, tmp_path / "boris.sqlite3", "boris")
    carl = laptop_of(world, tmp_path / "carl.sqlite3", "carl")
    try:
        there = LeadService(boris)
        day = there.stand_day(EVENT)
        assert [(v.name, v.company, v.emails, v.captured_by) for v in day] == [
            ("Eva Neu", "Neu AG", ("eva@neu.example",), "anna")
        ]
        assert there.lead(eva.id) is None and there.lead(private) is None  # not his leads
        with boris.read() as session:
            assert session.scalars(select(StandCaptureRow.name)).all() == ["Eva Neu"]
        # Eva comes back to Boris's laptop: recognised, with who has her
        back = there.teammate_capture(visitor(emails=["EVA@neu.example"]))
        assert back is not None and (back.id, back.captured_by) == (eva.id, "anna")
        assert LeadService(carl).stand_day(EVENT) == []  # not on the stand: nothing
        with carl.read() as session:
            assert session.scalars(select(StandCaptureRow)).all() == []
    finally:
        boris.close()
        carl.close()
    # taken off the stand: a new laptop of Boris's no longer receives the capture
    with world.engine.begin() as connection:
        set_event(connection, EVENT, ["anna"], world.clock())
    again = laptop_of(world, tmp_path / "boris2.sqlite3", "boris")
    try:
        assert LeadService(again).stand_day(EVENT) == []
    finally:
        again.close()
