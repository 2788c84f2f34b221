# SPDX-License-Identifier: MIT
"""The wire shapes of the team lead's work: review items, the team's leads, each manager's
load — the server answers in them and the workstation reads its answers with them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel


class LeadBrief(BaseModel):
    """A lead as the review queue shows it."""

    id: str
    name: str
    company: str
    phones: list[str]
    emails: list[str]
    stage: str
    source: str


class ReviewItem(BaseModel):
    """Something that waits for a team lead's decision."""

    kind: Literal["duplicate", "flagged_call", "refused_call"]
    id: str
    at: datetime
    reason: str
    #: whose it is (the lead's manager, or who made the call): username and name
    manager: str
    manager_name: str = ""
    lead: LeadBrief | None
    other: LeadBrief | None
    #: the name of the other lead's manager (a duplicate)
    other_manager: str
    detail: dict[str, Any]


class TeamLead(BaseModel):
    """A lead in the team lead's assignment table."""

    id: str
    name: str
    company: str
    phone: str
    source: str
    event: str
    stage: str
    temperature: str
    created_at: datetime
    last_attempt_at: datetime | None
    next_call_at: datetime | None
    attempts: int
    score: int
    manager: str


class TeamLeads(BaseModel):
    """How many leads fit the filters, and the first of them."""

    total: int
    leads: list[TeamLead]


class Load(BaseModel):
    """A manager's load and today's work (today in their time zone)."""

    username: str
    name: str
    time_zone: str
    open: int
    due_today: int
    calls_today: int
    conversations_today: int
    qualified_today: int
