# SPDX-License-Identifier: MIT
"""Turning "call this number" into something the desktop can do: a URI or a command line."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class DialPlan:
    """Either a URI for the desktop to open (``tel:``/``sip:``) or a command to run."""

    uri: str | None = None
    command: tuple[str, ...] = ()


def dial_plan(number: str, command_template: str = "") -> DialPlan:
    """How to dial ``number`` (E.164 or a SIP address) with the settings' dialer template."""
    if command_template.strip():
        return DialPlan(
            command=tuple(
                word.replace("{number}", number) for word in shlex.split(command_template)
            )
        )
    scheme = "sip" if "@" in number else "tel"
    return DialPlan(uri=f"{scheme}:{number}")


def run_command(command: tuple[str, ...]) -> None:
    """Start the dialer command without waiting for it (OSError when it cannot start); a
    thread reaps it when it ends, so no zombie stays behind."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    threading.Thread(target=process.wait, name="dialer-reaper", daemon=True).start()


@cache
def system_dialer_available() -> bool:
    """Whether this desktop has a program for ``tel:`` links (checked once per run).

    Linux asks xdg-mime for the handler; Windows looks for the ``tel`` URL protocol in the
    registry; macOS always has one (FaceTime).
    """
    if sys.platform == "darwin":
        return True
    if sys.platform == "win32":
        import winreg

        try:
            winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, "tel"))
        except OSError:
            return False
        return True
    xdg_mime = shutil.which("xdg-mime")
    if xdg_mime is None:
        return False
    try:
        found = subprocess.run(
            [xdg_mime, "query", "default", "x-scheme-handler/tel"],
            capture_output=True,
            text=True,
            timeout=3,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return bool(found.stdout.strip())
