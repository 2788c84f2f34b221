# SPDX-License-Identifier: MIT
"""Turning "call this number" into something the desktop can do: a URI or a command line."""

from __future__ import annotations

import shlex
import subprocess
from dataclasses import dataclass


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
    """Start the dialer command without waiting for it (OSError when it cannot start)."""
    subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
