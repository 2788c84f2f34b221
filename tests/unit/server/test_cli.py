# SPDX-License-Identifier: MIT
"""The admin command line on a real SQLite database (and PostgreSQL where reachable)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from server.cli import main
from server.db import create_server_engine
from server.models import ChangeLogRow, InterestTagRow, LeadRow, ScriptVersionRow, UserRow


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    monkeypatch.setenv("SALESDESK_DATABASE_URL", url)
    assert main(["migrate"]) == 0
    return url


def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str, stdin: str = ""
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def query(url: str, statement: object) -> list[object]:
    engine = create_server_engine(url)
    try:
        with engine.connect() as connection:
            return list(connection.execute(statement))  # type: ignore[call-overload]
    finally:
        engine.dispose()


def add_users(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("anna", "bob"):
        code, _, _ = run(
            monkeypatch, capsys, "users", "add", name, "--password-stdin", stdin="s3cret-enough\n"
        )
        assert code == 0


def test_users(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_users(monkeypatch, capsys)
    code, _, err = run(
        monkeypatch, capsys, "users", "add", "anna", "--password-stdin", stdin="x12345-long\n"
    )
    assert code == 1 and "taken" in err
    code, _, err = run(
        monkeypatch, capsys, "users", "add", "bad name!", "--password-stdin", stdin="x12345-long\n"
    )
    assert code == 1 and "username" in err
    code, _, err = run(monkeypatch, capsys, "users", "add", "carl", "--password-stdin", stdin="\n")
    assert code == 1 and "empty password" in err
    for weak, why in (("demo\n", "at least 10"), ("password123\n", "most common"),
                      ("carl.smith\n", "username")):  # fmt: skip
        add = ("users", "add", "carl.smith", "--password-stdin")
        code, _, err = run(monkeypatch, capsys, *add, stdin=weak)
        assert code == 1 and why in err, err
    assert run(monkeypatch, capsys, "users", "disable", "bob")[0] == 0
    code, out, _ = run(monkeypatch, capsys, "users", "list")
    assert "anna" in out and "bob" in out and "disabled" in out
    assert (
        run(
            monkeypatch,
            capsys,
            "users",
            "reset-password",
            "anna",
            "--password-stdin",
            stdin="another-one-1\n",
        )[0]
        == 0
    )
    code, _, err = run(monkeypatch, capsys, "users", "disable", "ghost")
    assert code == 1 and "no user" in err
    hashes = query(db, select(UserRow.password_hash))
    assert all(str(h[0]).startswith("$argon2") for h in hashes)  # type: ignore[index]


CSV = """Name;Surname;Company;Mobile;E-mail;Source;Interest;Event
Anna;Müller;Nordwind GmbH;+49 151 23456789;anna@nordwind.de;exhibition;wants a demo;Expo 26
Bob;Stone;Stone & Sons;;bob@stone.io;website form;pricing;
NoContact;Person;Ghost Ltd;;;referral;;
Bad;Phone;X;12;;referral;;
Bad;Email;X;;not-an-email;referral;;
Anna;M.;Nordwind;+49 (151) 2345-6789;anna.private@example.com;exhibition;second card;Expo 26
Weird;Source;X;;w@example.com;pigeon post;;
Carl;Known;Acme;;known@acme.io;referral;;
"""


def test_import_reports_and_merges(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_users(monkeypatch, capsys)
    first = tmp_path / "first.csv"
    first.write_text("email,first name\nknown@acme.io,Carl\n", encoding="utf-8")
    assert run(monkeypatch, capsys, "leads", "import", str(first))[0] == 0
    source = tmp_path / "expo.csv"
    source.write_text(CSV, encoding="utf-8")
    report = tmp_path / "rejected.csv"
    code, out, _ = run(
        monkeypatch,
        capsys,
        "leads",
        "import",
        str(source),
        "--round-robin",
        "--map",
        "Interest=need",
        "--map",
        "Mobile=phones",
        "--report",
        str(report),
    )
    assert code == 3, out  # some rows refused
    assert "2 created, 1 matched an existing lead, 1 possible duplicates, 4 refused" in out
    assert "line 4: refused: a lead needs a phone or an email" in out
    assert "line 5: refused" in out and "line 6: refused" in out and "line 8: refused" in out
    assert "refused by reason: no contact 1, phone 1, email 1, source 1" in out
    rejected = report.read_text(encoding="utf-8")
    assert "pigeon" in rejected and rejected.startswith("line,reason,Name,Surname,")
    rows = query(db, select(LeadRow).order_by(LeadRow.created_at))
    leads = {r.first_name + " " + r.last_name: r for r in rows}  # type: ignore[attr-defined]
    assert set(leads) == {"Anna Müller", "Anna M.", "Bob Stone", "Carl Known"}
    anna = leads["Anna Müller"]
    assert anna.phones == ["+4915123456789"] and anna.emails == ["anna@nordwind.de"]
    assert anna.need == "wants a demo" and anna.source == "exhibition"
    # the same phone under another name: a lead of its own, marked for review
    assert (leads["Anna M."].review_state, leads["Anna M."].duplicate_of) == ("duplicate", anna.id)
    assert leads["Bob Stone"].source == "website_form"
    assert leads["Carl Known"].company == "Acme"  # the known lead got its blanks filled in
    assert anna.assignee_id != leads["Bob Stone"].assignee_id  # round robin
    assert leads["Carl Known"].assignee_id is None


def test_import_refuses_files_it_cannot_use(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = {
        "no-contact.csv": ("name,company\nAnna,Acme\n", "no phone or email column"),
        "empty.csv": ("", "is empty"),
    }
    for name, (text, message) in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        code, _, err = run(monkeypatch, capsys, "leads", "import", str(path))
        assert code == 1 and message in err, (name, err)
    code, _, err = run(monkeypatch, capsys, "leads", "import", str(tmp_path / "nope.csv"))
    assert code == 1 and "cannot read" in err
    contacts = tmp_path / "contacts.csv"
    contacts.write_text("email,name\nx@y.example,X\n", encoding="utf-8")
    for args, message in [
        (("--map", "x=salary"), "unknown field 'salary'"),
        (("--map", "Mobil=phones"), "no column 'Mobil' in the file; its columns: 'email', 'name'"),
        (("--region", "Russia"), "'Russia' is not a region code"),
        (("--region", "XX"), "'XX' is not a region code"),
        (("--value", "source:Web=internet"), "'internet' is not a source"),
        (("--profile", "sugar"), "unknown profile 'sugar'"),
        (("--encoding", "klingon"), "unknown encoding"),
        (("--delimiter", "ab"), "a delimiter is one character"),
    ]:
        code, _, err = run(monkeypatch, capsys, "leads", "import", str(contacts), *args)
        assert code == 1 and message in err, (args, err)
    assert query(db, select(func.count()).select_from(LeadRow)) == [(0,)]


def test_import_exit_codes_and_the_dry_run(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found: exit code 0 when every row was refused."""
    refused = tmp_path / "refused.csv"
    refused.write_text("email\nnot-an-email\nalso not\n", encoding="utf-8")
    code, out, _ = run(monkeypatch, capsys, "leads", "import", str(refused))
    assert code == 4 and "0 created" in out and "2 refused" in out
    fine = tmp_path / "fine.csv"
    fine.write_text("Email,Phone,Country\na@x.example,020 7234 5678,UK\n", encoding="utf-8")
    code, out, _ = run(monkeypatch, capsys, "leads", "import", str(fine), "--dry-run")
    assert code == 0
    assert "line 2: created · +44 20 7234 5678 (national numbers read in United Kingdom (GB)" in out
    assert "dry run, nothing written: 1 created" in out
    assert query(db, select(func.count()).select_from(LeadRow)) == [(0,)]
    code, out, _ = run(monkeypatch, capsys, "leads", "import", str(fine))
    assert code == 0 and "1 created" in out
    batch = out.split("batch ")[1].split()[0]
    code, out, _ = run(monkeypatch, capsys, "leads", "imports")
    assert batch in out and "fine.csv" in out and "created 1" in out and "1 leads now" in out
    code, out, _ = run(monkeypatch, capsys, "leads", "import", "--undo", batch)
    assert code == 0 and "removed 1 lead of batch" in out
    assert query(db, select(func.count()).select_from(LeadRow)) == [(0,)]


def test_assign_and_reassign(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    add_users(monkeypatch, capsys)
    source = tmp_path / "leads.csv"
    source.write_text(
        "email,source,event\n"
        + "".join(f"l{i}@x.io,referral,\n" for i in range(5))
        + "e@x.io,exhibition,Expo\n",
        encoding="utf-8",
    )
    run(monkeypatch, capsys, "leads", "import", str(source))
    code, out, _ = run(
        monkeypatch, capsys, "leads", "assign", "--to", "anna", "--source", "exhibition"
    )
    assert code == 0 and "assigned 1" in out
    code, out, _ = run(monkeypatch, capsys, "leads", "assign", "--round-robin")
    assert "assigned 5" in out
    code, out, _ = run(monkeypatch, capsys, "leads", "reassign", "anna", "bob")
    assert code == 0 and "moved 4" in out  # 1 exhibition + 3 of 5 round robin
    owners = {r[0] for r in query(db, select(LeadRow.assignee_id))}  # type: ignore[index]
    assert len(owners) == 1
    removes = query(
        db, select(func.count()).select_from(ChangeLogRow).where(ChangeLogRow.op == "remove")
    )
    assert removes == [(4,)]


def test_scripts_and_catalogs(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from importlib import resources

    script = resources.files("server.content").joinpath("script.en.yaml").read_text("utf-8")
    path = tmp_path / "script.yaml"
    path.write_text(script, encoding="utf-8")
    code, out, _ = run(monkeypatch, capsys, "scripts", "publish", str(path))
    assert code == 0 and "version 2" in out  # migrate published version 1
    bad = {
        "typo.yaml": (script.replace("{lead.first_name}", "{lead.frist_name}"), "frist_name"),
        "broken.yaml": ("id: [unclosed", "not valid YAML"),
        "list.yaml": ("- a\n- b\n", "must be a mapping"),
        "partial.yaml": (script.split("objections:")[0] + "objections: []\n", "no objection"),
        "dupe.yaml": (script.replace("id: q-budget", "id: q-need"), "more than once"),
    }
    for name, (text, message) in bad.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        code, _, err = run(monkeypatch, capsys, "scripts", "publish", str(tmp_path / name))
        assert code == 1 and message in err, (name, err)
    versions = query(
        db, select(ScriptVersionRow.version).where(ScriptVersionRow.script_id == "b2b-discovery")
    )
    assert sorted(v[0] for v in versions) == [1, 2]  # type: ignore[index]
    assert (
        run(
            monkeypatch,
            capsys,
            "catalog",
            "add-loss-reason",
            "too_slow",
            "Delivery too slow",
            "--requires-comment",
        )[0]
        == 0
    )
    assert run(monkeypatch, capsys, "catalog", "retire-loss-reason", "unprofitable")[0] == 0
    assert run(monkeypatch, capsys, "catalog", "label-category", "price", "Money")[0] == 0
    code, out, _ = run(monkeypatch, capsys, "catalog", "list")
    assert "Delivery too slow [comment required]" in out and "[retired]" in out
    assert "Money" in out
    code, _, err = run(monkeypatch, capsys, "catalog", "label-category", "weather", "Rain")
    assert code == 1 and "no objection category" in err
    # labels per language: the English label changes without losing the Russian one
    assert run(monkeypatch, capsys, "catalog", "label-category", "price", "Деньги",
               "--language", "ru")[0] == 0  # fmt: skip
    assert run(monkeypatch, capsys, "catalog", "label-loss-reason", "too_slow",
               "Слишком долгая доставка", "--language", "ru")[0] == 0  # fmt: skip
    assert (
        run(monkeypatch, capsys, "catalog", "add-loss-reason", "too_slow", "Slow delivery")[0] == 0
    )
    code, out, _ = run(monkeypatch, capsys, "catalog", "list")
    assert "Slow delivery  [ru: Слишком долгая доставка]" in out
    assert "Money  [ru: Деньги]" in out
    assert "[ru: Дорого / нашли дешевле]" in out  # the shipped catalog has Russian labels
    for bad_args, message in [
        (("label-loss-reason", "too_slow", "Медленно", "--language", "Russian"), "language tag"),
        (("label-loss-reason", "no_such", "Нет", "--language", "ru"), "no loss reason"),
        (("label-category", "price", "   ", "--language", "ru"), "1–200 characters"),
    ]:
        code, _, err = run(monkeypatch, capsys, "catalog", *bad_args)
        assert code == 1 and message in err, (bad_args, err)


def test_interest_tags_per_event(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def catalog(*args: str) -> tuple[int, str, str]:
        return run(monkeypatch, capsys, "catalog", *args)

    assert catalog("add-interest", "pos", "POS terminals", "--events",
                   "RetailTech Expo 2026, CeBIT Summit 2026")[0] == 0  # fmt: skip
    assert catalog("add-interest", "crm", "CRM integration")[0] == 0
    assert catalog("label-interest", "pos", "POS-терминалы", "--language", "ru")[0] == 0
    assert catalog("add-interest", "pos", "Point of sale")[0] == 0  # relabelled, events kept
    assert catalog("retire-interest", "crm")[0] == 0
    code, out, _ = catalog("list")
    assert code == 0
    assert (
        "pos                      Point of sale [at: RetailTech Expo 2026, CeBIT Summit 2026]"
        "  [ru: POS-терминалы]" in out
    )
    assert "crm                      CRM integration [every event] [retired]" in out
    rows = query(db, select(InterestTagRow.id, InterestTagRow.version, InterestTagRow.position))
    assert sorted(tuple(r) for r in rows) == [("crm", 2, 1), ("pos", 3, 0)]  # type: ignore[misc]
    for bad_args, message in [
        (("add-interest", "", "Nameless"), "invalid interest tag"),
        (("add-interest", "x" * 65, "Too long an ID"), "invalid interest tag"),
        (("add-interest", "blank", "   "), "1–200 characters"),
        (("retire-interest", "no_such"), "no interest tag"),
        (("label-interest", "no_such", "Нет", "--language", "ru"), "no interest tag"),
        (("label-interest", "pos", "Kasse", "--language", "German"), "language tag"),
    ]:
        code, _, err = catalog(*bad_args)
        assert code == 1 and message in err, (bad_args, err)


def test_demo_data_is_reproducible(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    snapshots = []
    for name in ("one", "two"):
        url = f"sqlite:///{tmp_path / name}.sqlite3"
        code, out, _ = run(
            monkeypatch, capsys, "--database", url, "demo-data", "--managers", "2", "--leads", "120"
        )
        assert code == 0
        assert "manager1" in out and "password: salesdesk-demo" in out
        rows = query(
            url,
            select(LeadRow.first_name, LeadRow.phones, LeadRow.source, LeadRow.event_name).order_by(
                LeadRow.first_name, LeadRow.created_at
            ),
        )
        snapshots.append(rows)
        users = query(url, select(UserRow.username).order_by(UserRow.username))
        assert [u[0] for u in users] == ["admin", "manager1", "manager2", "teamlead1"]  # type: ignore[index]
    assert snapshots[0] == snapshots[1] and len(snapshots[0]) >= 115
    events = {r[3] for r in snapshots[0] if r[2] == "exhibition"}  # type: ignore[index]
    assert events and "" not in events


def test_missing_database_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SALESDESK_DATABASE_URL", raising=False)
    code, _, err = run(monkeypatch, capsys, "users", "list")
    assert code == 2 and "no database" in err


def test_serve_parses_http_in_c() -> None:
    # uvicorn picks httptools by itself when it is installed (a project dependency): a fifth
    # less server CPU per request than its pure-Python h11 fallback, measured
    from uvicorn.config import Config

    async def app(scope: object, receive: object, send: object) -> None:
        return None

    config = Config(app, log_level="warning")
    config.load()
    assert config.http_protocol_class.__name__ == "HttpToolsProtocol"


def test_problems_lists_what_workstations_could_not_read(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import UTC, datetime

    from salesdesk.protocol.models import ClientProblem
    from server.services.devices import record_problems

    assert "no workstation reported" in run(monkeypatch, capsys, "problems")[1]
    assert run(monkeypatch, capsys, "users", "add", "anna", "--password-stdin",
               stdin="a long enough password\n")[0] == 0  # fmt: skip
    [user_id] = [row[0] for row in query(db, select(UserRow.id))]  # type: ignore[index]
    engine = create_server_engine(db)
    reason = "company: String should have at most 200 characters"
    problem = ClientProblem(entity="lead", entity_id="L1", version=3, reason=reason)
    record_problems(engine, "laptop-a", user_id, [problem], datetime.now(UTC))
    record_problems(engine, "laptop-a", user_id, [problem], datetime.now(UTC))  # once per change
    engine.dispose()
    code, out, _ = run(monkeypatch, capsys, "problems")
    assert code == 0
    [row] = [line for line in out.splitlines() if "laptop-a" in line]
    assert "anna" in row and "L1" in row and "at most 200 characters" in row


def test_devices_list_and_wipe(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import timedelta

    from salesdesk.domain.clock import utc_now
    from server.services.devices import record_contact
    from server.services.users import get_user

    add_users(monkeypatch, capsys)
    code, out, _ = run(monkeypatch, capsys, "devices", "list")
    assert code == 0 and "no workstation has synced yet" in out
    engine = create_server_engine(db)
    with engine.connect() as connection:
        anna = get_user(connection, "anna").id
    record_contact(engine, "laptop-7f3a", anna, utc_now(), timedelta(0))
    engine.dispose()
    code, out, _ = run(monkeypatch, capsys, "devices", "list")
    assert code == 0 and "laptop-7f3a" in out and "anna" in out and "in use" in out
    code, _, err = run(monkeypatch, capsys, "devices", "wipe", "no-such-laptop")
    assert code == 1 and "no device 'no-such-laptop'" in err
    code, out, _ = run(monkeypatch, capsys, "devices", "wipe", "laptop-7f3a")
    assert code == 0 and "marked lost" in out and "reset-password" in out
    code, out, _ = run(monkeypatch, capsys, "devices", "list")
    assert "to be wiped" in out
