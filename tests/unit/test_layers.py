# SPDX-License-Identifier: MIT
"""The import rules, checked over every module of ours (direct imports, also inside functions).

- the core (``salesdesk``) imports nothing of ours outside itself and no Qt, ORM session, HTTP
  or keyring library; only its column types (``salesdesk.sqltypes``) touch SQLAlchemy;
- ``desktop`` never imports ``server`` and ``server`` never imports ``desktop``;
- inside ``desktop`` dependencies point one way: views → services → store/sync → core; nothing
  below the views imports PySide6 (the entry points ``cli``/``doctor`` sit above the views);
- ``desktop.services`` runs no SQL: it imports neither SQLAlchemy nor sqlite3.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("salesdesk", "desktop", "server")
GENERATED = ("desktop/views/forms/",)

QT = ("PySide6", "shiboken6")
HTTP = ("requests", "urllib3", "httpx", "fastapi", "starlette", "uvicorn")
SQL = ("sqlalchemy", "sqlite3", "alembic", "psycopg")

#: For each part of the tree (longest prefix wins): the import prefixes it must not use.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "salesdesk": ("desktop", "server", *QT, *HTTP, *SQL, "keyring"),
    "salesdesk.sqltypes": ("desktop", "server", *QT, *HTTP, "sqlalchemy.orm", "alembic"),
    "desktop": ("server",),
    "desktop.store": (
        "server",
        *QT,
        *HTTP,
        "keyring",
        "desktop.sync",
        "desktop.services",
        "desktop.views",
        "desktop.cli",
    ),
    "desktop.sync": ("server", *QT, "desktop.services", "desktop.views", "desktop.cli"),
    "desktop.services": ("server", *QT, *SQL, "desktop.views", "desktop.cli"),
    "desktop.profile": ("server", *QT, "desktop.views", "desktop.services"),
    "desktop.views": ("server", "desktop.cli", "sqlalchemy", "sqlite3", "alembic"),
    "server": ("desktop", *QT),
}


def modules(root: Path = ROOT) -> Iterator[tuple[str, Path]]:
    """Every hand-written module of ours: (dotted name, path)."""
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).as_posix()
            if relative.startswith(GENERATED):
                continue
            name = relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            yield name, path


def imports_of(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(line, the module names it imports) for every import statement in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield node.lineno, [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from desktop import views` imports the module desktop.views
            yield node.lineno, [node.module] + [f"{node.module}.{a.name}" for a in node.names]


def _rule_for(module: str) -> tuple[str, ...]:
    best = ""
    for part in FORBIDDEN:
        if (module == part or module.startswith(part + ".")) and len(part) > len(best):
            best = part
    return FORBIDDEN.get(best, ())


def violations(root: Path = ROOT) -> list[str]:
    """Every import that breaks a rule, as ``module:line imports name``."""
    found = []
    for module, path in modules(root):
        banned = _rule_for(module)
        for line, names in imports_of(path):
            bad = [n for n in names if any(n == b or n.startswith(b + ".") for b in banned)]
            if bad:
                found.append(f"{module}:{line} imports {bad[0]}")
    return sorted(set(found))


def test_every_module_keeps_the_import_rules() -> None:
    assert list(modules()), "no modules found: the test would check nothing"
    assert violations() == []


def test_the_rules_catch_a_forbidden_import(tmp_path: Path) -> None:
    """The checker itself: a copy of the tree with one bad import in each layer fails."""
    bad = {
        "salesdesk/domain/oops.py": "import PySide6\nfrom desktop.store import db\n",
        "desktop/services/oops.py": "def f():\n    from sqlalchemy import select\n",
        "desktop/store/oops.py": "from desktop.sync import engine\n",
        "server/oops.py": "import desktop.domain\n",
        "desktop/oops.py": "from server import api\n",
    }
    for relative, text in bad.items():
        target = tmp_path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    assert violations(tmp_path) == [
        "desktop.oops:1 imports server",
        "desktop.services.oops:2 imports sqlalchemy",
        "desktop.store.oops:1 imports desktop.sync",
        "salesdesk.domain.oops:1 imports PySide6",
        "salesdesk.domain.oops:2 imports desktop.store",
        "server.oops:1 imports desktop.domain",
    ]


@pytest.mark.parametrize("entry", ["salesdesk.protocol", "desktop.services.status", "desktop.cli"])
def test_no_qt_loaded_below_the_views(entry: str) -> None:
    """The same rule as loaded at run time (a transitive import would show here)."""
    code = f"import sys, {entry}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    loaded = set(out.stdout.split())
    assert "PySide6" not in loaded
    if entry.startswith("salesdesk"):
        assert "sqlalchemy" not in loaded
