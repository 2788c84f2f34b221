# SPDX-License-Identifier: MIT
"""Findings 1, 2 and 8 of the trust probe: the client talks only https (or http to this
computer), follows no redirect, and takes nothing from the environment."""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from desktop.services import account
from desktop.services.local_store import open_profile_store
from desktop.sync import credentials
from desktop.sync.client import ApiClient
from desktop.sync.errors import RequestRejected, UnsafeServer
from tests.e2e.sync.helpers import raw_server


def answering(reply: bytes) -> AbstractContextManager[tuple[str, list[bytes]]]:
    """A server that records each request and answers each with ``reply``."""
    return raw_server(lambda _number, _request: reply)


HEALTH = b'{"status": "ok", "version": "1.0", "database": "ok"}'
OK = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
    b"Content-Length: %d\r\n\r\n" % len(HEALTH) + HEALTH
)


@pytest.mark.parametrize(
    "url",
    ["http://crm.example.com", "http://10.0.0.5:8000", "http://[fe80::1]:8000", "ftp://x", "crm"],
)
def test_login_refuses_plain_http_to_another_computer(tmp_path: Path, url: str) -> None:
    """Found: `salesdesk login --server http://<host>` sent the password in the clear."""
    credentials.use_memory_keyring()
    store = open_profile_store(tmp_path / "w.sqlite3")
    try:
        with pytest.raises(UnsafeServer) as info:
            account.login(store, url, "olga", "a long password")
    finally:
        store.close()
    assert info.value.code in ("plain_http", "server_url")
    assert "nothing was sent" in info.value.message


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000", "http://localhost:1", "http://[::1]:9"])
def test_plain_http_to_this_computer_is_allowed(url: str) -> None:
    ApiClient(url).close()


def test_a_redirect_is_an_error_that_names_its_target_and_nothing_follows_it() -> None:
    """Found: a 307 re-posted the login body, password included, to another host."""
    with answering(OK) as (elsewhere, stolen):
        redirect = (
            b"HTTP/1.1 307 Temporary Redirect\r\nLocation: %s/api/v1/auth/token\r\n"
            b"Content-Length: 0\r\nConnection: close\r\n\r\n" % elsewhere.encode()
        )
        with answering(redirect) as (url, received), pytest.raises(RequestRejected) as info:
            ApiClient(url).login("olga", "a long password")
    assert len(received) == 1 and stolen == []
    assert info.value.code == "redirected" and elsewhere in info.value.params["target"]


def test_the_environment_does_not_choose_the_proxy_or_the_ca_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found: REQUESTS_CA_BUNDLE overrode the configured CA bundle; proxies and .netrc came
    from the environment."""
    with answering(OK) as (proxy, through_proxy), answering(OK) as (url, received):
        for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
            monkeypatch.setenv(name, proxy)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "attacker-ca.pem"))
        client = ApiClient(url)
        assert client.health().status == "ok"
        assert len(received) == 1 and through_proxy == []
        settings = client.session.merge_environment_settings(url, {}, None, None, None)
        assert settings["verify"] is True and not settings["proxies"]
        # a proxy named in Settings is used
        named = ApiClient(url, proxy=proxy)
        assert named.health().status == "ok"
        assert len(through_proxy) == 1 and through_proxy[0].startswith(b"GET http://127.0.0.1")
