# SPDX-License-Identifier: MIT
"""The inbound API: web forms, lead ads and chatbots post leads here with their source's key.

``POST /api/v1/inbound/leads`` takes a JSON object or a form-encoded body of field names
the import understands (``name``, ``email``, ``phone``, ``company``…; others are kept in the
lead's need), the key in ``Authorization: Bearer …``, ``X-Api-Key`` or ``?key=``, and an optional
``Idempotency-Key`` that makes a retry safe. It answers 201 with the lead ID, 200 for a
known person or a repeat, 422 with every reason, 401 for a wrong or revoked key, 429 past
the key's rate. Adapters take a lead source's own documented payload:
``…/leads/google-ads`` (Google Ads lead form webhook: ``user_column_data``; the key is the
form's ``google_key``) and ``…/leads/typeform`` (Typeform webhook: ``form_response.answers``;
the key in the webhook's URL, ``?key=…``).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qsl

import orjson
from fastapi import APIRouter, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from salesdesk.protocol.models import API_PREFIX
from server.http.deps import AppClock, DbEngine, Settings
from server.services import inbound

router = APIRouter(prefix=f"{API_PREFIX}/inbound/leads")
_ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"description": "a known person (their lead's ID), or a repeat of an earlier post"},
    201: {"description": "created (``status``: created or possible duplicate)"},
    401: {"description": "no key, or a wrong or revoked one"},
    422: {"description": "not a usable lead: every reason"},
    429: {"description": "too many posts with this key this minute"},
}
#: Google Ads lead form columns → the import's field names.
_GOOGLE_COLUMNS = {
    "FULL_NAME": "full name", "FIRST_NAME": "first name", "LAST_NAME": "last name",
    "EMAIL": "email", "WORK_EMAIL": "email", "PHONE_NUMBER": "phone", "WORK_PHONE": "phone",
    "COMPANY_NAME": "company", "JOB_TITLE": "job title", "CITY": "city", "COUNTRY": "country",
}  # fmt: skip


async def _take(
    db: Any,
    now: Any,
    settings: Any,
    key: str,
    fields: dict[str, str],
    idempotency_key: str | None,
) -> JSONResponse:
    def work() -> inbound.Answer:
        moment = now()
        with db.begin() as connection:
            source = inbound.source_for_key(connection, key)
            if source is None:
                return inbound.Answer(401, {"detail": "no such key, or it was revoked"})
            if idempotency_key:
                earlier = inbound.remembered(connection, source.id, idempotency_key)
                if earlier is not None:
                    return earlier
            if not inbound.within_rate(connection, source.id, moment):
                return inbound.Answer(429, {"detail": "too many posts this minute; retry later"})
        with db.begin() as connection:
            return inbound.receive(connection, source, fields, moment, settings.default_region,
                                   idempotency_key)  # fmt: skip

    answer = await run_in_threadpool(work)
    headers = {"Retry-After": "60"} if answer.status == 429 else None
    return JSONResponse(answer.body, status_code=answer.status, headers=headers)


def _key(authorization: str | None, api_key: str | None) -> str:
    if api_key:
        return api_key.strip()
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return ""


def _flat(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return orjson.dumps(value).decode()
    return "" if value is None else str(value)


async def _fields(request: Request) -> dict[str, str]:
    body = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        return {
            k: v for k, v in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=False)
        }
    try:
        data = orjson.loads(body or b"{}")
    except orjson.JSONDecodeError as exc:
        raise HTTPException(422, f"the body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise HTTPException(422, "the body is a JSON object of fields")
    return {str(k)[:200]: _flat(v) for k, v in data.items()}


@router.post("", responses=_ANSWERS)
async def post_lead(
    request: Request,
    db: DbEngine,
    now: AppClock,
    settings: Settings,
    authorization: Annotated[str | None, Header(max_length=300)] = None,
    x_api_key: Annotated[str | None, Header(max_length=300)] = None,
    idempotency_key: Annotated[str | None, Header(max_length=200)] = None,
    key: Annotated[str, Query(max_length=300)] = "",
) -> JSONResponse:
    """A lead from a web form or any source holding a key (JSON or form-encoded fields; the
    key in a header, or in the URL for a plain HTML form, which cannot send headers)."""
    fields = await _fields(request)
    key = _key(authorization, x_api_key) or key
    return await _take(db, now, settings, key, fields, idempotency_key)


@router.post("/google-ads", responses=_ANSWERS)
async def google_ads(
    request: Request, db: DbEngine, now: AppClock, settings: Settings
) -> JSONResponse:
    """A Google Ads lead form webhook (the key is the form's webhook key, ``google_key``;
    a test lead is acknowledged, not stored; the lead ID makes a retry safe)."""
    try:
        data = orjson.loads(await request.body())
    except orjson.JSONDecodeError as exc:
        raise HTTPException(422, f"the body is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise HTTPException(422, "the body is a Google Ads lead object")
    fields: dict[str, str] = {}
    for column in data.get("user_column_data") or []:
        name = _GOOGLE_COLUMNS.get(str(column.get("column_id", "")))
        label = name or str(column.get("column_name") or column.get("column_id") or "field")
        value = _flat(column.get("string_value"))
        fields[label] = f"{fields[label]}, {value}" if label in fields else value
    fields["google campaign"] = _flat(data.get("campaign_id"))
    fields["google form"] = _flat(data.get("form_id"))
    if data.get("is_test"):
        key = str(data.get("google_key") or "")

        def known() -> bool:
            with db.connect() as connection:
                return inbound.source_for_key(connection, key) is not None

        if not await run_in_threadpool(known):
            return JSONResponse({"detail": "no such key, or it was revoked"}, status_code=401)
        return JSONResponse({"status": "test lead received, not stored"})
    lead_id = _flat(data.get("lead_id")) or None
    return await _take(db, now, settings, str(data.get("google_key") or ""), fields,
                       lead_id and f"google-ads:{lead_id}")  # fmt: skip


def _typeform_value(answer: dict[str, Any]) -> str:
    kind = answer.get("type", "")
    value = answer.get(kind)
    if kind == "choice":
        return _flat((value or {}).get("label") or (value or {}).get("other"))
    if kind == "choices":
        return _flat((value or {}).get("labels"))
    return _flat(value)


@router.post("/typeform", responses=_ANSWERS)
async def typeform(
    request: Request,
    db: DbEngine,
    now: AppClock,
    settings: Settings,
    key: Annotated[str, Query(max_length=300)] = "",
    authorization: Annotated[str | None, Header(max_length=300)] = None,
    x_api_key: Annotated[str | None, Header(max_length=300)] = None,
) -> JSONResponse:
    """A Typeform webhook: the source's key in the webhook's URL (``?key=…``; Typeform
    sends no headers of ours) or a header; the response token makes a retry safe."""
    body = await request.body()
    try:
        data = orjson.loads(body)
        response = data["form_response"]
        answers = response.get("answers") or []
        fields_defined = {f["id"]: f for f in (response.get("definition") or {}).get("fields", [])}
    except (orjson.JSONDecodeError, KeyError, TypeError) as exc:
        raise HTTPException(422, "the body is not a Typeform form_response") from exc
    fields: dict[str, str] = {}
    for answer in answers:
        field = answer.get("field") or {}
        defined = fields_defined.get(field.get("id"), {})
        label = str(
            field.get("ref") or defined.get("ref") or defined.get("title") or field.get("id")
        )
        kind = answer.get("type", "")
        if kind in ("email", "phone_number") and label not in ("email", "phone"):
            label = "email" if kind == "email" else "phone"  # whatever the question's wording
        value = _typeform_value(answer)
        fields[label] = f"{fields[label]}, {value}" if label in fields else value
    for name, value in (response.get("hidden") or {}).items():
        fields.setdefault(str(name), _flat(value))
    token = _flat(response.get("token")) or None
    presented = key or _key(authorization, x_api_key)
    return await _take(db, now, settings, presented, fields,
                       token and f"typeform:{token}")  # fmt: skip
