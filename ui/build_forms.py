# SPDX-License-Identifier: MIT
"""Compile the Qt Designer forms ``ui/*.ui`` into ``desktop/views/forms/ui_*.py``.

Run ``python ui/build_forms.py`` after editing a form; the output is committed (with a
"generated — do not edit" header carrying the form's SHA-256) and excluded from lint. A form
is compiled again only when its hash changed. ``--check`` exits 1 when an output is missing
or was made from another version of its form (a test runs it); it compares hashes, not
compiler output, so a newer pyside6-uic does not make every form look stale.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
OUTPUT = ROOT / "desktop" / "views" / "forms"
HEADER = (
    "# SPDX-License-Identifier: MIT\n"
    "# Generated from ui/{name} by ui/build_forms.py — do not edit; edit the form and rebuild.\n"
    "# Form hash: {digest}\n"
)


def uic() -> str:
    """The pyside6-uic next to this Python."""
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def digest(form: Path) -> str:
    """The SHA-256 of a form's source."""
    return hashlib.sha256(form.read_bytes()).hexdigest()


def compile_form(form: Path) -> str:
    """The Python source ``pyside6-uic`` makes of a form, with our header."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "form.py"
        subprocess.run([uic(), "--from-imports", str(form), "-o", str(target)], check=True)
        body = target.read_text(encoding="utf-8")
    lines = [line for line in body.splitlines() if not line.startswith("## Created by:")]
    return HEADER.format(name=form.name, digest=digest(form)) + "\n".join(lines) + "\n"


def output_of(form: Path) -> Path:
    return OUTPUT / f"ui_{form.stem}.py"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for form in sorted(FORMS.glob("*.ui")):
        target = output_of(form)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if f"# Form hash: {digest(form)}\n" in current:
            continue
        if check:
            stale.append(form.name)
        else:
            target.write_text(compile_form(form), encoding="utf-8")
            print(f"compiled {form.name} -> {target.relative_to(ROOT)}")
    if stale:
        print("out of date (run python ui/build_forms.py): " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
