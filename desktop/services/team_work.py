# SPDX-License-Identifier: MIT
"""The team lead's daily work with the server: the review queue and its decisions (merge
two leads, keep both, accept, dismiss), the team's leads with filters, each manager's load
and today's figures, and assigning a selection to a manager or by the rules. Online only:
each call raises SyncError when the server cannot be reached or refuses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from desktop.services.account import connect
from desktop.services.base import StoreService, read_answer
from desktop.sync.errors import ProtocolError
from salesdesk.protocol.models import LeadData
from salesdesk.protocol.team import Load, ReviewItem, TeamLead, TeamLeads

#: The groups of fields a merge takes from one lead or the other (the server's names).
MERGE_GROUPS = ("name", "company", "need", "place", "source", "standing", "stage", "consent")


@dataclass(frozen=True)
class LeadQuery:
    """Which of the team's leads to show (None or empty: any)."""

    source: str = ""
    event: str = ""
    stage: str = ""
    temperature: str = ""
    manager: str = ""
    unassigned: bool = False
    waiting_since: datetime | None = None

    def params(self) -> dict[str, Any]:
        """The query's parameters for the server."""
        chosen = {"source": self.source, "event": self.event, "stage": self.stage,
                  "temperature": self.temperature, "manager": self.manager}  # fmt: skip
        found: dict[str, Any] = {name: value for name, value in chosen.items() if value}
        if self.unassigned:
            found["unassigned"] = "true"
        if self.waiting_since is not None:
            found["waiting_since"] = self.waiting_since.isoformat()
        return found


class TeamWorkService(StoreService):
    """Review and assignment for team leads and admins."""

    def review(self) -> list[ReviewItem]:
        """What waits for a decision, oldest first."""
        found: list[ReviewItem] = read_answer(
            list[ReviewItem], connect(self.store).admin_get("/review")
        )
        return found

    def decide(self, item: ReviewItem, decision: str) -> None:
        """Accept or dismiss a call, keep both leads of a duplicate."""
        path = f"/review/{item.kind}/{quote(item.id, safe='')}"
        connect(self.store).admin("POST", path, {"decision": decision})

    def merge(self, kept: str, other: str, take: list[str]) -> None:
        """Merge ``other`` into ``kept``, taking the named field groups from ``other``."""
        connect(self.store).admin("POST", "/leads/merge", {"kept": kept, "other": other,
                                                           "take": take})  # fmt: skip

    def leads(self, query: LeadQuery, limit: int = 5000) -> tuple[int, list[TeamLead]]:
        """How many of the team's leads fit, and the first ``limit``, oldest first."""
        params = {**query.params(), "limit": limit}
        found: TeamLeads = read_answer(TeamLeads, connect(self.store).admin_get("/leads", params))
        return found.total, found.leads

    def loads(self) -> list[Load]:
        """Each manager's open leads, callbacks due today and today's calls."""
        found: list[Load] = read_answer(list[Load], connect(self.store).admin_get("/load"))
        return found

    def assign(self, lead_ids: list[str], username: str | None) -> dict[str, int]:
        """Give the leads to a manager, or by the rules (None); how many went to whom."""
        body = {"lead_ids": lead_ids, "username": username}
        given = connect(self.store).admin("POST", "/leads/assign", body).get("given")
        if not isinstance(given, dict):
            raise ProtocolError("the server did not say who got the leads")
        return {str(k): int(v) for k, v in given.items()}

    def lead(self, lead_id: str) -> LeadData | None:
        """One lead as the server has it (None: gone, or not among the account's)."""
        return connect(self.store).lead(lead_id)
