# SPDX-License-Identifier: MIT
"""Remote wipe: an admin marks a lost laptop; at its next contact it pushes what it has, gets
no more leads, erases its database and keyring entries and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from desktop.services.local_store import key_entry, open_profile_store
from desktop.sync.credentials import MemoryKeyring
from server.models import DeviceRow
from tests.e2e.sync.conftest import SyncWorld
from tests.e2e.sync.helpers import record
from tests.e2e.sync.test_cli_sync import cli
from tests.unit.server.conftest import PASSWORD


def admin_headers(world: SyncWorld) -> dict[str, str]:
    world.add_user("boss", role="admin")
    token = requests.post(
        f"{world.url}/api/v1/auth/token",
        json={"username": "boss", "password": PASSWORD},
        timeout=10,
    ).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_a_lost_laptop_sends_its_work_then_erases_itself(
    world: SyncWorld,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    profile_home: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    leads = world.add_leads(2, "anna")
    login = ("login", "--server", world.url, "--username", "anna", "--password-stdin")
    assert cli(monkeypatch, capsys, *login, stdin=PASSWORD + "\n")[0] == 0
    assert cli(monkeypatch, capsys, "sync")[0] == 0
    database = profile_home / "salesdesk.sqlite3"
    store = open_profile_store(database)
    outcome = record(store, leads[0])  # at the stand, offline
    store.close()
    admin = admin_headers(world)
    devices = requests.get(f"{world.url}/api/v1/admin/devices", headers=admin, timeout=10).json()
    [laptop] = [d for d in devices if d["username"] == "anna"]
    assert laptop["wipe_requested_at"] is None
    wiped = requests.post(
        f"{world.url}/api/v1/admin/devices/{laptop['client_id']}/wipe", headers=admin, timeout=10
    )
    assert wiped.status_code == 204
    more = world.add_leads(3, "anna")  # assigned after it was lost: never sent to it
    code, _, err = cli(monkeypatch, capsys, "sync")
    assert code == 3 and "marked this computer lost" in err
    assert world.server_outcomes() == {outcome: 1}  # its work reached the server first
    assert not any(p.name.startswith("salesdesk.sqlite3") for p in profile_home.iterdir())
    assert ("salesdesk", key_entry(database)) not in memory_keyring.secrets
    assert ("salesdesk", f"{world.url}|anna") not in memory_keyring.secrets
    with world.engine.connect() as connection:
        told = connection.scalar(
            select(DeviceRow.wipe_told_at).where(DeviceRow.client_id == laptop["client_id"])
        )
    assert told is not None
    # whoever holds a copy of its token gets nothing more on that device's name
    anna = requests.post(
        f"{world.url}/api/v1/auth/token",
        json={"username": "anna", "password": PASSWORD},
        timeout=10,
    ).json()["access_token"]
    page = requests.get(
        f"{world.url}/api/v1/sync/pull",
        headers={"Authorization": f"Bearer {anna}", "X-Salesdesk-Client": laptop["client_id"]},
        timeout=10,
    ).json()
    assert page["wipe"] is True and page["changes"] == []
    assert all(lead not in str(page) for lead in more)


def test_only_admins_wipe_and_only_known_devices(world: SyncWorld) -> None:
    world.sync()
    admin = admin_headers(world)
    manager_token = requests.post(
        f"{world.url}/api/v1/auth/token",
        json={"username": "anna", "password": PASSWORD},
        timeout=10,
    ).json()["access_token"]
    manager = {"Authorization": f"Bearer {manager_token}"}
    assert (
        requests.get(f"{world.url}/api/v1/admin/devices", headers=manager, timeout=10).status_code
        == 403
    )
    [device] = requests.get(f"{world.url}/api/v1/admin/devices", headers=admin, timeout=10).json()
    url = f"{world.url}/api/v1/admin/devices/{device['client_id']}/wipe"
    assert requests.post(url, headers=manager, timeout=10).status_code == 403
    unknown = f"{world.url}/api/v1/admin/devices/no-such-device/wipe"
    assert requests.post(unknown, headers=admin, timeout=10).status_code == 404
    assert world.sync().pulled >= 0  # still in use: syncs as ever
