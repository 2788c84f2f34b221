# SPDX-License-Identifier: MIT
"""Encryption at rest, measured: the DESIGN §6 rows it touches — a full first pull, saving a
call outcome, the app start, the search — each on a SQLCipher store against the same run on
plain SQLite (the floor) in one run.

``python -m bench.bench_encryption [--leads N]``.
"""

from __future__ import annotations

import argparse
import os

from bench import bench_client_pull, bench_outcomes, bench_queue, bench_search
from bench.common import STORE_KEY_ENV, Row, percentile, report
from desktop.store import cipher


def _measured(leads: int, repeat: int, outcomes: int) -> list[Row]:
    return [
        bench_client_pull.run(leads, repeat, 5000)[0],
        bench_outcomes.run(max(200, outcomes), outcomes)[0],
        bench_queue.run(leads, repeat)[0],
        bench_search.run(leads, repeat)[0],
    ]


def run(leads: int, repeat: int, outcomes: int) -> list[Row]:
    """The four rows encrypted, each with the plain run as its floor."""
    previous = os.environ.pop(STORE_KEY_ENV, None)
    try:
        plain = _measured(leads, repeat, outcomes)
        os.environ[STORE_KEY_ENV] = cipher.new_key().hex()
        encrypted = _measured(leads, repeat, outcomes)
    finally:
        os.environ.pop(STORE_KEY_ENV, None)
        if previous is not None:
            os.environ[STORE_KEY_ENV] = previous
    return [
        Row(
            f"encrypted: {secret.name}",
            "≤ 1.3× plain",
            secret.samples_ms,
            clear.samples_ms,
            "the same on plain SQLite, this run",
            {
                "p99 ms": round(percentile(secret.samples_ms, 99), 2),
                "p99 ms plain": round(percentile(clear.samples_ms, 99), 2),
            },
        )
        for clear, secret in zip(plain, encrypted, strict=True)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--outcomes", type=int, default=500)
    args = parser.parse_args()
    print(report(run(args.leads, args.repeat, args.outcomes)))


if __name__ == "__main__":
    main()
