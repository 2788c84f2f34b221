# SPDX-License-Identifier: MIT
"""Starts, or says why (#18): missing X11 libraries are named with the packages to install,
before Qt is loaded and instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.platform_check import (
    XCB_LIBRARIES,
    install_advice,
    missing_libraries,
    uses_xcb,
)

FAKE = {"libsalesdesk-no-such-library.so.7": ("libsalesdesk-none7", "salesdesk-none")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_qt_uses_xcb_on_x11_unless_told_otherwise() -> None:
    assert uses_xcb({"DISPLAY": ":0"})
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert not uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"})


def test_a_missing_library_is_found_and_named_with_its_packages() -> None:
    assert missing_libraries(FAKE) == ["libsalesdesk-no-such-library.so.7"]
    advice = install_advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in advice
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in advice
    assert set(XCB_LIBRARIES) >= {"libxcb-cursor.so.0", "libxcb-keysyms.so.1"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_window_command_says_what_to_install_and_exits_4_without_loading_qt() -> None:
    """Found by a new user: Qt's "could not load the Qt platform plugin "xcb"" abort."""
    script = (
        "import sys, desktop.platform_check as check\n"
        f"check.XCB_LIBRARIES.clear(); check.XCB_LIBRARIES.update({FAKE!r})\n"
        "from desktop.cli import main\n"
        "code = main([])\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 4, done.stderr
    assert "libsalesdesk-no-such-library.so.7" in done.stderr
    assert "sudo apt install libsalesdesk-none7" in done.stderr
    assert "Reinstalling the application" not in done.stderr
    assert done.stdout.strip() == "no qt"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_doctor_reports_them_as_a_failed_check_without_a_display(tmp_path: Path) -> None:
    script = (
        "import sys, desktop.platform_check as check\n"
        f"check.XCB_LIBRARIES.clear(); check.XCB_LIBRARIES.update({FAKE!r})\n"
        "from desktop.cli import main\n"
        "sys.exit(main(['doctor']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    env["SALESDESK_HOME"] = str(tmp_path)
    # a headless machine: a keyring in a file, allowed (the database's key is kept there)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(tmp_path / "keyring")
    env["SALESDESK_INSECURE_KEYRING"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    assert "FAIL  window" in done.stdout and "libsalesdesk-none7" in done.stdout
    assert "ok    database" in done.stdout  # the other checks ran, offscreen
