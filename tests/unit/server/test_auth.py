# SPDX-License-Identifier: MIT
"""Login, tokens (expiry, revocation, disabled users), rate limiting, admin-only routes."""

from __future__ import annotations

from datetime import timedelta

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
    env.clock.advance(days=31)  # default lifetime is 30 days
    expired = env.client.get("/api/v1/sync/pull", headers=headers)
    assert expired.status_code == 401
    assert expired.headers["WWW-Authenticate"] == "Bearer"
    env.clock.advance(days=-31)
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
        reset_password(connection, "bob", "a new secret", env.clock())
    assert env.client.get("/api/v1/sync/pull", headers=anna).status_code == 401
    assert env.client.get("/api/v1/sync/pull", headers=bob).status_code == 401
    assert (
        env.client.post(
            "/api/v1/auth/token", json={"username": "anna", "password": PASSWORD}
        ).status_code
        == 401
    )
    assert env.login("bob", "a new secret")


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
    assert expires - env.clock() == timedelta(days=30)
