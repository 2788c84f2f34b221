# SPDX-License-Identifier: MIT
"""Is a script document publishable? The one check the server runs before publishing and
the workstation's editor runs as the team lead types: its shape, unique IDs, known
placeholders, every objection category handled and, for a guided script, a graph a call can
walk with rules over questions it asks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from salesdesk.domain.flow import graph_problems, node_texts
from salesdesk.domain.readiness import rule_problems
from salesdesk.domain.script import placeholders_in
from salesdesk.domain.vocabulary import ObjectionCategory
from salesdesk.protocol.convert import script_from_wire
from salesdesk.protocol.models import ScriptData

#: What a script may refer to; anything else is a typo that would show on screen.
KNOWN_PLACEHOLDERS = frozenset({
    "lead.first_name", "lead.last_name", "lead.company", "lead.need", "lead.event_name",
    "manager.name", "product",
})  # fmt: skip


def script_problems(
    data: Any, version: int, loss_reasons: Iterable[str] | None = None
) -> tuple[ScriptData | None, list[str]]:
    """The script as it would be published (None when its shape is wrong) and every problem
    that keeps it from being published ([] when none). ``loss_reasons``: the catalog's IDs a
    disqualifying rule may name (None: not checked)."""
    if not isinstance(data, dict):
        return None, ["a script file must be a mapping with id, name, steps, objections"]
    try:
        script = ScriptData.model_validate({**data, "version": version})
    except PydanticValidationError as exc:
        found = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:8]
        )
        return None, [f"the script is invalid: {found}"]
    problems: list[str] = []
    ids = [s.id for s in script.steps] + [o.id for o in script.objections]
    ids += [n.id for n in script.nodes]
    ids += [a.id for o in script.objections for a in o.answers]
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        problems.append(f"these IDs are used more than once: {', '.join(repeated)}")
    domain = script_from_wire(script)
    texts = [s.text for s in script.steps] + [
        t
        for o in script.objections
        for t in (o.clarifying_question, o.next_step, *(a.text for a in o.answers))
    ]
    texts += [t for node in domain.nodes for t in node_texts(node)]
    unknown = sorted(set().union(*(placeholders_in(t) for t in texts)) - KNOWN_PLACEHOLDERS)
    if unknown:
        problems.append(
            f"unknown placeholders: {', '.join('{' + u + '}' for u in unknown)}; known: "
            + ", ".join("{" + k + "}" for k in sorted(KNOWN_PLACEHOLDERS))
        )
    handled = {o.category.value for o in script.objections}
    missing = sorted({c.value for c in ObjectionCategory} - handled)
    if missing:
        problems.append(f"the script handles no objection of: {', '.join(missing)}")
    if not script.steps and not script.nodes:
        problems.append("a script needs steps or nodes")
    if script.nodes or script.readiness or script.scoring.weights:
        faults = graph_problems(domain.nodes, domain.start, (o.id for o in domain.objections))
        faults += rule_problems(domain.readiness, domain.scoring, domain.nodes, loss_reasons)
        problems += [str(f) for f in faults]
    return script, problems
