# SPDX-License-Identifier: MIT
"""User settings kept in the local database, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.models import SettingRow
from salesdesk.domain.queue import QueueRules


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the manager can set; stored one key a row."""

    server_url: str = ""
    ca_bundle: str = ""
    #: the proxy to the server ("" none: the environment's proxy is never used)
    proxy: str = ""
    default_region: str = "US"
    #: the country of the event being worked (numbers typed without + at the stand are read
    #: in it); "" — the phone region
    stand_region: str = ""
    calling_start: str = "09:00"
    calling_end: str = "20:00"
    daily_attempt_cap: int = 3
    time_zone: str = "UTC"
    dialer_command: str = ""
    language: str = "en"
    auto_sync_minutes: int = 5
    #: after no answer, busy or voicemail: try again this much later (within calling hours)
    retry_after_minutes: int = 120
    #: after a saved call, dial the next lead of the view after a countdown
    power_dialer: bool = False
    #: a lead whose zone is not known is called only when calling hours hold in every zone
    #: it may be in (else: when they hold in some, marked in the queue)
    all_candidates_in_hours: bool = False
    #: today's goals shown on the main window
    goal_calls: int = 60
    goal_conversations: int = 20
    goal_qualified: int = 3
    #: lock the window after this many minutes without input (0: never)
    lock_after_minutes: int = 15

    def queue_rules(self) -> QueueRules:
        """The queue settings as the domain wants them."""
        return QueueRules(
            calling_start=time.fromisoformat(self.calling_start),
            calling_end=time.fromisoformat(self.calling_end),
            daily_attempt_cap=self.daily_attempt_cap,
            manager_time_zone=self.time_zone,
            all_candidates_in_hours=self.all_candidates_in_hours,
        )


def load_settings(session: Session) -> Settings:
    """The stored settings, defaults for the ones never set (unknown keys ignored)."""
    known = {f.name for f in fields(Settings)}
    stored: dict[str, Any] = {
        row.key: row.value for row in session.scalars(select(SettingRow)) if row.key in known
    }
    return replace(Settings(), **stored)


def chosen_keys(session: Session) -> set[str]:
    """The settings the manager has saved at least once (the others hold defaults)."""
    known = {f.name for f in fields(Settings)}
    return {key for key in session.scalars(select(SettingRow.key)) if key in known}


def save_settings(session: Session, settings: Settings) -> None:
    """Store every setting (inside the caller's transaction)."""
    for f in fields(Settings):
        session.merge(SettingRow(key=f.name, value=getattr(settings, f.name)))


def get_value(session: Session, key: str) -> Any:
    """A value kept beside the settings under ``key`` (None when never set)."""
    row = session.get(SettingRow, key)
    return None if row is None else row.value


def put_value(session: Session, key: str, value: Any) -> None:
    """Keep a value beside the settings (inside the caller's transaction)."""
    session.merge(SettingRow(key=key, value=value))
