# SPDX-License-Identifier: MIT
"""Catalogs per language: the pull carries each entry's labels; migration 0005 gives a server
seeded before catalogs had languages the shipped Russian labels (only where the English label
is still ours) and tells every workstation."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from salesdesk.protocol.models import LossReasonData, ObjectionCategoryData
from server.db import create_server_engine, migrate
from server.models import ChangeLogRow, LossReasonRow, ObjectionCategoryRow
from tests.conftest import NOW
from tests.unit.server.conftest import ServerEnv


def test_the_pull_carries_labels_per_language(env: ServerEnv) -> None:
    env.add_user("anna")
    changes, _ = env.pull_all(env.login("anna"))
    reasons = {
        c["id"]: LossReasonData.model_validate(c["data"])
        for c in changes
        if c["entity"] == "loss_reason"
    }
    categories = {
        c["id"]: ObjectionCategoryData.model_validate(c["data"])
        for c in changes
        if c["entity"] == "objection_category"
    }
    assert reasons["price_high"].label == "Price too high / found cheaper"
    assert reasons["price_high"].labels == {"ru": "Дорого / нашли дешевле"}
    assert all(r.labels.get("ru") for r in reasons.values())  # the default ships en + ru
    assert categories["timing_budget"].labels == {"ru": "Сроки и бюджет"}


def test_migration_0005_translates_only_what_is_still_ours(tmp_path: Path) -> None:
    engine = create_server_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    migrate(engine, "0004")
    with engine.begin() as connection:  # rows as a 0004 server holds them (no labels column)
        connection.execute(
            text("INSERT INTO users (id, username, name, role, password_hash, time_zone, "
                 "disabled, created_at) VALUES ('u1', 'anna', 'Anna', 'manager', 'x', 'UTC', "
                 "false, :now)"), {"now": NOW.isoformat()})  # fmt: skip
        connection.execute(
            text("INSERT INTO feed_heads (user_id, last_seq, horizon) VALUES ('u1', 5, 0)")
        )
        for reason_id, label in [
            ("price_high", "Price too high / found cheaper"),
            ("other", "Something else"),  # relabelled by the team
            ("too_slow", "Delivery too slow"),  # the team's own
        ]:
            connection.execute(
                text("INSERT INTO loss_reasons (id, label, requires_comment, active, position, "
                     "version) VALUES (:id, :label, false, true, 0, 3)"),
                {"id": reason_id, "label": label})  # fmt: skip
        connection.execute(
            text("INSERT INTO objection_categories (id, label, position, version) "
                 "VALUES ('price', 'Price', 0, 1)"))  # fmt: skip
    migrate(engine)
    with engine.connect() as connection:
        labels = dict(connection.execute(select(LossReasonRow.id, LossReasonRow.labels)).all())
        category = connection.execute(select(ObjectionCategoryRow.labels)).scalar_one()
        announced = set(
            connection.execute(select(ChangeLogRow.entity, ChangeLogRow.entity_id)).all()
        )
    assert labels == {"price_high": {"ru": "Дорого / нашли дешевле"}, "other": {}, "too_slow": {}}
    assert category == {"ru": "Цена"}
    assert announced == {("loss_reason", "price_high"), ("objection_category", "price")}
    engine.dispose()
