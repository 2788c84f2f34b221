# SPDX-License-Identifier: MIT
"""Admin import endpoints: preview a file (detection, mapping, every row's outcome, nothing
written), import it with the mapping confirmed, list the batches, undo one.

The file is the request body as it is (``application/octet-stream``, within the server's
body limit); how to read and map it are query parameters, the same as the command line's
options (``map`` and ``value`` repeat). The engine is the command line's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, StringConstraints

from salesdesk.protocol.imports import BatchInfo, ImportAnswer, Reason, RowResult, UndoAnswer
from salesdesk.protocol.models import API_PREFIX
from server.http.deps import Admin, AppClock, DbEngine, Settings
from server.imports import ImportProblem
from server.imports.columns import FIELDS, PROFILES, parse_pairs, parse_values, resolve
from server.imports.engine import ImportResult, list_batches, run_import, undo_batch
from server.imports.reading import parse_delimiter, read_bytes
from server.services.audit import audit
from server.services.leads import manager_ids
from server.services.users import UserError, get_user

router = APIRouter(prefix=f"{API_PREFIX}/admin/imports")

#: Rows of a preview or an import's answer listed one by one (the counts cover them all).
ROWS_LISTED = 1000
Short = Annotated[str, StringConstraints(max_length=200)]
_ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"description": "admins only"},
    413: {"description": "the file is larger than the server's body limit"},
    422: {"description": "the file cannot be read or mapped as asked (the reason is given)"},
}


class ImportOptions(BaseModel):
    """How to read and map the file (the command line's options)."""

    file_name: Short = "import.csv"
    encoding: Short | None = None
    delimiter: Short | None = None
    profile: Short | None = None
    map: list[Short] = []
    value: list[Short] = []
    region: Short | None = None
    assign_to: Short | None = None
    round_robin: bool = False


async def _run(
    request: Request,
    options: ImportOptions,
    admin: Any,
    db: Any,
    now: datetime,
    default_region: str,
    dry_run: bool,
) -> ImportAnswer:
    import phonenumbers
    from starlette.concurrency import run_in_threadpool

    data = await request.body()
    region = (options.region or default_region).strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise HTTPException(422, f"{options.region!r} is not a region code (GB, RU, US)")

    def work() -> ImportResult:
        table = read_bytes(
            data,
            options.file_name,
            encoding=options.encoding,
            delimiter=parse_delimiter(options.delimiter) if options.delimiter else None,
        )
        columns = resolve(
            table.header,
            profile_name=options.profile,
            mapping=parse_pairs(options.map),
            values=parse_values(options.value),
        )
        with db.connect() as connection:
            if options.assign_to:
                assignees = [get_user(connection, options.assign_to).id]
            else:
                assignees = manager_ids(connection) if options.round_robin else []
        return run_import(db, table, options.file_name, now=now, default_region=region,
                          columns=columns, assignees=assignees, dry_run=dry_run,
                          created_by=str(admin.username))  # fmt: skip

    try:
        result = await run_in_threadpool(work)
    except (ImportProblem, UserError) as exc:
        raise HTTPException(422, str(exc)) from exc
    if result.batch_id is not None and not dry_run:
        with db.begin() as connection:
            audit(connection, admin, "leads.import", result.batch_id, now,
                  file=options.file_name, **dict(result.counts))  # fmt: skip
    return _answer(result)


def _answer(result: ImportResult) -> ImportAnswer:
    detected = result.detected
    return ImportAnswer(
        batch_id=result.batch_id,
        dry_run=result.dry_run,
        detected={
            "kind": detected.kind,
            "encoding": detected.encoding,
            "encoding_by": detected.encoding_by,
            "delimiter": detected.delimiter,
            "delimiter_by": detected.delimiter_by,
        },
        profile=result.columns.profile.name if result.columns.profile else None,
        columns=[
            {"column": column, "field": target}
            for column, target in zip(result.columns.header, result.columns.fields, strict=True)
        ],
        unmapped=result.columns.unmapped,
        counts=dict(result.counts),
        refused_by=dict(result.refusals),
        rows=[
            RowResult(
                line=o.line,
                status=o.status,
                lead_id=o.lead_id,
                other_id=o.other_id,
                phones=list(o.phones),
                region=o.region,
                reasons=[Reason(kind=r.kind, text=r.text) for r in o.reasons],
            )
            for o in result.outcomes[:ROWS_LISTED]
        ],
        rows_listed=min(len(result.outcomes), ROWS_LISTED),
        fields=list(FIELDS),
        profiles=[profile.name for profile in PROFILES],
    )


@router.post("/preview", response_model=ImportAnswer, responses=_ERRORS)
async def preview(
    request: Request, admin: Admin, db: DbEngine, now: AppClock, settings: Settings,
    options: Annotated[ImportOptions, Query()] = ImportOptions(),  # noqa: B008
) -> ImportAnswer:  # fmt: skip
    """Read the body as an import file: how it was read and mapped, and what each row would
    become (created, matched, possible duplicate, refused with every reason). Nothing is
    written."""
    return await _run(request, options, admin, db, now(), settings.default_region, True)


@router.post("", status_code=201, response_model=ImportAnswer, responses=_ERRORS)
async def import_file(
    request: Request, admin: Admin, db: DbEngine, now: AppClock, settings: Settings,
    options: Annotated[ImportOptions, Query()] = ImportOptions(),  # noqa: B008
) -> ImportAnswer:  # fmt: skip
    """Import the body as a file with the mapping the query confirms; the answer names the
    batch (its undo: ``POST …/imports/{batch_id}/undo``)."""
    return await _run(request, options, admin, db, now(), settings.default_region, False)


@router.get("", response_model=list[BatchInfo], responses={403: {"description": "admins only"}})
def batches(admin: Admin, db: DbEngine) -> list[BatchInfo]:
    """Every import, newest first, with how many of its leads are still there."""
    with db.connect() as connection:
        return [BatchInfo(**vars(b)) for b in list_batches(connection)]


@router.post(
    "/{batch_id}/undo",
    response_model=UndoAnswer,
    responses={403: {"description": "admins only"}, 404: {"description": "no such batch"}},
)
def undo(
    batch_id: Annotated[str, StringConstraints(max_length=36)], admin: Admin, db: DbEngine,
    now: AppClock,
) -> UndoAnswer:  # fmt: skip
    """Remove the leads the import created that nobody has touched since."""
    try:
        result = undo_batch(db, batch_id, now())
    except ImportProblem as exc:
        raise HTTPException(404, str(exc)) from exc
    with db.begin() as connection:
        audit(connection, admin, "leads.undo_import", batch_id, now(),
              removed=len(result.removed), kept=len(result.kept))  # fmt: skip
    return UndoAnswer(removed=len(result.removed), kept=result.kept)
