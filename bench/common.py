# SPDX-License-Identifier: MIT
"""Shared benchmark helpers: timing samples, percentiles and the printed/JSON report."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.store.db import Store

#: the key the benchmarks open their stores with, hex (unset: plain SQLite); an environment
#: variable so that the processes a benchmark starts (the app-start one) use it too
STORE_KEY_ENV = "SALESDESK_BENCH_STORE_KEY"


def open_bench_store(path: Path) -> Store:
    """A benchmark's local store: encrypted with ``STORE_KEY_ENV``'s key when it is set."""
    from desktop.store.db import open_store

    key = os.environ.get(STORE_KEY_ENV, "")
    return open_store(path, bytes.fromhex(key) if key else None)


def database_kinds(postgres: bool) -> list[str]:
    """The server databases to measure: SQLite, and PostgreSQL when asked and reachable
    (else said why not)."""
    if not postgres:
        return ["sqlite"]
    from tests.pg import unreachable_reason

    reason = unreachable_reason()
    if reason:
        print(f"skipping PostgreSQL: {reason}")
        return ["sqlite"]
    return ["sqlite", "postgres"]


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def sample(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Run ``fn`` ``repeat`` times; the wall time of each run in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


@dataclass
class Row:
    """One benchmark line: what, its target, the measured samples and the floor's."""

    name: str
    target: str
    samples_ms: list[float]
    floor_ms: list[float] = field(default_factory=list)
    floor_name: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def ratio(self) -> float | None:
        if not self.floor_ms:
            return None
        floor = statistics.median(self.floor_ms)
        return self.median / floor if floor > 0 else None


def report(rows: list[Row], json_path: Path | None = None) -> str:
    """A text table of the rows (and the same as JSON when a path is given)."""
    lines = [
        f"{'benchmark':<46} {'target':<18} {'median ms':>10} {'min–max ms':>19} "
        f"{'p95 ms':>9} {'floor ms':>9} {'ratio':>6}"
    ]
    for row in rows:
        floor = statistics.median(row.floor_ms) if row.floor_ms else None
        lines.append(
            f"{row.name:<46} {row.target:<18} {row.median:>10.2f} "
            f"{min(row.samples_ms):>9.2f}–{max(row.samples_ms):<9.2f} "
            f"{percentile(row.samples_ms, 95):>9.2f} "
            f"{(f'{floor:.2f}' if floor is not None else '—'):>9} "
            f"{(f'{row.ratio:.2f}' if row.ratio is not None else '—'):>6}"
        )
        if row.floor_name:
            lines.append(f"{'':<4}floor: {row.floor_name}")
        for key, value in row.extra.items():
            lines.append(f"{'':<4}{key}: {value}")
    if json_path is not None:
        payload = [
            {
                **asdict(r),
                "median_ms": r.median,
                "p95_ms": percentile(r.samples_ms, 95),
                "p99_ms": percentile(r.samples_ms, 99),
                "ratio": r.ratio,
            }
            for r in rows
        ]
        json_path.write_text(json.dumps(payload, indent=2))
    return "\n".join(lines)
