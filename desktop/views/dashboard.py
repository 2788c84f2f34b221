# SPDX-License-Identifier: MIT
"""The manager's dashboard: today, this week, the last 30 days or chosen days, from the
local database (offline too): headline figures, four bar charts (QtCharts), CSV export.

It redraws itself on the change signal, so a saved outcome shows at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QEvent, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.analytics import AnalyticsService, Dashboard
from desktop.services.changes import Changed
from desktop.views.geometry import fit_dialog
from desktop.views.i18n import fill, ui_language
from desktop.views.labels import category_label, disposition_label, minutes_text, percent
from desktop.views.operation import run_in_background
from desktop.views.plain_text import plain_tip
from salesdesk.domain.analytics import Period, round_ticks
from salesdesk.domain.vocabulary import Disposition, ObjectionCategory

PERIODS = ("today", "week", "30days", "custom")


def elided_labels(labels: Sequence[str], metrics: QFontMetrics, room: int) -> list[str]:
    """Labels cut to ``room`` pixels with "…", each still different from the others (an
    axis merges equal categories)."""
    shown: list[str] = []
    for label in labels:
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, room)
        while text in shown:  # two long labels that start alike: keep them apart
            text += "\u200b"
        shown.append(text)
    return shown


class BarChart(QChartView):
    """A horizontal bar chart that is redrawn with new labels and values."""

    def __init__(self, colour: str) -> None:
        super().__init__()
        self.colour = colour
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.title = ""
        self.labels: list[str] = []
        self.shown_labels: list[str] = []
        self.values: list[int] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (
            self.labels
            and elided_labels(self.labels, self.fontMetrics(), self.label_room())
            != self.shown_labels
        ):  # more or less room: cut the labels again
            self.show_bars(self.title, self.labels, self.values)

    def show_bars(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        """Replace the bars (top to bottom in the order given)."""
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(title)
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.shown_labels = elided_labels(self.labels, self.fontMetrics(), self.label_room())
        # the whole labels with their counts, for a label cut short (and screen readers)
        self.setToolTip(plain_tip("\n".join(f"{label}: {value}" for label, value in zip(
            self.labels, self.values, strict=True))))  # fmt: skip
        bars = QBarSet(title)
        bars.setColor(QColor(self.colour))
        bars.append([float(v) for v in reversed(self.values)])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(self.shown_labels)))
        values_axis = QValueAxis()
        # round whole ticks, with room for the bar's own label beyond the longest bar
        top, step = round_ticks(max([1, *self.values]) * 6 // 5 + 1)
        values_axis.setRange(0, top)
        values_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        values_axis.setTickAnchor(0)
        values_axis.setTickInterval(step)
        values_axis.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values_axis)
        series.attachAxis(categories)
        old = self.chart()
        self.setChart(chart)  # the view owns the new chart; the old one is ours to delete
        if old is not None:
            old.deleteLater()
        self.follow_palette()

    def label_room(self) -> int:
        """How wide a category label may be: two fifths of the chart, at least 120 px."""
        return max(120, self.width() * 2 // 5)

    def follow_palette(self) -> None:
        """Use the window's colours (light or dark)."""
        palette = self.palette()
        chart = self.chart()
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        chart.setTitleBrush(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
        for series in chart.series():
            if isinstance(series, QAbstractBarSeries):
                for bar_set in series.barSets():
                    bar_set.setLabelColor(text)


class _Tile(QFrame):
    """A headline figure with its caption and a smaller line under it."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—")
        font = self.value.font()  # a font, not a style sheet: the palette must still apply
        font.setPointSize(20)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel()
        self.detail = QLabel()
        self.detail.setStyleSheet("color: gray;")
        layout = QVBoxLayout(self)
        for label in (self.caption, self.value, self.detail):
            layout.addWidget(label)


class DashboardDialog(QDialog):
    """The dashboard window (not modal: it stays open beside the queue).

    Attributes:
        period_box, first_day, last_day: the period chooser; tiles: the headline figures;
        dispositions_chart, funnel_chart, loss_chart, objections_chart: the charts;
        figures: the Dashboard shown; computing: a refresh is under way; elapsed_ms: how
        long the last one took to count.
    """

    def __init__(
        self,
        analytics: AnalyticsService,
        zone: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.analytics = analytics
        self.zone = zone
        self.figures: Dashboard | None = None
        self.elapsed_ms = 0.0
        self.generation = 0
        self.computing = False
        fit_dialog(self, QSize(1180, 820))
        self.period_box = QComboBox()
        self.period_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.first_day.setDate(today.addDays(-6))
        self.last_day.setDate(today)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.message = QLabel()
        top = QHBoxLayout()
        self.period_label = QLabel()
        self.to_label = QLabel()
        for widget in (self.period_label, self.period_box, self.first_day, self.to_label,
                       self.last_day):  # fmt: skip
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.message)
        top.addWidget(self.export_button)
        self.tiles = {name: _Tile() for name in ("calls", "connect", "qualified", "speed", "kept")}
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        self.dispositions_chart = BarChart("#1e88e5")
        self.funnel_chart = BarChart("#43a047")
        self.loss_chart = BarChart("#e53935")
        self.objections_chart = BarChart("#fb8c00")
        charts = QGridLayout()
        charts.addWidget(self.funnel_chart, 0, 0)
        charts.addWidget(self.dispositions_chart, 0, 1)
        charts.addWidget(self.loss_chart, 1, 0)
        charts.addWidget(self.objections_chart, 1, 1)
        body = QWidget()  # scrolls on a screen too small for the charts' least height
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(tiles)
        body_layout.addLayout(charts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate()
        self.period_box.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.first_day.dateChanged.connect(lambda _d: self.refresh())
        self.last_day.dateChanged.connect(lambda _d: self.refresh())
        self._period_changed()

    def retranslate(self) -> None:
        """Set every visible string in the current language."""
        self.setWindowTitle(self.tr("Dashboard"))
        self.period_label.setText(self.tr("Period:"))
        self.to_label.setText(self.tr("to"))
        index = max(self.period_box.currentIndex(), 0)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItems(
            [self.tr("Today"), self.tr("This week"), self.tr("Last 30 days"), self.tr("Days…")]
        )
        self.period_box.setCurrentIndex(index)
        self.period_box.blockSignals(False)
        self.export_button.setText(self.tr("Export CSV…"))
        for name, caption in (
            ("calls", self.tr("Calls made")),
            ("connect", self.tr("Connect rate")),
            ("qualified", self.tr("Qualified")),
            ("speed", self.tr("Speed to lead (median)")),
            ("kept", self.tr("Callbacks kept on time")),
        ):
            self.tiles[name].caption.setText(caption)
        if self.figures is not None:
            self.show_figures(self.figures)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            for chart in self.charts():
                chart.follow_palette()
        super().changeEvent(event)

    def charts(self) -> list[BarChart]:
        """The four charts."""
        return [self.funnel_chart, self.dispositions_chart, self.loss_chart,
                self.objections_chart]  # fmt: skip

    def _period_changed(self) -> None:
        custom = PERIODS[self.period_box.currentIndex()] == "custom"
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)
        if not custom:  # show which days the choice means
            period = self.period()
            zone = ZoneInfo(self.zone())
            for edit, moment in ((self.first_day, period.start),
                                 (self.last_day, period.end - timedelta(seconds=1))):  # fmt: skip
                edit.blockSignals(True)
                edit.setDate(QDate(moment.astimezone(zone).date()))
                edit.blockSignals(False)
        self.refresh()

    def period(self) -> Period:
        """The period chosen, in the manager's time zone."""
        zone = self.zone()
        now = self.analytics.clock()
        choice = PERIODS[self.period_box.currentIndex()]
        if choice == "today":
            return Period.today(now, zone)
        if choice == "week":
            return Period.this_week(now, zone)
        if choice == "30days":
            today = now.astimezone(ZoneInfo(zone)).date()
            return Period.days(today - timedelta(days=29), today, zone)
        first: date = self.first_day.date().toPython()  # type: ignore[assignment]
        last: date = self.last_day.date().toPython()  # type: ignore[assignment]
        return Period.days(min(first, last), max(first, last), zone)

    def refresh(self) -> None:
        """Recompute the figures of the chosen period off the GUI thread, then draw them
        (a long period over a long history takes seconds; the window stays responsive)."""
        self.generation += 1
        generation, period = self.generation, self.period()
        self.computing = True
        self.message.setText(self.tr("Counting…"))

        def work() -> tuple[Dashboard, float]:
            started = time.perf_counter()
            figures = self.analytics.dashboard(period)
            return figures, (time.perf_counter() - started) * 1000

        def done(result: tuple[Dashboard, float]) -> None:
            if generation == self.generation:  # a newer refresh supersedes this one
                self.computing = False
                figures, self.elapsed_ms = result
                self.show_figures(figures)

        def failed(exc: Exception) -> None:
            if generation == self.generation:
                self.computing = False
                self.message.setText(fill(self.tr("Could not count: %1"), str(exc)))

        run_in_background(self, work, done, failed)

    def on_changed(self, what: Changed) -> None:
        """The change notice: new calls (saved or synced) change the figures."""
        if what & (Changed.OUTCOME | Changed.SYNC) and self.isVisible():
            self.refresh()

    def show_figures(self, figures: Dashboard) -> None:
        """Draw a Dashboard."""
        self.figures = figures
        tiles = self.tiles
        tiles["calls"].value.setText(str(figures.calls))
        tiles["calls"].detail.setText(self.tr("%n conversation(s)", "", figures.connected))
        tiles["connect"].value.setText(percent(figures.connect_rate))
        tiles["connect"].detail.setText(self.tr("of calls reached a person"))
        tiles["qualified"].value.setText(str(figures.qualified))
        tiles["qualified"].detail.setText(
            fill(self.tr("%1 of conversations"), percent(figures.qualify_rate))
        )
        tiles["speed"].value.setText(minutes_text(figures.speed_median))
        tiles["speed"].detail.setText(
            fill(
                self.tr("90%: within %1 · %n lead(s)", "", len(figures.speed_to_lead)),
                minutes_text(figures.speed_p90),
            )
        )
        tiles["kept"].value.setText(percent(figures.callbacks_kept_rate))
        tiles["kept"].detail.setText(
            fill(self.tr("%1 of %2 due"), str(figures.callbacks_kept), str(figures.callbacks_due))
        )
        self.funnel_chart.show_bars(
            self.tr("Funnel"),
            [self.tr("Calls"), self.tr("Connected"), self.tr("Qualified")],
            [figures.calls, figures.connected, figures.qualified],
        )
        self.dispositions_chart.show_bars(
            self.tr("Outcomes by disposition"),
            [disposition_label(d) for d in Disposition],
            [figures.dispositions.get(d, 0) for d in Disposition],
        )
        reasons = figures.loss_reasons[:8]
        self.loss_chart.show_bars(
            self.tr("Loss reasons"),
            [figures.loss_reason_label(r, ui_language()) for r, _n in reasons]
            or [self.tr("No lost calls")],
            [n for _label, n in reasons] or [0],
        )
        self.objections_chart.show_bars(
            self.tr("Objections by category"),
            [category_label(c, figures.category_labels.get(c.value)) for c in ObjectionCategory],
            [figures.objection_categories.get(c, 0) for c in ObjectionCategory],
        )
        self.message.setText("" if figures.calls else self.tr("No calls in this period."))

    def export(self, path: Path | None = None) -> Path | None:
        """Write the figures shown to a CSV file (asks where when no path is given)."""
        if self.figures is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the figures"), "salesdesk-dashboard.csv", "CSV (*.csv)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            self.analytics.export_csv(self.figures, path)
        except OSError as exc:
            self.message.setText(fill(self.tr("Could not write the file: %1"), str(exc)))
            return None
        self.message.setText(fill(self.tr("Saved to %1"), path.name))
        return path
