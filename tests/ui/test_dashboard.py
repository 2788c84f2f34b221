# SPDX-License-Identifier: MIT
"""The dashboard window and the win rates in the script panel, offscreen."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.services.changes import Changed
from desktop.store.models import ScriptStatsRow
from desktop.views.dashboard import PERIODS, DashboardDialog
from desktop.views.main_window import MainWindow
from salesdesk.domain.outcome import OutcomeDraft
from salesdesk.domain.vocabulary import Disposition, ObjectionCategory, Result
from tests.conftest import NOW


def save_call(window: MainWindow, lead_id: str, disposition: Disposition, result: Result,
              **extra: object) -> None:  # fmt: skip
    """Save an outcome through the call service (it announces the change like the form)."""
    draft = OutcomeDraft(
        lead_id, NOW - timedelta(minutes=10), 120, disposition, result,
        **extra,  # type: ignore[arg-type]
    )  # fmt: skip
    window.ws.calls.record(draft)


def counted(qtbot: QtBot, dashboard: DashboardDialog) -> DashboardDialog:
    """Wait for the background count to be drawn."""
    qtbot.waitUntil(lambda: not dashboard.computing, timeout=10_000)
    return dashboard


def open_dashboard(qtbot: QtBot, window: MainWindow) -> DashboardDialog:
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.dashboard is not None
    qtbot.waitUntil(window.dashboard.isVisible, timeout=2000)
    return counted(qtbot, window.dashboard)


def test_ctrl_d_opens_the_dashboard_and_it_follows_saved_calls(
    qtbot: QtBot, window: MainWindow
) -> None:
    dashboard = open_dashboard(qtbot, window)
    assert PERIODS[dashboard.period_box.currentIndex()] == "today"
    assert dashboard.tiles["calls"].value.text() == "0"
    assert dashboard.tiles["connect"].value.text() == "—"
    assert dashboard.message.text() == "No calls in this period."
    save_call(window, "lead-hot", Disposition.CONNECTED, Result.LOST, loss_reason_id="price_high",
              objections=("price-expensive",))  # fmt: skip
    counted(qtbot, dashboard)
    assert dashboard.tiles["calls"].value.text() == "1"
    assert dashboard.funnel_chart.values == [1, 1, 0]
    assert dashboard.loss_chart.labels == ["Price too high / found cheaper"]
    assert dashboard.loss_chart.values == [1]
    categories = dict(zip(ObjectionCategory, dashboard.objections_chart.values, strict=True))
    assert categories[ObjectionCategory.PRICE] == 1 and sum(categories.values()) == 1
    # lead-hot arrived 2 h before the call (10 min ago): speed to lead 110 min = 1.8 h
    assert dashboard.tiles["speed"].value.text() == "1.8 h"
    save_call(window, "lead-warm", Disposition.NO_ANSWER, Result.NONE)
    counted(qtbot, dashboard)
    assert dashboard.tiles["calls"].value.text() == "2"
    assert dashboard.tiles["connect"].value.text() == "50%"
    dispositions = dict(zip(Disposition, dashboard.dispositions_chart.values, strict=True))
    assert (dispositions[Disposition.CONNECTED], dispositions[Disposition.NO_ANSWER]) == (1, 1)
    assert dashboard.message.text() == ""
    # the chart views hold real charts with one bar per label
    chart = dashboard.dispositions_chart.chart()
    [series] = chart.series()
    assert series.barSets()[0].count() == len(Disposition)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.dashboard is dashboard  # one window, brought to the front


def test_periods(qtbot: QtBot, window: MainWindow) -> None:
    save_call(window, "lead-hot", Disposition.CONNECTED, Result.QUALIFIED)
    dashboard = open_dashboard(qtbot, window)
    dashboard.period_box.setCurrentIndex(PERIODS.index("week"))
    counted(qtbot, dashboard)
    # NOW is Wednesday 25 Nov 2026: the week started on Monday the 23rd
    assert dashboard.first_day.date() == QDate(2026, 11, 23)
    assert dashboard.last_day.date() == QDate(2026, 11, 25)
    assert not dashboard.first_day.isEnabled()
    assert dashboard.tiles["qualified"].value.text() == "1"
    dashboard.period_box.setCurrentIndex(PERIODS.index("custom"))
    assert dashboard.first_day.isEnabled()
    dashboard.first_day.setDate(QDate(2025, 1, 6))
    dashboard.last_day.setDate(QDate(2025, 1, 12))
    counted(qtbot, dashboard)
    assert dashboard.period().start.date() == date(2025, 1, 6)
    assert dashboard.tiles["calls"].value.text() == "0"
    assert dashboard.tiles["kept"].value.text() == "—"
    assert dashboard.loss_chart.labels == ["No lost calls"]


def test_export_writes_csv_and_reports_a_failure(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    save_call(window, "lead-hot", Disposition.BUSY, Result.NONE)
    dashboard = open_dashboard(qtbot, window)
    path = dashboard.export(tmp_path / "today.csv")
    assert path is not None and dashboard.message.text() == "Saved to today.csv"
    with path.open(encoding="utf-8") as handle:
        values = {(r[2], r[3]): r[4] for r in list(csv.reader(handle))[1:]}
    assert values[("summary", "calls")] == "1"
    assert values[("disposition", "busy")] == "1"
    assert dashboard.export(tmp_path) is None  # a folder: nothing written, said so
    assert dashboard.message.text().startswith("Could not write the file")


def test_the_script_shows_win_rates_mine_and_the_team(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.script_panel
    assert panel.figures_text("price-expensive-roi") == ""  # nobody used it yet
    save_call(window, "lead-hot", Disposition.CONNECTED, Result.QUALIFIED,
              objections=("price-expensive",), answers_used=("price-expensive-roi",))  # fmt: skip
    assert panel.figures_text("price-expensive-roi") == "you: too few calls (1)"
    with window.ws.store.write() as session:
        session.add(
            ScriptStatsRow(
                script_id="b2b-discovery",
                version=1,
                data={
                    "script_id": "b2b-discovery",
                    "computed_at": NOW.isoformat(),
                    "answers": {"price-expensive-roi": {"calls": 120, "won": 41, "lost": 30}},
                    "objections": {"price-expensive": {"calls": 7, "won": 1, "lost": 2}},
                },
            )
        )
    window.ws.bus.announce(Changed.SYNC)  # what a finished sync announces
    assert panel.figures_text("price-expensive-roi") == (
        "you: too few calls (1) · team: wins 34% · 120 calls"
    )
    assert panel.figures_text("price-expensive") == (
        "you: too few calls (1) · team: too few calls (7)"
    )
    panel.search.setText("expensive")  # the objections found show their figures
    assert "team: wins 34% · 120 calls" in panel.browser.toPlainText()


def test_long_labels_are_cut_with_the_whole_text_in_a_tooltip(qtbot: QtBot) -> None:
    """Found: a loss-reason label cut off by the chart with no way to read it."""
    from desktop.views.dashboard import BarChart

    chart = BarChart("#e53935")
    qtbot.addWidget(chart)
    chart.resize(400, 260)
    chart.show()
    long = "No budget or budget below our prices this year and the next"
    twin = "No budget or budget below our prices this year, maybe in spring"
    chart.show_bars("Loss reasons", [long, twin, "Other"], [7, 3, 1])
    shown = chart.shown_labels
    assert shown[0].startswith("No budget") and shown[0].endswith("…") and len(shown[0]) < len(long)
    assert shown[0] != shown[1]  # two cut labels that start alike stay two bars
    assert shown[2] == "Other"
    assert chart.toolTip().splitlines() == [f"{long}: 7", f"{twin}: 3", "Other: 1"]
    axis = next(a for a in chart.chart().axes() if a.type() == a.type().AxisTypeBarCategory)
    assert len(axis.categories()) == 3
    chart.resize(1800, 260)  # room enough: the whole labels come back
    qtbot.waitUntil(lambda: chart.shown_labels[0] == long, timeout=2000)
