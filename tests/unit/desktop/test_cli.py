# SPDX-License-Identifier: MIT
"""The ``salesdesk`` command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from salesdesk import __version__


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"salesdesk {__version__}"


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "status" in capsys.readouterr().out


def test_status_json_on_a_new_profile(
    profile_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["leads"] == 0
    assert status["pending_outbox"] == 0
    assert status["database"].startswith(str(profile_home))
    assert (profile_home / "salesdesk.sqlite3").exists()


def test_an_unknown_command_fails_cleanly() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "frobnicate"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
