# SPDX-License-Identifier: MIT
"""The stage transitions the lead-management method allows."""

from __future__ import annotations

from salesdesk.domain.errors import ErrorCode, ValidationError
from salesdesk.domain.vocabulary import Stage

ALLOWED_TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.NEW: frozenset({Stage.QUALIFYING}),
    Stage.QUALIFYING: frozenset({Stage.CONVERTED, Stage.NURTURING, Stage.DISQUALIFIED}),
    Stage.NURTURING: frozenset({Stage.QUALIFYING}),
    Stage.CONVERTED: frozenset(),
    Stage.DISQUALIFIED: frozenset(),
}

#: Stages in which a lead is still worked from the call queue.
OPEN_STAGES: frozenset[Stage] = frozenset({Stage.NEW, Stage.QUALIFYING, Stage.NURTURING})


def can_move(current: Stage, target: Stage) -> bool:
    """True when the method allows going from ``current`` to ``target`` (staying is allowed)."""
    return current == target or target in ALLOWED_TRANSITIONS[current]


def move(current: Stage, target: Stage) -> Stage:
    """Return ``target`` if the move is allowed, passing through ``qualifying`` when needed.

    A new or nurtured lead that a call decides about is first taken into qualification:
    ``new → qualifying → converted`` is one call's effect. Raises ValidationError otherwise.
    """
    if can_move(current, target):
        return target
    if can_move(current, Stage.QUALIFYING) and can_move(Stage.QUALIFYING, target):
        return target
    raise ValidationError(
        f"a lead cannot go from {current.value} to {target.value}",
        "stage",
        ErrorCode.STAGE_MOVE,
        **{"from": current.value, "to": target.value},
    )
