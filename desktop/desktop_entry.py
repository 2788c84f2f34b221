# SPDX-License-Identifier: MIT
"""``salesdesk install-desktop-entry``: put Salesdesk in the Linux desktop's launcher.

Writes ``salesdesk.desktop`` (freedesktop.org Desktop Entry) under
``$XDG_DATA_HOME/applications`` and the icon under ``$XDG_DATA_HOME/icons/hicolor``
(``~/.local/share`` when XDG_DATA_HOME is unset), for the current user only, then refreshes
the desktop's caches when their tools are installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ENTRY = """[Desktop Entry]
Type=Application
Version=1.0
Name=Salesdesk
GenericName=Sales call workstation
GenericName[ru]=Рабочее место для звонков
Comment=Work your lead queue by phone, offline too
Comment[ru]=Очередь лидов, скрипты и итоги звонков, в том числе без сети
Exec={exec} %U
TryExec={try_exec}
Icon=salesdesk
Terminal=false
Categories=Office;ContactManagement;
Keywords=CRM;leads;calls;sales;
StartupWMClass=Salesdesk
"""


def data_home() -> Path:
    """``$XDG_DATA_HOME`` or ``~/.local/share``."""
    override = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(override) if override else Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """How the launcher starts this installation: the bundle's executable, or the
    ``salesdesk`` script of this Python's environment."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.executable).with_name("salesdesk")
    if script.exists():
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "desktop.cli"]


def exec_value(words: list[str]) -> str:
    """The Exec key for a command: words with spaces or special characters go in double
    quotes, with double quote, backquote, dollar and backslash escaped (the Desktop Entry
    specification's rule)."""

    def quote(word: str) -> str:
        if not any(c in word for c in ' \t"`$\\'):
            return word
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in word) + '"'

    return " ".join(quote(word) for word in words)


def install_desktop_entry(home: Path | None = None) -> list[Path]:
    """Write the entry and the icon; return the files written."""
    from PySide6.QtCore import QFile, QIODevice

    from desktop.views.forms import resources_rc  # noqa: F401  (registers :/icons)

    base = home or data_home()
    command = launcher_command()
    entry = base / "applications" / "salesdesk.desktop"
    icon = base / "icons" / "hicolor" / "scalable" / "apps" / "salesdesk.svg"
    entry.parent.mkdir(parents=True, exist_ok=True)
    icon.parent.mkdir(parents=True, exist_ok=True)
    source = QFile(":/icons/salesdesk.svg")
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise OSError("the icon is missing from the resources")
    icon.write_bytes(bytes(source.readAll().data()))
    source.close()
    entry.write_text(ENTRY.format(exec=exec_value(command), try_exec=command[0]), encoding="utf-8")
    entry.chmod(0o644)
    for tool, argument in (
        ("update-desktop-database", entry.parent),
        ("gtk-update-icon-cache", base / "icons" / "hicolor"),
    ):
        if shutil.which(tool):
            subprocess.run([tool, "-q", str(argument)], check=False, capture_output=True)
    return [entry, icon]
