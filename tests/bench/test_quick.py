# SPDX-License-Identifier: MIT
"""The benchmarks' quick mode runs end to end, so the instrument never rots (no timing asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_mode_measures_every_design_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    rows = {row["name"]: row for row in json.loads(out.read_text())}
    expected = (
        "full first pull",
        "incremental pull",
        "pull with no changes",
        "push ",
        "save a call outcome",
        "app start to a usable queue",
        "queue filter per keystroke",
        "search as you type",
        "managers pull+push",
        "dashboard, today",
        "dashboard, all time",
        "script win rates",
    )
    for prefix in expected:
        matches = [row for name, row in rows.items() if prefix in name]
        assert matches, f"no benchmark row for {prefix!r}: {sorted(rows)}"
        for row in matches:
            assert row["samples_ms"] and all(s > 0 for s in row["samples_ms"]), row["name"]
    assert rows["full first pull, 1,000 leads, sqlite server"]["ratio"] > 0
    load = next(row for name, row in rows.items() if "managers pull+push" in name)
    assert load["extra"]["errors"] == 0
    start = next(row for name, row in rows.items() if name.startswith("app start"))
    assert 0 < start["extra"]["peak memory MB (max)"] < 2000
    everything = next(row for name, row in rows.items() if name.startswith("dashboard, all time"))
    assert everything["extra"]["calls in period"] == 3000  # quick mode: 1,000 leads, 3 calls each
    assert "ratio" in result.stdout and "floor:" in result.stdout
