# SPDX-License-Identifier: MIT
"""Where a manager's local data lives: the profile directory and its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from salesdesk.private_files import private_folder

APP_NAME = "salesdesk"
DATABASE_FILE = "salesdesk.sqlite3"


def profile_dir() -> Path:
    """``SALESDESK_HOME`` when set (tests, several profiles), else the platform's data dir.

    Created on first use, and kept, with owner-only permissions.
    """
    override = os.environ.get("SALESDESK_HOME", "").strip()
    path = (
        Path(override).expanduser()
        if override
        else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    return private_folder(path)


def database_path() -> Path:
    """The local SQLite database of the current profile."""
    return profile_dir() / DATABASE_FILE
