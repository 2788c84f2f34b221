# SPDX-License-Identifier: MIT
"""Today's goal in sight: calls, conversations and qualified leads against the daily goals
from the settings, on the main window, refreshed after every saved call."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from desktop.services.analytics import AnalyticsService, DayFigures
from desktop.services.calls import CallService
from desktop.services.changes import Changed
from desktop.views.i18n import fill


class GoalsBar(QWidget):
    """Three bars: "Calls today 12 / 60", "Conversations 4 / 20", "Qualified 1 / 3".

    Attributes:
        figures: what was counted last; bars: calls, conversations, qualified.
    """

    def __init__(self, analytics: AnalyticsService, calls: CallService) -> None:
        super().__init__()
        self.analytics = analytics
        self.calls = calls
        self.figures = DayFigures()
        self.bars = [QProgressBar() for _ in range(3)]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(4)
        for bar in self.bars:
            bar.setTextVisible(True)
            bar.setMaximumHeight(18)
            layout.addWidget(bar, 1)
        self.refresh()

    def on_changed(self, what: Changed) -> None:
        """The change notice: a call was saved, a sync brought calls, the goals changed."""
        if what & (Changed.OUTCOME | Changed.SYNC | Changed.SETTINGS):
            self.refresh()

    def refresh(self) -> None:
        """Count today's calls again and redraw the bars."""
        settings = self.calls.settings()
        self.figures = self.analytics.today(settings.time_zone)
        done = (self.figures.calls, self.figures.conversations, self.figures.qualified)
        goals = (settings.goal_calls, settings.goal_conversations, settings.goal_qualified)
        texts = (
            self.tr("Calls today %1 / %2"),
            self.tr("Conversations %1 / %2"),
            self.tr("Qualified %1 / %2"),
        )
        locale = QLocale()
        for bar, value, goal, text in zip(self.bars, done, goals, texts, strict=True):
            bar.setVisible(goal > 0)
            bar.setRange(0, max(goal, 1))
            bar.setValue(min(value, max(goal, 1)))
            bar.setFormat(fill(text, locale.toString(value), locale.toString(goal)))
            bar.setToolTip(bar.format())
            # the whole text, never cut at both ends (Fusion centres it and clips)
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance(bar.format()) + 16)
