# SPDX-License-Identifier: MIT
"""Editing call scripts from the workstation (team leads, admins): the latest version from the
server, the same publication check the server runs (offline, as one types), and publishing
a new version that every workstation pulls."""

from __future__ import annotations

import copy
from typing import Any

from desktop.services.account import connect, current_account
from desktop.services.base import StoreService
from desktop.store.catalogs import loss_reasons, scripts
from salesdesk.protocol.script_check import script_problems


class ScriptEditing(StoreService):
    """The script editor's entry to the store and the server."""

    def allowed(self) -> bool:
        """Whether the logged-in account may edit scripts (team leads, admins)."""
        account = current_account(self.store)
        return account is not None and account.edits_scripts

    def script_ids(self) -> list[tuple[str, str]]:
        """(ID, name) of each script this workstation has."""
        with self.store.read() as session:
            return [(s.id, f"{s.name} · {s.language}") for s in scripts(session)]

    def document(self, script_id: str) -> dict[str, Any]:
        """The latest version of a script to edit: the server's, else this workstation's
        copy (offline); without its version number (publishing gives it the next one)."""
        found = connect(self.store).script_document(script_id)
        if found is None:
            with self.store.read() as session:
                local = next((s for s in scripts(session) if s.id == script_id), None)
            if local is None:
                raise LookupError(f"no script {script_id!r}")
            found = local.model_dump(mode="json")
        document = copy.deepcopy(found)
        document.pop("version", None)
        return document

    def problems(self, document: dict[str, Any]) -> list[str]:
        """Every problem that keeps the edited script from being published ([] when none)."""
        with self.store.read() as session:
            reasons = list(loss_reasons(session))
        return script_problems(document, 1, reasons)[1]

    def publish(self, document: dict[str, Any]) -> int:
        """Publish the edited script as a new version; returns its number (ScriptRefused with
        the server's problems when it refuses)."""
        return connect(self.store).publish_script(document)
