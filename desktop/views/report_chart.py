# SPDX-License-Identifier: MIT
"""A team report as a bar chart (QtCharts): one horizontal bar per group, of the report's
share column (the first that ends in %) or else its first count — the table beside it keeps
every figure. Reports without figures (hand-offs) show no chart."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPainter

#: At most this many bars (the largest); the table has the rest.
MOST_BARS = 15


def chart_column(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> int | None:
    """The column the chart shows: the first share (``… %``) with figures, else the first
    count; None when the report has no figures."""

    def numeric(index: int) -> bool:
        return any(isinstance(r[index], int | float) and not isinstance(r[index], bool)
                   for r in rows)  # fmt: skip

    figures = [i for i in range(1, len(columns)) if numeric(i)]
    shares = [i for i in figures if columns[i].endswith("%")]
    chosen = shares or figures
    return chosen[0] if chosen else None


class ReportChart(QChartView):
    """The chart of the report on screen.

    Attributes:
        bars: the (label, value) pairs drawn, largest first.
    """

    def __init__(self) -> None:
        super().__init__()
        self.bars: list[tuple[str, float]] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart().legend().setVisible(False)

    def show_report(
        self, columns: Sequence[str], rows: Sequence[Sequence[Any]],
        label: Callable[[Any], str], column_name: Callable[[str], str],
    ) -> None:  # fmt: skip
        """Draw the report (``label`` names a group, ``column_name`` a column)."""
        chart = QChart()
        chart.legend().setVisible(False)
        chart.setLocale(QLocale())  # "13,2" in Russian, as the table beside it
        chart.setLocalizeNumbers(True)
        column = chart_column(columns, rows) if rows else None
        self.bars = []
        if column is not None:
            values = [(label(r[0]), float(r[column] or 0)) for r in rows]
            self.bars = sorted(values, key=lambda pair: -pair[1])[:MOST_BARS]
            bar_set = QBarSet(column_name(columns[column]))
            for _name, value in reversed(self.bars):  # the largest on top
                bar_set.append(value)
            series = QHorizontalBarSeries()
            series.append(bar_set)
            series.setLabelsVisible(True)
            chart.addSeries(series)
            groups = QBarCategoryAxis()
            groups.append([name or "—" for name, _value in reversed(self.bars)])
            amounts = QValueAxis()
            amounts.setLabelFormat("%.0f")
            amounts.setRange(0, max([v for _n, v in self.bars] + [1.0]))
            amounts.applyNiceNumbers()
            chart.addAxis(groups, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(groups)
            series.attachAxis(amounts)
            chart.setTitle(column_name(columns[column]))
        self.setChart(chart)
        self.setVisible(column is not None)
