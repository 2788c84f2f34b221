# SPDX-License-Identifier: MIT
"""Languages: installs our compiled translations (and Qt's own, for standard buttons)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.views.forms import resources_rc  # noqa: F401  (registers :/translations, :/icons)

_installed: dict[int, list[QTranslator]] = {}
_language = ["en"]


def ui_language() -> str:
    """The language the UI speaks now ("en" or "ru"): the one server catalogs are shown in."""
    return _language[0]


def has_language(app: QCoreApplication) -> bool:
    """Whether one of our languages is installed in ``app``."""
    return id(app) in _installed


def install_language(app: QCoreApplication, language: str) -> bool:
    """Switch the application's language ("en" or "ru"); returns whether it was found.

    Every widget then gets a LanguageChange event and sets its texts again.
    """
    for translator in _installed.pop(id(app), []):
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if not ours.load(f":/translations/salesdesk_{language}.qm"):
        return False
    translators = [ours]  # for English: its plural forms ("1 call", "2 calls")
    qt = QTranslator(app)
    if language != "en" and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    _installed[id(app)] = translators
    _language[0] = language
    return True


def fill(text: str, *args: object) -> str:
    """A translated text with its ``%1``…``%9`` markers replaced by ``args`` (in one pass,
    so an argument that itself contains ``%2`` is left as it is)."""
    return re.sub(
        r"%([1-9])",
        lambda m: str(args[int(m.group(1)) - 1]) if int(m.group(1)) <= len(args) else m.group(0),
        text,
    )
