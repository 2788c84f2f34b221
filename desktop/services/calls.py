# SPDX-License-Identifier: MIT
"""What the call flow needs: scripts, catalogs, settings, and saving an outcome durably."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.services.base import StoreService
from desktop.services.changes import Changed
from desktop.store.call_drafts import CallDraft, delete_draft, load_draft, record_skip, save_draft
from desktop.store.catalogs import category_labels, loss_reasons, scripts
from desktop.store.outcomes import (
    amend_outcome,
    earlier_answers,
    get_outcome,
    record_outcome,
    undo_outcome,
)
from desktop.store.settings import Settings, load_settings
from desktop.sync.lock import ProfileBusy, profile_sync_lock
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

    def category_labels(self) -> dict[str, dict[str, str]]:
        """The server's objection-category labels per language, by category."""
        with self.store.read() as session:
            return category_labels(session)

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

    def earlier_answers(self, lead_id: str) -> dict[str, Any]:
        """What the lead answered on its latest guided call (shown when it is called again,
        a nurtured lead back in the queue say)."""
        with self.store.read() as session:
            return earlier_answers(session, lead_id)

    def call(self, outcome_id: str) -> CallOutcome | None:
        """One recorded call, or None."""
        with self.store.read() as session:
            return get_outcome(session, outcome_id)

    def undo(self, outcome_id: str) -> CallDraft | None:
        """Take back a call saved moments ago while it has not been sent: the call comes back
        waiting for its outcome. None when it was sent already or a sync is sending it now
        (it can be corrected instead)."""
        database = Path(str(self.store.engine.url.database))
        try:
            with profile_sync_lock(database, "undo"):  # not while a sync may be sending it
                draft = undo_outcome(self.store, outcome_id)
        except ProfileBusy:
            return None
        if draft is not None:
            self.changed(Changed.OUTCOME)
        return draft

    def amend(self, outcome_id: str, draft: OutcomeDraft) -> CallOutcome:
        """Correct one of the manager's calls within 24 hours (ValidationError(s) otherwise;
        nothing is written then)."""
        outcome = amend_outcome(
            self.store, outcome_id, draft, now=self.clock(), rules=self.settings().queue_rules()
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
