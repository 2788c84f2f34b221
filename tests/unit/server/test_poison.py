# SPDX-License-Identifier: MIT
"""One bad mutation is rejected alone: the batch goes on, the server never answers 5xx for it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.server.conftest import ServerEnv, new_id
from tests.unit.server.test_push import outcome

EXTREME_TIMES = ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"]


def raw_push(env: ServerEnv, headers: dict[str, str], mutations: list[dict[str, Any]]) -> Any:
    for seq, mutation in enumerate(mutations, start=1):
        mutation["client_seq"] = seq
    return env.client.post(
        "/api/v1/sync/push", headers=headers, json={"client_id": "laptop", "mutations": mutations}
    )


@pytest.fixture
def anna(env: ServerEnv) -> dict[str, str]:
    env.add_user("anna")
    return env.login("anna")


@pytest.mark.parametrize("started_at", EXTREME_TIMES)
def test_a_poison_outcome_is_rejected_and_the_others_applied(
    env: ServerEnv, anna: dict[str, str], started_at: str
) -> None:
    leads = env.add_leads(3, "anna")
    batch = [outcome(leads[0], env), outcome(leads[1], env, started_at=started_at),
             outcome(leads[2], env)]  # fmt: skip
    response = raw_push(env, anna, batch)
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
    assert results[1]["code"] == "invalid_data"
    assert "started_at" in results[1]["reason"]
    # a resend gets the same answers (the rejection was stored with the mutation)
    again = raw_push(env, anna, batch).json()["results"]
    assert [r["status"] for r in again] == ["duplicate", "rejected", "duplicate"]


POISON_VALUES = st.one_of(
    st.sampled_from(EXTREME_TIMES),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),  # JSON has no NaN or infinity
    st.text(max_size=50),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.none(),
    st.just("x" * 5000),
)
OUTCOME_FIELDS = ["started_at", "duration_s", "disposition", "result", "note", "lead_id",
                  "objections", "answers_used", "next_call_at", "loss_reason_id"]  # fmt: skip


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(field=st.sampled_from(OUTCOME_FIELDS), value=POISON_VALUES, place=st.integers(0, 2))
def test_a_random_poison_mutation_never_stops_the_batch(
    env: ServerEnv, anna: dict[str, str], field: str, value: Any, place: int
) -> None:
    leads = env.add_leads(3, "anna")
    batch = [outcome(lead, env) for lead in leads]
    batch[place]["data"][field] = value
    response = raw_push(env, anna, batch)
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert len(results) == 3
    for i, result in enumerate(results):
        if i != place:
            assert result["status"] == "applied", result
        elif result["status"] == "rejected":
            assert result["code"] and result["reason"]


def test_a_mutation_of_an_unknown_shape_is_rejected_alone(
    env: ServerEnv, anna: dict[str, str]
) -> None:
    leads = env.add_leads(2, "anna")
    bad = outcome(leads[0], env)
    bad["data"] = {"nested": {"deeper": [1, 2, {"x": 10**40}]}}
    bad["entity_id"] = new_id()
    response = raw_push(env, anna, [bad, outcome(leads[1], env)])
    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["rejected", "applied"]
