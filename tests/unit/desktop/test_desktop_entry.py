# SPDX-License-Identifier: MIT
"""The launcher entry (#18): a valid Desktop Entry that starts this installation, and the icon."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.desktop_entry import exec_value, launcher_command


def test_exec_quotes_what_the_specification_asks() -> None:
    assert exec_value(["/opt/salesdesk/salesdesk"]) == "/opt/salesdesk/salesdesk"
    assert exec_value(["/home/ann/My Apps/salesdesk"]) == '"/home/ann/My Apps/salesdesk"'
    assert exec_value(["/a/$x`y\\z"]) == '"/a/\\$x\\`y\\\\z"'


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="freedesktop.org entries")
def test_install_desktop_entry_writes_the_entry_and_the_icon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["install-desktop-entry"]) == 0
    entry = tmp_path / "applications" / "salesdesk.desktop"
    icon = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "salesdesk.svg"
    assert f"wrote {entry}" in capsys.readouterr().out
    assert icon.read_bytes().lstrip().startswith(b"<")  # the SVG from the resources
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]
    parsed.read(entry, encoding="utf-8")
    section = parsed["Desktop Entry"]
    assert (section["Type"], section["Name"], section["Icon"]) == (
        "Application",
        "Salesdesk",
        "salesdesk",
    )
    command = launcher_command()
    assert section["Exec"] == exec_value(command) + " %U"
    assert Path(section["TryExec"]).exists()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True)
        assert done.returncode == 0, done.stdout
