# SPDX-License-Identifier: MIT
"""The reference sync server a sales team runs (FastAPI, SQLAlchemy 2, Alembic)."""

from salesdesk import __version__

__all__ = ["__version__"]
