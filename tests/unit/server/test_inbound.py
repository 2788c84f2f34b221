# SPDX-License-Identifier: MIT
"""The inbound API: keys (wrong, revoked, another source's), JSON and form posts through the
import's rules, repeats answered from their Idempotency-Key, a known person linked not
doubled, every reason of a refusal, 429 per key, and each adapter's documented payload —
on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.models import LeadRow
from server.services import inbound
from tests.unit.server.conftest import ServerEnv

DATA = Path(__file__).resolve().parents[2] / "data" / "inbound"
URL = "/api/v1/inbound/leads"


def add_source(env: ServerEnv, name: str, source: str = "website_form", **extra: str) -> str:
    with env.engine.begin() as connection:
        return inbound.add_source(connection, name, source, env.clock(), **extra)


def leads(env: ServerEnv) -> dict[str, object]:
    with env.engine.connect() as connection:
        return {row.id: row for row in connection.execute(select(LeadRow))}


def test_keys_json_and_form_posts(env: ServerEnv) -> None:
    env.add_user("anna")
    web = add_source(env, "site form", campaign="winter")
    chat = add_source(env, "site chat", "site_chat")
    body = {
        "name": "Nora Weiss", "email": "nora@weiss.example", "phone": "+49 30 1234567",
        "company": "Weiss AG", "message": "call me after 3", "utm_source": "newsletter",
    }  # fmt: skip
    assert env.client.post(URL, json=body).status_code == 401
    assert env.client.post(URL, json=body, headers={"X-Api-Key": "sdk_wrong"}).status_code == 401
    created = env.client.post(URL, json=body, headers={"Authorization": f"Bearer {web}"})
    assert created.status_code == 201, created.text
    lead = leads(env)[created.json()["lead_id"]]
    assert (lead.first_name, lead.last_name, lead.company) == ("Nora", "Weiss", "Weiss AG")
    assert (lead.source, lead.campaign) == ("website_form", "winter")  # the key's binding
    assert "message: call me after 3" in lead.need and "utm_source: newsletter" in lead.need
    assert lead.assignee_id == env.users["anna"] and "round robin" in lead.assignment_reason
    # a form-encoded post with another source's key: that source
    form = "name=Otto+Klein&email=otto%40klein.example"
    posted = env.client.post(URL, content=form, headers={
        "X-Api-Key": chat, "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert posted.status_code == 201 and leads(env)[posted.json()["lead_id"]].source == "site_chat"
    # a plain HTML form sends no headers: the key in the URL
    form_type = {"Content-Type": "application/x-www-form-urlencoded"}
    html = env.client.post(URL, params={"key": web}, content="email=p%40q.example",
                           headers=form_type)  # fmt: skip
    assert html.status_code == 201
    # revoked: refused
    with env.engine.begin() as connection:
        inbound.revoke_source(connection, "site chat", env.clock())
    assert env.client.post(URL, json=body, headers={"X-Api-Key": chat}).status_code == 401


def test_repeats_known_people_and_refusals(env: ServerEnv) -> None:
    key = add_source(env, "form")
    headers = {"X-Api-Key": key, "Idempotency-Key": "order-17"}
    body = {"first_name": "Ida", "last_name": "Berg", "email": "ida@berg.example",
            "phone": "+46 8 123 456 78"}  # fmt: skip
    first = env.client.post(URL, json=body, headers=headers)
    again = env.client.post(URL, json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["lead_id"] == first.json()["lead_id"] and again.json()["repeat"]
    assert len(leads(env)) == 1
    # the same email without the key: the same person, linked, not doubled
    known = env.client.post(URL, json={**body, "company": "Berg AB"}, headers={"X-Api-Key": key})
    assert known.status_code == 200
    assert known.json() == {"lead_id": first.json()["lead_id"], "status": "matched"}
    assert leads(env)[first.json()["lead_id"]].company == "Berg AB"  # the blank filled in
    # the same switchboard, another person: a new lead marked for review
    colleague = {"first_name": "Olle", "last_name": "Berg", "phone": "+46 8 123 456 78"}
    dup = env.client.post(URL, json=colleague, headers={"X-Api-Key": key})
    assert dup.status_code == 201 and dup.json()["status"] == "possible duplicate"
    assert dup.json()["duplicate_of"] == first.json()["lead_id"]
    bad = env.client.post(URL, json={"phone": "12", "email": "not-an-email"},
                          headers={"X-Api-Key": key})  # fmt: skip
    assert bad.status_code == 422
    assert [e["kind"] for e in bad.json()["errors"]] == ["phone", "email"]
    none = env.client.post(URL, json={"name": "Nobody"}, headers={"X-Api-Key": key})
    assert none.status_code == 422 and none.json()["errors"][0]["kind"] == "no contact"
    assert env.client.post(URL, content=b"[1,2]", headers={"X-Api-Key": key}).status_code == 422
    assert len(leads(env)) == 2


def test_too_many_posts_get_429(env: ServerEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbound, "PER_MINUTE", 2)
    key, other = add_source(env, "busy"), add_source(env, "quiet")
    codes = [
        env.client.post(URL, json={"email": f"p{i}@x.example"}, headers={"X-Api-Key": key})
        for i in range(3)
    ]
    assert [c.status_code for c in codes] == [201, 201, 429]
    assert codes[2].headers["Retry-After"] == "60"
    quiet = env.client.post(URL, json={"email": "q@x.example"}, headers={"X-Api-Key": other})
    assert quiet.status_code == 201  # per key
    env.clock.advance(minutes=1)
    later = env.client.post(URL, json={"email": "p9@x.example"}, headers={"X-Api-Key": key})
    assert later.status_code == 201


def test_google_ads_lead_form_webhook(env: ServerEnv) -> None:
    key = add_source(env, "google lead form", "contextual_ads")
    sample = json.loads((DATA / "google_ads_lead.json").read_text().replace("KEY", key))
    test = env.client.post(f"{URL}/google-ads", json=sample)
    assert test.status_code == 200 and leads(env) == {}  # Google's test lead: acknowledged
    real = {**sample, "is_test": False}
    created = env.client.post(f"{URL}/google-ads", json=real)
    assert created.status_code == 201, created.text
    lead = leads(env)[created.json()["lead_id"]]
    assert (lead.first_name, lead.last_name, lead.company, lead.job_title) == (
        "FirstName", "LastName", "CompanyName", "JobTitle"
    )  # fmt: skip
    assert lead.phones == ["+16505550123"] and lead.emails == ["test@example.com"]
    assert lead.source == "contextual_ads" and lead.city == "Mountain View"
    assert "Which product are you interested in?: Free trial" in lead.need
    # Google retries a delivery with the same lead ID: answered, not doubled
    assert env.client.post(f"{URL}/google-ads", json=real).status_code == 200
    assert len(leads(env)) == 1
    wrong = {**real, "google_key": "nope"}
    assert env.client.post(f"{URL}/google-ads", json=wrong).status_code == 401


def test_typeform_webhook(env: ServerEnv) -> None:
    key = add_source(env, "demo request", "landing_page")
    sample = json.loads((DATA / "typeform_response.json").read_text())
    assert env.client.post(f"{URL}/typeform", json=sample).status_code == 401
    created = env.client.post(f"{URL}/typeform", params={"key": key}, json=sample)
    assert created.status_code == 201, created.text
    lead = leads(env)[created.json()["lead_id"]]
    assert (lead.first_name, lead.last_name, lead.company) == ("Laura", "Diaz", "Diaz Consulting")
    assert lead.emails == ["laura@example.com"] and lead.phones == ["+34911234567"]
    assert "message: We need it before March." in lead.need and "seats: 10–50" in lead.need
    assert "utm_source: newsletter" in lead.need
    repeat = env.client.post(f"{URL}/typeform", params={"key": key}, json=sample)
    assert repeat.status_code == 200 and len(leads(env)) == 1
    broken = env.client.post(f"{URL}/typeform", params={"key": key}, json={"x": 1})
    assert broken.status_code == 422


def test_source_admin(env: ServerEnv) -> None:
    add_source(env, "form")
    with env.engine.begin() as connection, pytest.raises(inbound.SourceError, match="exists"):
        inbound.add_source(connection, "form", "website_form", env.clock())
    with env.engine.begin() as connection, pytest.raises(inbound.SourceError, match="not a source"):
        inbound.add_source(connection, "x", "pigeon", env.clock())
    with env.engine.connect() as connection:
        (row,) = inbound.list_sources(connection)
        assert row.key_hash != "" and not row.key_hash.startswith("sdk_")  # only its hash
        count = connection.scalar(select(func.count()).select_from(LeadRow))
    assert count == 0
