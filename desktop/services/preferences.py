# SPDX-License-Identifier: MIT
"""The manager's settings: reading, validating and saving them."""

from __future__ import annotations

import shlex
from dataclasses import fields, replace
from datetime import time
from pathlib import Path
from urllib.parse import urlsplit

import phonenumbers

from desktop.services.changes import Announce, Changed, ignore
from desktop.store.db import Store
from desktop.store.settings import (
    Settings,
    chosen_keys,
    get_value,
    load_settings,
    put_value,
    save_settings,
)
from desktop.sync.client import server_url_problem
from salesdesk.domain.errors import ErrorCode, ValidationError, ValidationErrors
from salesdesk.domain.lead import validate_time_zone

LANGUAGES = {"en": "English", "ru": "Русский"}


def check_server_url(url: str) -> str:
    """A server URL without a trailing slash; https, or http on this computer only (the
    client's rule, ``server_url_problem``)."""
    url = url.strip().rstrip("/")
    problem = server_url_problem(url)
    if problem is ErrorCode.PLAIN_HTTP:
        raise ValidationError(
            "use https:// — plain http is only allowed for a server on this computer",
            "server_url",
            ErrorCode.PLAIN_HTTP,
        )
    if problem is not None:
        raise ValidationError(
            "the server URL looks like https://salesdesk.example.com",
            "server_url",
            ErrorCode.SERVER_URL,
        )
    return url


def validate_settings(settings: Settings) -> Settings:
    """The settings cleaned up, or ValidationErrors naming every bad field."""
    errors: list[ValidationError] = []
    clean = settings
    if settings.server_url.strip():
        try:
            clean = replace(clean, server_url=check_server_url(settings.server_url))
        except ValidationError as exc:
            errors.append(exc)
    if settings.ca_bundle and not Path(settings.ca_bundle).is_file():
        errors.append(
            ValidationError(
                "the CA bundle file does not exist", "ca_bundle", ErrorCode.CA_BUNDLE_MISSING
            )
        )
    proxy = settings.proxy.strip()
    parts = urlsplit(proxy)
    if proxy and (parts.scheme not in ("http", "https") or not parts.hostname):
        errors.append(
            ValidationError(
                "a proxy looks like http://proxy.example.com:3128", "proxy", ErrorCode.PROXY_URL
            )
        )
    clean = replace(clean, proxy=proxy)
    region = settings.default_region.strip().upper()
    if not region:
        errors.append(
            ValidationError(
                "choose the country whose numbers you dial without a + (your phone region)",
                "default_region",
                ErrorCode.REGION_MISSING,
            )
        )
    elif region not in phonenumbers.SUPPORTED_REGIONS:
        errors.append(
            ValidationError(
                f"“{region}” is not a country code like US or DE",
                "default_region",
                ErrorCode.REGION_UNKNOWN,
                value=region,
            )
        )
    clean = replace(clean, default_region=region)
    stand = settings.stand_region.strip().upper()
    if stand and stand not in phonenumbers.SUPPORTED_REGIONS:
        errors.append(
            ValidationError(
                f"“{settings.stand_region.strip()}” is not a country code like US or DE",
                "stand_region",
                ErrorCode.REGION_UNKNOWN,
                value=settings.stand_region.strip(),  # as typed
            )
        )
    clean = replace(clean, stand_region=stand)
    try:
        validate_time_zone(settings.time_zone or None)
    except ValidationError as exc:
        errors.append(ValidationError(exc.message, "time_zone", exc.code, **exc.params))
    try:
        start, end = (
            time.fromisoformat(settings.calling_start),
            time.fromisoformat(settings.calling_end),
        )
        if start >= end:
            errors.append(
                ValidationError(
                    "calling hours must end after they start",
                    "calling_hours",
                    ErrorCode.CALLING_HOURS_ORDER,
                )
            )
    except ValueError:
        errors.append(
            ValidationError(
                "calling hours look like 09:00", "calling_hours", ErrorCode.CALLING_HOURS_FORMAT
            )
        )
    if not 1 <= settings.daily_attempt_cap <= 20:
        errors.append(
            ValidationError(
                "between 1 and 20 attempts a day", "daily_attempt_cap", ErrorCode.ATTEMPT_CAP_RANGE
            )
        )
    if settings.dialer_command.strip():
        try:
            words = shlex.split(settings.dialer_command)
        except ValueError:
            words = []
        if not any("{number}" in word for word in words):
            errors.append(
                ValidationError(
                    "the dialer command needs {number} where the number goes",
                    "dialer_command",
                    ErrorCode.DIALER_NEEDS_NUMBER,
                )
            )
    if settings.language not in LANGUAGES:
        errors.append(
            ValidationError("choose English or Russian", "language", ErrorCode.LANGUAGE_UNKNOWN)
        )
    if not 0 <= settings.lock_after_minutes <= 240:
        errors.append(
            ValidationError(
                "lock after 1 to 240 minutes, or 0 for never",
                "lock_after_minutes",
                ErrorCode.LOCK_RANGE,
            )
        )
    if not 1 <= settings.auto_sync_minutes <= 240:
        errors.append(
            ValidationError(
                "sync every 1 to 240 minutes", "auto_sync_minutes", ErrorCode.SYNC_INTERVAL_RANGE
            )
        )
    if not 5 <= settings.retry_after_minutes <= 1440:
        errors.append(
            ValidationError(
                "try again after 5 to 1,440 minutes", "retry_after_minutes", ErrorCode.RETRY_RANGE
            )
        )
    goals = (settings.goal_calls, settings.goal_conversations, settings.goal_qualified)
    if not all(0 <= goal <= 500 for goal in goals):
        errors.append(ValidationError("daily goals are 0 to 500", "goals", ErrorCode.GOALS_RANGE))
    elif not settings.goal_calls >= settings.goal_conversations >= settings.goal_qualified:
        errors.append(
            ValidationError(
                "goals narrow down: calls ≥ conversations ≥ qualified",
                "goals",
                ErrorCode.GOALS_ORDER,
            )
        )
    if errors:
        raise ValidationErrors(errors)
    return clean


class PreferenceService:
    """Reads and saves settings; ``changed(Changed.SETTINGS)`` after a save."""

    def __init__(self, store: Store, changed: Announce = ignore) -> None:
        self.store = store
        self.changed = changed

    def load(self) -> Settings:
        """The current settings."""
        with self.store.read() as session:
            return load_settings(session)

    def layout(self, key: str) -> dict[str, str]:
        """A window layout kept under ``key`` (empty when none)."""
        with self.store.read() as session:
            value = get_value(session, key)
        return value if isinstance(value, dict) else {}

    def keep_layout(self, key: str, values: dict[str, str]) -> None:
        """Keep a window layout under ``key`` (no change notice: nothing else shows it)."""
        with self.store.write() as session:
            put_value(session, key, values)

    def never_chosen(self) -> set[str]:
        """The settings still at their built-in default (never saved on this computer)."""
        with self.store.read() as session:
            chosen = chosen_keys(session)
        return {f.name for f in fields(Settings)} - chosen

    def save(self, settings: Settings) -> Settings:
        """Validate and store; ValidationErrors (nothing saved) for bad values."""
        clean = validate_settings(settings)
        with self.store.write() as session:
            save_settings(session, clean)
        self.changed(Changed.SETTINGS)
        return clean
