# SPDX-License-Identifier: MIT
"""The first server schema: users, tokens, leads, outcomes, scripts, catalogs, change feed.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from server.types import AwareDateTime, Json

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "loss_reasons",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("requires_comment", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "objection_categories",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "script_versions",
        sa.Column("script_id", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("published_at", AwareDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("script_id", "version"),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=150), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "change_log",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("changed_at", AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("user_id", "entity", "entity_id"),
    )
    op.create_index("ix_change_log_feed", "change_log", ["user_id", "seq"], unique=True)
    op.create_index("ix_change_log_tombstones", "change_log", ["op", "changed_at"], unique=False)

    op.create_table(
        "feed_heads",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("horizon", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "leads",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("assignee_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.Column("updated_at", AwareDateTime(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column("phones", Json, nullable=False),
        sa.Column("emails", Json, nullable=False),
        sa.Column("need", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("campaign", sa.String(length=200), nullable=False),
        sa.Column("event_name", sa.String(length=200), nullable=False),
        sa.Column("quality", sa.String(length=16), nullable=False),
        sa.Column("temperature", sa.String(length=8), nullable=False),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("budget_notes", sa.Text(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=True),
        sa.Column("effective_time_zone", sa.String(length=64), nullable=True),
        sa.Column("next_call_at", AwareDateTime(), nullable=True),
        sa.Column("nurture_until", AwareDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("attempts_today", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", AwareDateTime(), nullable=True),
        sa.Column("loss_reason_id", sa.String(length=64), nullable=True),
        sa.Column("duplicate_of", sa.String(length=64), nullable=True),
        sa.Column("review_state", sa.String(length=32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("field_versions", Json, nullable=False),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_leads_assignee", "leads", ["assignee_id"], unique=False)

    op.create_table(
        "processed_mutations",
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("payload_hash", sa.String(length=64), nullable=False),
        sa.Column("result", Json, nullable=False),
        sa.Column("processed_at", AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("mutation_id"),
    )
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", AwareDateTime(), nullable=False),
        sa.Column("expires_at", AwareDateTime(), nullable=False),
        sa.Column("revoked_at", AwareDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index(op.f("ix_tokens_user_id"), "tokens", ["user_id"], unique=False)

    op.create_table(
        "assignment_history",
        sa.Column("lead_id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("assigned_at", AwareDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("lead_id", "user_id"),
    )
    op.create_table(
        "lead_contacts",
        sa.Column("key", sa.String(length=260), nullable=False),
        sa.Column("lead_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("key", "lead_id"),
    )
    op.create_index(op.f("ix_lead_contacts_lead_id"), "lead_contacts", ["lead_id"], unique=False)

    op.create_table(
        "outcomes",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("lead_id", sa.String(length=64), nullable=False),
        sa.Column("manager_id", sa.String(length=36), nullable=False),
        sa.Column("started_at", AwareDateTime(), nullable=False),
        sa.Column("duration_s", sa.Integer(), nullable=False),
        sa.Column("disposition", sa.String(length=32), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("loss_reason_id", sa.String(length=64), nullable=True),
        sa.Column("objections", Json, nullable=False),
        sa.Column("answers_used", Json, nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_call_at", AwareDateTime(), nullable=True),
        sa.Column("nurture_until", AwareDateTime(), nullable=True),
        sa.Column("received_at", AwareDateTime(), nullable=False),
        sa.Column("review_reason", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["lead_id"], ["leads.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["manager_id"],
            ["users.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_outcomes_lead", "outcomes", ["lead_id"], unique=False)
    op.create_index(
        "ix_outcomes_manager_started", "outcomes", ["manager_id", "started_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_outcomes_manager_started", table_name="outcomes")
    op.drop_index("ix_outcomes_lead", table_name="outcomes")

    op.drop_table("outcomes")
    op.drop_index(op.f("ix_lead_contacts_lead_id"), table_name="lead_contacts")

    op.drop_table("lead_contacts")
    op.drop_table("assignment_history")
    op.drop_index(op.f("ix_tokens_user_id"), table_name="tokens")

    op.drop_table("tokens")
    op.drop_table("processed_mutations")
    op.drop_index("ix_leads_assignee", table_name="leads")

    op.drop_table("leads")
    op.drop_table("feed_heads")
    op.drop_index("ix_change_log_tombstones", table_name="change_log")
    op.drop_index("ix_change_log_feed", table_name="change_log")

    op.drop_table("change_log")
    op.drop_table("users")
    op.drop_table("script_versions")
    op.drop_table("objection_categories")
    op.drop_table("meta")
    op.drop_table("loss_reasons")
