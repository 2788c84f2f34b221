# SPDX-License-Identifier: MIT
"""The import wizard's work with the server (admins): preview a file — how it was read,
each column's field, what each row would become — with the choices made so far, import it
with the mapping confirmed, list the batches and undo one. The engine is the server's, the
same as ``salesdesk-server leads import``. Online only (SyncError otherwise)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from desktop.services.account import connect
from desktop.services.base import StoreService, read_answer
from salesdesk.protocol.imports import BatchInfo, ImportAnswer, UndoAnswer

#: The largest file the wizard sends (the server's body limit may be lower: it says so).
MOST_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class ImportChoices:
    """How to read and map the file; empty: as the server detects or knows it.

    Attributes:
        mapping: column → field ("" leaves the column out), the admin's changes only.
        region: the region national numbers are read in ("": the server's default, which
            the preview names on every row).
    """

    encoding: str = ""
    delimiter: str = ""
    profile: str = ""
    region: str = ""
    mapping: dict[str, str] = field(default_factory=dict)
    assign_to: str = ""
    round_robin: bool = False

    def params(self, file_name: str) -> dict[str, Any]:
        """The choices as the import API's query."""
        found: dict[str, Any] = {"file_name": file_name}
        for name in ("encoding", "delimiter", "profile", "region", "assign_to"):
            if getattr(self, name):
                found[name] = getattr(self, name)
        if self.mapping:
            found["map"] = [f"{column}={target}" for column, target in self.mapping.items()]
        if self.round_robin:
            found["round_robin"] = "true"
        return found


class FileTooLarge(ValueError):
    """The chosen file is larger than the wizard sends."""


class ImportService(StoreService):
    """Imports for admins."""

    @staticmethod
    def _bytes(path: Path) -> bytes:
        if path.stat().st_size > MOST_BYTES:
            raise FileTooLarge(str(path))
        return path.read_bytes()

    def preview(self, path: Path, choices: ImportChoices) -> ImportAnswer:
        """What importing the file would do, row by row; nothing is written."""
        found = connect(self.store).import_file(self._bytes(path), choices.params(path.name), True)
        answer: ImportAnswer = read_answer(ImportAnswer, found)
        return answer

    def run(self, path: Path, choices: ImportChoices) -> ImportAnswer:
        """Import the file; the answer names the batch."""
        found = connect(self.store).import_file(self._bytes(path), choices.params(path.name), False)
        answer: ImportAnswer = read_answer(ImportAnswer, found)
        return answer

    def batches(self) -> list[BatchInfo]:
        """Every import, newest first."""
        found: list[BatchInfo] = read_answer(
            list[BatchInfo], connect(self.store).admin_get("/imports")
        )
        return found

    def managers(self) -> list[tuple[str, str]]:
        """The active managers an import may give its leads to: (username, name)."""
        return [
            (str(p["username"]), str(p.get("name") or ""))
            for p in connect(self.store).people()
            if p.get("role") == "manager" and not p.get("disabled")
        ]

    def undo(self, batch_id: str) -> UndoAnswer:
        """Remove the leads the batch created that nobody touched since."""
        found = connect(self.store).admin("POST", f"/imports/{quote(batch_id, safe='')}/undo")
        answer: UndoAnswer = read_answer(UndoAnswer, found)
        return answer
