# SPDX-License-Identifier: MIT
"""Server-managed catalogs: loss reasons and objection categories."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LossReason:
    """Why a lead was lost; some reasons need a comment to be useful to marketing."""

    id: str
    label: str
    requires_comment: bool = False
    active: bool = True
    position: int = 0
