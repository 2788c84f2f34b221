# SPDX-License-Identifier: MIT
"""The first schema: leads, contacts, outcomes, scripts, catalogs, outbox, sync state.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from salesdesk.sqltypes import JsonText, UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leads",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("first_name", sa.String(200), nullable=False),
        sa.Column("last_name", sa.String(200), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("job_title", sa.String(200), nullable=False),
        sa.Column("phones", JsonText(), nullable=False),
        sa.Column("emails", JsonText(), nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("campaign", sa.String(200), nullable=False),
        sa.Column("event_name", sa.String(200), nullable=False),
        sa.Column("quality", sa.String(16), nullable=False),
        sa.Column("temperature", sa.String(8), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("budget_notes", sa.Text(), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=True),
        sa.Column("effective_time_zone", sa.String(64), nullable=True),
        sa.Column("next_call_at", UtcDateTime(), nullable=True),
        sa.Column("nurture_until", UtcDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("attempts_today", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("loss_reason_id", sa.String(64), nullable=True),
        sa.Column("assignee_id", sa.String(64), nullable=True),
        sa.Column("duplicate_of", sa.String(64), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reassigned", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_leads_queue", "leads", ["stage", "temperature", "next_call_at"])
    op.create_index("ix_leads_next_call", "leads", ["next_call_at"])
    op.create_index("ix_leads_created", "leads", ["created_at"])
    op.create_table(
        "lead_contacts",
        sa.Column("key", sa.String(260), primary_key=True),
        sa.Column(
            "lead_id",
            sa.String(64),
            sa.ForeignKey("leads.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_lead_contacts_lead", "lead_contacts", ["lead_id"])
    op.create_table(
        "outcomes",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column(
            "lead_id",
            sa.String(64),
            sa.ForeignKey("leads.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("started_at", UtcDateTime(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("disposition", sa.String(32), nullable=False),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("loss_reason_id", sa.String(64), nullable=True),
        sa.Column("objections", JsonText(), nullable=False),
        sa.Column("answers_used", JsonText(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_call_at", UtcDateTime(), nullable=True),
        sa.Column("nurture_until", UtcDateTime(), nullable=True),
        sa.Column("recorded_at", UtcDateTime(), nullable=False),
    )
    op.create_index("ix_outcomes_lead", "outcomes", ["lead_id", "started_at"])
    op.create_index("ix_outcomes_started", "outcomes", ["started_at"])
    op.create_table(
        "scripts",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("data", JsonText(), nullable=False),
    )
    op.create_table(
        "loss_reasons",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("requires_comment", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "objection_categories",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mutation_id", sa.String(36), nullable=False, unique=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("payload", JsonText(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_entity_id", "outbox", ["entity_id"])
    op.create_table(
        "conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mutation_id", sa.String(36), nullable=False),
        sa.Column("lead_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("local_value", JsonText(), nullable=True),
        sa.Column("server_value", JsonText(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("resolved_at", UtcDateTime(), nullable=True),
        sa.Column("resolution", sa.String(16), nullable=True),
    )
    op.create_index("ix_conflicts_lead_id", "conflicts", ["lead_id"])
    op.create_table(
        "dead_letters",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mutation_id", sa.String(36), nullable=False, unique=True),
        sa.Column("client_seq", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(64), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=True),
        sa.Column("payload", JsonText(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", JsonText(), nullable=True),
    )


def downgrade() -> None:
    for table in (
        "settings",
        "sync_state",
        "dead_letters",
        "conflicts",
        "outbox",
        "objection_categories",
        "loss_reasons",
        "scripts",
        "outcomes",
        "lead_contacts",
        "leads",
    ):
        op.drop_table(table)
