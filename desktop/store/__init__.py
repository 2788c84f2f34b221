# SPDX-License-Identifier: MIT
"""The workstation's local database: SQLAlchemy 2 over SQLite, migrated with Alembic."""
