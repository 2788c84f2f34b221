# SPDX-License-Identifier: MIT
"""The script editor's work on each edit: the publication check and the flowchart (layout,
scene, one paint of the view) for the largest default script and for a synthetic script of
N nodes; and judging a guided call's answers (verdict and score) as the outcome form does.

Floor: validating the same script document with its wire model (``ScriptData``), the least
any check must do. Run: ``python -m bench.bench_flowchart --nodes 300`` (offscreen Qt).
"""

from __future__ import annotations

import argparse
import os
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import yaml

from bench.common import Row, report, sample


def synthetic(count: int) -> dict[str, Any]:
    """The default English script with ``count`` more questions chained before its end."""
    document = yaml.safe_load(
        resources.files("server.content").joinpath("script.en.yaml").read_text("utf-8")
    )
    nodes = document["nodes"]
    first = nodes[0]["next"]
    for number in range(count, 0, -1):
        following = first if number == count else f"x-{number + 1}"
        nodes.append({
            "id": f"x-{number}", "kind": "ask", "answer": "choice", "title": f"Question {number}",
            "choices": [{"id": "a", "label": "A", "next": following},
                        {"id": "b", "label": "B", "next": following}],
        })  # fmt: skip
    if count:
        nodes[0]["next"] = "x-1"
    return dict(document)


def run(extra_nodes: int, repeat: int) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.views.app import application
    from desktop.views.flowchart import Flowchart
    from salesdesk.domain.qualification import judge
    from salesdesk.protocol.convert import script_from_wire
    from salesdesk.protocol.models import ScriptData
    from salesdesk.protocol.script_check import script_problems

    application()
    rows: list[Row] = []
    default = synthetic(0)
    for name, document in (("default en script", default), ("synthetic", synthetic(extra_nodes))):
        size = len(document["nodes"])
        chart = Flowchart()
        chart.resize(620, 560)
        chart.show()

        def edit(document: dict[str, Any] = document, chart: Flowchart = chart) -> None:
            script, problems = script_problems(document, 1, None)
            assert script is not None and not problems, problems
            chart.draw(script_from_wire(script), "q-budget")
            chart.viewport().grab()

        floor = sample(lambda d=document: ScriptData.model_validate({**d, "version": 1}), repeat)
        rows.append(
            Row(f"check + flowchart, {name} ({size} nodes)", "(editor: per edit)",
                sample(edit, repeat), floor, "validate the document with ScriptData")
        )  # fmt: skip
    script = script_from_wire(ScriptData.model_validate({**default, "version": 1}))
    answers = {
        "q-moment": True, "q-contacts": True, "q-prior": "first", "q-need": "clear",
        "q-team": 12, "q-budget": {"amount": 12000, "currency": "EUR"},
        "q-budget-when": "2026-12", "q-timing": "2027-01", "q-decision": "self",
    }  # fmt: skip
    started = datetime(2026, 12, 3, tzinfo=UTC)
    rows.append(
        Row("judge a call's answers (verdict + score) ×1000", "(outcome form)",
            sample(lambda: [judge(script, answers, started) for _ in range(1000)], repeat),
            sample(lambda: [dict(answers) for _ in range(1000)], repeat),
            "copy the answers 1000 times")
    )  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, default=270, help="questions added (≤ 300 in all)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(report(run(args.nodes, args.repeat)))


if __name__ == "__main__":
    main()
