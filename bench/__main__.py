# SPDX-License-Identifier: MIT
"""Run every benchmark and print one table (target, median, min–max, floor, ratio) + JSON.

``python -m bench`` measures the DESIGN §6 sizes (100,000 leads, 200 managers; about 15
minutes on 2 cores); ``python -m bench --quick`` runs small sizes in under a minute (a test
runs it so the benchmarks never rot). ``--json FILE`` writes the rows; ``--postgres`` adds
the PostgreSQL server database where one is reachable (the load test needs it).
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (
    bench_client_pull,
    bench_dashboard,
    bench_encryption,
    bench_load,
    bench_outcomes,
    bench_queue,
    bench_search,
    bench_server_pull,
    bench_their_time,
)
from bench.common import Row, report


@dataclass(frozen=True)
class Sizes:
    """How big and how often: one set for the real figures, one for the quick check."""

    leads: tuple[int, ...]
    repeat: int
    outcomes: int
    managers: int
    load_seconds: float
    #: seconds each simulated manager waits between syncs, on average: 1 s offers twice
    #: what this machine serves (where it saturates), 3 s what it keeps within the target
    paces: tuple[float, ...]


FULL = Sizes(
    leads=(10_000, 100_000), repeat=3, outcomes=1000, managers=200, load_seconds=30,
    paces=(1.0, 3.0),
)  # fmt: skip
QUICK = Sizes(leads=(1_000,), repeat=1, outcomes=50, managers=5, load_seconds=2, paces=(1.0,))


def run_all(sizes: Sizes, postgres: bool) -> list[Row]:
    """Every benchmark at these sizes, in DESIGN §6 order."""
    kinds = ["sqlite", "postgres"] if postgres else ["sqlite"]
    biggest = max(sizes.leads)
    rows: list[Row] = []
    for kind in kinds:
        for leads in sizes.leads:
            pulled = bench_client_pull.run(leads, sizes.repeat, 5000, kind)
            rows += pulled if leads == biggest else pulled[:1]
    rows += bench_outcomes.run(max(200, sizes.outcomes), sizes.outcomes)
    rows += bench_queue.run(biggest, sizes.repeat)
    rows += bench_search.run(biggest, sizes.repeat)[:1]
    rows += bench_dashboard.run(biggest, sizes.repeat)
    rows += bench_their_time.run(biggest, sizes.repeat)
    rows += bench_server_pull.run(biggest, sizes.repeat, kinds)
    rows += bench_encryption.run(min(sizes.leads), sizes.repeat, sizes.outcomes)
    load_kind = ["postgres"] if postgres else ["sqlite"]
    for pace in sizes.paces:
        rows += bench_load.run(sizes.managers, sizes.load_seconds, pace, load_kind)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--json", type=Path, help="write the rows here")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    started = time.perf_counter()
    rows = run_all(sizes, args.postgres)
    print(report(rows, args.json))
    print(
        f"\n{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"{time.perf_counter() - started:.0f} s in all"
    )


if __name__ == "__main__":
    main()
