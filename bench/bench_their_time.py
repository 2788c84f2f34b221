# SPDX-License-Identifier: MIT
"""Their time for N leads: the candidate zones from each lead's evidence (zone, city, phone,
email), as a pull or the queue computes them, against a floor.

Floor: parsing the same phone numbers with ``phonenumbers`` (the least any zone lookup from a
number must do). The first use also loads the offline city index once (reported apart).
Run: ``python -m bench.bench_their_time --leads 100000``.
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime

import phonenumbers

from bench.common import Row, report, sample
from salesdesk.domain import their_time
from salesdesk.domain.their_time import their_zones
from server.demo.people import demo_leads


def run(count: int, repeat: int) -> list[Row]:
    drafts = [d.draft for d in demo_leads(count, now=datetime.now(UTC))]
    evidence = [(None, d.city, list(d.phones), list(d.emails)) for d in drafts]
    phones = [p for d in drafts for p in d.phones[:1]]
    started = time.perf_counter()
    their_time.city_zone("Novosibirsk")  # loads the city index (once per process)
    index_ms = (time.perf_counter() - started) * 1000
    unknown = 0

    def compute() -> None:
        nonlocal unknown
        unknown = sum(1 for e in evidence if their_zones(*e).known is None)

    measured = sample(compute, repeat)
    floor = sample(lambda: [phonenumbers.parse(p, None) for p in phones], repeat)
    return [
        Row(
            f"their zones of {count:,} leads (number, city, email)",
            "(no target: per lead µs)",
            measured,
            floor,
            "parse the same numbers with phonenumbers",
            {
                "µs per lead": round(min(measured) * 1000 / max(count, 1), 1),
                "zone not known": unknown,
                "city index load ms": round(index_ms),
            },
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(report(run(args.leads, args.repeat)))


if __name__ == "__main__":
    main()
