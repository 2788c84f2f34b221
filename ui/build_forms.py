# SPDX-License-Identifier: MIT
"""Build what Qt tools make from our sources; the outputs are committed.

- ``ui/*.ui`` → ``desktop/views/forms/ui_*.py`` (pyside6-uic)
- ``resources/translations/*.ts`` → ``*.qm`` beside them (pyside6-lrelease)
- ``resources/salesdesk.qrc`` (icons, compiled translations) →
  ``desktop/views/forms/resources_rc.py`` (pyside6-rcc)

Run ``python ui/build_forms.py`` after editing a form, an icon or a translation. Each output
records the SHA-256 of its sources and is rebuilt only when they change. ``--check`` exits 1
when an output is missing or stale (a test runs it); it compares hashes, not tool output, so
a newer Qt does not make everything look stale. ``--update-translations`` first runs
pyside6-lupdate over the views and forms, adding new strings to the ``.ts`` files.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUTPUT = ROOT / "desktop" / "views" / "forms"
RESOURCES = ROOT / "resources"
QRC = RESOURCES / "salesdesk.qrc"
TRANSLATIONS = RESOURCES / "translations"
HEADER = (
    "# SPDX-License-Identifier: MIT\n"
    "# Generated from {name} by ui/build_forms.py — do not edit; edit the source and rebuild.\n"
    "# Source hash: {digest}\n"
)
QM_HASHES = TRANSLATIONS / "hashes.txt"


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (pyside6-uic, -rcc, -lrelease, -lupdate)."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def digest(*paths: Path) -> str:
    """The SHA-256 of some files' contents, in order."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(path.read_bytes())
    return sha.hexdigest()


def _generated(command: list[str], name: str, sources: list[Path]) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "out.py"
        subprocess.run([*command, "-o", str(target)], check=True, cwd=ROOT)
        body = target.read_text(encoding="utf-8")
    lines = [line for line in body.splitlines() if not line.startswith("## Created by:")]
    return HEADER.format(name=name, digest=digest(*sources)) + "\n".join(lines) + "\n"


def qrc_sources() -> list[Path]:
    """The qrc file and every file it lists."""
    listed = re.findall(r"<file>([^<]+)</file>", QRC.read_text(encoding="utf-8"))
    return [QRC, *(RESOURCES / name for name in listed)]


def targets() -> list[tuple[Path, list[Path], list[str], str]]:
    """(output, sources, command, display name) for every Python output, in build order."""
    items = []
    for form in sorted(FORMS.glob("*.ui")):
        items.append(
            (OUTPUT / f"ui_{form.stem}.py", [form],
             [tool("pyside6-uic"), "--from-imports", str(form)], f"ui/{form.name}")
        )  # fmt: skip
    items.append(
        (OUTPUT / "resources_rc.py", qrc_sources(), [tool("pyside6-rcc"), str(QRC)],
         "resources/salesdesk.qrc")
    )  # fmt: skip
    return items


def stale_translations() -> list[Path]:
    """The .ts files whose .qm is missing or was built from another version of them."""
    recorded = dict(
        line.split("  ", 1)[::-1] for line in QM_HASHES.read_text().splitlines() if line
    ) if QM_HASHES.exists() else {}  # fmt: skip
    return [
        ts for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if recorded.get(ts.name) != digest(ts) or not ts.with_suffix(".qm").exists()
    ]  # fmt: skip


def build_translations(update: bool) -> None:
    """lupdate (when asked), then lrelease every stale .ts and record its hash."""
    if update:
        views = ROOT / "desktop" / "views"
        sources = [str(p) for p in sorted(views.rglob("*.py")) if p.parent.name != "forms"]
        sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
        for ts in sorted(TRANSLATIONS.glob("*.ts")):
            # English is the source language: its file holds only the plural forms
            only_plurals = ["-pluralonly"] if ts.stem.endswith("_en") else []
            subprocess.run(
                [tool("pyside6-lupdate"), "-no-obsolete", *only_plurals, *sources, "-ts", str(ts)],
                check=True,
            )
    for ts in stale_translations():
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    lines = [f"{digest(ts)}  {ts.name}" for ts in sorted(TRANSLATIONS.glob("*.ts"))]
    QM_HASHES.write_text("\n".join(lines) + "\n")


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = [ts.name for ts in stale_translations()]
    if not check:
        build_translations(update="--update-translations" in argv)
        stale = []
    for target, sources, command, name in targets():
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if f"# Source hash: {digest(*sources)}\n" in current:
            continue
        if check:
            stale.append(name)
        else:
            target.write_text(_generated(command, name, sources), encoding="utf-8")
            print(f"built {name} -> {target.relative_to(ROOT)}")
    if stale:
        print("out of date (run python ui/build_forms.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
