# SPDX-License-Identifier: MIT
"""Render the README screenshots offscreen from the demo: ``python docs/make_screenshots.py``.

Starts the demo server in a temporary profile, syncs, opens the workstation offscreen and
saves PNGs under ``docs/screenshots/``: the main window, a call in progress with its
outcome form, exhibition mode and the dashboard, at 1366×768 and 1920×1080, in English and
Russian, light and dark (``<what>-<width>-<language>-<theme>.png``). Each screen size is
rendered by its own process on an offscreen screen of that size, so that the window and the
dialogs are placed and sized as they would be on such a screen. The workstation is a Moscow
office's at 18:00 (the next 18:00 there after now); ``their-time-<width>-<language>.png``
shows a Russian mobile lead whose zone is not known: its spread of times in the queue and on
the card, and the zones to choose from.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
OFFICE_ZONE = "Europe/Moscow"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


SIZES = ((1366, 768), (1920, 1080))
LANGUAGES = ("en", "ru")
THEMES = (("light", Qt.ColorScheme.Light), ("dark", Qt.ColorScheme.Dark))


def main(argv: list[str]) -> int:
    """Without arguments: one process per screen size; with ``WIDTHxHEIGHT``: that size."""
    if argv:
        width, height = (int(v) for v in argv[0].split("x"))
        return render((width, height))
    for width, height in SIZES:
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "screen.json"
            config.write_text(json.dumps({"screens": [{
                "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
                "TZ": OFFICE_ZONE,
            }
            command = [sys.executable, __file__, f"{width}x{height}"]
            if subprocess.run(command, env=env, check=False).returncode:
                return 1
    print(f"screenshots written to {OUT.relative_to(ROOT)}")
    return 0


def render(size: tuple[int, int]) -> int:
    """Every view at one screen size (the offscreen screen is that size)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.demo import start_demo
    from desktop.services.account import connect
    from desktop.store.db import open_store
    from desktop.sync.engine import SyncEngine
    from desktop.views.app import application, build_window

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        folder = Path(home) / "demo"
        store = open_store(Path(home) / "workstation.sqlite3")
        server = start_demo(folder, store)
        try:
            SyncEngine(store, connect(store)).run()
            app = application()
            office_evening = _next_evening()
            window = build_window(store, clock=lambda: office_evening)
            window.ws.preferences.save(replace(window.ws.preferences.load(), time_zone=OFFICE_ZONE))
            window.status.online = True  # synced just above, before the window existed
            window.status.refresh()
            window.show()
            settle(app)  # the first placement (fitted to the offscreen screen) is done
            for language in LANGUAGES:
                for theme, scheme in THEMES:
                    shoot(app, window, f"{size[0]}-{language}-{theme}", language, scheme)
                shoot_their_time(app, window, f"{size[0]}-{language}")
            window.sync = None  # nothing to stop
            window.close()
            shoot_editor(app, server.url, Path(home), size)
            shoot_team(app, server.url, Path(home), size)
            shoot_import(app, server.url, Path(home), size)
        finally:
            server.stop()
            store.close()
    return 0


def shoot(
    app: QApplication,
    window: Any,
    name: str,
    language: str,
    scheme: Qt.ColorScheme,
) -> None:
    """The main window, a call with its outcome form, exhibition mode and the dashboard, as
    ``<what>-<width>-<language>-<theme>.png`` (the window as big as the screen)."""
    from desktop.views.i18n import install_language
    from desktop.views.theme import apply_theme

    settings = window.ws.preferences.load()
    window.ws.preferences.save(replace(settings, language=language))
    install_language(app, language)
    window.retranslate()
    apply_theme(app, scheme)
    window.showMaximized()  # the whole screen, as a caller on a laptop has it
    settle(app)
    window.grab().save(str(OUT / f"main-window-{name}.png"), "PNG", 0)
    window.start_call()
    walk_guided_call(window.script_panel.guided, "12000" if language == "en" else "900000")
    window.call.started_at = window.ws.clock().replace(microsecond=0) - _minutes(3)
    window._show_timer(window.call.duration())
    settle(app)
    window.grab().save(str(OUT / f"call-{name}.png"), "PNG", 0)

    def shoot_outcome() -> None:
        dialog = window.outcome_dialog
        if dialog is None:
            QTimer.singleShot(50, shoot_outcome)
            return
        settle(app)
        dialog.grab().save(str(OUT / f"outcome-form-{name}.png"), "PNG", 0)
        dialog.reject()

    QTimer.singleShot(100, shoot_outcome)
    window.end_call()
    window.call.reset()
    window.lead_card.frozen = False
    window._show_timer()
    window._update_call_actions()
    window.statusBar().clearMessage()
    window.script_panel.start_over()
    window.toggle_capture()
    panel = window.capture_panel.ui
    panel.eventEdit.setText("RetailTech Expo 2026")  # the demo's topics are offered there
    panel.nameEdit.setText("Jonas Keller")
    panel.companyEdit.setText("Keller Logistik")
    panel.phoneEdit.setText("+49 89 1234567")
    panel.needEdit.setText("20 seats, offline work at depots")
    window.capture_panel.toggle_interest(1)
    window.capture_panel.toggle_interest(3)
    panel.followUpCombo.setCurrentIndex(2)  # send materials
    settle(app)
    window.grab().save(str(OUT / f"exhibition-{name}.png"), "PNG", 0)
    for edit in (panel.eventEdit, panel.nameEdit, panel.companyEdit, panel.phoneEdit):
        edit.clear()
    panel.needEdit.clear()
    window.capture_panel.clear()
    window.toggle_capture()
    dashboard = window.open_dashboard()
    dashboard.period_box.setCurrentIndex(2)  # the last 30 days
    while dashboard.computing:
        app.processEvents()
    settle(app)
    dashboard.grab().save(str(OUT / f"dashboard-{name}.png"), "PNG", 0)
    print(f"{name}: dashboard of the last 30 days computed in {dashboard.elapsed_ms:.0f} ms")
    dashboard.close()


def shoot_editor(app: QApplication, url: str, home: Path, size: tuple[int, int]) -> None:
    """The script editor as the demo's admin sees it, on the budget question, in each
    language (``editor-<width>-<language>.png``); prints how long the flowchart takes."""
    import time

    from desktop.demo import DEMO_PASSWORD
    from desktop.services.account import connect, login
    from desktop.services.script_editing import ScriptEditing
    from desktop.store.db import open_store
    from desktop.sync.engine import SyncEngine
    from desktop.views.i18n import install_language
    from desktop.views.script_editor import ScriptEditor

    store = open_store(home / "admin.sqlite3")
    try:
        login(store, url, "admin", DEMO_PASSWORD)
        SyncEngine(store, connect(store)).run()
        for language, script_id in (("en", "b2b-discovery"), ("ru", "b2b-discovery-ru")):
            install_language(app, language)
            editor = ScriptEditor(ScriptEditing(store))
            editor.resize(*size)
            editor.script_combo.setCurrentIndex(editor.script_combo.findData(script_id))
            row = next(i for i, n in enumerate(editor.nodes) if n["id"] == "q-budget")
            editor.node_list.setCurrentRow(row)
            editor.show()
            settle(app)
            started = time.perf_counter()
            editor.refresh()
            editor.flowchart.viewport().grab()
            drawn = (time.perf_counter() - started) * 1000
            editor.grab().save(str(OUT / f"editor-{size[0]}-{language}.png"), "PNG", 0)
            print(f"{size[0]}-{language}: script checked and flowchart of "
                  f"{len(editor.nodes)} nodes drawn in {drawn:.0f} ms")  # fmt: skip
            editor.close()
    finally:
        store.close()


@contextmanager
def workspace_window(url: str, home: Path, username: str) -> Iterator[Any]:
    """The demo's ``username`` logged in and synced, the window maximized (closed after)."""
    from desktop.demo import DEMO_PASSWORD
    from desktop.services.account import connect, login
    from desktop.store.db import open_store
    from desktop.sync.engine import SyncEngine
    from desktop.views.app import build_window

    store = open_store(home / f"{username}.sqlite3")
    try:
        login(store, url, username, DEMO_PASSWORD)
        SyncEngine(store, connect(store)).run()
        window = build_window(store)
        window.showMaximized()
        yield window
        window.sync = None
        window.close()
    finally:
        store.close()


def team_tab(app: QApplication, window: Any, language: str, tab: Any) -> Any:
    """The window in ``language`` showing the team workspace's ``tab`` (a page attribute)."""
    from desktop.views.i18n import install_language

    install_language(app, language)
    window.retranslate()
    if window.pages.currentWidget() is not window.team_page:
        window.toggle_team()
    view = window.team_view
    view.tabs.setCurrentWidget(tab(view))
    return view


def shoot_team(app: QApplication, url: str, home: Path, size: tuple[int, int]) -> None:
    """The team workspace as the demo's team lead (teamlead1) sees it — conversion by source
    over the last 30 days, people, review, assignment — in each language
    (``team[-tab]-<width>-<language>.png``)."""
    from desktop.demo import DEMO_TEAM_LEAD

    def shot(window: Any, name: str, language: str) -> None:
        settle(app)
        window.grab().save(str(OUT / f"{name}-{size[0]}-{language}.png"), "PNG", 0)

    with workspace_window(url, home, DEMO_TEAM_LEAD) as window:
        for language in LANGUAGES:
            view = team_tab(app, window, language, lambda v: v.tabs.widget(0))  # the reports
            view.load()
            shot(window, "team", language)
            team_tab(app, window, language, lambda v: v.people)
            shot(window, "team-people", language)
            team_tab(app, window, language, lambda v: v.review)
            kinds = [item.kind for item in view.review.items]
            if "duplicate" in kinds:
                view.review.table.selectRow(kinds.index("duplicate"))
            shot(window, "team-review", language)
            team_tab(app, window, language, lambda v: v.assignment)
            view.assignment.table.selectRow(0)
            shot(window, "team-assign", language)


def shoot_import(app: QApplication, url: str, home: Path, size: tuple[int, int]) -> None:
    """The import wizard as the demo's admin previews a Bitrix24 export, in each language
    (``team-import-<width>-<language>.png``); nothing is imported."""
    sample = ROOT / "tests" / "data" / "imports" / "bitrix24_leads.csv"
    with workspace_window(url, home, "admin") as window:
        for language in LANGUAGES:
            view = team_tab(app, window, language, lambda v: v.imports)
            view.imports.choose(sample)
            settle(app)
            window.grab().save(str(OUT / f"team-import-{size[0]}-{language}.png"), "PNG", 0)


def walk_guided_call(guided: Any, budget: str) -> None:
    """The demo's guided script answered as the keys would, up to "other solutions"."""
    guided.primary()  # greeting
    guided.pick(1)  # a good moment: yes
    guided.primary()  # why we call
    for number in (1, 1, 1):
        guided.pick(number)  # contacts right, first contact, a clear need
    guided.input.setText("12")
    guided.primary()  # team size
    guided.input.setText(budget)
    guided.primary()  # budget
    for number in (2, 3, 2):
        guided.pick(number)  # budget next month, start in two months, decides with others
    guided.primary()  # past the objection "must consult"


def shoot_their_time(app: QApplication, window: Any, name: str) -> None:
    """The queue and the card of a Russian mobile lead whose zone is not known."""
    from desktop.services.queue import QueueFilter

    panel = window.queue_panel
    panel.set_filter(QueueFilter.ALL)
    model = panel.model
    doubtful = next(
        model.item(row).entry.id
        for row in range(model.rowCount())
        if model.item(row).entry.candidate_zones
    )
    panel.select_lead(doubtful)
    settle(app)
    window.grab().save(str(OUT / f"their-time-{name}.png"), "PNG", 0)
    panel.set_filter(QueueFilter.DUE_NOW)


def _next_evening():
    """The next 18:00 in the office's zone."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    now = datetime.now(ZoneInfo(OFFICE_ZONE))
    evening = now.replace(hour=18, minute=0, second=0, microsecond=0)
    return evening if evening > now else evening + timedelta(days=1)


def _minutes(count: int):
    from datetime import timedelta

    return timedelta(minutes=count)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
