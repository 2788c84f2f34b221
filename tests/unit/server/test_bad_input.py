# SPDX-License-Identifier: MIT
"""Hostile and malformed requests get a clear 4xx, never a 5xx, and change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from sqlalchemy import func, select

from server.models import LeadRow, OutcomeRow
from tests.unit.server.conftest import ServerEnv, new_id


def test_an_oversized_body_gets_413(env: ServerEnv) -> None:
    env.add_user("anna")
    headers = {**env.login("anna"), "content-type": "application/json"}
    body = b'{"client_id": "x", "mutations": [], "pad": "' + b"x" * (9 * 1024 * 1024) + b'"}'
    response = env.client.post("/api/v1/sync/push", content=body, headers=headers)
    assert response.status_code == 413


def test_a_streamed_oversized_body_gets_413(env: ServerEnv) -> None:
    env.add_user("anna")
    headers = {**env.login("anna"), "content-type": "application/json"}

    def chunks() -> Iterator[bytes]:
        for _ in range(10):
            yield b"x" * (1024 * 1024)

    response = env.client.post("/api/v1/sync/push", content=chunks(), headers=headers)
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"client_id": "x"}',
        b'{"client_id": "x", "mutations": "nope"}',
        b'{"client_id": "x", "mutations": [{"mutation_id": "not-a-uuid", "client_seq": 1, '
        b'"type": "call_outcome.record", "entity_id": "x", "data": {}}]}',
        b'{"client_id": "x", "mutations": [{"mutation_id": "7f1c2a9e-0000-4000-8000-00000000000'
        b'1", "client_seq": -1, "type": "lead.delete", "entity_id": "x", "data": {}}]}',
        b"[]",
        b"null",
    ],
)
def test_malformed_push_bodies_get_422(env: ServerEnv, body: bytes) -> None:
    env.add_user("anna")
    headers = {**env.login("anna"), "content-type": "application/json"}
    response = env.client.post("/api/v1/sync/push", content=body, headers=headers)
    assert response.status_code == 422
    assert response.json()["detail"] == "the request is invalid"


def test_a_batch_over_the_limit_is_refused_whole(env: ServerEnv) -> None:
    env.add_user("anna")
    [lead] = env.add_leads(1, "anna")
    mutation = {"client_seq": 1, "type": "call_outcome.record", "data": {
        "lead_id": lead, "started_at": "2026-11-25T10:00:00+00:00", "duration_s": 1,
        "disposition": "busy", "result": "none"}}  # fmt: skip
    mutations = [{**mutation, "mutation_id": new_id(), "entity_id": new_id()} for _ in range(501)]
    response = env.client.post(
        "/api/v1/sync/push",
        headers=env.login("anna"),
        json={"client_id": "x", "mutations": mutations},
    )
    assert response.status_code == 422
    with env.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(OutcomeRow)) == 0


def test_a_login_body_that_is_not_json_is_422(env: ServerEnv) -> None:
    for body in (
        b"username=a&password=b",
        b'{"username": "", "password": "x"}',
        b'{"username": "' + b"a" * 200 + b'", "password": "x"}',
    ):
        response = env.client.post(
            "/api/v1/auth/token", content=body, headers={"content-type": "application/json"}
        )
        assert response.status_code == 422


def _fuzz(operation: Any, mode: GenerationMode, auth: dict[str, str], failures: list[str]) -> Any:
    @given(operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=15,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def check(case: Any) -> None:
        response = case.call(headers={**(case.headers or {}), **auth})
        if response.status_code >= 500:
            failures.append(
                f"{case.method} {case.path}: {response.status_code} {response.text[:200]}"
            )

    return check


def _operations(env: ServerEnv) -> list[Any]:
    api = schemathesis.openapi.from_asgi("/api/v1/openapi.json", env.client.app)
    return [result.ok() for result in api.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_generated_request_makes_a_server_error(env: ServerEnv, mode: GenerationMode) -> None:
    """Schemathesis against our own OpenAPI document, a bounded number of examples each."""
    env.add_user("anna")
    env.add_leads(2, "anna")
    headers = env.login("anna")
    operations = _operations(env)
    assert {op.path for op in operations} >= {
        "/api/v1/sync/pull",
        "/api/v1/sync/push",
        "/api/v1/auth/token",
    }
    failures: list[str] = []
    fuzzed = 0
    for operation in operations:
        auth = {} if operation.path == "/api/v1/auth/token" else headers
        try:
            _fuzz(operation, mode, auth, failures)()
            fuzzed += 1
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # nothing to break in, e.g., GET /health
    assert fuzzed >= 6
    assert failures == []
    with env.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(LeadRow)) >= 2


def test_nul_characters_are_refused_not_a_server_error(env: ServerEnv) -> None:
    """Found by schemathesis on PostgreSQL: a NUL in a login name made a 500."""
    env.add_user("anna")
    login = env.client.post("/api/v1/auth/token", json={"username": "an\x00na", "password": "x"})
    assert login.status_code == 422
    headers = env.login("anna")
    assert env.client.get("/api/v1/leads/a%00b", headers=headers).status_code in (404, 422)
    push = env.client.post(
        "/api/v1/sync/push",
        headers=headers,
        json={
            "client_id": "x",
            "mutations": [
                {
                    "mutation_id": new_id(),
                    "client_seq": 1,
                    "type": "lead.create",
                    "entity_id": new_id(),
                    "data": {"emails": ["a@b.io"], "first_name": "A\x00"},
                }
            ],
        },
    )
    # the one mutation is refused alone (its batch goes on), with the reason
    assert push.status_code == 200
    [result] = push.json()["results"]
    assert (result["status"], result["code"]) == ("rejected", "invalid_data")
    assert "NUL" in result["reason"]


def test_lone_surrogates_are_refused(env: ServerEnv) -> None:
    body = b'{"username": "anna\\ud800", "password": "x"}'
    response = env.client.post(
        "/api/v1/auth/token", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 422


def _push_one(env: ServerEnv, headers: dict[str, str], mutation: dict[str, Any]) -> Any:
    body = {"client_id": "x", "mutations": [{"mutation_id": new_id(), **mutation}]}
    return env.client.post("/api/v1/sync/push", headers=headers, json=body)


def _nested_json(depth: int) -> str:
    """Lists and objects nested ``depth`` deep, written out (json.dumps itself recurses)."""
    opening = "".join("[" if level % 2 == 0 else '{"a":' for level in range(depth))
    closing = "".join("]" if level % 2 == 0 else "}" for level in reversed(range(depth)))
    return opening + '"x"' + closing


@pytest.mark.parametrize("depth", [1, 8, 15, 16, 64, 300, 2000, 100_000])
def test_deeply_nested_mutation_data_is_422_not_500(env: ServerEnv, depth: int) -> None:
    """Found by the trust probe: data nested 300 deep hit the recursion limit (a 500)."""
    env.add_user("anna")
    headers = env.login("anna")
    data = '{"emails": ["a@b.io"], "first_name": "A", "extra": ' + _nested_json(depth) + "}"
    body = (
        f'{{"client_id": "x", "mutations": [{{"mutation_id": "{new_id()}", "client_seq": 1, '
        f'"type": "lead.create", "entity_id": "{new_id()}", "data": {data}}}]}}'
    )
    response = env.client.post(
        "/api/v1/sync/push", headers={**headers, "content-type": "application/json"}, content=body
    )
    assert response.status_code < 500, response.text
    if depth > 15:  # beyond the wire's depth limit: the whole request is refused
        # (deeper than the JSON parser itself goes, the body is not even JSON: 400)
        assert response.status_code == (422 if depth < 900 else 400), response.text
    else:  # within it: the one mutation is refused for its unknown field, with a reason
        [result] = response.json()["results"]
        assert (result["status"], result["code"]) == ("rejected", "invalid_data")


@pytest.mark.parametrize(
    "field, value",
    [
        ("client_seq", 10**40),
        ("client_seq", 2**63),
        ("client_seq", -(10**40)),
        ("base_version", 10**40),
        ("base_version", 2**63),
    ],
)
def test_integers_beyond_64_bits_are_422_not_500(env: ServerEnv, field: str, value: int) -> None:
    """Found by the trust probe: a 40-digit client_seq was 'Integer exceeds 64-bit range'."""
    env.add_user("anna")
    [lead] = env.add_leads(1, "anna")
    headers = env.login("anna")
    mutation: dict[str, Any] = {
        "client_seq": 1, "type": "lead.update", "entity_id": lead, "base_version": 1,
        "data": {"need": "x"}}  # fmt: skip
    mutation[field] = value
    response = _push_one(env, headers, mutation)
    assert response.status_code == 422, response.text


def test_no_integer_size_or_nesting_depth_makes_a_server_error(env: ServerEnv) -> None:
    """A bounded fuzz over the two shapes the probe found: any integer in any number field,
    any nesting depth in a mutation's data — a 4xx or a per-mutation refusal, never a 5xx."""
    from hypothesis import strategies as st

    env.add_user("anna")
    [lead] = env.add_leads(1, "anna")
    headers = {**env.login("anna"), "content-type": "application/json"}
    failures: list[str] = []

    @given(
        field=st.sampled_from(["client_seq", "base_version", "data.score", "data.duration_s"]),
        number=st.integers(min_value=-(10**45), max_value=10**45) | st.sampled_from([2**63]),
        depth=st.integers(min_value=0, max_value=1200),
    )
    @settings(max_examples=40, deadline=None, database=None, derandomize=True)
    def check(field: str, number: int, depth: int) -> None:
        seq, version, score = 1, 1, 5
        if field == "client_seq":
            seq = number
        elif field == "base_version":
            version = number
        elif field == "data.score":
            score = number
        data = f'{{"need": "x", "score": {score}, "extra": {_nested_json(depth)}}}'
        body = (
            f'{{"client_id": "x", "mutations": [{{"mutation_id": "{new_id()}", '
            f'"client_seq": {seq}, "type": "lead.update", "entity_id": "{lead}", '
            f'"base_version": {version}, "data": {data}}}]}}'
        )
        response = env.client.post("/api/v1/sync/push", headers=headers, content=body)
        if response.status_code >= 500:
            failures.append(f"{field}={number} depth={depth}: {response.text[:200]}")

    check()
    assert failures == []
