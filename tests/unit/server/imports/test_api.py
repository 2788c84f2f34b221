# SPDX-License-Identifier: MIT
"""The admin import API: preview (nothing written), import with a confirmed mapping, the
batch list and its undo — the command line's engine — on SQLite and PostgreSQL; 403 for a
manager."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from server.models import LeadRow
from tests.unit.server.conftest import ServerEnv

DATA = Path(__file__).resolve().parents[3] / "data" / "imports"
URL = "/api/v1/admin/imports"


def lead_count(env: ServerEnv) -> int:
    with env.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(LeadRow)) or 0)


def test_preview_import_list_and_undo(env: ServerEnv) -> None:
    env.add_user("admin", "admin")
    env.add_user("anna")
    admin = env.login("admin")
    body = (DATA / "bitrix24_leads.csv").read_bytes()
    params = {"file_name": "bitrix24_leads.csv", "region": "RU"}
    preview = env.client.post(f"{URL}/preview", params=params, content=body, headers=admin)
    assert preview.status_code == 200, preview.text
    answer = preview.json()
    assert answer["dry_run"] is True and answer["batch_id"] is None
    assert answer["detected"]["encoding"] == "cp1251" and answer["detected"]["delimiter"] == ";"
    assert answer["profile"] == "bitrix24"
    assert {"column": "Рабочий телефон", "field": "phones"} in answer["columns"]
    assert answer["counts"] == {"created": 2}
    assert [r["phones"] for r in answer["rows"]] == [
        ["+78123124567", "+79131234567"], ["+73431234567"]
    ]  # fmt: skip
    assert lead_count(env) == 0  # the preview wrote nothing
    imported = env.client.post(URL, params={**params, "assign_to": "anna"}, content=body,
                               headers=admin)  # fmt: skip
    assert imported.status_code == 201, imported.text
    batch_id = imported.json()["batch_id"]
    assert lead_count(env) == 2
    (listed,) = env.client.get(URL, headers=admin).json()
    assert (listed["id"], listed["leads"], listed["profile"]) == (batch_id, 2, "bitrix24")
    assert listed["created_by"] == "admin"
    undone = env.client.post(f"{URL}/{batch_id}/undo", headers=admin)
    assert undone.json() == {"removed": 2, "kept": {}}
    assert lead_count(env) == 0
    assert env.client.post(f"{URL}/nope/undo", headers=admin).status_code == 404


def test_bad_requests_say_why(env: ServerEnv) -> None:
    env.add_user("admin", "admin")
    admin = env.login("admin")
    body = b"email,name\nx@y.example,X\n"
    for params, message in [
        ({"map": "Mobil=phones"}, "no column 'Mobil'"),
        ({"region": "Russia"}, "not a region code"),
        ({"value": "source:Web=internet"}, "not a source"),
        ({"encoding": "klingon"}, "unknown encoding"),
    ]:
        answer = env.client.post(f"{URL}/preview", params=params, content=body, headers=admin)
        assert answer.status_code == 422 and message in answer.text, (params, answer.text)
    empty = env.client.post(f"{URL}/preview", content=b"", headers=admin)
    assert empty.status_code == 422 and "is empty" in empty.text
    no_contact = env.client.post(URL, content=b"name\nX\n", headers=admin)
    assert no_contact.status_code == 422 and "no phone or email column" in no_contact.text


def test_managers_get_403(env: ServerEnv) -> None:
    env.add_user("anna")
    manager = env.login("anna")
    body = b"email\nx@y.example\n"
    assert env.client.post(f"{URL}/preview", content=body, headers=manager).status_code == 403
    assert env.client.post(URL, content=body, headers=manager).status_code == 403
    assert env.client.get(URL, headers=manager).status_code == 403
    assert env.client.post(f"{URL}/x/undo", headers=manager).status_code == 403
    assert lead_count(env) == 0
