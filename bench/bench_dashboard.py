# SPDX-License-Identifier: MIT
"""The dashboard over N local leads and 3·N recorded calls (90 days of history).

Measures ``AnalyticsService.dashboard`` for today, this week, the last 30 days and all time,
and the per-answer win rates the script panel shows. Floor: counting the same period's calls
through the ``started_at`` index (the least any figure over that period must read).
Run: ``python -m bench.bench_dashboard --leads 100000``.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import orjson
import yaml
from sqlalchemy import select, text

from bench.bench_search import fill
from bench.common import Row, report, sample
from desktop.services.analytics import AnalyticsService
from desktop.store.db import Store, open_store
from desktop.store.models import LeadRow, ScriptRow
from salesdesk.domain.analytics import Period
from salesdesk.domain.vocabulary import Disposition, Result
from salesdesk.protocol.convert import script_from_wire
from salesdesk.protocol.models import ScriptData
from salesdesk.sqltypes import to_db_time

SCRIPT = Path(__file__).resolve().parent.parent / "server" / "content" / "script.en.yaml"


def add_history(store: Store, calls: int, now: datetime, seed: int = 7) -> ScriptData:
    """``calls`` outcomes spread over the leads and the last 90 days; returns the script."""
    rng = random.Random(seed)
    script = ScriptData.model_validate({**yaml.safe_load(SCRIPT.read_text("utf-8")), "version": 1})
    objections = [(o.id, [a.id for a in o.answers]) for o in script.objections]
    with store.read() as session:
        lead_ids = list(session.scalars(select(LeadRow.id)))
    rows = []
    for _ in range(calls):
        started = now - timedelta(minutes=rng.randint(1, 90 * 24 * 60))
        disposition = rng.choice(list(Disposition))
        result = rng.choice(list(Result))
        raised = rng.sample(objections, rng.choice((0, 0, 1, 2)))
        rows.append(
            (
                str(uuid.uuid4()),
                rng.choice(lead_ids),
                to_db_time(started),
                rng.randint(10, 900),
                disposition.value,
                result.value,
                "price_high" if result is Result.LOST else None,
                orjson.dumps([o for o, _a in raised]).decode(),
                orjson.dumps([rng.choice(a) for _o, a in raised]).decode(),
                "",
                to_db_time(started + timedelta(hours=20)) if result is Result.FOLLOW_UP else None,
                None,
                to_db_time(started),
            )
        )
    with store.write() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO outcomes (id, lead_id, started_at, duration_s, disposition, result, "
            "loss_reason_id, objections, answers_used, note, next_call_at, nurture_until, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        session.add(
            ScriptRow(
                id=script.id,
                name=script.name,
                version=1,
                language="en",
                data=script.model_dump(mode="json"),
            )
        )
    return script


def run(leads: int, repeat: int) -> list[Row]:
    calls = 3 * leads
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite3")
        fill(store, leads)
        script = add_history(store, calls, now)
        analytics = AnalyticsService(store, lambda: now)
        periods = {
            "today": Period.today(now, "UTC"),
            "this week": Period.this_week(now, "UTC"),
            "last 30 days": Period.days(now.date() - timedelta(days=29), now.date(), "UTC"),
            "all time": Period.days(date(2000, 1, 1), now.date(), "UTC"),
        }
        rows: list[Row] = []
        for name, period in periods.items():
            figures = analytics.dashboard(period)
            with store.read() as session:
                floor = sample(
                    lambda p=period, s=session: s.execute(
                        text("SELECT count(*) FROM outcomes WHERE started_at >= :a "
                             "AND started_at < :b"),
                        {"a": to_db_time(p.start), "b": to_db_time(p.end)},
                    ).scalar(),
                    repeat,
                )  # fmt: skip
            rows.append(
                Row(
                    f"dashboard, {name}: {leads:,} leads, {calls:,} calls",
                    "(issue #6: report)",
                    sample(lambda p=period: analytics.dashboard(p), repeat),
                    floor,
                    "count the period's calls by index",
                    {"calls in period": figures.calls},
                )
            )
        wire_script = script_from_wire(script)
        with store.read() as session:
            full_scan = sample(
                lambda: session.execute(text("SELECT count(*) FROM outcomes")).scalar(), repeat
            )
        rows.append(
            Row(
                f"script win rates (mine, all time): {calls:,} calls",
                "(issue #6: report)",
                sample(lambda: analytics.answer_figures(wire_script), repeat),
                full_scan,
                "count all calls",
            )
        )
        store.close()
        return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--leads", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(report(run(args.leads, args.repeat)))


if __name__ == "__main__":
    main()
