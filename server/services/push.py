# SPDX-License-Identifier: MIT
"""Applying pushed mutations: in order, one transaction each, idempotent by mutation ID.

Each mutation's transaction looks its ID up in ``processed_mutations``, applies the effect
and stores the result with the payload hash — all in one commit. A concurrent copy of the
same mutation fails on that row's key (or waits on the lead's lock, then finds nothing left
to change), rolls back and answers as a repeat. A rejection rolls the effect back and
stores the result in a transaction of its own, so a resend gets the same answer.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import Engine, bindparam, insert, select
from sqlalchemy.engine import Connection, Row
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from salesdesk.protocol.models import Mutation, MutationType
from server.config import ServerSettings
from server.models import ProcessedMutationRow
from server.services.mutations import HANDLERS, Sender
from server.services.rejection import Rejected
from server.services.review import IMPLAUSIBLE, keep_refusal

log = logging.getLogger(__name__)


class TransientFailure(Exception):
    """The database failed in a way a retry may fix; processing stops before this mutation."""


def payload_hash(mutation: Mutation) -> str:
    """The hash that tells a resend of a mutation from a different one with the same ID."""
    body = {
        "type": mutation.type,
        "entity_id": mutation.entity_id,
        "base_version": mutation.base_version,
        "data": mutation.data,
    }
    return hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()


def _repeat(stored: Row[Any], user_id: str, digest: str) -> dict[str, Any]:
    if stored.user_id != user_id or stored.payload_hash != digest:
        return Rejected(
            "this mutation ID was already used for a different change", "id_reuse"
        ).result()
    result = dict(stored.result)
    if result.get("status") != "rejected":
        result["status"] = "duplicate"
    return result


def apply_mutation(
    connection: Connection,
    user: Sender,
    mutation: Mutation,
    now: datetime,
    settings: ServerSettings,
) -> dict[str, Any]:
    """Apply one mutation in its own transaction on ``connection`` and return its wire result.

    Whatever goes wrong with this one mutation — invalid data, a value the database cannot
    hold, a bug in a handler — makes it ``rejected`` with a code, stored so that a resend
    gets the same answer; only a failure of the database itself (connection, lock, a
    serialisation conflict) is a ``TransientFailure`` that stops the batch before it.
    """
    mutation_id = mutation.mutation_id.lower()
    try:
        digest = payload_hash(mutation)
    except (TypeError, ValueError, RecursionError):  # not even hashable: nothing to store
        result = Rejected("the change cannot be read", "invalid_data").result()
        return {"mutation_id": mutation.mutation_id, **result}
    for _attempt in range(3):
        try:
            try:
                with connection.begin():
                    stored = _stored(connection, mutation_id)
                    if stored is not None:
                        return {
                            "mutation_id": mutation.mutation_id,
                            **_repeat(stored, user.id, digest),
                        }
                    result = HANDLERS[mutation.type](connection, user, mutation, now, settings)
                    _store(connection, mutation_id, user.id, digest, result, now)
            except IntegrityError:
                with connection.begin():
                    raced = _stored(connection, mutation_id) is not None
                if raced:
                    # the same mutation committed meanwhile (a concurrent resend): a repeat
                    log.info("mutation %s raced with a copy of itself", mutation_id)
                    continue
                raise Rejected("the change contradicts data on the server", "unstorable") from None
            except (OperationalError, InterfaceError, TimeoutError) as exc:
                raise TransientFailure(str(getattr(exc, "orig", exc))) from exc
            except DBAPIError as exc:  # a value the database refuses (DataError and kin)
                raise Rejected(
                    "the change holds a value the server cannot store", "unstorable"
                ) from exc
            except (Rejected, TransientFailure):
                raise
            except Exception as exc:
                log.exception("mutation %s could not be applied", mutation_id)
                raise Rejected(
                    f"the server could not apply this change ({type(exc).__name__})",
                    "unprocessable",
                ) from exc
        except Rejected as exc:
            # the effect rolled back with the transaction; the answer is kept
            result = exc.result()
            with connection.begin():
                _store(connection, mutation_id, user.id, digest, result, now)
                if mutation.type == MutationType.CALL_OUTCOME_RECORD and exc.code in IMPLAUSIBLE:
                    keep_refusal(connection, mutation_id, user.id, mutation, exc, now)
        return {"mutation_id": mutation.mutation_id, **result}
    raise TransientFailure("the mutation kept conflicting with concurrent writes")


_SELECT_STORED = select(ProcessedMutationRow).where(
    ProcessedMutationRow.mutation_id == bindparam("mutation_id")
)
_INSERT_STORED = insert(ProcessedMutationRow)


def _stored(connection: Connection, mutation_id: str) -> Row[Any] | None:
    return connection.execute(_SELECT_STORED, {"mutation_id": mutation_id}).first()


def _store(
    connection: Connection,
    mutation_id: str,
    user_id: str,
    digest: str,
    result: dict[str, Any],
    now: datetime,
) -> None:
    """Record the mutation with its result; a concurrent copy stored first → IntegrityError."""
    connection.execute(_INSERT_STORED, {
        "mutation_id": mutation_id, "user_id": user_id, "payload_hash": digest,
        "result": result, "processed_at": now,
    })  # fmt: skip


def apply_batch(
    engine: Engine,
    user: Sender,
    mutations: list[Mutation],
    now: Callable[[], datetime],
    settings: ServerSettings,
) -> list[dict[str, Any]]:
    """Apply mutations in order, each in its own transaction on one connection; stop at the
    first transient failure (never skip past one)."""
    results: list[dict[str, Any]] = []
    try:
        connection = engine.connect()
    except DBAPIError as exc:
        log.warning("push could not reach the database: %s", exc.orig)
        return results
    with connection:
        for mutation in mutations:
            try:
                results.append(apply_mutation(connection, user, mutation, now(), settings))
            except TransientFailure as exc:
                log.warning("push stopped at mutation %s: %s", mutation.mutation_id, exc)
                break
    return results
