# SPDX-License-Identifier: MIT
"""The workspace over the demo data, as the demo's team lead (teamlead1, of manager1..3):
each tab's figures are the ones counted here by hand from the server's own tables."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.account import connect, login
from desktop.services.local_store import open_profile_store
from desktop.services.team import TeamService
from desktop.sync.engine import SyncEngine
from desktop.views.team_view import TeamView
from server.demo.load import load_demo_data
from server.models import LeadRow, UserRow
from tests.e2e.sync.conftest import SyncWorld
from tests.unit.server.conftest import PASSWORD


def test_the_demo_team_leads_workspace_counts_what_the_tables_hold(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path
) -> None:
    now = world.clock()
    with world.engine.begin() as connection:
        load_demo_data(connection, managers=4, leads=240, password=PASSWORD, seed=3, now=now)
    with world.engine.connect() as connection:
        team = dict(connection.execute(
            select(UserRow.id, UserRow.username)
            .where(UserRow.username.in_(["manager1", "manager2", "manager3", "teamlead1"]))
        ).all())  # fmt: skip
        leads = connection.execute(
            select(LeadRow.source, LeadRow.stage, LeadRow.created_at, LeadRow.assignee_id,
                   LeadRow.review_state)
        ).all()  # fmt: skip
    since = (now - timedelta(days=29)).replace(hour=0, minute=0, second=0, microsecond=0)
    ours = [lead for lead in leads if lead.assignee_id in team]
    recent = [lead for lead in ours if lead.created_at >= since]
    arrived = Counter(lead.source for lead in recent)
    converted = Counter(lead.source for lead in recent if lead.stage == "converted")
    store = open_profile_store(tmp_path / "teamlead1.sqlite3")
    login(store, world.server.url, "teamlead1", PASSWORD)
    SyncEngine(store, connect(store)).run()
    view = TeamView(TeamService(store, world.clock))
    qtbot.addWidget(view)
    view.show()
    view.open()  # conversion by source, the last 30 days
    shown = {view.shown.rows[i][0]: view.shown.rows[i][1:3] for i in range(len(view.shown.rows))}  # type: ignore[union-attr]
    assert shown == {s: [arrived[s], converted[s]] for s in arrived}
    best = max(arrived, key=lambda s: (100 * converted[s] / arrived[s], s))
    assert round(view.chart.bars[0][1], 1) == round(100 * converted[best] / arrived[best], 1)
    assert len(view.chart.bars) == min(15, len(arrived))
    # one manager: only their leads
    manager2 = [lead for lead in recent if team[lead.assignee_id] == "manager2"]
    view.manager_combo.setCurrentIndex(view.manager_combo.findData("manager2"))
    assert sum(row[1] for row in view.shown.rows) == len(manager2)  # type: ignore[union-attr]
    view.manager_combo.setCurrentIndex(0)

    view.tabs.setCurrentWidget(view.review)  # the demo keeps a possible duplicate each
    duplicates = [lead for lead in ours if lead.review_state == "duplicate"]
    assert [item.kind for item in view.review.items] == ["duplicate"] * len(duplicates) != []
    first = view.review.items[0]  # the manager by name (the demo's managers have names)
    assert view.review.table.item(0, 2).text() == first.manager_name != first.manager  # type: ignore[union-attr]

    view.tabs.setCurrentWidget(view.assignment)
    pool = [lead for lead in leads if lead.assignee_id is None]
    assert view.assignment.total == len(ours) + len(pool)
    assignment = view.assignment
    assignment.source.setCurrentIndex(assignment.source.findData("exhibition"))
    assert assignment.total == sum(1 for lead in ours + pool if lead.source == "exhibition")
    loads = {load.username: load.open for load in assignment.loads}
    open_stages = ("new", "qualifying", "nurturing")
    assert loads == {
        name: sum(
            1 for lead in ours if team[lead.assignee_id] == name and lead.stage in open_stages
        )
        for name in ("manager1", "manager2", "manager3")
    }
