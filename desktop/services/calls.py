# SPDX-License-Identifier: MIT
"""What the call flow needs: scripts, catalogs, settings, and saving an outcome durably."""

from __future__ import annotations

from typing import Any

from desktop.services.base import StoreService
from desktop.services.changes import Changed
from desktop.store.call_drafts import CallDraft, delete_draft, load_draft, record_skip, save_draft
from desktop.store.catalogs import loss_reasons, scripts
from desktop.store.outcomes import record_outcome
from desktop.store.settings import Settings, load_settings
from salesdesk.domain.catalog import LossReason
from salesdesk.domain.outcome import CallOutcome, OutcomeDraft
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import SkipReason
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

    def keep_draft(self, draft: CallDraft) -> None:
        """Keep the call in progress in the store (it survives a crash and a restart)."""
        with self.store.write() as session:
            save_draft(session, draft)

    def draft(self) -> CallDraft | None:
        """The call left in progress (after a crash or a restart), if any."""
        with self.store.read() as session:
            return load_draft(session)

    def discard_draft(self) -> None:
        """Forget the call in progress without recording it."""
        with self.store.write() as session:
            delete_draft(session)

    def skip(self, lead_id: str, reason: SkipReason) -> None:
        """Record that the manager moved past this lead without calling, and why."""
        with self.store.write() as session:
            record_skip(session, lead_id, reason, self.clock())
