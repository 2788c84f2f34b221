# SPDX-License-Identifier: MIT
"""The stand's day: everyone captured at the event today, by this manager and by teammates
on the same stand (read-only), newest first; a follow-up email to the selected visitors.

The email opens in the desktop's mail client (a ``mailto:`` link) with the subject and
body filled; several visitors go in Bcc, so that no visitor sees another's address.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QTime, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.leads import LeadService, StandVisitor
from desktop.views.i18n import fill
from desktop.views.plain_text import plain_labels
from salesdesk.domain.contacts import display_phone


def follow_up_link(visitors: list[StandVisitor], subject: str, body: str) -> str:
    """A ``mailto:`` link to these visitors' first emails: one visitor in To, several in Bcc."""
    emails = [v.emails[0] for v in visitors if v.emails]
    query = f"subject={quote(subject)}&body={quote(body)}"
    if len(emails) == 1:
        return f"mailto:{quote(emails[0], safe='@')}?{query}"
    return f"mailto:?bcc={quote(','.join(emails), safe='@,')}&{query}"


def clock_time(moment: datetime, zone: str) -> str:
    """A moment's time of day in a zone, as the language writes it (QLocale)."""
    local = moment.astimezone(ZoneInfo(zone))
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


class StandDay(QDialog):
    """Today's visitors at the event.

    Attributes:
        visitors: the rows shown, in order; opened: the last link given to the mail client.
    """

    def __init__(self, leads: LeadService, event_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standDay")
        self.leads = leads
        self.event_name = event_name
        self.opened = ""
        self.visitors = leads.stand_day(event_name)
        self.setWindowTitle(fill(self.tr("Today at %1"), event_name))
        self.summary = QLabel()
        plain_labels(self.summary)
        self.table = QTableWidget(len(self.visitors), 6)
        self.table.setObjectName("standDayTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Name"), self.tr("Company"), self.tr("Contact"),
             self.tr("Captured by"), self.tr("Consent")]
        )  # fmt: skip
        zone = leads.rules().manager_time_zone
        for row, visitor in enumerate(self.visitors):
            contact = ", ".join((*visitor.emails, *map(display_phone, visitor.phones)))
            consent = {None: "", True: self.tr("given"), False: self.tr("no")}[
                visitor.consent_given
            ]
            cells = (
                clock_time(visitor.captured_at, zone),
                visitor.name,
                visitor.company,
                contact,
                visitor.captured_by or self.tr("you"),
                consent if not visitor.captured_by else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        mine = sum(1 for v in self.visitors if not v.captured_by)
        self.summary.setText(
            self.tr("%n visitor(s) today", "", len(self.visitors))
            + " · "
            + fill(self.tr("you: %1, teammates: %2"), str(mine), str(len(self.visitors) - mine))
        )
        self.email_button = QPushButton(self.tr("&Email the selected…"))
        self.email_button.clicked.connect(self.email_selected)
        QShortcut(QKeySequence("Ctrl+M"), self).activated.connect(self.email_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.email_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(860, 420)

    def selected(self) -> list[StandVisitor]:
        """The visitors of the selected rows, in the table's order."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self.visitors[row] for row in rows]

    def email_selected(self) -> bool:
        """Open the mail client with a follow-up to the selected visitors who have an email."""
        chosen = [v for v in self.selected() if v.emails]
        if not chosen:
            self.summary.setText(self.tr("Select visitors with an email address first."))
            return False
        subject = fill(self.tr("Following up on %1"), self.event_name)
        body = fill(
            self.tr(
                "Hello,\n\nthank you for visiting our stand at %1. As promised, here is "
                "what we talked about; I will call you to agree on the next step.\n\n"
                "Best regards"
            ),
            self.event_name,
        )
        self.opened = follow_up_link(chosen, subject, body)
        return QDesktopServices.openUrl(QUrl(self.opened))
