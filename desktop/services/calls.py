# SPDX-License-Identifier: MIT
"""What the call flow needs: scripts, catalogs, settings, and saving an outcome durably."""

from __future__ import annotations

from typing import Any

from desktop.services.base import StoreService
from desktop.services.changes import Changed
from desktop.store.catalogs import loss_reasons, scripts
from desktop.store.outcomes import record_outcome
from desktop.store.settings import Settings, load_settings
from salesdesk.domain.catalog import LossReason
from salesdesk.domain.outcome import CallOutcome, OutcomeDraft
from salesdesk.domain.script import CallScript
from salesdesk.protocol.convert import script_from_wire


class CallService(StoreService):
    """The call flow's entry to the store. ``changed(what)`` is called after each write."""

    def settings(self) -> Settings:
        """The manager's settings."""
        with self.store.read() as session:
            return load_settings(session)

    def loss_reasons(self) -> list[LossReason]:
        """The active loss reasons, in catalog order."""
        with self.store.read() as session:
            return list(loss_reasons(session, include_inactive=False).values())

    def script(self, language: str) -> CallScript | None:
        """The script in the manager's language, else any script, else None."""
        with self.store.read() as session:
            stored = scripts(session)
        if not stored:
            return None
        return script_from_wire(next((s for s in stored if s.language == language), stored[0]))

    def record(
        self, draft: OutcomeDraft, lead_updates: dict[str, Any] | None = None
    ) -> CallOutcome:
        """Save an outcome durably (ValidationErrors for bad input; nothing saved then)."""
        outcome = record_outcome(
            self.store,
            draft,
            now=self.clock(),
            rules=self.settings().queue_rules(),
            lead_updates=lead_updates,
        )
        self.changed(Changed.OUTCOME)
        return outcome
