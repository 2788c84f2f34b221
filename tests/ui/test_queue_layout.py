# SPDX-License-Identifier: MIT
"""The queue at common screen sizes: found at 1366 px, "Callback late…" lost its time, "Хол…"
and "Тёплы" were cut, Tries/Source/Their time were off-screen; at 1920 px a header read
"heir ti"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.views.i18n import install_language
from desktop.views.main_window import MainWindow
from desktop.views.queue_panel import DOT_WIDTH, MUST_SHOW, PADDING


def shown_columns(window: MainWindow) -> list[int]:
    table = window.queue_panel.table
    return [c for c in range(window.queue_panel.model.columnCount()) if not table.isColumnHidden(c)]


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_queue_fits_its_panel_with_whole_titles(
    qtbot: QtBot, window: MainWindow, language: str, width: int, height: int
) -> None:
    app = QApplication.instance()
    assert install_language(app, language)  # type: ignore[arg-type]
    try:
        window.resize(width, height)
        qtbot.waitUntil(lambda: window.width() == width, timeout=2000)
        QApplication.processEvents()
        panel = window.queue_panel
        table, model = panel.table, panel.model
        header = table.horizontalHeader()
        shown = shown_columns(window)
        assert shown[:MUST_SHOW] == list(range(MUST_SHOW))  # what a caller needs is there
        if width >= 1920:
            assert shown == list(range(model.columnCount()))
        # nothing off-screen: the shown columns fit the table's visible width
        assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
        for column in shown:  # no title cut short
            title = model.headerData(column, Qt.Orientation.Horizontal)
            needed = header.fontMetrics().horizontalAdvance(title) + PADDING
            assert table.columnWidth(column) >= needed, (title, table.columnWidth(column))
        # a row's time is never what is cut: it comes first, and its whole text is a tooltip
        metrics = table.fontMetrics()
        for row in range(model.rowCount()):
            text = model.data(model.index(row, 0))
            time_part = text.split(" ")[0]
            if time_part[:1].isdigit():
                assert metrics.horizontalAdvance(time_part) + DOT_WIDTH < table.columnWidth(0)
            assert model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        # the lead card beside it: its choices are shown whole ("Холод…" was seen)
        card = window.lead_card.ui
        for combo in (card.temperatureCombo, card.qualityCombo):
            longest = max(combo.itemText(i) for i in range(combo.count()))
            needed = combo.fontMetrics().horizontalAdvance(longest)
            assert combo.width() > needed + 20, (combo.width(), longest)
    finally:
        install_language(app, "en")  # type: ignore[arg-type]


def test_a_narrow_panel_hides_the_least_needed_columns_from_the_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920, timeout=2000)
    assert len(shown_columns(window)) == window.queue_panel.model.columnCount()
    sizes = window.splitter.sizes()
    window.splitter.setSizes([420, sizes[1] + sizes[0] - 420, sizes[2]])
    QApplication.processEvents()
    shown = shown_columns(window)
    assert shown == list(range(len(shown))) and MUST_SHOW <= len(shown) < 9
    assert window.queue_panel.model.COLUMNS[shown[-1] + 1] in ("next_call", "stage", "attempts")
