# SPDX-License-Identifier: MIT
"""What a failed sync means, in the manager's language: a sentence per error code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.sync.errors import SyncError
from desktop.views.i18n import fill


def sync_error_text(error: SyncError) -> str:
    """A sentence a sales manager can act on (the English message for an unknown code)."""
    translate = QCoreApplication.translate
    texts = {
        "unreachable": translate(
            "SyncMessages", "Offline: cannot reach the server. Your work is kept here."
        ),
        "not_answering": translate(
            "SyncMessages", "Server not answering. Your work is kept here; trying again."
        ),
        "broke_off": translate(
            "SyncMessages", "The server's answer broke off. Trying again; nothing is lost."
        ),
        "connection_broke": translate(
            "SyncMessages", "The connection broke. Trying again; nothing is lost."
        ),
        "unconfirmed": translate(
            "SyncMessages",
            "Sent, but the server has not confirmed it yet. It is sent again; nothing doubles.",
        ),
        "server_busy": fill(
            translate("SyncMessages", "The server is busy or failing (%1). Trying again later."),
            error.params.get("status", ""),
        ),
        "auth": translate("SyncMessages", "Log in again to sync."),
        "device_wiped": translate(
            "SyncMessages",
            "Your admin marked this computer as lost: your work was sent, and the data here "
            "is erased.",
        ),
        "certificate": translate(
            "SyncMessages",
            "The server's certificate cannot be trusted. Ask your admin for the CA bundle "
            "and set it in Settings.",
        ),
        "protocol": translate(
            "SyncMessages", "The server answered something Salesdesk cannot read. Tell your admin."
        ),
        "refused": translate(
            "SyncMessages", "The server refused the request. Tell your admin; your work is kept."
        ),
        "redirected": fill(
            translate(
                "SyncMessages",
                "The server sent Salesdesk to another address (%1); nothing was sent there. Set "
                "the server's own address in Settings.",
            ),
            error.params.get("target", ""),
        ),
        "plain_http": translate(
            "SyncMessages",
            "The server address starts with http:// and is not on this computer: use https://. "
            "Nothing was sent.",
        ),
        "server_url": translate(
            "SyncMessages", "The server address looks like https://salesdesk.example.com."
        ),
        "credentials": fill(
            translate("SyncMessages", "The system keyring cannot keep the login. %1"),
            error.message,
        ),
        "busy_profile": fill(
            translate("SyncMessages", "Another sync of this profile is running (%1)."),
            error.params.get("holder", ""),
        ),
    }
    if error.code == "profile_in_use":
        return _profile_in_use(error.params)
    return texts.get(error.code, error.message)


def _profile_in_use(params: dict[str, str]) -> str:
    translate = QCoreApplication.translate
    counts = [
        translate("SyncMessages", "%n change(s) waiting", "", int(params.get("waiting", 0))),
        translate("SyncMessages", "%n rejected change(s)", "", int(params.get("rejected", 0))),
        translate("SyncMessages", "%n conflict(s)", "", int(params.get("conflicts", 0))),
    ]
    return fill(
        translate(
            "SyncMessages",
            "This computer holds work of %1 on %2 that the server does not have (%3). Log in "
            "as %1 to settle it, or export it to a file and erase it.",
        ),
        params.get("user", ""),
        params.get("server", ""),
        ", ".join(counts),
    )
