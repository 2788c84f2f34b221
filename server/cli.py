# SPDX-License-Identifier: MIT
"""``salesdesk-server``: run the sync server and administer its database."""

from __future__ import annotations

import argparse
import csv
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from salesdesk.domain.clock import utc_now
from server import __version__
from server.config import ServerSettings
from server.db import refresh_statistics

Handler = Callable[[argparse.Namespace, Engine, ServerSettings], int]


class CliError(Exception):
    """A command that cannot do what was asked; its message is printed, exit code 1."""


def _password(args: argparse.Namespace, prompt: str = "Password: ") -> str:
    if getattr(args, "password_stdin", False):
        value = sys.stdin.readline().rstrip("\r\n")
    else:
        value = getpass.getpass(prompt)
        if value != getpass.getpass("Repeat: "):
            raise CliError("the passwords differ")
    if not value:
        raise CliError("an empty password is not allowed")
    return value


def _cmd_migrate(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.db import migrate
    from server.services.content import seed_default_content

    migrate(engine)
    with engine.begin() as connection:
        loaded = seed_default_content(connection, utc_now())
    print("database is up to date" + (f"; loaded {', '.join(loaded)}" if loaded else ""))
    return 0


KEEP_ALIVE_S = 75


def _cmd_serve(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    import uvicorn

    from server.api import create_app

    _cmd_migrate(args, engine, settings)
    app = create_app(settings, engine)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        ssl_certfile=args.ssl_certfile,
        ssl_keyfile=args.ssl_keyfile,
        # Workstations sync every few seconds to minutes; with uvicorn's 5 s an idle
        # connection is often closed just as a client reuses it (a reset, not an answer).
        timeout_keep_alive=KEEP_ALIVE_S,
    )
    return 0


def _cmd_users_add(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import add_user

    password = _password(args)
    with engine.begin() as connection:
        add_user(
            connection,
            args.name,
            password,
            args.role,
            now=utc_now(),
            name=args.full_name or "",
            time_zone=args.time_zone,
        )
    print(f"added {args.role} {args.name}")
    return 0


def _cmd_users_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import list_users

    with engine.connect() as connection:
        users = list_users(connection)
    print(f"{'username':<20} {'name':<24} {'role':<8} status")
    for user in users:
        status = "disabled" if user.disabled else "active"
        print(f"{user.username:<20} {user.name:<24} {user.role:<8} {status}")
    return 0


def _cmd_users_disable(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import disable_user

    with engine.begin() as connection:
        disable_user(connection, args.name, utc_now())
    print(f"disabled {args.name}; their tokens no longer work")
    return 0


def _cmd_users_reset(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import reset_password

    password = _password(args, "New password: ")
    with engine.begin() as connection:
        reset_password(connection, args.name, password, utc_now())
    print(f"password of {args.name} changed; their tokens were revoked")
    return 0


def _assignees(connection: Any, args: argparse.Namespace) -> list[str]:
    from server.services.leads import manager_ids
    from server.services.users import get_user

    if getattr(args, "assign_to", None):
        return [get_user(connection, args.assign_to).id]
    if getattr(args, "round_robin", False):
        managers = manager_ids(connection)
        if not managers:
            raise CliError("there is no active manager to assign to")
        return managers
    return []


def _cmd_leads_import(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.importer import import_leads, parse_mapping

    mapping = parse_mapping(args.map or [])
    with engine.begin() as connection:
        report = import_leads(
            connection,
            Path(args.file),
            now=utc_now(),
            default_region=args.region or settings.default_region,
            mapping=mapping,
            assignees=_assignees(connection, args),
        )
    print(report.summary())
    for line, reason in report.rejected[:50]:
        print(f"  line {line}: {reason}")
    if len(report.rejected) > 50:
        print(f"  … and {len(report.rejected) - 50} more (see --report)")
    if args.report:
        with open(args.report, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["line", "reason"])
            writer.writerows(report.rejected)
        print(f"rejected rows written to {args.report}")
    return 0


def _cmd_leads_assign(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.importer import unassigned_lead_ids
    from server.services.leads import assign_leads

    with engine.begin() as connection:
        users = _assignees(connection, args)
        if not users:
            raise CliError("say whom to: --to USER or --round-robin")
        ids = unassigned_lead_ids(connection, args.source)
        moved = 0
        for index, user_id in enumerate(users):
            moved += assign_leads(connection, ids[index :: len(users)], user_id, utc_now())
        refresh_statistics(connection)
    print(f"assigned {moved} unassigned lead(s)")
    return 0


def _cmd_leads_reassign(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from sqlalchemy import select

    from server.models import Lead
    from server.services.leads import assign_leads
    from server.services.users import get_user

    with engine.begin() as connection:
        source = get_user(connection, args.from_user)
        target = get_user(connection, args.to_user)
        ids = list(connection.scalars(select(Lead.id).where(Lead.assignee_id == source.id)))
        moved = assign_leads(connection, ids, target.id, utc_now())
        refresh_statistics(connection)
    print(f"moved {moved} lead(s) from {args.from_user} to {args.to_user}")
    return 0


def _cmd_scripts_publish(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.content import publish_script, read_yaml

    data = read_yaml(Path(args.file))
    with engine.begin() as connection:
        script_id, version = publish_script(connection, data, utc_now())
    print(f"published {script_id} version {version}")
    return 0


def _cmd_catalog(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from sqlalchemy import select

    from server.models import LossReason, ObjectionCategory
    from server.services import content

    with engine.begin() as connection:
        if args.action == "list":
            print("loss reasons:")
            for r in connection.execute(select(LossReason).order_by(LossReason.position)):
                flags = ("" if r.active else " [retired]") + (
                    " [comment required]" if r.requires_comment else ""
                )
                print(f"  {r.id:<24} {r.label}{flags}")
            print("objection categories:")
            for c in connection.execute(
                select(ObjectionCategory).order_by(ObjectionCategory.position)
            ):
                print(f"  {c.id:<24} {c.label}")
        elif args.action == "add-loss-reason":
            position = len(list(connection.scalars(select(LossReason.id))))
            content.upsert_loss_reason(connection, {
                "id": args.id, "label": args.label, "requires_comment": args.requires_comment,
                "position": position}, utc_now())  # fmt: skip
            print(f"loss reason {args.id} saved")
        elif args.action == "retire-loss-reason":
            content.set_loss_reason_active(connection, args.id, False, utc_now())
            print(f"loss reason {args.id} retired")
        elif args.action == "label-category":
            content.set_category_label(connection, args.id, args.label, utc_now())
            print(f"category {args.id} is now labelled {args.label!r}")
    return 0


def _cmd_demo_data(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.demo import load_demo_data

    with engine.begin() as connection:
        summary = load_demo_data(
            connection,
            managers=args.managers,
            leads=args.leads,
            password=args.password,
            seed=args.seed,
            now=utc_now(),
        )
    print(summary)
    return 0


def _cmd_purge(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.feed import purge_tombstones

    with engine.begin() as connection:
        purged = purge_tombstones(connection, utc_now() - settings.tombstone_retention)
    print(f"purged {purged} tombstone(s) older than {settings.tombstone_retention.days} days")
    return 0


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-25") from exc


def _cell(value: Any) -> str:
    return "—" if value is None else str(value)


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Print rows under their column names, numbers right-aligned."""
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in rows) for i in
               range(len(columns))]  # fmt: skip

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ).rstrip()

    print(line(columns))
    print(line(["-" * w for w in widths]))
    for row in cells:
        print(line(row))


def _cmd_report(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.reports import ReportError, ReportFilters, run_report

    filters = ReportFilters(args.since, args.until, args.manager, args.source)
    with engine.connect() as connection:
        try:
            report, _by = run_report(connection, args.name, filters, args.by)
        except ReportError as exc:
            raise CliError(str(exc)) from exc
    if args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(report.columns)
        writer.writerows(["" if v is None else v for v in row] for row in report.rows)
        return 0
    print(report.title)
    print_table(report.columns, report.rows)
    if not report.rows:
        print("(nothing recorded for these filters)")
    return 0


def _cmd_stats(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.stats import refresh_script_stats

    with engine.begin() as connection:
        changed = refresh_script_stats(connection, utc_now())
    print(f"script figures published for: {', '.join(changed)}" if changed else
          "script figures unchanged")  # fmt: skip
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``salesdesk-server``."""
    parser = argparse.ArgumentParser(
        prog="salesdesk-server",
        description="The Salesdesk sync server and its administration.",
    )
    parser.add_argument("--version", action="version", version=f"salesdesk-server {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy URL (postgresql://… or sqlite:///path); default: $SALESDESK_DATABASE_URL",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, handler: Handler, help_text: str, parent: Any = commands
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = parent.add_parser(
            name, help=help_text, description=help_text
        )
        sub.set_defaults(handler=handler)
        return sub

    serve = command("serve", _cmd_serve, "migrate, then serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM)")
    serve.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    command("migrate", _cmd_migrate, "create or upgrade the schema; load default content")
    command("purge", _cmd_purge, "drop removals older than the retention period")

    users = commands.add_parser("users", help="manage users").add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    add = command("add", _cmd_users_add, "add a user", users)
    add.add_argument("name")
    add.add_argument("--role", choices=["manager", "admin"], default="manager")
    add.add_argument("--full-name", help="the name shown in scripts (default: the username)")
    add.add_argument("--time-zone", default="UTC", help="IANA zone of the user's working day")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    command("list", _cmd_users_list, "list users", users)
    disable = command("disable", _cmd_users_disable, "disable a user and revoke tokens", users)
    disable.add_argument("name")
    reset = command("reset-password", _cmd_users_reset, "set a new password", users)
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true")

    leads = commands.add_parser("leads", help="import and assign leads").add_subparsers(
        dest="leads_command", metavar="ACTION", required=True
    )
    imp = command("import", _cmd_leads_import, "import leads from a CSV file", leads)
    imp.add_argument("file")
    imp.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a CSV column to a lead field (repeatable), e.g. 'Mobile=phones'",
    )
    imp.add_argument("--region", help="phone region for numbers without a country code")
    imp.add_argument("--report", metavar="FILE.csv", help="write the rejected rows here")
    who = imp.add_mutually_exclusive_group()
    who.add_argument("--assign-to", metavar="USER")
    who.add_argument("--round-robin", action="store_true", help="over all active managers")
    assign = command("assign", _cmd_leads_assign, "assign unassigned leads", leads)
    to = assign.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", dest="assign_to", metavar="USER")
    to.add_argument("--round-robin", action="store_true")
    assign.add_argument("--source", help="only leads of this source (e.g. exhibition)")
    reassign = command(
        "reassign", _cmd_leads_reassign, "move all leads of a user to another", leads
    )
    reassign.add_argument("from_user", metavar="FROM")
    reassign.add_argument("to_user", metavar="TO")

    scripts = commands.add_parser("scripts", help="call scripts").add_subparsers(
        dest="scripts_command", metavar="ACTION", required=True
    )
    publish = command(
        "publish", _cmd_scripts_publish, "publish a script YAML as a new version", scripts
    )
    publish.add_argument("file")

    catalog = command("catalog", _cmd_catalog, "loss reasons and objection categories")
    catalog.add_argument(
        "action", choices=["list", "add-loss-reason", "retire-loss-reason", "label-category"]
    )
    catalog.add_argument("id", nargs="?", default="")
    catalog.add_argument("label", nargs="?", default="")
    catalog.add_argument("--requires-comment", action="store_true")

    from server.services.reports import REPORTS

    report = command("report", _cmd_report, "team reports (table or CSV)")
    report.add_argument("name", choices=list(REPORTS))
    report.add_argument(
        "--by",
        help="grouping: loss-reasons source|week|month, objections category|manager, "
        "conversion source|event",
    )
    report.add_argument("--since", type=_date, help="first day (UTC), e.g. 2026-11-01")
    report.add_argument("--until", type=_date, help="last day (UTC), inclusive")
    report.add_argument("--manager", metavar="USER", help="only this manager")
    report.add_argument("--source", help="only leads of this source (e.g. exhibition)")
    report.add_argument("--format", choices=["table", "csv"], default="table")
    command("stats", _cmd_stats, "recompute and publish the team's script win rates now")

    demo = command("demo-data", _cmd_demo_data, "create demo users and realistic leads")
    demo.add_argument("--managers", type=int, default=5)
    demo.add_argument("--leads", type=int, default=5000)
    demo.add_argument("--password", default="demo")
    demo.add_argument("--seed", type=int, default=42)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from server.db import create_server_engine
    from server.services.content import ContentError
    from server.services.importer import LeadImportError
    from server.services.users import UserError

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    try:
        settings = ServerSettings.from_env(args.database)
    except ValueError as exc:
        print(f"salesdesk-server: {exc}", file=sys.stderr)
        return 2
    engine = create_server_engine(settings.database_url)
    try:
        if args.handler not in (_cmd_migrate, _cmd_serve):
            from server.db import migrate

            migrate(engine)
        return int(args.handler(args, engine, settings))
    except (CliError, UserError, ContentError, LeadImportError) as exc:
        print(f"salesdesk-server: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
