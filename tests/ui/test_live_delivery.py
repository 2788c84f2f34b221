# SPDX-License-Identifier: MIT
"""A hot lead created on the server while the workstation waits reaches its store within
seconds — no timed sync — and rings: a notice with its name, source and age (real server,
real window offscreen)."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import LeadRow
from desktop.views.app import sync_controller
from desktop.views.main_window import MainWindow
from desktop.views.workspace import Workspace
from salesdesk.domain.vocabulary import Source, Temperature
from tests.e2e.sync.conftest import SyncWorld


def in_store(world: SyncWorld, lead_id: str) -> bool:
    with world.store.read() as session:
        return session.get(LeadRow, lead_id) is not None


def test_a_new_hot_lead_arrives_while_waiting_and_rings(qtbot: QtBot, world: SyncWorld) -> None:
    controller = sync_controller(world.store, 3600)  # the timed sync would come in an hour
    window = MainWindow(Workspace.open(world.store, world.clock), controller)
    qtbot.addWidget(window)
    with qtbot.waitSignal(controller.finished, timeout=20000):
        controller.start_auto()
    controller.start_live()
    qtbot.wait(700)  # the waiting pull is open
    created = time.monotonic()
    (lead_id,) = world.add_leads(1, "anna", first_name="Hanna", last_name="Heiss",
                                 temperature=Temperature.HOT, source=Source.SITE_CHAT)  # fmt: skip
    with qtbot.waitSignal(controller.arrived, timeout=10000):
        pass
    arrived = time.monotonic() - created
    assert in_store(world, lead_id) and arrived < 5, arrived
    assert window.notifier.last is not None
    title, text, noticed = window.notifier.last
    assert (title, noticed) == ("New hot lead", lead_id)
    assert text == "Hanna Heiss · Site chat · arrived just now"
    assert window.announce_hot_leads() == []  # each lead rings once
    # a cold lead arrives too, quietly
    (cold,) = world.add_leads(1, "anna", first_name="Carl", temperature=Temperature.COLD)
    with qtbot.waitSignal(controller.arrived, timeout=10000):
        pass
    assert in_store(world, cold) and window.notifier.last[2] == lead_id
    controller.stop()
    controller.wait(5000)
    with world.store.read() as session:
        assert len(session.scalars(select(LeadRow.id)).all()) == 2
