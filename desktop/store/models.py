# SPDX-License-Identifier: MIT
"""The local tables, as SQLAlchemy 2 typed models (the schema itself is made by migrations)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from salesdesk.domain.limits import SHORT_TEXT
from salesdesk.sqltypes import JsonText, UtcDateTime


class Base(DeclarativeBase):
    """The declarative base of the local store."""


class LeadRow(Base):
    """A lead of the manager's queue (server state with local edits on top)."""

    __tablename__ = "leads"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    first_name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    last_name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    company: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    job_title: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    city: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    phones: Mapped[list[str]] = mapped_column(JsonText, default=list)
    emails: Mapped[list[str]] = mapped_column(JsonText, default=list)
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(JsonText, default=list)
    consent: Mapped[dict[str, Any] | None] = mapped_column(JsonText)
    interests: Mapped[list[str]] = mapped_column(JsonText, default=list)
    next_step: Mapped[str | None] = mapped_column(String(16))
    need: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(32))
    campaign: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    event_name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    quality: Mapped[str] = mapped_column(String(16))
    temperature: Mapped[str] = mapped_column(String(8))
    stage: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer, default=0)
    budget_notes: Mapped[str] = mapped_column(Text, default="")
    time_zone: Mapped[str | None] = mapped_column(String(64))
    effective_time_zone: Mapped[str | None] = mapped_column(String(64))
    # when the zone is not known: the zones the lead may be in, "|"-joined, west to east
    zone_candidates: Mapped[str | None] = mapped_column(Text)
    next_call_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    nurture_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempts_today: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    loss_reason_id: Mapped[str | None] = mapped_column(String(64))
    assignee_id: Mapped[str | None] = mapped_column(String(64))
    duplicate_of: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=0)
    reassigned: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (
        Index("ix_leads_queue", "stage", "temperature", "next_call_at"),
        Index("ix_leads_next_call", "next_call_at"),
        Index("ix_leads_created", "created_at"),
        # partial: only the few read-only leads a sync's clean-up looks for
        Index("ix_leads_reassigned", "id", sqlite_where=text("reassigned = 1")),
    )


class LeadContactRow(Base):
    """A duplicate key (``tel:+49…`` or ``mailto:…``) of a lead, for finding known people."""

    __tablename__ = "lead_contacts"

    key: Mapped[str] = mapped_column(String(260), primary_key=True)
    lead_id: Mapped[str] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_lead_contacts_lead", "lead_id"),)


class OutcomeRow(Base):
    """A recorded call: a fact, corrected only by its caller within 24 hours. Recorded here or
    pulled back from the server (the manager's calls from another workstation); it outlives
    its lead here."""

    __tablename__ = "outcomes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lead_id: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    duration_s: Mapped[int] = mapped_column(Integer)
    disposition: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(String(16))
    loss_reason_id: Mapped[str | None] = mapped_column(String(64))
    objections: Mapped[list[str]] = mapped_column(JsonText, default=list)
    answers_used: Mapped[list[str]] = mapped_column(JsonText, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    next_call_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    nurture_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: the lead's fields this call set, as they were before it (None: recorded elsewhere)
    lead_before: Mapped[dict[str, Any] | None] = mapped_column(JsonText, nullable=True)
    #: when its caller corrected it (None: as first recorded)
    amended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    #: the script its objections and answers come from (None: none was shown)
    script_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    script_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: a guided call's typed answers by question ID, the verdict and score they gave, and
    #: why the caller chose another result than the verdict's
    answers: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)
    overrule_reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quality: Mapped[str | None] = mapped_column(String(16), nullable=True)

    __table_args__ = (
        Index("ix_outcomes_lead", "lead_id", "started_at"),
        Index("ix_outcomes_started", "started_at", "disposition", "result"),
        Index("ix_outcomes_result_next", "result", "next_call_at"),
    )


class ScriptRow(Base):
    """A call script version pulled from the server (read-only here)."""

    __tablename__ = "scripts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JsonText)


class StandCaptureRow(Base):
    """A visitor a teammate captured at an event both work (pulled ``stand_capture``):
    read-only, to recognise a returning visitor and to list the stand's day."""

    __tablename__ = "stand_captures"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_name: Mapped[str] = mapped_column(String(SHORT_TEXT), index=True)
    name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    company: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    phones: Mapped[list[str]] = mapped_column(JsonText, default=list)
    emails: Mapped[list[str]] = mapped_column(JsonText, default=list)
    captured_by: Mapped[str] = mapped_column(String(SHORT_TEXT))
    captured_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ScriptStatsRow(Base):
    """The team's figures for a script's objections and answers (pulled ``script_stats``)."""

    __tablename__ = "script_stats"

    script_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JsonText)


class LossReasonRow(Base):
    """An entry of the loss-reason catalog."""

    __tablename__ = "loss_reasons"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    requires_comment: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    labels: Mapped[dict[str, str]] = mapped_column(JsonText, default=dict)


class InterestTagRow(Base):
    """An entry of the interest-tag catalog (products and topics, offered at some events)."""

    __tablename__ = "interest_tags"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    events: Mapped[list[str]] = mapped_column(JsonText, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    labels: Mapped[dict[str, str]] = mapped_column(JsonText, default=dict)


class ObjectionCategoryRow(Base):
    """An entry of the objection-category catalog."""

    __tablename__ = "objection_categories"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    labels: Mapped[dict[str, str]] = mapped_column(JsonText, default=dict)


class OutboxRow(Base):
    """A write waiting to reach the server; leaves only when the server gave a result.

    ``seq`` is the client sequence (push order); ``mutation_id`` the UUID retries resend.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    base_version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonText)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: how often the server answered 500 to a batch holding this row
    server_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)


class ConflictRow(Base):
    """A field both the manager and the server changed; the local value is kept until resolved."""

    __tablename__ = "conflicts"
    __table_args__ = (UniqueConstraint("mutation_id", "field", name="uq_conflicts_mutation_field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    lead_id: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str] = mapped_column(String(64))
    local_value: Mapped[Any] = mapped_column(JsonText, nullable=True)
    server_value: Mapped[Any] = mapped_column(JsonText, nullable=True)
    server_version: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    resolution: Mapped[str | None] = mapped_column(String(16))


class DeadLetterRow(Base):
    """A write the server rejected: kept for the manager to fix, retry or export."""

    __tablename__ = "dead_letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    client_seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64))
    base_version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JsonText)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: the rule the server says was broken, and its values (to say it in the UI's language)
    code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    params: Mapped[dict[str, str] | None] = mapped_column(JsonText, nullable=True)


class SyncStateRow(Base):
    """Key/value sync state: cursor, server URL, user, client ID, last successful sync."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SettingRow(Base):
    """A user setting (JSON value)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JsonText, nullable=True)


class StagingRow(Base):
    """A change of a snapshot re-sync waiting to be swapped in (see ``desktop.store.snapshot``)."""

    __tablename__ = "sync_staging"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any] | None] = mapped_column(JsonText, nullable=True)


class QuarantineRow(Base):
    """A pulled change this workstation could not read, kept with the reason (the latest
    unreadable version of each entity); the pull moved on past it."""

    __tablename__ = "quarantine"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[Any] = mapped_column(JsonText, nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: when the server was told (the team lead sees it); None: not yet
    reported_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CallDraftRow(Base):
    """The call in progress (at most one): saved at every change so that a crash, a kill
    or a restart loses neither the call nor what was typed and marked during it."""

    __tablename__ = "call_drafts"

    lead_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: when the line was closed (None: still on the call when last saved)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: the last save: a call still open at a crash lasted at least until then
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    raised: Mapped[list[str]] = mapped_column(JsonText, default=list)
    used: Mapped[list[str]] = mapped_column(JsonText, default=list)
    #: a guided call: {"path": node IDs walked, "answers": {question ID: typed value}}
    guided: Mapped[dict[str, Any]] = mapped_column(JsonText, default=dict)


class SkipRow(Base):
    """A lead the manager skipped in the power-dialer flow, and why."""

    __tablename__ = "skips"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    lead_id: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(32))
    skipped_at: Mapped[datetime] = mapped_column(UtcDateTime)
