# SPDX-License-Identifier: MIT
"""UI fixtures: a local store with a lead, the default catalogs and the English script."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from importlib import resources

import pytest
import yaml
from pytestqt.qtbot import QtBot

from desktop.services.calls import CallService
from desktop.store.db import Store
from desktop.store.leads import insert_lead
from desktop.store.models import LossReasonRow, ScriptRow
from desktop.views.app import application
from desktop.views.i18n import install_language
from desktop.views.main_window import MainWindow
from desktop.views.workspace import Workspace
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.vocabulary import Temperature
from salesdesk.protocol.models import ScriptData
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
                    labels=entry.get("labels", {}),
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


class MovingClock:
    """A clock the test moves by hand (starts at NOW)."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


#: The queue the ``window`` fixture starts with, by lead ID: (name, phone, temperature, age).
QUEUE_LEADS = {
    "lead-hot": ("Hanna Hot", "+4930123456", Temperature.HOT, timedelta(hours=2)),
    "lead-warm": ("Willi Warm", "+4940123456", Temperature.WARM, timedelta(hours=3)),
    "lead-tokyo": ("Taro Tokyo", "+81312345678", Temperature.HOT, timedelta(hours=1)),
    "lead-newyork": ("Nora York", "+12125550123", Temperature.HOT, timedelta(hours=1)),
}


def add_queue_leads(store: Store) -> None:
    """Leads in Berlin and Hamburg (callable at NOW), Tokyo and New York (night there)."""
    with store.write() as session:
        for lead_id, (name, phone, temperature, age) in QUEUE_LEADS.items():
            first, last = name.split()
            lead = create_lead(
                LeadDraft(
                    first_name=first,
                    last_name=last,
                    company=f"{last} AG",
                    phones=[phone],
                    temperature=temperature,
                ),
                now=NOW - age,
                default_region="DE",
                lead_id=lead_id,
            )
            insert_lead(session, lead)


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock()


@pytest.fixture
def workspace(calls: CallService, clock: MovingClock) -> Workspace:
    """Services over the ``calls`` store (Anna plus QUEUE_LEADS), on a clock the test moves."""
    add_queue_leads(calls.store)
    workspace = Workspace.open(calls.store, clock, "Olga Ivanova")
    workspace.system_dialer = lambda: False  # no tel: program here, whatever the machine has
    return workspace


@pytest.fixture(autouse=True)
def app_as_it_starts(qapp: object) -> None:
    """The application as Salesdesk sets it up (English with its plural forms), whichever
    test made the QApplication."""
    application()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window, shown offscreen, without a sync controller (offline), in English
    (with its plural forms, as the app installs it)."""
    install_language(application(), "en")
    main = MainWindow(workspace)
    # a test that fails mid-call must not block on the "quit during a call?" question
    qtbot.addWidget(main, before_close_func=lambda w: w.call.reset())
    main.show()
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2000)
    yield main


from tests.e2e.sync.conftest import world  # noqa: E402, F401  (the live server + logged-in profile)
