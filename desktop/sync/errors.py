# SPDX-License-Identifier: MIT
"""The typed errors of talking to the server; each says what the manager can do about it."""

from __future__ import annotations


class SyncError(Exception):
    """Anything that stopped a sync; nothing local changed.

    Attributes:
        message: the English sentence (logs, the command line).
        code: what happened, stable, for the window to say it in the manager's language
            (``unreachable``, ``not_answering``, ``broke_off``, ``connection_broke``,
            ``unconfirmed``, ``server_busy``, ``auth``, ``certificate``, ``protocol``,
            ``refused``, ``credentials``, ``busy_profile``; ``error`` for anything else).
        params: the values the sentence names (``server``, ``status``, ``holder``).
    """

    code = "error"

    def __init__(
        self, message: str, *, code: str | None = None, params: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params or {}


class AuthError(SyncError):
    """The token is missing, expired or revoked, or the password is wrong: log in again."""

    code = "auth"


class DeviceWiped(SyncError):
    """An admin marked this computer lost: its work was pushed; its data is to be erased."""

    code = "device_wiped"


class TransientError(SyncError):
    """The network or the server failed for now (connection, timeout, 5xx, 429): retry later.

    Attributes:
        retry_after: the server's ``Retry-After`` in seconds, when it sent one.
        sent: the request may have reached the server (the answer was lost or cut off).
        status: the HTTP status when the server answered (500: it failed on the request).
    """

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        *,
        sent: bool = False,
        status: int | None = None,
        code: str = "error",
        params: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.retry_after = retry_after
        self.sent = sent
        self.status = status


class CertificateError(SyncError):
    """The server's TLS certificate could not be verified (set a CA bundle, never turn it off)."""

    code = "certificate"


class CursorGone(SyncError):
    """The server no longer has the changes after our cursor (410): re-sync from a snapshot."""


class ProtocolError(SyncError):
    """The server answered something that is not the API: HTML, broken JSON, wrong types."""

    code = "protocol"


class RequestRejected(SyncError):
    """The server refused the request itself (a 4xx other than 401/410/429): a bug, not retried."""

    code = "refused"


class ScriptRefused(SyncError):
    """The server refused to publish an edited script; ``problems`` says why."""

    code = "script_refused"

    def __init__(self, problems: list[str]) -> None:
        super().__init__("the server refused the script: " + "; ".join(problems))
        self.problems = problems


class UnsafeServer(SyncError):
    """The server URL would send data in the clear (plain http to another computer) or is not
    a URL: nothing was sent."""

    code = "plain_http"


class CredentialsError(SyncError):
    """The OS keyring cannot keep the token safely; the message says how to fix it."""

    code = "credentials"
