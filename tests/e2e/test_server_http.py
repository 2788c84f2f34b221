# SPDX-License-Identifier: MIT
"""The documented curl flow, against a real uvicorn process on loopback."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import requests

from desktop.demo import DEMO_PASSWORD
from desktop.demo import start_server as start_local_server
from salesdesk.protocol.models import PullResponse, PushResponse, TokenResponse
from tests.e2e.conftest import LiveServer


def test_login_pull_push_over_http(live_server: LiveServer) -> None:
    base = f"{live_server.url}/api/v1"
    assert requests.get(f"{base}/health", timeout=5).json()["status"] == "ok"
    assert requests.get(f"{base}/openapi.json", timeout=5).json()["info"]["title"]
    login = requests.post(
        f"{base}/auth/token", json={"username": "manager1", "password": DEMO_PASSWORD}, timeout=10
    )
    token = TokenResponse.model_validate(login.json())
    headers = {"Authorization": f"Bearer {token.access_token}"}
    response = requests.get(
        f"{base}/sync/pull", params={"limit": 5000}, headers=headers, timeout=10
    )
    assert response.headers.get("content-encoding") == "gzip"
    page = PullResponse.model_validate(response.json())
    leads = [c for c in page.changes if c.entity == "lead"]
    assert len(leads) >= 25 and not page.has_more
    mutation = {
        "mutation_id": str(uuid.uuid4()), "client_seq": 1, "type": "call_outcome.record",
        "entity_id": str(uuid.uuid4()),
        "data": {"lead_id": leads[0].id, "started_at": datetime.now(UTC).isoformat(),
                 "duration_s": 42, "disposition": "connected", "result": "lost",
                 "loss_reason_id": "price_high", "note": "spreadsheets are free"},
    }  # fmt: skip
    body = {"client_id": "e2e", "mutations": [mutation]}
    first = PushResponse.model_validate(
        requests.post(f"{base}/sync/push", json=body, headers=headers, timeout=10).json()
    )
    again = PushResponse.model_validate(
        requests.post(f"{base}/sync/push", json=body, headers=headers, timeout=10).json()
    )
    assert [r.status for r in first.results] == ["applied"]
    assert [r.status for r in again.results] == ["duplicate"]
    after = PullResponse.model_validate(
        requests.get(
            f"{base}/sync/pull", params={"cursor": page.cursor}, headers=headers, timeout=10
        ).json()
    )
    # the lead's new stage, and the call itself back in the manager's history (once)
    assert [(c.entity, c.id) for c in after.changes] == [
        ("lead", leads[0].id),
        ("call_outcome", mutation["entity_id"]),
    ]
    lead, call = after.changes
    assert lead.data is not None and lead.data["stage"] == "disqualified"
    assert call.data is not None and call.data["note"] == "spreadsheets are free"
    assert requests.post(f"{base}/auth/revoke", headers=headers, timeout=5).status_code == 204
    assert requests.get(f"{base}/sync/pull", headers=headers, timeout=5).status_code == 401


def _forged_logins(url: str, count: int) -> list[int]:
    """Login tries for ``count`` different names, each claiming another client address."""
    return [
        requests.post(
            f"{url}/api/v1/auth/token",
            json={"username": f"nobody{n}", "password": "wrong guess"},
            headers={"X-Forwarded-For": f"203.0.113.{n}"},
            timeout=10,
        ).status_code
        for n in range(count)
    ]


def test_a_forged_forwarded_address_does_not_dodge_the_login_limiter(tmp_path: Path) -> None:
    """Found by the trust probe: uvicorn took X-Forwarded-For from any loopback peer, so 12
    tries with 12 forged addresses were 12 clients. Now the peer is the client unless it is a
    proxy named with --trusted-proxy."""
    database = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    server = start_local_server(database, tmp_path / "server.log")
    try:
        assert _forged_logins(server.url, 31) == [401] * 30 + [429]
    finally:
        server.stop()
    behind_proxy = start_local_server(
        database, tmp_path / "proxied.log", "--trusted-proxy", "127.0.0.1"
    )
    try:  # the proxy's forwarded client is the one counted: 31 different clients
        assert _forged_logins(behind_proxy.url, 31) == [401] * 31
    finally:
        behind_proxy.stop()
