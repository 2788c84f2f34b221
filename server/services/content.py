# SPDX-License-Identifier: MIT
"""Scripts and catalogs: publishing, the default content, and the admin catalog edits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection

from salesdesk.domain.catalog import DEFAULT_LANGUAGE
from salesdesk.domain.script import CallScript
from salesdesk.domain.vocabulary import ObjectionCategory as Category
from salesdesk.protocol.convert import script_from_wire
from salesdesk.protocol.models import InterestTagData, LossReasonData, ScriptData
from salesdesk.protocol.script_check import script_problems
from server.feed import FeedChange, all_user_ids, record
from server.models import InterestTagRow, LossReasonRow, ObjectionCategoryRow, ScriptVersionRow

DEFAULT_SCRIPTS = ("script.en.yaml", "script.ru.yaml")
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


class ContentError(ValueError):
    """A script or catalog file that cannot be published, with the reason (``problems``:
    each problem found, when there are several)."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or [message]


def read_yaml(path: Path) -> Any:
    """Parse a YAML file; ContentError with the position for a syntax error."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ContentError(f"cannot read {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ContentError(f"{path} is not valid YAML: {exc}") from exc


def _default(name: str) -> Any:
    return yaml.safe_load(resources.files("server.content").joinpath(name).read_text("utf-8"))


def _notify_all(connection: Connection, entity: str, entity_id: str, now: datetime) -> None:
    record(connection, [FeedChange(u, entity, entity_id) for u in all_user_ids(connection)], now)


def validate_script(
    data: Any, version: int, loss_reasons: Iterable[str] | None = None
) -> ScriptData:
    """A script document checked for publication (``script_problems``): ContentError with
    every problem found."""
    script, problems = script_problems(data, version, loss_reasons)
    if script is None or problems:
        raise ContentError("the script cannot be published: " + "; ".join(problems), problems)
    return script


#: each published version as the domain's script, keyed by ID, version and publication time
#: (versions never change once published; the time tells a reseeded database's apart)
_PUBLISHED: dict[tuple[str, int, datetime], CallScript] = {}


def published_script(connection: Connection, script_id: str, version: int) -> CallScript | None:
    """A published script version as the domain's (None when there is no such version)."""
    row = connection.execute(
        select(ScriptVersionRow.published_at, ScriptVersionRow.data).where(
            ScriptVersionRow.script_id == script_id, ScriptVersionRow.version == version
        )
    ).first()
    if row is None:
        return None
    key = (script_id, version, row.published_at)
    if key not in _PUBLISHED:
        _PUBLISHED[key] = script_from_wire(ScriptData.model_validate(row.data))
    return _PUBLISHED[key]


def check_script(connection: Connection, data: Any) -> ScriptData:
    """A script document checked as ``publish_script`` would (ContentError with every problem
    found), as the version it would be published as."""
    script_id = data.get("id") if isinstance(data, dict) else None
    latest = connection.scalar(
        select(func.max(ScriptVersionRow.version)).where(ScriptVersionRow.script_id == script_id)
    )
    reasons = connection.scalars(select(LossReasonRow.id)).all()
    return validate_script(data, int(latest or 0) + 1, reasons)


def latest_script(connection: Connection, script_id: str) -> dict[str, Any] | None:
    """The latest published version of a script, as published (None: no such script)."""
    data = connection.scalar(
        select(ScriptVersionRow.data)
        .where(ScriptVersionRow.script_id == script_id)
        .order_by(ScriptVersionRow.version.desc())
        .limit(1)
    )
    return dict(data) if data is not None else None


def publish_script(connection: Connection, data: Any, now: datetime) -> tuple[str, int]:
    """Publish a script as a new version (old versions are kept); return (id, version)."""
    script = check_script(connection, data)
    version = script.version
    connection.execute(insert(ScriptVersionRow), {
        "script_id": script.id, "version": version, "name": script.name,
        "language": script.language, "data": script.model_dump(mode="json"),
        "published_at": now,
    })  # fmt: skip
    _notify_all(connection, "script", script.id, now)
    return script.id, version


def upsert_loss_reason(connection: Connection, entry: dict[str, Any], now: datetime) -> None:
    """Add a loss reason or change its label, comment rule, order or activity."""
    try:
        reason = LossReasonData.model_validate(entry)
    except PydanticValidationError as exc:
        raise ContentError(f"invalid loss reason: {exc.errors()[0]['msg']}") from exc
    current = connection.execute(select(LossReasonRow).where(LossReasonRow.id == reason.id)).first()
    values = reason.model_dump()
    if current is not None and "labels" not in entry:
        del values["labels"]  # changing the English label keeps the other languages
    if current is None:
        connection.execute(insert(LossReasonRow), {**values, "version": 1})
    else:
        connection.execute(
            update(LossReasonRow)
            .where(LossReasonRow.id == reason.id)
            .values(**values, version=current.version + 1)
        )
    _notify_all(connection, "loss_reason", reason.id, now)


def set_loss_reason_active(
    connection: Connection, reason_id: str, active: bool, now: datetime
) -> None:
    """Retire (or bring back) a loss reason; outcomes that used it keep it."""
    _set_entry(connection, LossReasonRow, "loss_reason", reason_id, {"active": active}, now)


def upsert_interest_tag(connection: Connection, entry: dict[str, Any], now: datetime) -> None:
    """Add an interest tag or change its label or events (its other languages stay)."""
    try:
        tag = InterestTagData.model_validate(entry)
    except PydanticValidationError as exc:
        raise ContentError(f"invalid interest tag: {exc.errors()[0]['msg']}") from exc
    _checked_label(tag.label, DEFAULT_LANGUAGE)
    current = connection.execute(select(InterestTagRow).where(InterestTagRow.id == tag.id)).first()
    values = tag.model_dump()
    values["events"] = list(dict.fromkeys(e.strip() for e in tag.events if e.strip()))
    if current is None:
        position = connection.scalar(select(func.count()).select_from(InterestTagRow))
        values["position"] = int(position or 0) if "position" not in entry else tag.position
        connection.execute(insert(InterestTagRow), {**values, "version": 1})
        _notify_all(connection, "interest_tag", tag.id, now)
        return
    for kept in ("labels", "position", "active", "events"):
        if kept not in entry:
            del values[kept]
    _set_entry(connection, InterestTagRow, "interest_tag", tag.id, values, now)


def set_interest_active(connection: Connection, tag_id: str, active: bool, now: datetime) -> None:
    """Retire (or bring back) an interest tag; leads that have it keep it."""
    _set_entry(connection, InterestTagRow, "interest_tag", tag_id, {"active": active}, now)


def _set_entry(
    connection: Connection,
    table: type[LossReasonRow] | type[InterestTagRow],
    entity: str,
    entry_id: str,
    values: dict[str, Any],
    now: datetime,
) -> None:
    """Change a catalog entry (its version goes up; every workstation hears of it)."""
    current = connection.execute(select(table).where(table.id == entry_id)).first()
    if current is None:
        raise ContentError(f"no {entity.replace('_', ' ')} {entry_id!r}")
    connection.execute(
        update(table).where(table.id == entry_id).values(**values, version=current.version + 1)
    )
    _notify_all(connection, entity, entry_id, now)


def set_category_label(
    connection: Connection, category: str, label: str, now: datetime, language: str = "en"
) -> None:
    """Set the display label of an objection category in ``language`` (English: ``label``)."""
    try:
        Category(category)
    except ValueError as exc:
        raise ContentError(f"no objection category {category!r}") from exc
    label = _checked_label(label, language)
    current = connection.execute(
        select(ObjectionCategoryRow).where(ObjectionCategoryRow.id == category)
    ).first()
    if current is None:
        if language != DEFAULT_LANGUAGE:
            raise ContentError(f"category {category!r} needs its English label first")
        position = list(Category).index(Category(category))
        connection.execute(
            insert(ObjectionCategoryRow),
            {"id": category, "label": label, "position": position, "version": 1, "labels": {}},
        )
    else:
        connection.execute(
            update(ObjectionCategoryRow)
            .where(ObjectionCategoryRow.id == category)
            .values(**_relabelled(current, label, language), version=current.version + 1)
        )
    _notify_all(connection, "objection_category", category, now)


def set_loss_reason_label(
    connection: Connection, reason_id: str, label: str, language: str, now: datetime
) -> None:
    """Set a loss reason's label in ``language`` (English: its ``label``)."""
    _set_label(connection, LossReasonRow, "loss_reason", reason_id, label, language, now)


def set_interest_label(
    connection: Connection, tag_id: str, label: str, language: str, now: datetime
) -> None:
    """Set an interest tag's label in ``language`` (English: its ``label``)."""
    _set_label(connection, InterestTagRow, "interest_tag", tag_id, label, language, now)


def _set_label(
    connection: Connection,
    table: type[LossReasonRow] | type[InterestTagRow],
    entity: str,
    entry_id: str,
    label: str,
    language: str,
    now: datetime,
) -> None:
    label = _checked_label(label, language)
    current = connection.execute(select(table).where(table.id == entry_id)).first()
    if current is None:
        raise ContentError(f"no {entity.replace('_', ' ')} {entry_id!r}")
    _set_entry(connection, table, entity, entry_id, _relabelled(current, label, language), now)


def _checked_label(label: str, language: str) -> str:
    label = label.strip()
    if not label or len(label) > 200:
        raise ContentError("a label is 1–200 characters")
    if not LANGUAGE_TAG.fullmatch(language):
        raise ContentError(f"{language!r} is not a language tag (en, ru, pt-BR)")
    return label


def _relabelled(current: Any, label: str, language: str) -> dict[str, Any]:
    if language == DEFAULT_LANGUAGE:
        return {"label": label}
    return {"labels": {**(current.labels or {}), language: label}}


def default_catalog_labels() -> dict[str, dict[str, tuple[str, dict[str, str]]]]:
    """The shipped catalogs' labels: table → id → (English label, other languages)."""
    catalogs = _default("catalogs.yaml")
    return {
        "loss_reasons": {
            e["id"]: (e["label"], e.get("labels", {})) for e in catalogs["loss_reasons"]
        },
        "objection_categories": {
            c: (e["label"], e.get("labels", {}))
            for c, e in catalogs["objection_categories"].items()
        },
    }


def seed_default_content(connection: Connection, now: datetime) -> list[str]:
    """Load the default catalogs and scripts into an empty database; say what was loaded."""
    loaded: list[str] = []
    if connection.scalar(select(func.count()).select_from(LossReasonRow)) == 0:
        catalogs = _default("catalogs.yaml")
        for position, entry in enumerate(catalogs["loss_reasons"]):
            upsert_loss_reason(connection, {**entry, "position": position}, now)
        for category, entry in catalogs["objection_categories"].items():
            set_category_label(connection, category, entry["label"], now)
            for language, label in entry.get("labels", {}).items():
                set_category_label(connection, category, label, now, language)
        loaded.append("catalogs")
    if connection.scalar(select(func.count()).select_from(ScriptVersionRow)) == 0:
        for name in DEFAULT_SCRIPTS:
            publish_script(connection, _default(name), now)
            loaded.append(name)
    return loaded
