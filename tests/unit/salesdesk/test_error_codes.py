# SPDX-License-Identifier: MIT
"""Errors as codes (#19): every validation error the core and the workstation raise names
its rule with an ``ErrorCode``, so that no English sentence reaches a Russian screen."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _calls_without_a_code(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ValidationError"):
            continue
        coded = len(node.args) >= 3 or any(k.arg == "code" for k in node.keywords)
        if not coded:
            missing.append(node.lineno)
    return missing


def test_every_validation_error_names_its_rule() -> None:
    found = {
        str(path.relative_to(ROOT)): lines
        for folder in ("salesdesk", "desktop")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if (lines := _calls_without_a_code(path))
    }
    assert found == {}
