# SPDX-License-Identifier: MIT
"""Between the wire models and the domain: one place for each conversion both sides need."""

from __future__ import annotations

from typing import Any

from salesdesk.domain.flow import Branch, Choice, Condition, Node
from salesdesk.domain.outcome import CallOutcome, OutcomeDraft
from salesdesk.domain.readiness import ReadinessRule, Scoring, Weight
from salesdesk.domain.script import Answer, CallScript, Objection, ScriptStep
from salesdesk.protocol.models import CallOutcomeData, ConditionData, NodeData, ScriptData


def outcome_to_wire(outcome: CallOutcome) -> CallOutcomeData:
    """The wire form of a recorded outcome (what the outbox pushes)."""
    return CallOutcomeData(
        lead_id=outcome.lead_id,
        started_at=outcome.started_at,
        duration_s=outcome.duration_s,
        disposition=outcome.disposition,
        result=outcome.result,
        loss_reason_id=outcome.loss_reason_id,
        objections=list(outcome.objections),
        answers_used=list(outcome.answers_used),
        note=outcome.note,
        next_call_at=outcome.next_call_at,
        nurture_until=outcome.nurture_until,
        script_id=outcome.script_id,
        script_version=outcome.script_version,
        answers=dict(outcome.answers),
        verdict=outcome.verdict,
        overrule_reason=outcome.overrule_reason,
        score=outcome.score,
        quality=outcome.quality,
    )


def qualification_record(outcome: CallOutcome) -> dict[str, Any]:
    """A guided call's answers, verdict, overrule reason, score and quality as both stores
    keep them (enums as their values)."""
    return {
        "answers": dict(outcome.answers),
        "verdict": outcome.verdict.value if outcome.verdict else None,
        "overrule_reason": outcome.overrule_reason,
        "score": outcome.score,
        "quality": outcome.quality.value if outcome.quality else None,
    }


def draft_from_wire(outcome_id: str, data: CallOutcomeData) -> OutcomeDraft:
    """An outcome from the wire as a draft, for the domain rules to validate."""
    return OutcomeDraft(
        id=outcome_id,
        lead_id=data.lead_id,
        started_at=data.started_at,
        duration_s=data.duration_s,
        disposition=data.disposition,
        result=data.result,
        loss_reason_id=data.loss_reason_id,
        objections=tuple(data.objections),
        answers_used=tuple(data.answers_used),
        note=data.note,
        next_call_at=data.next_call_at,
        nurture_until=data.nurture_until,
        script_id=data.script_id,
        script_version=data.script_version,
        answers=dict(data.answers),
        verdict=data.verdict,
        overrule_reason=data.overrule_reason,
        score=data.score,
        quality=data.quality,
    )


def outcome_from_wire(outcome_id: str, data: CallOutcomeData) -> CallOutcome:
    """An outcome already validated when it was saved (a queued one), as the domain's."""
    draft = draft_from_wire(outcome_id, data)
    return CallOutcome(
        id=draft.id, lead_id=draft.lead_id, started_at=draft.started_at,
        duration_s=draft.duration_s, disposition=draft.disposition, result=draft.result,
        loss_reason_id=draft.loss_reason_id, objections=draft.objections,
        answers_used=draft.answers_used, note=draft.note, next_call_at=draft.next_call_at,
        nurture_until=draft.nurture_until, script_id=draft.script_id,
        script_version=draft.script_version, answers=draft.answers, verdict=draft.verdict,
        overrule_reason=draft.overrule_reason, score=draft.score, quality=draft.quality,
    )  # fmt: skip


def script_from_wire(data: ScriptData) -> CallScript:
    """A pulled script as the domain's (read-only on the workstation)."""
    return CallScript(
        id=data.id,
        name=data.name,
        version=data.version,
        language=data.language,
        product=data.product,
        steps=tuple(ScriptStep(s.id, s.kind, s.title, s.text, s.topic) for s in data.steps),
        objections=tuple(
            Objection(o.id, o.category, o.title, o.clarifying_question,
                      tuple(Answer(a.id, a.text) for a in o.answers), o.next_step,
                      tuple(o.keywords))
            for o in data.objections
        ),
        nodes=tuple(_node(n) for n in data.nodes),
        start=data.start or "",
        readiness=tuple(
            ReadinessRule(r.verdict, tuple(_condition(c) for c in r.when),
                          r.loss_reason_id or "", r.return_from or "")
            for r in data.readiness
        ),
        scoring=Scoring(
            tuple(Weight(_condition(w.when), w.points) for w in data.scoring.weights),
            data.scoring.targeted_from,
        ),
    )  # fmt: skip


def _condition(data: ConditionData) -> Condition:
    return Condition(data.op, data.value, data.question or "", data.currency or "")


def _node(data: NodeData) -> Node:
    return Node(
        id=data.id, kind=data.kind, title=data.title, text=data.text, next=data.next or "",
        answer=data.answer,
        choices=tuple(Choice(c.id, c.label, c.next or "") for c in data.choices),
        branches=tuple(Branch(_condition(b.when), b.next) for b in data.branches),
        unit=data.unit, currency=data.currency, objection=data.objection or "",
        result=data.result, topic=data.topic,
    )  # fmt: skip
