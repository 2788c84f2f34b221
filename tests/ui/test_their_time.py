# SPDX-License-Identifier: MIT
"""Their time on screen: a lead whose number spans several zones shows the spread, not the
manager's time, and the card learns its zone with one choice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.queue import QueueFilter
from desktop.store.leads import insert_lead
from desktop.store.models import OutboxRow
from desktop.views.labels import format_when
from desktop.views.main_window import MainWindow
from desktop.views.outcome_dialog import OutcomeDialog
from desktop.views.queue_model import DOUBT_COLOUR
from desktop.views.their_time_labels import zone_place
from salesdesk.domain.lead import LeadDraft, create_lead
from salesdesk.domain.queue import HeldReason
from salesdesk.domain.vocabulary import Disposition, Temperature
from tests.conftest import NOW


def add_mobile_lead(window: MainWindow, city: str = "") -> str:
    lead = create_lead(
        LeadDraft(first_name="Иван", last_name="Петров", phones=["+79131234567"], city=city,
                  temperature=Temperature.HOT),
        now=NOW - timedelta(minutes=5), default_region="RU", lead_id=f"lead-ru{city}",
    )  # fmt: skip
    with window.ws.store.write() as session:
        insert_lead(session, lead)
    window.queue_panel.refresh()
    return lead.id


def test_a_russian_mobile_shows_the_spread_and_learns_its_zone(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Found: a Vladivostok mobile showed Moscow time and was called at 01:00 there."""
    lead_id = add_mobile_lead(window)
    model = window.queue_panel.model
    row = model.row_of(lead_id)
    assert row >= 0  # callable: calling hours hold in some of its zones …
    column = model.COLUMNS.index("local_time")
    index = model.index(row, column)
    # … 12:00 UTC is 15:00 in Moscow and midnight in Kamchatka: the spread, marked
    assert model.data(index) == "15:00–00:00"
    assert model.data(index, Qt.ItemDataRole.ForegroundRole).color().name() == DOUBT_COLOUR
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Moscow 15:00" in tooltip and "Vladivostok 22:00" in tooltip
    assert tooltip.count("19:00") == 1  # one city per offset: what a caller must tell apart
    window.queue_panel.select_lead(lead_id)
    card = window.lead_card
    assert card.lead is not None and card.lead.id == lead_id
    assert "their time 15:00–00:00 (Russia, zone unknown)" in card.ui.metaLabel.text()
    assert card.zone_chooser.isVisibleTo(card)
    assert "zone:Asia/Vladivostok" in card.zone_chooser.text()
    card.zone_chooser.linkActivated.emit("zone:Asia/Vladivostok")  # one choice
    assert card.lead.time_zone == "Asia/Vladivostok"
    assert "their time 22:00 (Asia/Vladivostok)" in card.ui.metaLabel.text()
    assert not card.zone_chooser.isVisibleTo(card)
    with window.ws.store.read() as session:
        payloads = [r.payload for r in session.scalars(select(OutboxRow))]
    assert payloads == [{"time_zone": "Asia/Vladivostok"}]
    # 22:00 in Vladivostok: out of "Due now", held back until their morning
    assert model.row_of(lead_id) == -1
    window.queue_panel.set_filter(QueueFilter.ALL)
    held = model.item(model.row_of(lead_id))
    assert held.held is HeldReason.OUTSIDE_HOURS
    assert held.callable_from == datetime(2026, 11, 25, 23, 0, tzinfo=UTC)  # 09:00 there


def test_a_city_typed_on_the_card_settles_the_zone(qtbot: QtBot, window: MainWindow) -> None:
    lead_id = add_mobile_lead(window)
    window.queue_panel.select_lead(lead_id)
    card = window.lead_card
    card.city_edit.setText("Новосибирск")
    assert card.save()
    assert card.lead is not None and card.lead.effective_time_zone == "Asia/Novosibirsk"
    assert "their time 19:00 (Asia/Novosibirsk)" in card.ui.metaLabel.text()
    model = window.queue_panel.model
    assert model.data(model.index(model.row_of(lead_id), model.COLUMNS.index("local_time"))) == (
        "19:00"
    )


def outcome_form(qtbot: QtBot, window: MainWindow, lead_id: str) -> OutcomeDialog:
    lead = window.ws.leads.lead(lead_id)
    assert lead is not None
    form = OutcomeDialog(
        window.ws.calls, lead, started_at=NOW - timedelta(minutes=3), duration_s=95
    )
    qtbot.addWidget(form)
    form.ui.dispositionCombo.setCurrentIndex(
        form.ui.dispositionCombo.findData(Disposition.CALLBACK_REQUESTED)
    )
    return form


def test_a_callback_is_set_on_the_leads_clock_and_shown_on_both(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Found: "call me at 10" from Vladivostok was typed as 10:00 on the manager's clock."""
    lead_id = add_mobile_lead(window)
    window.ws.leads.update(lead_id, {"time_zone": "Asia/Vladivostok"})
    form = outcome_form(qtbot, window, lead_id)
    edit = form.ui.nextCallEdit
    assert edit.timeZone().id().data() == b"Asia/Vladivostok"
    # "tomorrow morning" is 09:00 in Vladivostok: 23:00 UTC today
    assert edit.dateTime().toSecsSinceEpoch() == int(
        datetime(2026, 11, 25, 23, tzinfo=UTC).timestamp()
    )
    edit.setTime(QTime(10, 0))  # what the lead asked for, as they said it
    expected = datetime(2026, 11, 26, 0, tzinfo=UTC)
    mine = format_when(expected, NOW)
    assert form.next_call_hint.text() == f"Their time. Yours: {mine}"
    assert f"{mine} (their time tomorrow 10:00)" in form.effect_label.text()
    assert not form.zone_chooser.isVisibleTo(form)
    form.save()
    assert form.saved is not None and form.saved.next_call_at == expected
    window.queue_panel.set_filter(QueueFilter.ALL)
    window.queue_panel.select_lead(lead_id)
    assert f"next call {mine} (their time tomorrow 10:00)" in window.lead_card.ui.metaLabel.text()


def test_the_outcome_form_offers_the_zones_of_a_lead_without_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    lead_id = add_mobile_lead(window)
    form = outcome_form(qtbot, window, lead_id)
    # on the computer's clock, with the spread of their clocks at that moment under it
    assert form.ui.nextCallEdit.timeZone() == QTimeZone.systemTimeZone()
    assert form.next_call_hint.text().startswith("Their time then: ")
    assert form.next_call_hint.text().endswith("(Russia, zone unknown)")
    assert "zone:Asia/Krasnoyarsk" in form.zone_chooser.text()
    form.zone_chooser.linkActivated.emit("zone:Asia/Krasnoyarsk")
    assert form.ui.nextCallEdit.timeZone().id().data() == b"Asia/Krasnoyarsk"
    assert not form.zone_chooser.isVisibleTo(form)
    form.ui.nextCallEdit.setDateTime(
        QDateTime(QDate(2026, 11, 26), QTime(10, 0), QTimeZone(b"Asia/Krasnoyarsk"))
    )
    form.save()
    assert form.saved is not None
    assert form.saved.next_call_at == datetime(2026, 11, 26, 3, tzinfo=UTC)  # 10:00 there
    lead = window.ws.leads.lead(lead_id)
    assert lead is not None and lead.time_zone == "Asia/Krasnoyarsk"  # learnt once
    with window.ws.store.read() as session:
        kinds = [(r.type, r.payload.get("time_zone")) for r in session.scalars(select(OutboxRow))]
    assert ("lead.update", "Asia/Krasnoyarsk") in kinds


def test_zones_are_named_by_their_city_in_both_languages() -> None:
    """Found: Russian named Berlin's zone "Центральная Европа" and Samara's in English."""
    expected = {
        "Europe/Samara": ("Samara", "Самара"),
        "Europe/Berlin": ("Berlin", "Берлин"),
        "Asia/Kamchatka": ("Kamchatka", "Петропавловск-Камчатский"),
        "America/New_York": ("New York", "Нью-Йорк"),
        "Asia/Almaty": ("Almaty", "Алматы"),
        "Etc/Unknown": ("Unknown", "Unknown"),  # a zone CLDR does not name: its own id
    }
    for zone, (english, russian) in expected.items():
        assert (zone_place(zone, "en"), zone_place(zone, "ru")) == (english, russian), zone
