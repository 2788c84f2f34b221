# SPDX-License-Identifier: MIT
"""Search as you type: FTS5 indexes over lead name, company, phones and emails.

``leads_fts`` (trigrams) finds any part of a word of three characters or more ("anov" finds
Ivanov, "1512" a phone), case-insensitively in every script. Trigrams cannot serve one or
two typed characters, so ``leads_prefix`` (words, with prefix indexes of 1 and 2 characters)
finds words that start with them instead of scanning. Triggers keep both in step with
``leads``; existing rows are indexed. Both are keyed by the leads table's rowid, which this
store never changes (it does not VACUUM).

Row triggers cost about 40 µs a lead, most of a bulk pull's time; ``search_control.deferred``
lets a bulk write switch the insert and update triggers off inside its own transaction and
index the rows it wrote in one statement (``desktop.store.leads.deferred_search``).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ROW = (
    "{r}.first_name || ' ' || {r}.last_name, {r}.company, "
    "replace({r}.phones, '+', '') || ' ' || {r}.emails"
)


_INDEXES = {
    "leads_fts": "tokenize='trigram case_sensitive 0'",
    "leads_prefix": "tokenize='unicode61 remove_diacritics 2', prefix='1 2'",
}


def upgrade() -> None:
    new_row = _ROW.format(r="new")
    op.execute(
        "CREATE TABLE search_control (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "deferred INTEGER NOT NULL DEFAULT 0)"
    )
    op.execute("INSERT INTO search_control (id, deferred) VALUES (1, 0)")
    live = "WHEN (SELECT deferred FROM search_control) = 0"
    for table, options in _INDEXES.items():
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(name, company, contacts, {options})")
        insert = (
            f"INSERT INTO {table}(rowid, name, company, contacts) VALUES (new.rowid, {new_row});"
        )
        op.execute(f"CREATE TRIGGER {table}_insert AFTER INSERT ON leads {live} BEGIN {insert} END")
        op.execute(
            f"CREATE TRIGGER {table}_delete AFTER DELETE ON leads BEGIN "
            f"DELETE FROM {table} WHERE rowid = old.rowid; END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_update AFTER UPDATE OF first_name, last_name, company, "
            f"phones, emails ON leads {live} BEGIN DELETE FROM {table} WHERE rowid = old.rowid; "
            f"{insert} END"
        )
        op.execute(
            f"INSERT INTO {table}(rowid, name, company, contacts) "
            f"SELECT leads.rowid, {_ROW.format(r='leads')} FROM leads"
        )


def downgrade() -> None:
    for table in _INDEXES:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {table}")
    op.execute("DROP TABLE IF EXISTS search_control")
