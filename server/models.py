# SPDX-License-Identifier: MIT
"""The server's tables (SQLAlchemy 2 typed models; the schema is made by migrations)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from salesdesk.domain.limits import SHORT_TEXT, ZONE
from server.types import AwareDateTime, Json


class Base(DeclarativeBase):
    """The declarative base of the server schema."""


class MetaRow(Base):
    """Key/value facts about this database (its ``server_id`` goes into every cursor)."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    """A manager or an admin; the password is kept only as an argon2 hash."""

    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    username: Mapped[str] = mapped_column(String(150), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    # assignment rules (``services.assignment``): the shift in the manager's time zone
    # (none: always on), the weekdays (ISO digits), the share, the open-lead cap and the
    # sources and countries they take (none: any)
    shift_start: Mapped[str | None] = mapped_column(String(5))
    shift_end: Mapped[str | None] = mapped_column(String(5))
    shift_days: Mapped[str] = mapped_column(String(7), default="1234567")
    assign_weight: Mapped[int] = mapped_column(Integer, default=1)
    open_cap: Mapped[int | None] = mapped_column(Integer)
    assign_sources: Mapped[list[str]] = mapped_column(Json, default=list)
    assign_countries: Mapped[list[str]] = mapped_column(Json, default=list)
    #: leads the rules gave them (weighted round robin: the lowest count per weight is next)
    auto_assigned: Mapped[int] = mapped_column(Integer, default=0)
    #: the team a manager belongs to (None: none; a team lead leads one, see TeamRow)
    team_id: Mapped[str | None] = mapped_column(String(36))


class TokenRow(Base):
    """A login token, stored as its SHA-256 (the token itself is only ever with the client)."""

    __tablename__ = "tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    expires_at: Mapped[datetime] = mapped_column(AwareDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class LeadRow(Base):
    """A lead, its assignee, its version and the version at which each field last changed."""

    __tablename__ = "leads"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    assignee_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime)
    first_name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    last_name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    company: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    job_title: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    city: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    phones: Mapped[list[str]] = mapped_column(Json, default=list)
    emails: Mapped[list[str]] = mapped_column(Json, default=list)
    contacts: Mapped[list[dict[str, Any]]] = mapped_column(Json, default=list)
    consent: Mapped[dict[str, Any] | None] = mapped_column(Json)
    interests: Mapped[list[str]] = mapped_column(Json, default=list)
    next_step: Mapped[str | None] = mapped_column(String(16))
    #: the import that created the lead (its undo removes it while nobody has touched it)
    import_batch_id: Mapped[str | None] = mapped_column(String(36), index=True)
    #: why the assignment rules gave the lead to its manager, or kept it in the pool
    assignment_reason: Mapped[str | None] = mapped_column(String(300))
    need: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(32))
    campaign: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    event_name: Mapped[str] = mapped_column(String(SHORT_TEXT), default="")
    quality: Mapped[str] = mapped_column(String(16))
    temperature: Mapped[str] = mapped_column(String(8))
    stage: Mapped[str] = mapped_column(String(16))
    score: Mapped[int] = mapped_column(Integer, default=0)
    budget_notes: Mapped[str] = mapped_column(Text, default="")
    time_zone: Mapped[str | None] = mapped_column(String(ZONE))
    effective_time_zone: Mapped[str | None] = mapped_column(String(ZONE))
    next_call_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    nurture_until: Mapped[datetime | None] = mapped_column(AwareDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    attempts_today: Mapped[int] = mapped_column(Integer, default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    loss_reason_id: Mapped[str | None] = mapped_column(String(64))
    duplicate_of: Mapped[str | None] = mapped_column(String(64))
    review_state: Mapped[str | None] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)
    field_versions: Mapped[dict[str, list[Any]]] = mapped_column(Json, default=dict)

    __table_args__ = (
        Index("ix_leads_assignee", "assignee_id"),
        Index("ix_leads_review", "review_state"),
    )


class TeamRow(Base):
    """A team: its lead (a ``team_lead`` user) sees and assigns its managers' work."""

    __tablename__ = "teams"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    lead_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)


class AuditRow(Base):
    """One admin action: who (None and "command line" for the server's shell), when, what,
    on what, and its particulars."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(AwareDateTime)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    actor: Mapped[str] = mapped_column(String(150))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200), default="")
    details: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)

    __table_args__ = (Index("ix_audit_at", "at"),)


class RefusalRow(Base):
    """A call refused as implausible (its time), kept with its data for the team lead's
    review queue until they decide on it."""

    __tablename__ = "refusals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    entity_id: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    at: Mapped[datetime] = mapped_column(AwareDateTime)
    reviewed_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    review_decision: Mapped[str | None] = mapped_column(String(16))


class LeadSourceRow(Base):
    """A lead source posting to the inbound API: its key (kept as its SHA-256) is bound to a
    source, campaign and optional event."""

    __tablename__ = "lead_sources"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    source: Mapped[str] = mapped_column(String(32))
    campaign: Mapped[str] = mapped_column(String(200), default="")
    event_name: Mapped[str] = mapped_column(String(200), default="")
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class InboundRequestRow(Base):
    """An inbound post with an Idempotency-Key: its answer, given again to a repeat."""

    __tablename__ = "inbound_requests"

    source_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    status_code: Mapped[int] = mapped_column(Integer)
    answer: Mapped[dict[str, Any]] = mapped_column(Json)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)


class InboundRateRow(Base):
    """Posts per key in the current minute (429 beyond the limit)."""

    __tablename__ = "inbound_rate"

    source_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    window: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)


class ImportBatchRow(Base):
    """One import: its file, who ran it, how the file was read, what it did, its undo."""

    __tablename__ = "import_batches"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    detected: Mapped[str] = mapped_column(String(200), default="")
    profile: Mapped[str] = mapped_column(String(32), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class EventRow(Base):
    """An exhibition the team works; the managers on its stand see each other's captures."""

    __tablename__ = "events"

    name: Mapped[str] = mapped_column(String(SHORT_TEXT), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime)


class EventStaffRow(Base):
    """A manager working an event's stand."""

    __tablename__ = "event_staff"

    event_name: Mapped[str] = mapped_column(
        ForeignKey("events.name", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)


class LeadContactRow(Base):
    """A duplicate key (``tel:+…`` / ``mailto:…``) of a lead."""

    __tablename__ = "lead_contacts"

    key: Mapped[str] = mapped_column(String(260), primary_key=True)
    lead_id: Mapped[str] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AssignmentRow(Base):
    """Every manager a lead was ever assigned to (their offline outcomes from while it was
    theirs stay acceptable)."""

    __tablename__ = "assignment_history"

    lead_id: Mapped[str] = mapped_column(
        ForeignKey("leads.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    assigned_at: Mapped[datetime] = mapped_column(AwareDateTime)
    #: when it last went to someone else (None: theirs now); their calls from before stay
    #: acceptable, later ones are refused
    unassigned_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class OutcomeRow(Base):
    """A recorded call, keyed by the workstation's UUID; append-only."""

    __tablename__ = "outcomes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lead_id: Mapped[str] = mapped_column(ForeignKey("leads.id", ondelete="CASCADE"))
    manager_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    started_at: Mapped[datetime] = mapped_column(AwareDateTime)
    duration_s: Mapped[int] = mapped_column(Integer)
    disposition: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(String(16))
    loss_reason_id: Mapped[str | None] = mapped_column(String(64))
    objections: Mapped[list[str]] = mapped_column(Json, default=list)
    answers_used: Mapped[list[str]] = mapped_column(Json, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    next_call_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    nurture_until: Mapped[datetime | None] = mapped_column(AwareDateTime)
    received_at: Mapped[datetime] = mapped_column(AwareDateTime)
    review_reason: Mapped[str | None] = mapped_column(String(64))
    #: the start as the workstation gave it, when the server corrected its clock
    client_started_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    #: 1, and one more for each correction by its caller (``call_outcome.amend``)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    #: the lead's fields this call set, as they were before it (None: it did not move the lead)
    lead_before: Mapped[dict[str, Any] | None] = mapped_column(Json)
    #: the lead's version after this call (or its latest correction) moved it
    lead_version: Mapped[int | None] = mapped_column(BigInteger)
    #: when it was last corrected, and the data as first recorded
    amended_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    original: Mapped[dict[str, Any] | None] = mapped_column(Json)
    #: the script version its objections and answers were checked against
    script_id: Mapped[str | None] = mapped_column(String(64))
    script_version: Mapped[int | None] = mapped_column(Integer)
    #: a guided call's typed answers by question ID, the verdict and score they gave, and
    #: why the caller chose another result than the verdict's
    answers: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    verdict: Mapped[str | None] = mapped_column(String(16))
    overrule_reason: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[int | None] = mapped_column(Integer)
    quality: Mapped[str | None] = mapped_column(String(16))
    #: the team lead's decision on a flagged call (``accepted``, ``dismissed``) and when
    reviewed_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    review_decision: Mapped[str | None] = mapped_column(String(16))

    __table_args__ = (
        Index("ix_outcomes_lead", "lead_id"),
        Index("ix_outcomes_review", "review_reason"),
        Index("ix_outcomes_manager_started", "manager_id", "started_at"),
        Index("ix_outcomes_started", "started_at"),
    )


class ScriptVersionRow(Base):
    """A published version of a call script; old versions are kept."""

    __tablename__ = "script_versions"

    script_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    published_at: Mapped[datetime] = mapped_column(AwareDateTime)


class ScriptStatsRow(Base):
    """Team-wide tallies of a script's objections and answers (see ``services.stats``)."""

    __tablename__ = "script_stats"

    script_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    computed_at: Mapped[datetime] = mapped_column(AwareDateTime)
    data: Mapped[dict[str, Any]] = mapped_column(Json)


class LossReasonRow(Base):
    """The loss-reason catalog."""

    __tablename__ = "loss_reasons"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    requires_comment: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    labels: Mapped[dict[str, str]] = mapped_column(Json, default=dict)


class InterestTagRow(Base):
    """The interest-tag catalog: products and topics a stand offers (at named events)."""

    __tablename__ = "interest_tags"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    events: Mapped[list[str]] = mapped_column(Json, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    labels: Mapped[dict[str, str]] = mapped_column(Json, default=dict)


class ObjectionCategoryRow(Base):
    """The objection-category catalog (labels for the fixed categories)."""

    __tablename__ = "objection_categories"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    labels: Mapped[dict[str, str]] = mapped_column(Json, default=dict)


class FeedHeadRow(Base):
    """Per user: the last sequence number handed out and the tombstone horizon.

    Writers take the next number by updating this row, which locks it until they commit:
    a change that commits late can never get a number below one already served.
    A cursor below ``horizon`` (removals purged up to there) is answered with 410.
    """

    __tablename__ = "feed_heads"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    horizon: Mapped[int] = mapped_column(BigInteger, default=0)


class ChangeLogRow(Base):
    """The latest change of each entity for each user: pull serves these in ``seq`` order."""

    __tablename__ = "change_log"

    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    op: Mapped[str] = mapped_column(String(8))
    changed_at: Mapped[datetime] = mapped_column(AwareDateTime)

    __table_args__ = (
        Index("ix_change_log_feed", "user_id", "seq", unique=True),
        Index("ix_change_log_tombstones", "op", "changed_at"),
    )


class ProcessedMutationRow(Base):
    """A mutation already applied: its payload hash and result, stored with its effect."""

    __tablename__ = "processed_mutations"

    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    payload_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(Json)
    processed_at: Mapped[datetime] = mapped_column(AwareDateTime)


class DeviceRow(Base):
    """A workstation (its client ID): whose it is, when it last pushed, how far off its
    clock was then (seconds; positive: ahead of the server)."""

    __tablename__ = "devices"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    last_seen: Mapped[datetime] = mapped_column(AwareDateTime)
    clock_skew_s: Mapped[float] = mapped_column(Float)
    #: an admin marked it lost: at its next contact it pushes what it has, then erases itself
    wipe_requested_at: Mapped[datetime | None] = mapped_column(AwareDateTime)
    #: when it was last told to erase itself
    wipe_told_at: Mapped[datetime | None] = mapped_column(AwareDateTime)


class ClientProblemRow(Base):
    """A change a workstation could not read and kept aside, as it reported it."""

    __tablename__ = "client_problems"

    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text)
    reported_at: Mapped[datetime] = mapped_column(AwareDateTime)


class LoginAttemptRow(Base):
    """A login attempt: the login limiter's memory, shared by every server process.

    ``account`` is the username as typed, case-folded (an attempt on a name nobody has counts
    too, so a probe learns nothing); ``address`` the peer, or the forwarded client when the
    peer is a trusted proxy. Rows older than a day are deleted as new ones come.
    """

    __tablename__ = "login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    account: Mapped[str] = mapped_column(String(SHORT_TEXT))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(AwareDateTime)
    failed: Mapped[bool] = mapped_column()

    __table_args__ = (
        Index("ix_login_attempts_account", "account", "at"),
        Index("ix_login_attempts_address", "address", "at"),
        Index("ix_login_attempts_at", "at"),
    )
