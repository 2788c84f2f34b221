# SPDX-License-Identifier: MIT
"""The team-lead workspace's entry to the server: the team reports over a period (each one
cached on this computer, so that offline the last result is shown, marked as such), the
audit log, a report as CSV, and people and devices (admins change them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import orjson

from desktop.services.account import connect, current_account
from desktop.services.base import StoreService
from desktop.sync.errors import SyncError
from salesdesk.csv_export import export_csv
from salesdesk.private_files import write_private

#: The server's reports and their groupings (the first is the default).
REPORTS: dict[str, tuple[str, ...]] = {
    "conversion": ("source", "event"),
    "loss-reasons": ("source", "week", "month"),
    "objections": ("category", "manager"),
    "speed-to-lead": ("manager", "source"),
    "nurture": ("source",),
    "paths": ("path", "choice"),
    "handoffs": ("conversion",),
    "interests": ("event", "next-step"),
    "consent": ("event", "version"),
}
CACHE_FILE = "team-reports.json"


@dataclass(frozen=True)
class TeamReport:
    """A report as the server made it, and when; ``cached``: shown from this computer's copy
    because the server could not be reached (``problem`` says why)."""

    name: str
    by: str
    days: int | None
    title: str
    columns: list[str]
    rows: list[list[Any]]
    fetched_at: datetime
    cached: bool = False
    problem: SyncError | None = None


class TeamService(StoreService):
    """Reports and the audit log for team leads and admins."""

    def allowed(self) -> bool:
        """Whether the logged-in account has a team workspace (team leads, admins)."""
        account = current_account(self.store)
        return account is not None and account.role in ("team_lead", "admin")

    def _cache_path(self) -> Path:
        return Path(str(self.store.engine.url.database)).parent / CACHE_FILE

    def _cache(self) -> dict[str, Any]:
        try:
            found = orjson.loads(self._cache_path().read_bytes())
        except (OSError, orjson.JSONDecodeError):
            return {}
        return found if isinstance(found, dict) else {}

    def report(
        self, name: str, by: str, days: int | None, language: str = "en",
        manager: str = "", source: str = "",
    ) -> TeamReport:  # fmt: skip
        """The report over the last ``days`` days (None: all time), of one manager's and one
        source's leads when given, from the server; when it cannot be reached, the last copy
        kept here (SyncError when there is none)."""
        key = f"{name}:{by}:{days}:{language}:{manager}:{source}"
        now = self.clock()
        params = {"by": by, "language": language}
        for param, value in (("manager", manager), ("source", source)):
            if value:
                params[param] = value
        if days is not None:
            params["since"] = (now - timedelta(days=days - 1)).date().isoformat()
        try:
            found = connect(self.store).report(name, params)
        except SyncError as exc:
            kept = self._cache().get(key)
            if not isinstance(kept, dict):
                raise
            return TeamReport(name, by, days, str(kept["title"]), list(kept["columns"]),
                              list(kept["rows"]), datetime.fromisoformat(kept["at"]),
                              cached=True, problem=exc)  # fmt: skip
        cache = self._cache()
        cache[key] = {"title": found.get("title", name), "columns": found["columns"],
                      "rows": found["rows"], "at": now.isoformat()}  # fmt: skip
        write_private(self._cache_path(), orjson.dumps(cache).decode())
        return TeamReport(name, by, days, str(found.get("title", name)), list(found["columns"]),
                          list(found["rows"]), now)  # fmt: skip

    def audit(self, limit: int = 200) -> list[dict[str, Any]]:
        """The latest admin actions the account may see (SyncError when offline)."""
        return connect(self.store).audit(limit)

    def is_admin(self) -> bool:
        """Whether the account may add, reset, move and disable people and wipe devices."""
        account = current_account(self.store)
        return account is not None and account.role == "admin"

    def people(self) -> list[dict[str, Any]]:
        """The people the account manages (SyncError when offline)."""
        return connect(self.store).people()

    def devices(self) -> list[dict[str, Any]]:
        """Their workstations with the last contact (SyncError when offline)."""
        return connect(self.store).devices()

    def add_person(self, username: str, name: str, role: str, time_zone: str, team: str) -> str:
        """Add a person; returns their one-time password (shown once)."""
        body = {"username": username, "name": name, "role": role, "time_zone": time_zone,
                "team": team or None}  # fmt: skip
        return str(connect(self.store).admin("POST", "/users", body)["password"])

    def reset_password(self, username: str) -> str:
        """A new one-time password for a person (their sessions end)."""
        path = f"/users/{quote(username, safe='')}/reset-password"
        return str(connect(self.store).admin("POST", path)["password"])

    def disable(self, username: str) -> None:
        """Disable a person: sessions end, open leads go to others by the rules."""
        connect(self.store).admin("POST", f"/users/{quote(username, safe='')}/disable")

    def move(self, username: str, team: str) -> None:
        """Put a person in a team ("" for none)."""
        path = f"/users/{quote(username, safe='')}/team"
        connect(self.store).admin("PUT", path, {"team": team or None})

    def wipe(self, client_id: str) -> None:
        """Mark a workstation lost: at its next contact it erases its data."""
        connect(self.store).admin("POST", f"/devices/{quote(client_id, safe='')}/wipe")

    @staticmethod
    def export(report: TeamReport, path: Path) -> None:
        """The report as CSV (formula-safe, owner-only)."""
        export_csv(path, report.columns, report.rows)
