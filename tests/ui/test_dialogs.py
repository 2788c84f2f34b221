# SPDX-License-Identifier: MIT
"""Login, settings, language, the lead card, conflicts and dead letters, translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.demo import free_port
from desktop.services.account import current_account
from desktop.services.preferences import PreferenceService
from desktop.store.db import Store
from desktop.store.models import ConflictRow, DeadLetterRow, LeadRow, OutboxRow
from desktop.sync import credentials
from desktop.views import login_dialog as login_module
from desktop.views.app import application
from desktop.views.i18n import install_language
from desktop.views.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.problems_dialog import ProblemsDialog
from desktop.views.settings_dialog import SettingsDialog
from tests.conftest import NOW
from tests.e2e.sync.conftest import SyncWorld
from tests.unit.server.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def login_dialog(qtbot: QtBot, store: Store, server: str, user: str, password: str) -> LoginDialog:
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.ui.serverEdit.setText(server)
    dialog.ui.usernameEdit.setText(user)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.regionCombo.setEditText("DE")  # this machine's locale names no country
    return dialog


def submit_and_wait(qtbot: QtBot, dialog: LoginDialog) -> None:
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def test_login_errors_are_clear_and_a_good_login_keeps_only_a_token(
    qtbot: QtBot, world: SyncWorld, store: Store
) -> None:
    dialog = login_dialog(qtbot, store, "ftp://x", "anna", PASSWORD)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.ui.passwordEdit.setFocus()
    dialog.submit()
    assert "https://" in dialog.ui.serverError.text() and not dialog.busy
    assert dialog.ui.serverEdit.hasFocus()
    dialog.ui.usernameEdit.setText("anna ")  # another field: the server's error stays
    assert dialog.ui.serverError.isVisible()
    dialog.ui.usernameEdit.setText("anna")
    dialog.ui.serverEdit.setText("http://salesdesk.example.com")
    dialog.submit()
    assert "only allowed for a server on this computer" in dialog.ui.serverError.text()
    dialog.ui.serverEdit.setText(world.url)
    dialog.ui.passwordEdit.setText("wrong")
    submit_and_wait(qtbot, dialog)
    assert dialog.ui.passwordError.text().startswith("Wrong username or password")
    assert dialog.result() == 0
    dialog.ui.serverEdit.setText(f"http://127.0.0.1:{free_port()}")
    dialog.ui.passwordEdit.setText(PASSWORD)
    submit_and_wait(qtbot, dialog)
    assert dialog.ui.serverError.text().startswith("Cannot reach the server")
    # HTTPS to a server that speaks plain HTTP: the TLS handshake fails → a certificate error.
    dialog.ui.serverEdit.setText(world.url.replace("http://", "https://"))
    submit_and_wait(qtbot, dialog)
    assert "certificate cannot be trusted" in dialog.ui.serverError.text()
    assert current_account(store) is None
    dialog.ui.serverEdit.setText(world.url)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.submit()
    account = current_account(store)
    assert account is not None and account.username == "anna"
    assert credentials.load_token(world.url, "anna")
    assert PASSWORD.encode() not in Path(store.engine.url.database or "").read_bytes()


@pytest.fixture
def russian() -> Iterator[None]:
    yield
    install_language(application(), "en")


def test_switching_the_language_changes_visible_strings(
    qtbot: QtBot, window: MainWindow, russian: None
) -> None:
    assert window.commands.start_call.text() == "Start call"
    assert (
        window.queue_panel.buttons[next(iter(window.queue_panel.buttons))]
        .text()
        .startswith("Due now")
    )
    assert install_language(QApplication.instance(), "ru")  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.commands.start_call.text() == "Начать звонок", timeout=2000)
    assert window.queue_panel.summary.text() == "Показано 3 лида"
    assert window.capture_panel.ui.saveButton.text() == "Сохранить лид"
    model = window.queue_panel.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Имя"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "Горячий"
    assert model.data(model.index(0, 3)) == "▮▮▮"  # the gauge reads the same in both


def test_login_shows_the_region_and_zone_it_will_keep_and_asks_when_it_cannot_tell(
    qtbot: QtBot, world: SyncWorld, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a new user: the zone was UTC and the region US on any machine, unseen."""
    monkeypatch.setattr(login_module, "system_region", lambda: "")
    monkeypatch.setattr(login_module, "system_zone", lambda: "Asia/Novosibirsk")
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.timeZoneCombo.currentText() == "Novosibirsk — Asia/Novosibirsk"
    assert ui.regionCombo.currentText() == ""  # no country guessed
    ui.serverEdit.setText(world.url)
    ui.usernameEdit.setText("anna")
    ui.passwordEdit.setText(PASSWORD)
    dialog.submit()
    assert not dialog.busy
    assert ui.regionError.text().startswith("Choose the country whose numbers you dial")
    ui.regionCombo.setEditText("germany")  # a country's name, as typed
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.submit()
    saved = PreferenceService(store).load()
    assert (saved.default_region, saved.time_zone) == ("DE", "Asia/Novosibirsk")


def test_the_time_zone_is_found_by_city(qtbot: QtBot, store: Store) -> None:
    """Found by a new user: "Novosibirsk" was refused, "Asia/Novosibirsk" wanted."""
    preferences = PreferenceService(store)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    combo = dialog.ui.timeZoneCombo
    completer = combo.completer()
    completer.setCompletionPrefix("novosib")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Novosibirsk — Asia/Novosibirsk"
    combo.setEditText("Novosibirsk")
    dialog.ui.regionCombo.setEditText("Russia")
    assert dialog.save()
    assert (preferences.load().time_zone, preferences.load().default_region) == (
        "Asia/Novosibirsk",
        "RU",
    )


def test_settings_are_validated_beside_each_field(qtbot: QtBot, store: Store) -> None:
    preferences = PreferenceService(store)
    dialog = SettingsDialog(preferences)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    ui = dialog.ui
    ui.regionCombo.setEditText("XX")
    ui.timeZoneCombo.setEditText("Mars/Olympus")
    ui.callingStartEdit.setTime(ui.callingEndEdit.time())
    ui.dialerEdit.setText("linphonecsh dial")
    ui.serverEdit.setText("http://example.com")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.saved is None
    assert ui.regionError.text() == "“XX” is not a country we know; pick one from the list."
    assert "not a known time zone" in ui.timeZoneError.text()
    assert "end after they start" in ui.callingHoursError.text()
    assert "{number}" in ui.dialerError.text()
    assert "https://" in ui.serverError.text()
    assert preferences.load().default_region == "US"  # nothing saved
    # the cursor goes to the first field with an error; an error goes when its field changes
    assert ui.serverEdit.hasFocus()
    ui.dialerEdit.setText("linphonecsh dial {number} ")
    assert ui.dialerError.text() == "" and not ui.dialerError.isVisibleTo(dialog)
    assert ui.regionError.isVisibleTo(dialog)  # the others stay until their field changes
    ui.regionCombo.setEditText("de")
    ui.timeZoneCombo.setEditText("Europe/Berlin")
    ui.callingStartEdit.setTime(QTime(9, 0))
    ui.callingEndEdit.setTime(QTime(17, 0))
    ui.dialerEdit.setText("linphonecsh dial {number}")
    ui.serverEdit.setText("https://sales.example.com/")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("ru"))
    assert dialog.save()
    saved = preferences.load()
    assert (saved.default_region, saved.time_zone, saved.calling_start, saved.calling_end) == (
        "DE",
        "Europe/Berlin",
        "09:00",
        "17:00",
    )
    assert (saved.server_url, saved.language) == ("https://sales.example.com", "ru")


def test_lead_card_edits_are_validated_and_queued(qtbot: QtBot, window: MainWindow) -> None:
    card = window.lead_card
    assert card.lead is not None and card.lead.id == "lead-hot"
    assert card.ui.phonesEdit.text() == "+49 30 123456"  # shown grouped, kept as E.164
    card.ui.emailsEdit.setText("not-an-email")
    card.ui.companyEdit.setText("Hot Holding")
    qtbot.keyClick(card.ui.companyEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "not a valid email address" in card.ui.emailsError.text()
    assert card.ui.emailsEdit.hasFocus()  # the cursor is where the problem is
    card.ui.emailsEdit.setText("still-not-an-email")
    assert not card.ui.emailsError.isVisible()  # changed: the old sentence is gone
    with window.ws.store.read() as session:
        assert session.scalars(select(OutboxRow)).all() == []
        assert session.get(LeadRow, "lead-hot").company == "Hot AG"  # type: ignore[union-attr]
    card.ui.emailsEdit.setText("hanna@hot.example")
    card.ui.scoreSpin.setValue(70)
    assert card.save()
    assert card.ui.savedLabel.text() == "Saved."
    with window.ws.store.read() as session:
        rows = session.scalars(select(OutboxRow)).all()
        lead = session.get(LeadRow, "lead-hot")
    assert [(r.type, r.entity_id, r.payload) for r in rows] == [
        (
            "lead.update",
            "lead-hot",
            {"company": "Hot Holding", "emails": ["hanna@hot.example"], "score": 70},
        )
    ]
    assert lead is not None and lead.company == "Hot Holding"
    assert window.status.pending_label.text() == "1 waiting to sync"
    assert [b.text() for b in card.findChildren(type(card.ui.saveButton), "callContactButton")] == [
        "Call"
    ]


def test_conflicts_and_dead_letters_are_listed_and_settled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with window.ws.store.write() as session:
        session.add(
            ConflictRow(
                mutation_id="m-1",
                lead_id="lead-warm",
                field="company",
                local_value="Mine GmbH",
                server_value="Theirs AG",
                server_version=4,
                created_at=NOW,
            )
        )
        session.add(
            ConflictRow(
                mutation_id="m-3",
                lead_id="lead-newyork",
                field="job_title",
                local_value="CEO",
                server_value="CTO",
                server_version=2,
                created_at=NOW,
            )
        )
        session.add(
            DeadLetterRow(
                mutation_id="m-2",
                client_seq=7,
                type="lead.create",
                entity_id="lead-x",
                base_version=None,
                payload={"emails": ["x@x.example"]},
                reason="the event name is missing",
                created_at=NOW,
            )
        )
    window.status.refresh()
    assert window.status.problems_button.text() == "2 conflicts · 1 rejected"
    dialog = ProblemsDialog(window.ws.problems, window)
    qtbot.addWidget(dialog)
    table = dialog.conflicts_table
    # found: the raw field name "job_title" and the lead by name only
    assert [[table.item(r, c).text() for c in range(4)] for r in range(2)] == [
        ["Willi Warm · Warm AG · +49 40 123456", "Company", "Mine GmbH", "Theirs AG"],
        ["Nora York · York AG · +1 212 555 0123", "Job title", "CEO", "CTO"],
    ]
    letters = dialog.letters_table
    assert [letters.item(0, c).text() for c in (1, 2)] == ["New lead", "lead-x"]
    assert install_language(QApplication.instance(), "ru")  # type: ignore[arg-type]
    try:
        dialog.reload()
        assert [table.item(1, c).text() for c in (1,)] == ["Должность"]
        assert letters.item(0, 1).text() == "Новый лид"
    finally:
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert dialog.resolve("mine")
    table.selectRow(0)
    assert dialog.resolve("mine")
    assert table.rowCount() == 0
    assert dialog.export(str(tmp_path / "rejected.csv"))
    assert "the event name is missing" in (tmp_path / "rejected.csv").read_text()
    assert (tmp_path / "rejected.csv").stat().st_mode & 0o777 == 0o600  # the owner's only
    assert dialog.retry()
    assert dialog.letters_table.rowCount() == 0
    with window.ws.store.read() as session:
        queued = [(r.type, r.entity_id, r.base_version) for r in session.scalars(select(OutboxRow))]
    assert queued == [
        ("lead.update", "lead-warm", 4),
        ("lead.update", "lead-newyork", 2),
        ("lead.create", "lead-x", None),
    ]


def test_forms_resources_and_translations_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "ui" / "build_forms.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_every_visible_string_has_a_russian_translation(tmp_path: Path) -> None:
    """lupdate over today's sources finds nothing untranslated (new strings need Russian)."""
    copy = tmp_path / "salesdesk_ru.ts"
    shutil.copy(ROOT / "resources" / "translations" / "salesdesk_ru.ts", copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    views = ROOT / "desktop" / "views"
    sources = [str(p) for p in views.rglob("*.py") if p.parent.name != "forms"]
    sources += [str(p) for p in (ROOT / "ui").glob("*.ui")]
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)], check=True,
                   capture_output=True)  # fmt: skip
    text = copy.read_text(encoding="utf-8")
    assert text.count("<message") > 200
    assert 'type="unfinished"' not in text


def test_changes_that_could_not_be_read_are_listed_with_their_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    from desktop.store.models import QuarantineRow

    with window.ws.store.write() as session:
        session.add(
            QuarantineRow(
                entity="lead",
                entity_id="lead-long",
                version=3,
                data={"company": "C" * 300},
                reason="company: String should have at most 200 characters",
                received_at=NOW,
            )
        )
    window.status.refresh()
    assert window.status.problems_button.isVisibleTo(window)
    assert window.status.problems_button.text().endswith("· 1 not readable")
    dialog = ProblemsDialog(window.ws.problems, window)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(2) == "Could not read (1)"
    table = dialog.unreadable_table
    assert [table.item(0, c).text() for c in (1, 2, 3)] == [
        "Lead",
        "lead-long",
        "company: String should have at most 200 characters",
    ]


@pytest.mark.parametrize(
    ("skew", "shown"),
    [("7380", "Clock 2 h 03 min ahead"), ("-34560000", "Clock 400 d behind"), ("120", None)],
)
def test_a_clock_off_the_servers_is_shown(window: MainWindow, skew: str, shown: str | None) -> None:
    from desktop.store.sync_state import StateKey, set_state

    with window.ws.store.write() as session:
        set_state(session, StateKey.CLOCK_SKEW, skew)
    window.status.refresh()
    label = window.status.clock_label
    assert label.isVisibleTo(window) == (shown is not None)
    if shown is not None:
        assert label.text() == shown


def test_the_login_dialog_offers_to_export_and_erase_another_users_work(
    qtbot: QtBot, world: SyncWorld, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.store.models import OutcomeRow
    from tests.e2e.sync.helpers import record

    world.add_user("bob")
    [lead] = world.add_leads(1, "anna")
    world.sync()
    record(world.store, lead)  # anna's call, not sent yet
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    export = tmp_path / "anna.csv"
    dialog = login_dialog(qtbot, world.store, world.url, "bob", PASSWORD)
    monkeypatch.setattr(dialog, "ask_export_path", lambda: export)
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        dialog.submit()
    assert asked == ["Another user's work is on this computer"]
    assert "call_outcome.record" in export.read_text(encoding="utf-8")
    account = current_account(world.store)
    assert account is not None and account.username == "bob"
    with world.store.read() as session:
        assert session.scalars(select(OutcomeRow.id)).all() == []


def test_countries_are_named_in_the_ui_language(qtbot: QtBot, store: Store) -> None:
    """Found in the Russian walk: the phone region list read "Afghanistan (AF)"."""
    from desktop.views.place_pickers import chosen

    assert install_language(QApplication.instance(), "ru")  # type: ignore[arg-type]
    try:
        dialog = SettingsDialog(PreferenceService(store))
        qtbot.addWidget(dialog)
        combo = dialog.ui.regionCombo
        names = [combo.itemText(i) for i in range(combo.count())]
        assert {"Германия (DE)", "Россия (RU)", "Казахстан (KZ)"} <= set(names)
        for typed in ("германия", "Germany", "de"):  # Russian, English or the code
            combo.setEditText(typed)
            assert chosen(combo) == "DE", typed
    finally:
        install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
