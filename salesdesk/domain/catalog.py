# SPDX-License-Identifier: MIT
"""Server-managed catalogs: loss reasons and objection categories, labelled per language."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: The language every catalog entry has a label in (its ``label``); others are optional.
DEFAULT_LANGUAGE = "en"


def localized(label: str, labels: Mapping[str, str], language: str) -> str:
    """The label in ``language``; the default (English) label where there is none."""
    return labels.get(language) or labels.get(DEFAULT_LANGUAGE) or label


@dataclass(frozen=True, slots=True)
class LossReason:
    """Why a lead was lost; some reasons need a comment to be useful to marketing."""

    id: str
    label: str
    requires_comment: bool = False
    active: bool = True
    position: int = 0
    labels: Mapping[str, str] = field(default_factory=dict, compare=False)

    def label_in(self, language: str) -> str:
        """The reason's name in ``language`` (English where it has none)."""
        return localized(self.label, self.labels, language)


@dataclass(frozen=True, slots=True)
class InterestTag:
    """A product or topic a visitor asked about, offered at some events (``events``; none
    named: at every event). Retired tags stay on the leads that have them."""

    id: str
    label: str
    events: tuple[str, ...] = ()
    active: bool = True
    position: int = 0
    labels: Mapping[str, str] = field(default_factory=dict, compare=False)

    def label_in(self, language: str) -> str:
        """The tag's name in ``language`` (English where it has none)."""
        return localized(self.label, self.labels, language)

    def offered_at(self, event_name: str) -> bool:
        """Whether the stand at this event offers the tag (event names compared ignoring
        case and surrounding spaces, as typed at the stand)."""
        if not self.active:
            return False
        if not self.events:
            return True
        wanted = event_name.strip().casefold()
        return any(event.strip().casefold() == wanted for event in self.events)
