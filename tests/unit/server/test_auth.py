# SPDX-License-Identifier: MIT
"""Login, tokens (expiry, revocation, disabled users), rate limiting, admin-only routes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from server.models import TokenRow, UserRow
from server.services.users import disable_user, reset_password
from tests.unit.server.conftest import PASSWORD, ServerEnv


def test_login_returns_a_token_that_is_stored_hashed(env: ServerEnv) -> None:
    env.add_user("anna")
    response = env.client.post(
        "/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["manager"]["name"] == "anna"
    assert body["manager"]["role"] == "manager"
    token = body["access_token"]
    with env.engine.connect() as connection:
        stored = list(connection.scalars(select(TokenRow.token_hash)))
        password_hash = connection.scalar(select(UserRow.password_hash))
    assert token not in stored and len(stored) == 1 and len(stored[0]) == 64
    assert password_hash is not None and password_hash.startswith("$argon2id$")
    me = env.client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["name"] == "anna"


def test_wrong_password_and_unknown_user_get_the_same_401(env: ServerEnv) -> None:
    env.add_user("anna")
    wrong = env.client.post("/api/v1/auth/token", json={"username": "anna", "password": "x"})
    unknown = env.client.post("/api/v1/auth/token", json={"username": "bob", "password": "x"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def test_login_attempts_are_rate_limited(env: ServerEnv) -> None:
    env.add_user("anna")
    statuses = [
        env.client.post(
            "/api/v1/auth/token", json={"username": "anna", "password": "bad"}
        ).status_code
        for _ in range(6)
    ]
    assert statuses == [401] * 5 + [429]
    limited = env.client.post("/api/v1/auth/token", json={"username": "anna", "password": PASSWORD})
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) > 0


def test_expired_revoked_and_malformed_tokens_get_401(env: ServerEnv) -> None:
    env.add_user("anna")
    headers = env.login("anna")
    assert env.client.get("/api/v1/sync/pull", headers=headers).status_code == 200
    env.clock.advance(days=15)  # unused for longer than the default 14 days
    expired = env.client.get("/api/v1/sync/pull", headers=headers)
    assert expired.status_code == 401
    assert expired.headers["WWW-Authenticate"] == "Bearer"
    env.clock.advance(days=-15)
    assert env.client.post("/api/v1/auth/revoke", headers=headers).status_code == 204
    assert env.client.get("/api/v1/sync/pull", headers=headers).status_code == 401
    for bad in ("Bearer", "Bearer nonsense", "Basic YW5uYTpwdw==", "Bearer " + "x" * 600, ""):
        response = env.client.get("/api/v1/sync/pull", headers={"Authorization": bad})
        assert response.status_code == 401, bad
    assert env.client.get("/api/v1/sync/pull").status_code == 401


def test_disabling_a_user_or_resetting_the_password_cuts_access_at_once(env: ServerEnv) -> None:
    env.add_user("anna")
    env.add_user("bob")
    anna, bob = env.login("anna"), env.login("bob")
    with env.engine.begin() as connection:
        disable_user(connection, "anna", env.clock())
        reset_password(connection, "bob", "a new secret 7", env.clock())
    assert env.client.get("/api/v1/sync/pull", headers=anna).status_code == 401
    assert env.client.get("/api/v1/sync/pull", headers=bob).status_code == 401
    assert (
        env.client.post(
            "/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
        ).status_code
        == 401
    )
    assert env.login("bob", "a new secret 7")


def test_admin_routes_are_403_for_managers(env: ServerEnv) -> None:
    env.add_user("boss", "admin")
    env.add_user("anna")
    [lead] = env.add_leads(1, "anna")
    manager, admin = env.login("anna"), env.login("boss")
    assert env.client.get("/api/v1/admin/users", headers=manager).status_code == 403
    assert env.client.post("/api/v1/admin/users/anna/revoke", headers=manager).status_code == 403
    assert (
        env.client.post(
            f"/api/v1/admin/leads/{lead}/assign", json={"username": "anna"}, headers=manager
        ).status_code
        == 403
    )
    users = env.client.get("/api/v1/admin/users", headers=admin).json()
    assert {u["username"] for u in users} == {"boss", "anna"}
    assert "password_hash" not in users[0]
    assert env.client.post("/api/v1/admin/users/anna/revoke", headers=admin).status_code == 204
    assert env.client.get("/api/v1/sync/pull", headers=manager).status_code == 401
    assert env.client.post("/api/v1/admin/users/ghost/revoke", headers=admin).status_code == 404


def test_token_lifetime_is_configurable(env: ServerEnv) -> None:
    env.add_user("anna")
    response = env.client.post(
        "/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
    )
    from datetime import datetime

    expires = datetime.fromisoformat(response.json()["expires_at"])
    assert expires - env.clock() == timedelta(days=14)


def _login(env: ServerEnv, username: str, password: str = "wrong guess") -> int:
    response = env.client.post(
        "/api/v1/auth/token", json={"username": username, "password": password}
    )
    return response.status_code


def test_a_token_in_use_lives_on_but_never_beyond_its_maximum_age(env: ServerEnv) -> None:
    """Sliding renewal: a manager syncing every day stays logged in; a token stolen and used
    daily still dies 90 days after its login."""
    env.add_user("anna")
    headers = env.login("anna")
    for _day in range(89):
        env.clock.advance(days=1)
        assert env.client.get("/api/v1/me", headers=headers).status_code == 200
    env.clock.advance(days=1, seconds=1)
    assert env.client.get("/api/v1/me", headers=headers).status_code == 401
    # renewed at most once an hour: a burst of requests writes once
    fresh = env.login("anna")
    env.clock.advance(hours=2)
    with env.engine.connect() as connection:
        before = dict(connection.execute(select(TokenRow.token_hash, TokenRow.expires_at)).all())
    for _ in range(5):
        assert env.client.get("/api/v1/me", headers=fresh).status_code == 200
    with env.engine.connect() as connection:
        after = dict(connection.execute(select(TokenRow.token_hash, TokenRow.expires_at)).all())
    [changed] = [digest for digest in after if after[digest] != before[digest]]
    assert after[changed] == env.clock() + timedelta(days=14)


def test_guesses_from_many_addresses_meet_the_per_account_limit(env: ServerEnv) -> None:
    """Found by the trust probe: 12 wrong tries from 12 addresses all reached the password
    check. The account itself slows down, with a doubling delay."""
    from server.services.login_limits import login_wait, record_login

    env.add_user("anna")
    waits = []
    with env.engine.begin() as connection:
        for attempt in range(12):
            address = f"203.0.113.{attempt}"
            waits.append(login_wait(connection, "Anna", address, env.clock(), env.settings))
            record_login(connection, "ANNA", address, env.clock(), failed=True)
    assert waits == [0] * 5 + [2, 4, 8, 16, 32, 64, 128]
    with env.engine.begin() as connection:  # any address, any spelling of the name
        assert login_wait(connection, "anna", "198.51.100.7", env.clock(), env.settings) == 256
    env.clock.advance(seconds=256)
    assert _login(env, "anna", PASSWORD) == 200  # a success ends the row
    assert _login(env, "anna") == 401


def test_the_delay_is_capped_and_unknown_names_count_too(env: ServerEnv) -> None:
    from server.services.login_limits import login_wait, record_login

    with env.engine.begin() as connection:
        for attempt in range(40):
            record_login(connection, "ghost", f"10.0.0.{attempt}", env.clock(), failed=True)
        assert login_wait(connection, "ghost", "10.9.9.9", env.clock(), env.settings) == 15 * 60
    assert _login(env, "ghost") == 429


def test_one_address_trying_many_accounts_meets_the_per_address_limit(env: ServerEnv) -> None:
    statuses = [_login(env, f"user{n}") for n in range(31)]
    assert statuses == [401] * 30 + [429]
    env.clock.advance(minutes=5, seconds=1)
    assert _login(env, "user99") == 401


def test_the_limiter_is_shared_by_every_server_process(env: ServerEnv) -> None:
    """It lived in one process's memory: a second worker let the guessing go on."""
    from fastapi.testclient import TestClient

    from server.http.app import create_app

    env.add_user("anna")
    assert [_login(env, "anna") for _ in range(5)] == [401] * 5
    other = create_app(env.settings, env.engine, clock=env.clock)
    with TestClient(other) as second:
        response = second.post(
            "/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
        )
    assert response.status_code == 429 and int(response.headers["Retry-After"]) == 2


@pytest.mark.parametrize(
    "password, problem",
    [
        ("short1!", "at least 10 characters"),
        ("anna.k-1234", None),
        ("anna.k-1234"[::-1], None),
        ("Anna.K-1234", None),
        ("1234567890", "most common"),
        ("qwertyuiop", "most common"),
        ("Password123", "most common"),
        ("lefthandedpilot", None),
    ],
)
def test_a_new_password_is_long_not_the_username_and_not_common(
    env: ServerEnv, password: str, problem: str | None
) -> None:
    from server.services.users import UserError, add_user

    with env.engine.begin() as connection:
        add_user(connection, "anna.k-1234x", "a good long secret", "manager", now=env.clock())
        if problem is None:
            reset_password(connection, "anna.k-1234x", password, env.clock())
            return
        with pytest.raises(UserError, match=problem):
            reset_password(connection, "anna.k-1234x", password, env.clock())
        with pytest.raises(UserError, match=problem):
            add_user(connection, "someone", password, "manager", now=env.clock())
    with env.engine.begin() as connection, pytest.raises(UserError, match="username"):
        add_user(connection, "longusername", "LongUserName", "manager", now=env.clock())
