# SPDX-License-Identifier: MIT
"""``salesdesk-server``: run the sync server and administer its database."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any

from server import __version__
from server.cli import handlers
from server.cli.common import CliError, Handler, parse_date
from server.config import ServerSettings


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

    serve = command("serve", handlers.cmd_serve, "migrate, then serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--ssl-certfile", help="serve HTTPS with this certificate (PEM)")
    serve.add_argument("--ssl-keyfile", help="the certificate's private key (PEM)")
    serve.add_argument(
        "--parent-pid",
        type=int,
        help="stop when this process ends (the workstation's demo server)",
    )
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="a reverse proxy in front of the server whose X-Forwarded-For names the client "
        "(repeatable; default: none — forwarded headers are ignored and the peer is the client)",
    )
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    command("migrate", handlers.cmd_migrate, "create or upgrade the schema; load default content")
    command("purge", handlers.cmd_purge, "drop removals older than the retention period")

    users = commands.add_parser("users", help="manage users").add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    add = command("add", handlers.cmd_users_add, "add a user", users)
    add.add_argument("name")
    add.add_argument("--role", choices=["manager", "team_lead", "admin"], default="manager")
    add.add_argument("--team", help="the team a manager belongs to (see `teams`)")
    add.add_argument("--full-name", help="the name shown in scripts (default: the username)")
    add.add_argument("--time-zone", default="UTC", help="IANA zone of the user's working day")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    command("list", handlers.cmd_users_list, "list users", users)
    disable = command(
        "disable", handlers.cmd_users_disable, "disable a user and revoke tokens", users
    )
    disable.add_argument("name")
    reset = command("reset-password", handlers.cmd_users_reset, "set a new password", users)
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true")

    leads = commands.add_parser("leads", help="import and assign leads").add_subparsers(
        dest="leads_command", metavar="ACTION", required=True
    )
    imp = command(
        "import",
        handlers.cmd_leads_import,
        "import leads from a CSV, Excel (.xlsx) or vCard (.vcf) file; the README's "
        "'Importing leads' lists the CRM profiles and the column names understood",
        leads,
    )
    imp.add_argument("file", nargs="?", help="the file (not with --undo)")
    imp.add_argument(
        "--dry-run", action="store_true", help="say what each row would do; write nothing"
    )
    imp.add_argument("--encoding", help="the file's encoding (default: detected), e.g. cp1251")
    imp.add_argument("--delimiter", help="the CSV delimiter (default: sniffed): ; , tab |")
    imp.add_argument(
        "--profile", help="the CRM export profile (default: recognised from the header)"
    )
    imp.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a column to a lead field (repeatable), e.g. 'Mobile=phones'; "
        "'Column=' leaves it out",
    )
    imp.add_argument(
        "--value",
        action="append",
        metavar="FIELD:THEIRS=OURS",
        help="map a vocabulary value (repeatable), e.g. 'source:Google Ads=contextual_ads'",
    )
    imp.add_argument(
        "--region", help="region code for national numbers of rows without a country (GB, RU)"
    )
    imp.add_argument(
        "--report", metavar="FILE.csv", help="write the refused rows here, each with its reason"
    )
    imp.add_argument(
        "--undo",
        metavar="BATCH",
        help="remove the leads an import created that nobody has touched since",
    )
    who = imp.add_mutually_exclusive_group()
    who.add_argument("--assign-to", metavar="USER")
    who.add_argument("--round-robin", action="store_true", help="over all active managers")
    command("imports", handlers.cmd_leads_imports, "every import batch, newest first", leads)
    assign = command("assign", handlers.cmd_leads_assign, "assign unassigned leads", leads)
    to = assign.add_mutually_exclusive_group(required=True)
    to.add_argument("--to", dest="assign_to", metavar="USER")
    to.add_argument("--round-robin", action="store_true")
    assign.add_argument("--source", help="only leads of this source (e.g. exhibition)")
    reassign = command(
        "reassign", handlers.cmd_leads_reassign, "move all leads of a user to another", leads
    )
    reassign.add_argument("from_user", metavar="FROM")
    reassign.add_argument("to_user", metavar="TO")

    scripts = commands.add_parser("scripts", help="call scripts").add_subparsers(
        dest="scripts_command", metavar="ACTION", required=True
    )
    publish = command(
        "publish", handlers.cmd_scripts_publish, "publish a script YAML as a new version", scripts
    )
    publish.add_argument("file")

    catalog = command(
        "catalog", handlers.cmd_catalog, "loss reasons, objection categories, interest tags"
    )
    catalog.add_argument(
        "action",
        choices=[
            "list", "add-loss-reason", "retire-loss-reason", "label-loss-reason", "label-category",
            "add-interest", "retire-interest", "label-interest",
        ],
    )  # fmt: skip
    catalog.add_argument("id", nargs="?", default="")
    catalog.add_argument("label", nargs="?", default="")
    catalog.add_argument("--requires-comment", action="store_true")
    catalog.add_argument(
        "--events",
        type=lambda text: [e.strip() for e in text.split(",") if e.strip()],
        metavar="NAME,NAME",
        help="add-interest: the events whose stands offer the tag (default: every event)",
    )
    catalog.add_argument(
        "--language", default="en", help="the label's language for label-* (default: en)"
    )

    from server.services.reports import REPORTS

    report = command("report", handlers.cmd_report, "team reports (table or CSV)")
    report.add_argument("name", choices=list(REPORTS))
    report.add_argument(
        "--by",
        help="grouping: loss-reasons source|week|month, objections category|manager, "
        "conversion source|event, consent event|version, interests event|next-step",
    )
    report.add_argument("--since", type=parse_date, help="first day (UTC), e.g. 2026-11-01")
    report.add_argument("--until", type=parse_date, help="last day (UTC), inclusive")
    report.add_argument("--manager", metavar="USER", help="only this manager")
    report.add_argument("--source", help="only leads of this source (e.g. exhibition)")
    report.add_argument("--format", choices=["table", "csv"], default="table")
    report.add_argument("--language", default="en", help="catalog labels in this language (ru)")
    command("stats", handlers.cmd_stats, "recompute and publish the team's script win rates now")
    command("problems", handlers.cmd_problems, "changes workstations reported they could not read")
    devices = commands.add_parser("devices", help="workstations; wipe a lost one").add_subparsers(
        dest="devices_command", metavar="ACTION", required=True
    )
    command(
        "list", handlers.cmd_devices_list, "every workstation, its user and last contact", devices
    )
    wipe = command(
        "wipe",
        handlers.cmd_devices_wipe,
        "mark a workstation lost: at its next contact it pushes its work and erases its data",
        devices,
    )
    wipe.add_argument("client_id", metavar="CLIENT_ID")

    sources = commands.add_parser(
        "sources", help="lead sources posting to the inbound API, with their keys"
    ).add_subparsers(dest="sources_command", metavar="ACTION", required=True)
    source_add = command(
        "add", handlers.cmd_sources_add, "a new source; its key is shown once", sources
    )
    source_add.add_argument("name")
    source_add.add_argument("--source", required=True, help="the channel, e.g. website_form")
    source_add.add_argument("--campaign", default="")
    source_add.add_argument("--event", default="", help="an exhibition's name, if any")
    command("list", handlers.cmd_sources_list, "every source and whether it is revoked", sources)
    source_revoke = command("revoke", handlers.cmd_sources_revoke, "stop a key working", sources)
    source_revoke.add_argument("name")

    teams = commands.add_parser(
        "teams", help="teams: a team lead and their managers"
    ).add_subparsers(dest="teams_command", metavar="ACTION", required=True)
    team_add = command("add", handlers.cmd_teams_add, "a new team", teams)
    team_add.add_argument("name")
    team_add.add_argument("--lead", help="its team lead (a user with the team_lead role)")
    team_add.add_argument("--members", help="its managers, comma-separated")
    command("list", handlers.cmd_teams_list, "every team, its lead and managers", teams)
    team_move = command("move", handlers.cmd_teams_move, "put a manager in a team", teams)
    team_move.add_argument("username")
    team_move.add_argument("team", nargs="?", default="", help="the team ('' or none: no team)")

    audit = command("audit", handlers.cmd_audit, "the admin actions, latest first")
    audit.add_argument("--since", type=parse_date, help="first day (UTC), e.g. 2026-11-01")
    audit.add_argument("--actor", help="only this user's (or 'command line')")
    audit.add_argument("--action", help="only this action, e.g. lead.assign")
    audit.add_argument("--limit", type=int, default=200)

    assign_rules = commands.add_parser(
        "assign", help="assignment rules for leads that arrive by themselves"
    ).add_subparsers(dest="assign_command", metavar="WHAT", required=True)
    rules = assign_rules.add_parser("rules", help="each manager's shift, share, cap and filters")
    rules_actions = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    command("list", handlers.cmd_rules_list, "every manager's rules", rules_actions)
    rule_set = command("set", handlers.cmd_rules_set, "change a manager's rules", rules_actions)
    rule_set.add_argument("username")
    rule_set.add_argument("--hours", help="on shift, e.g. 09:00-18:00 ('' always)")
    rule_set.add_argument("--days", help="weekdays as ISO digits, e.g. 12345 (Monday–Friday)")
    rule_set.add_argument("--zone", help="the manager's time zone, e.g. Europe/Berlin")
    rule_set.add_argument("--weight", type=int, help="their share (0: takes no leads)")
    cap = rule_set.add_mutually_exclusive_group()
    cap.add_argument("--cap", type=int, help="at most this many open leads")
    cap.add_argument("--no-cap", action="store_true")
    rule_set.add_argument("--sources", help="only these sources, comma-separated ('' any)")
    rule_set.add_argument("--countries", help="only leads of these countries, e.g. DE,AT")

    events = commands.add_parser("events", help="exhibitions and their stand teams").add_subparsers(
        dest="events_command", metavar="ACTION", required=True
    )
    command("list", handlers.cmd_events_list, "every event and the managers on its stand", events)
    event = command(
        "set",
        handlers.cmd_events_set,
        "create an event (the name typed at the stand) and set the managers on its stand",
        events,
    )
    event.add_argument("name", metavar="NAME")
    event.add_argument("--managers", required=True, help="usernames, comma-separated")

    demo = command("demo-data", handlers.cmd_demo_data, "create demo users and realistic leads")
    demo.add_argument("--managers", type=int, default=5)
    demo.add_argument("--leads", type=int, default=5000)
    demo.add_argument("--password", default="salesdesk-demo")
    demo.add_argument("--seed", type=int, default=42)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    from server.db import create_server_engine
    from server.imports import ImportProblem
    from server.services.content import ContentError
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
        if args.handler not in (handlers.cmd_migrate, handlers.cmd_serve):
            from server.db import migrate

            migrate(engine)
        return int(args.handler(args, engine, settings))
    except (CliError, UserError, ContentError, ImportProblem) as exc:
        print(f"salesdesk-server: {exc}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
