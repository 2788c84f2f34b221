# SPDX-License-Identifier: MIT
"""What the server's commands share: their error, the handler shape, password and date input."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date

from sqlalchemy import Engine

from server.config import ServerSettings

Handler = Callable[[argparse.Namespace, Engine, ServerSettings], int]


class CliError(Exception):
    """A command that cannot do what was asked; its message is printed, exit code 1."""


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    """A new password: from stdin's first line with ``--password-stdin``, else asked twice."""
    if getattr(args, "password_stdin", False):
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = getpass.getpass(prompt)
        if value != getpass.getpass("Repeat: "):
            raise CliError("the passwords differ")
    if not value:
        raise CliError("an empty password is not allowed")
    return value


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from exc
