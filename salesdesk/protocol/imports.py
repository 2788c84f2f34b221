# SPDX-License-Identifier: MIT
"""The wire shapes of an import: a preview's or an import's answer (how the file was read
and mapped, each row's outcome), the batches and an undo's result — the server answers in
them and the workstation's import wizard reads them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel


class Reason(BaseModel):
    """Why a row was refused or flagged: its kind (a stable code) and the words."""

    kind: str
    text: str


class RowResult(BaseModel):
    """One row: its line in the file, what became of it and why."""

    line: int
    status: str
    lead_id: str | None
    other_id: str | None
    phones: list[str]
    region: str
    reasons: list[Reason]


class ImportAnswer(BaseModel):
    """A preview's or an import's result."""

    batch_id: str | None
    dry_run: bool
    detected: dict[str, str | None]
    profile: str | None
    columns: list[dict[str, str]]
    unmapped: list[str]
    counts: dict[str, int]
    refused_by: dict[str, int]
    rows: list[RowResult]
    rows_listed: int
    #: the fields a column may be mapped to, and the CRM profiles known (for the wizard)
    fields: list[str] = []
    profiles: list[str] = []


class BatchInfo(BaseModel):
    """An import batch as listed."""

    id: str
    file_name: str
    created_at: datetime
    created_by: str
    detected: str
    profile: str
    summary: dict[str, Any]
    undone_at: datetime | None
    leads: int


class UndoAnswer(BaseModel):
    """What an undo did: leads removed, and those kept with the reason."""

    removed: int
    kept: dict[str, str]
