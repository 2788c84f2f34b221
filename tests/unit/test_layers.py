# SPDX-License-Identifier: MIT
"""The layers below the views run without Qt; the domain runs without SQL too."""

from __future__ import annotations

import subprocess
import sys

import pytest

BELOW_VIEWS = [
    "desktop.domain.queue",
    "desktop.domain.outcome",
    "desktop.domain.script",
    "desktop.store.db",
    "desktop.store.outcomes",
    "desktop.store.leads",
    "desktop.services.status",
    "desktop.cli",
    "protocol",
]


def _modules_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("module", BELOW_VIEWS)
def test_no_qt_below_the_views(module: str) -> None:
    assert "PySide6" not in _modules_after_import(module)


def test_the_domain_needs_no_sql() -> None:
    loaded = _modules_after_import(
        "desktop.domain.queue, desktop.domain.outcome, desktop.domain.lead"
    )
    assert "sqlalchemy" not in loaded
    assert "PySide6" not in loaded
