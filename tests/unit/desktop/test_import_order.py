# SPDX-License-Identifier: MIT
"""Any of our modules that use pydantic, imported before Qt, must leave the window importable.

PySide6's import hook inspects a module already loaded when it is next imported from, and
pydantic's module ``__getattr__`` then imports ``pydantic._internal._validators`` while that
module is half loaded: ``ImportError: cannot import name 'import_string'``. It broke the
queue benchmark's start (``desktop.services.base`` first, the window after). Each order runs
in a fresh interpreter, as an app start does.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

FIRST = [
    "desktop.services.base",
    "desktop.sync.pages",
    "desktop.sync.client",
    "salesdesk.protocol.team",
    "salesdesk.protocol.imports",
    "salesdesk.protocol.script_check",
]


@pytest.mark.parametrize("first", FIRST)
def test_a_pydantic_user_then_qt_then_the_window_imports(first: str) -> None:
    code = f"import {first}\nimport PySide6.QtWidgets\nimport desktop.views.app\n"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
