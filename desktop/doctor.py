# SPDX-License-Identifier: MIT
"""``salesdesk doctor``: a self-check of this installation (also what the bundle's smoke test runs).

Each check prints one line: ok, warn (works, with a fix to apply) or FAIL. The exit code is 1
when any check failed. Qt checks run offscreen-safe (no window is shown).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

Check = tuple[str, str, str]  # (status, name, detail)


def _window() -> Check:
    from desktop.platform_check import missing_libraries, uses_xcb

    if not uses_xcb():
        return "ok", "window", "Qt does not use X11 here (no xcb libraries needed)"
    missing = missing_libraries()
    if missing:
        from desktop.platform_check import install_advice

        return "FAIL", "window", install_advice(missing).replace("\n", " ")
    return "ok", "window", "the X11 libraries Qt's xcb plugin needs are installed"


def _database() -> Check:
    from desktop.profile import database_path
    from desktop.services.local_store import open_profile_store
    from desktop.store import cipher

    path = database_path()
    store = open_profile_store(path)
    try:
        with store.read() as session:
            connection = session.connection()
            connection.exec_driver_sql("SELECT count(*) FROM leads").scalar()
            encrypted = not cipher.is_plain(path)  # plain SQLite has no cipher_version
            cipher_version = (
                connection.exec_driver_sql("PRAGMA cipher_version").scalar() if encrypted else None
            )
            sqlite_version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
    finally:
        store.close()
    if cipher_version:
        at_rest = f"encrypted with SQLCipher {cipher_version}, its key in the keyring"
    else:
        at_rest = "NOT encrypted (SALESDESK_PLAIN_STORE=1)"
    return "ok", "database", f"{path} opens and is migrated; {at_rest} (SQLite {sqlite_version})"


def _search() -> Check:
    """The search index in an encrypted file: what every profile's database holds."""
    from desktop.store import cipher

    dbapi = cipher.binding()
    if dbapi is None:
        return "FAIL", "search", f"{cipher.MISSING}: profiles cannot be encrypted"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fts.sqlite3"
        connection = dbapi.connect(str(path))
        try:
            connection.execute(cipher.key_pragma(cipher.new_key()))
            connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
            connection.execute("INSERT INTO t VALUES ('Новосибирск')")
            found = connection.execute("SELECT x FROM t WHERE t MATCH 'сибир'").fetchall()
            connection.commit()
            version = connection.execute("PRAGMA cipher_version").fetchone()[0]
        finally:
            connection.close()
    if found != [("Новосибирск",)] or cipher.is_plain(path):
        return "FAIL", "search", "the encrypted search index does not work"
    return "ok", "search", f"SQLCipher {version} encrypts; FTS5 trigram search works inside"


def _forms() -> Check:
    import importlib
    import pkgutil

    from PySide6.QtWidgets import QDialog

    from desktop.views import forms

    names = [m.name for m in pkgutil.iter_modules(forms.__path__) if m.name.startswith("ui_")]
    for name in names:
        module = importlib.import_module(f"desktop.views.forms.{name}")
        form_class = next(getattr(module, a) for a in dir(module) if a.startswith("Ui_"))
        host = QDialog()
        form_class().setupUi(host)
        host.deleteLater()
    return "ok", "forms", f"{len(names)} forms load"


def _translations() -> Check:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon

    from desktop.views.i18n import install_language

    app = QCoreApplication.instance()
    assert app is not None
    if not install_language(app, "ru"):
        return "FAIL", "translations", "the Russian translation is missing from the resources"
    text = QCoreApplication.translate("MainWindow", "Start call")
    install_language(app, "en")
    if text == "Start call":
        return "FAIL", "translations", "the Russian translation loads but translates nothing"
    if QIcon(":/icons/salesdesk.svg").isNull():
        return "FAIL", "translations", "the icons are missing from the resources"
    return "ok", "translations", f"Russian loads (“Start call” → “{text}”); icons load"


def _charts() -> Check:
    from PySide6.QtGui import QColor, QImage, QPainter

    from desktop.views.dashboard import BarChart

    chart = BarChart("#1e88e5")
    chart.resize(300, 200)
    chart.show_bars("check", ["a", "b"], [3, 1])
    image = QImage(300, 200, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    chart.render(painter)
    painter.end()
    chart.deleteLater()
    bars = sum(
        1 for x in range(0, 300, 3) for y in range(0, 200, 3) if image.pixelColor(x, y).blue() > 200
        and image.pixelColor(x, y).red() < 100
    )  # fmt: skip
    if not bars:
        return "FAIL", "charts", "QtCharts loads but draws no bars"
    return "ok", "charts", "QtCharts draws the dashboard's bars"


def _places() -> Check:
    from desktop.views.their_time_labels import zone_place
    from salesdesk.domain.their_time import city_zone

    zone = city_zone("Новосибирск")
    if zone != "Asia/Novosibirsk":
        return "FAIL", "places", f"the city index is missing (Новосибирск → {zone})"
    name = zone_place("Asia/Omsk", "ru")
    if name != "Омск":
        return "FAIL", "places", f"the zones' city names are missing (Asia/Omsk → {name})"
    return "ok", "places", "cities resolve to zones (Новосибирск); zones are named (Омск)"


def _decoder() -> Check:
    """zxing-cpp reads a QR code drawn here (the scan view's decoder is in the bundle)."""
    import zxingcpp
    from PySide6.QtGui import QImage

    from desktop.views.badge_scanner import decode_image

    bars = zxingcpp.create_barcode("MECARD:N:Doctor,Check;;", zxingcpp.BarcodeFormat.QRCode)
    pixels = bars.to_image(scale=4, add_quiet_zones=True)
    height, width = pixels.shape
    data = bytes(memoryview(cast(Any, pixels)))  # a buffer, which its stubs do not say
    image = QImage(data, width, height, width, QImage.Format.Format_Grayscale8)
    codes = decode_image(image.copy())
    if [c.text for c in codes] != ["MECARD:N:Doctor,Check;;"]:
        return "FAIL", "decoder", f"zxing-cpp read {codes!r} from a QR code it drew"
    return "ok", "decoder", "zxing-cpp reads badge and card codes"


def _camera() -> Check:
    """QtMultimedia and the cameras it sees (a warning only: images and pastes still work)."""
    from PySide6.QtCore import QLoggingCategory

    from desktop.views.badge_scanner import multimedia_status

    QLoggingCategory.setFilterRules("qt.multimedia*=false")  # its probing is not the answer
    try:
        return "ok", "camera", multimedia_status()
    except RuntimeError as exc:
        return "warn", "camera", f"{exc} (image files and pasted pictures still work)"


def _keyring() -> Check:
    from desktop.sync import credentials
    from desktop.sync.errors import CredentialsError

    try:
        backend = credentials.checked_backend()
    except CredentialsError as exc:
        return (
            "warn",
            "keyring",
            (
                f"{exc.message} (the local database's key and logging in need it; "
                "SALESDESK_PLAIN_STORE=1 keeps a profile unencrypted)"
            ),
        )
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return "ok", "keyring", f"tokens and the database key go to {name}"


CHECKS: tuple[Callable[[], Check], ...] = (
    _database, _search, _forms, _translations, _charts, _places, _decoder, _camera, _keyring,
)  # fmt: skip


def _print(check: Callable[[], Check]) -> bool:
    """Run one check and print its line; True when it failed."""
    try:
        status, name, detail = check()
    except Exception as exc:  # a doctor reports, it does not crash
        status, name, detail = "FAIL", check.__name__.strip("_"), f"{type(exc).__name__}: {exc}"
    print(f"{status:<5} {name:<13} {detail}")
    return status == "FAIL"


def run_doctor() -> int:
    """Run every check, print one line each; 0 when none failed. The window check runs
    before Qt is loaded; the others run offscreen, so the doctor needs no display."""
    import os

    failed = _print(_window)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the checks show no window
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    for check in CHECKS:
        failed |= _print(check)
    del _app
    return 1 if failed else 0
