# SPDX-License-Identifier: MIT
"""What the window works with: the store, its services, the clock and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from desktop.services.analytics import AnalyticsService
from desktop.services.calls import CallService
from desktop.services.dialer import system_dialer_available
from desktop.services.leads import LeadService
from desktop.services.preferences import PreferenceService
from desktop.services.problems import ProblemService
from desktop.services.queue import QueueService
from desktop.services.script_editing import ScriptEditing
from desktop.services.team import TeamService
from desktop.services.team_work import TeamWorkService
from desktop.store.db import Store
from desktop.views.changes import ChangeBus


@dataclass
class Workspace:
    """The services over one store, all announcing their writes on one ChangeBus.

    Attributes:
        store, clock, bus: as given / made; the services over them.
        manager_name: who is logged in ("" when nobody).
    """

    store: Store
    clock: Callable[[], datetime]
    bus: ChangeBus
    calls: CallService
    leads: LeadService
    queue: QueueService
    problems: ProblemService
    preferences: PreferenceService
    analytics: AnalyticsService
    scripts: ScriptEditing
    team: TeamService
    team_work: TeamWorkService
    manager_name: str = ""
    # whether this desktop has a program for tel: links (tests say no)
    system_dialer: Callable[[], bool] = system_dialer_available

    @classmethod
    def open(cls, store: Store, clock: Callable[[], datetime], manager_name: str = "") -> Workspace:
        """Services over one store, all reporting their writes to one ChangeBus."""
        bus = ChangeBus()
        return cls(
            store=store,
            clock=clock,
            bus=bus,
            calls=CallService(store, clock, bus.announce),
            leads=LeadService(store, clock, bus.announce),
            queue=QueueService(store, clock),
            problems=ProblemService(store, clock, bus.announce),
            preferences=PreferenceService(store, bus.announce),
            analytics=AnalyticsService(store, clock),
            scripts=ScriptEditing(store, clock),
            team=TeamService(store, clock),
            team_work=TeamWorkService(store, clock),
            manager_name=manager_name,
        )
