# SPDX-License-Identifier: MIT
"""Server-managed catalogs: loss reasons and objection categories."""

from __future__ import annotations

from dataclasses import dataclass

from salesdesk.domain.vocabulary import ObjectionCategory


@dataclass(frozen=True, slots=True)
class LossReason:
    """Why a lead was lost; some reasons need a comment to be useful to marketing."""

    id: str
    label: str
    requires_comment: bool = False
    active: bool = True
    position: int = 0


@dataclass(frozen=True, slots=True)
class ObjectionCategoryEntry:
    """A category of objections with a label for display."""

    id: ObjectionCategory
    label: str
    position: int = 0
