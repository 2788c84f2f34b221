# SPDX-License-Identifier: MIT
"""Files and folders readable by their owner only: databases, profiles, exports.

Both sides use these: the workstation's profile and store, the reference server's SQLite
database, and every exported file. An existing file or folder is tightened too (``O_CREAT``
and ``mkdir(mode=…)`` leave an existing one's mode as it was). On Windows ``chmod`` only
sets the read-only bit; the profile lies in the user's own AppData there.
"""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Create ``path`` (and its parents) if missing and make it the owner's only."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    path.chmod(FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create an empty ``path`` if missing (its folder too) and make it the owner's only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE)
    os.close(descriptor)
    path.chmod(FILE_MODE)
    return path


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` (UTF-8, line ends as given), owner-only, truncating."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    path.chmod(FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
