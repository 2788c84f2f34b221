# SPDX-License-Identifier: MIT
"""Filling translated texts with their arguments."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.views.app import application
from desktop.views.i18n import fill, install_language
from tests.e2e.sync.conftest import SyncWorld


def test_arguments_fill_their_markers_once() -> None:
    assert fill("%1 of %2 due", 3, 5) == "3 of 5 due"
    assert fill("%2, then %1", "a", "b") == "b, then a"
    # a value that contains a marker is shown as it is, not filled in again
    assert fill("Saved %1 (%2)", "50%2 off", "ACME") == "Saved 50%2 off (ACME)"
    assert fill("90%: within %1", "4 min") == "90%: within 4 min"
    assert fill("%1 and %3", "x") == "x and %3"


def plural(language: str, context: str, source: str, n: int) -> str:
    app = application()
    assert install_language(app, language)
    try:
        return QCoreApplication.translate(context, source, "", n)
    finally:
        install_language(app, "en")


@pytest.mark.parametrize(
    ("n", "english", "russian"),
    [
        (0, "0 calls", "0 звонков"),
        (1, "1 call", "1 звонок"),
        (2, "2 calls", "2 звонка"),
        (5, "5 calls", "5 звонков"),
        (21, "21 calls", "21 звонок"),
    ],
)
def test_plural_forms_in_both_languages(n: int, english: str, russian: str) -> None:
    """Found by a new user: "1 call(s)", "41 lead(s) shown", "сохранён(а)"."""
    assert plural("en", "LeadCard", "%n call(s)", n) == english
    assert plural("ru", "LeadCard", "%n call(s)", n) == russian


def test_no_made_up_plurals_are_left_in_the_translations() -> None:
    root = Path(__file__).resolve().parents[2] / "resources" / "translations"
    for name in ("salesdesk_ru.ts", "salesdesk_en.ts"):
        tree = ElementTree.parse(root / name)
        for message in tree.getroot().iter("message"):
            source = message.findtext("source") or ""
            texts = [t.text or "" for t in message.iter("numerusform")]
            texts.append(message.findtext("translation") or "")
            if "(s)" in source:
                assert message.get("numerus") == "yes", f"{source!r} is not a plural form"
            for text in texts:
                assert "(s)" not in text and "(а)" not in text and "(ы)" not in text, text


def test_every_error_code_has_a_sentence_in_both_languages() -> None:
    """Found by a new user: "a lost lead needs a loss reason" in the Russian UI."""
    from desktop.views.error_texts import error_text, error_texts
    from salesdesk.domain.errors import ErrorCode, ValidationError

    app = application()
    english = error_texts()
    assert set(english) == set(ErrorCode)
    assert install_language(app, "ru")
    try:
        russian = error_texts()
        for code in ErrorCode:
            if code is ErrorCode.INVALID:
                continue
            assert english[code] and russian[code] != english[code], code
        lost = ValidationError("a lost lead needs a loss reason", "x", ErrorCode.LOST_NEEDS_REASON)
        assert error_text(lost) == "Выберите причину отказа."
        moved = ValidationError(
            "…", "stage", ErrorCode.STAGE_MOVE, **{"from": "converted", "to": "disqualified"}
        )
        assert (
            error_text(moved)
            == "Лид не может перейти из «Передан в продажи» в «Дисквалифицирован»."
        )
    finally:
        install_language(app, "en")


def test_a_rejection_by_the_server_is_said_in_the_managers_language(world: SyncWorld) -> None:
    """The server sends the broken rule's code and values beside its English reason."""
    from desktop.services.problems import ProblemService
    from desktop.store.outbox import enqueue
    from desktop.views.problems_dialog import rejection_text

    [lead_id] = world.add_leads(1, "anna")
    world.sync()
    started = datetime.now(UTC) - timedelta(minutes=3)
    with world.store.write() as session:  # a workstation that let "lost" go without a reason
        enqueue(
            session,
            "call_outcome.record",
            str(uuid.uuid4()),
            {
                "lead_id": lead_id,
                "started_at": started.isoformat(),
                "duration_s": 60,
                "disposition": "connected",
                "result": "lost",
            },
        )
    assert world.sync().rejected == 1
    [letter] = ProblemService(world.store).dead_letters()
    assert (letter.code, letter.reason) == (
        "lost_needs_reason",
        "invalid: a lost lead needs a loss reason",
    )
    app = application()
    assert install_language(app, "ru")
    try:
        assert rejection_text(letter) == "Выберите причину отказа."
    finally:
        install_language(app, "en")
    assert rejection_text(letter) == "Choose why the lead is lost."


def test_moments_are_said_in_the_ui_language() -> None:
    """Found by a new user: "Mon 30 Nov" and "Синхронизация 02 Dec" from strftime."""
    from desktop.views.labels import format_when

    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    zone = ZoneInfo("Europe/Berlin")
    app = application()
    assert format_when(now, now, zone) == "13:00"
    assert format_when(now - timedelta(days=1), now, zone) == "yesterday 13:00"
    assert format_when(now + timedelta(days=1), now, zone) == "tomorrow 13:00"
    assert format_when(now - timedelta(days=2), now, zone) == "Mon 30 Nov 13:00"
    assert install_language(app, "ru")
    try:
        assert format_when(now - timedelta(days=1), now, zone) == "вчера 13:00"
        assert format_when(now - timedelta(days=2), now, zone) == "пн 30 нояб. 13:00"
    finally:
        install_language(app, "en")


def test_a_category_shows_the_teams_label_in_the_ui_language_else_ours() -> None:
    from desktop.views.labels import category_label
    from salesdesk.domain.vocabulary import ObjectionCategory

    app = application()
    renamed = {"en": "Money", "ru": "Деньги"}
    english_only = {"en": "Money"}
    assert category_label(ObjectionCategory.PRICE, renamed) == "Money"
    assert install_language(app, "ru")
    try:
        assert category_label(ObjectionCategory.PRICE, renamed) == "Деньги"
        # the team renamed it in English only: our Russian name, not their English one
        assert category_label(ObjectionCategory.PRICE, english_only) == "Цена"
        assert category_label(ObjectionCategory.PRICE) == "Цена"
    finally:
        install_language(app, "en")


def test_durations_and_times_of_day_read_as_what_they_are() -> None:
    """Found: history durations "· 14:09" read as clock times; the US date picker."""
    from PySide6.QtCore import QLocale

    from desktop.views.labels import clock_format, date_time_format, duration_text, minutes_text

    app = application()
    assert [duration_text(s) for s in (849, 59, 3900)] == ["14 min 09 s", "59 s", "1 h 05 min"]
    assert minutes_text(150) == "2.5 h"
    # English follows the computer: 12-hour where it uses 12 hours, else 24-hour
    assert clock_format(QLocale("en_US")) == "h:mm AP"
    assert clock_format(QLocale("en_GB")) == "HH:mm"
    assert install_language(app, "ru")
    try:
        assert [duration_text(s) for s in (849, 3900)] == ["14 мин 09 с", "1 ч 05 мин"]
        assert minutes_text(150) == "2,5 ч"  # the Russian decimal comma
        assert clock_format(QLocale("en_US")) == "HH:mm"  # Russian: always 24-hour
        assert date_time_format() == "ddd d MMM yyyy HH:mm"
    finally:
        install_language(app, "en")


def test_no_made_up_plurals_are_left_in_the_sources() -> None:
    """Every "(s)" in the code is the source of a Qt numerus form (the .qm files give each
    language its forms); the command lines count with ``counted``."""
    import ast

    root = Path(__file__).resolve().parents[2]
    found = []
    for package in ("desktop", "server", "salesdesk"):
        for path in (root / package).rglob("*.py"):
            if "forms" in path.parts:
                continue  # generated from the .ui files and the .qm resources
            tree = ast.parse(path.read_text(encoding="utf-8"))
            numerus_sources = set()  # tr(source, "", n) and translate(context, source, "", n)
            for call in ast.walk(tree):
                if isinstance(call, ast.Call):
                    name = getattr(call.func, "attr", getattr(call.func, "id", ""))
                    at = {"tr": 0, "translate": 1}.get(name)
                    if at is not None and len(call.args) >= at + 3:
                        numerus_sources.add(id(call.args[at]))
            found += [
                f"{path.relative_to(root)}:{node.lineno}"
                for node in ast.walk(tree)
                if isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and any(m in node.value for m in ("(s)", "(а)", "(ы)"))
                and id(node) not in numerus_sources
                and not _docstring(tree, node)
            ]
    assert found == []


def _docstring(tree: object, node: object) -> bool:
    import ast

    return any(
        isinstance(owner, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
        and ast.get_docstring(owner, clean=False) is not None
        and owner.body[0].value is node  # type: ignore[attr-defined]
        for owner in ast.walk(tree)  # type: ignore[arg-type]
    )


def test_the_russian_uses_the_words_russian_sales_teams_use() -> None:
    """Found: "Дозревание" where Russian sales people say "прогрев"; "Выйти" (quit or log
    out?). The glossary: прогрев, перезвон, возражение, отказ, выйти из учётной записи."""
    root = Path(__file__).resolve().parents[2] / "resources" / "translations"
    tree = ElementTree.parse(root / "salesdesk_ru.ts")
    russian: dict[str, set[str]] = {}
    for message in tree.getroot().iter("message"):
        texts = [t.text or "" for t in message.iter("numerusform")]
        texts.append(message.findtext("translation") or "")
        russian.setdefault(message.findtext("source") or "", set()).update(texts)
        for text in texts:
            assert "дозрев" not in text.lower(), text
    assert "Прогрев" in russian["Nurturing"]
    assert "Отказ" in russian["Lost"]
    assert "Пора перезвонить" in russian["Callback due"]
    assert "Возражения" in russian["Objections"]
    assert russian["Log out"] == {"Выйти из учётной записи"}
    assert "Причина &отказа" in russian["&Loss reason"]
