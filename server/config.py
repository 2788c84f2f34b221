# SPDX-License-Identifier: MIT
"""Server settings: from the command line or ``SALESDESK_*`` environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


@dataclass(frozen=True)
class ServerSettings:
    """What a running server needs to know.

    Attributes:
        database_url: SQLAlchemy URL (``postgresql+psycopg://…`` or ``sqlite:///…``).
        token_ttl: how long a login token lives unused; each use renews it (sliding), up to
            ``token_max_age`` after the login.
        token_max_age: the longest a token lives however often it is used.
        tombstone_retention: how long removals are kept for offline clients; a cursor older
            than that gets 410 and the client re-syncs from a snapshot.
        default_region: the phone region assumed for numbers written without a country code.
        login_failures_per_user: failed logins in a row allowed per account (from any
            address) before each further attempt waits a doubling delay (429).
        login_max_delay: the longest that delay grows.
        login_attempts_per_address: login attempts allowed per client address per window.
        trusted_proxies: addresses of reverse proxies whose ``X-Forwarded-For`` names the
            client (empty: forwarded headers are ignored, the peer is the client).
        max_body_bytes: the largest request body accepted (413 above).
        offline_window: the oldest a pushed call or lead may be: what waits offline longer
            is refused as implausible.
        clock_skew_threshold: a workstation whose clock is further off than this has the
            times it computed from its "now" corrected by the measured skew (originals kept).
        stats_interval: how often the team's script win rates are recomputed (zero: never;
            ``salesdesk-server stats`` recomputes on demand).
    """

    database_url: str
    token_ttl: timedelta = timedelta(days=14)
    token_max_age: timedelta = timedelta(days=90)
    tombstone_retention: timedelta = timedelta(days=90)
    default_region: str = "US"
    login_failures_per_user: int = 5
    login_max_delay: timedelta = timedelta(minutes=15)
    login_attempts_per_address: int = 30
    login_window: timedelta = timedelta(minutes=5)
    trusted_proxies: tuple[str, ...] = ()
    max_body_bytes: int = 8 * 1024 * 1024
    stats_interval: timedelta = timedelta(minutes=10)
    clock_skew_threshold: timedelta = timedelta(minutes=5)
    offline_window: timedelta = timedelta(days=60)
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, database_url: str | None = None) -> ServerSettings:
        """Settings from the environment, the database URL from the argument if given."""
        url = database_url or os.environ.get("SALESDESK_DATABASE_URL", "").strip()
        if not url:
            raise ValueError("no database: pass --database URL or set SALESDESK_DATABASE_URL")
        return cls(
            database_url=url,
            token_ttl=timedelta(days=_env_int("SALESDESK_TOKEN_TTL_DAYS", 14)),
            token_max_age=timedelta(days=_env_int("SALESDESK_TOKEN_MAX_AGE_DAYS", 90)),
            tombstone_retention=timedelta(days=_env_int("SALESDESK_RETENTION_DAYS", 90)),
            default_region=os.environ.get("SALESDESK_DEFAULT_REGION", "US") or "US",
            # an office behind one NAT address logs many managers in at 9 a.m.
            login_attempts_per_address=_env_int("SALESDESK_LOGINS_PER_ADDRESS", 30),
            trusted_proxies=tuple(
                p.strip()
                for p in os.environ.get("SALESDESK_TRUSTED_PROXIES", "").split(",")
                if p.strip()
            ),
            stats_interval=timedelta(minutes=_env_int("SALESDESK_STATS_MINUTES", 10)),
            clock_skew_threshold=timedelta(minutes=_env_int("SALESDESK_CLOCK_SKEW_MINUTES", 5)),
            offline_window=timedelta(days=_env_int("SALESDESK_OFFLINE_WINDOW_DAYS", 60)),
        )
