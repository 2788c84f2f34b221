# SPDX-License-Identifier: MIT
"""The handlers of ``salesdesk-server``'s commands: each takes the parsed arguments, the
database engine and the settings, prints for a person and returns the exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from salesdesk.csv_export import export_csv, write_csv
from salesdesk.domain.clock import utc_now
from salesdesk.english import counted
from server.cli.common import CliError, read_password
from server.config import ServerSettings
from server.db import refresh_statistics
from server.services.audit import audit

#: PostgreSQL advisory lock key held while migrating and seeding ("sdmg").
MIGRATION_LOCK = 0x73646D67


def move_to_team(connection: Any, username: str, team: str | None) -> None:
    """Put a user in a team (None: in none); CliError when either is unknown."""
    from server.services.teams import TeamError, move_user

    try:
        move_user(connection, username, team)
    except TeamError as exc:
        raise CliError(str(exc)) from exc


def cmd_migrate(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.db import migrate
    from server.services.content import seed_default_content

    with engine.connect() as holder:
        if engine.dialect.name == "postgresql":  # server processes started together: one at a time
            holder.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
        try:
            migrate(engine)
            with engine.begin() as connection:
                loaded = seed_default_content(connection, utc_now())
        finally:
            if engine.dialect.name == "postgresql":
                holder.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
    print("database is up to date" + (f"; loaded {', '.join(loaded)}" if loaded else ""))
    return 0


KEEP_ALIVE_S = 75


def cmd_serve(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    import uvicorn

    from server.http.app import create_app

    cmd_migrate(args, engine, settings)
    proxies = tuple(args.trusted_proxy) or settings.trusted_proxies
    app = create_app(replace(settings, trusted_proxies=proxies), engine)
    if args.parent_pid:
        from server.parent_watch import watch_parent

        watch_parent(args.parent_pid)
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
        # X-Forwarded-For is read only from a proxy named here: uvicorn's default trusts it
        # from any loopback peer, which let one address pose as any number of others
        proxy_headers=bool(proxies),
        forwarded_allow_ips=list(proxies) or None,
    )
    return 0


def cmd_users_add(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import add_user

    password = read_password(args)
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
        if getattr(args, "team", None):
            move_to_team(connection, args.name, args.team)
        audit(connection, None, "user.add", args.name, utc_now(), role=args.role,
              team=getattr(args, "team", None))  # fmt: skip
    print(f"added {args.role} {args.name}")
    return 0


def cmd_users_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import list_users

    with engine.connect() as connection:
        users = list_users(connection)
    print(f"{'username':<20} {'name':<24} {'role':<8} status")
    for user in users:
        status = "disabled" if user.disabled else "active"
        print(f"{user.username:<20} {user.name:<24} {user.role:<8} {status}")
    return 0


def cmd_users_disable(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import disable_user

    with engine.begin() as connection:
        moved = disable_user(connection, args.name, utc_now())
        audit(connection, None, "user.disable", args.name, utc_now())
    print(f"disabled {args.name}; their tokens no longer work")
    if moved:
        pooled = moved.pop(None, 0)
        print(f"their open leads: {sum(moved.values())} to others by the rules, "
              f"{pooled} to the unassigned pool")  # fmt: skip
    return 0


def cmd_users_reset(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.users import reset_password

    password = read_password(args, "New password: ")
    with engine.begin() as connection:
        reset_password(connection, args.name, password, utc_now())
        audit(connection, None, "user.reset_password", args.name, utc_now())
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


#: Exit codes of an import that refused rows (0: every row was taken).
SOME_REFUSED, ALL_REFUSED = 3, 4


def cmd_leads_import(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.imports.columns import parse_pairs, parse_values, resolve
    from server.imports.engine import REFUSED, describe_outcome, run_import, undo_batch
    from server.imports.reading import parse_delimiter, read_table

    if args.undo:
        if args.file:
            raise CliError("--undo takes a batch ID, not a file")
        undone = undo_batch(engine, args.undo, utc_now())
        with engine.begin() as connection:
            audit(connection, None, "leads.undo_import", args.undo, utc_now(),
                  removed=len(undone.removed), kept=len(undone.kept))  # fmt: skip
        print(f"removed {counted(len(undone.removed), 'lead')} of batch {args.undo}")
        for lead_id, why in list(undone.kept.items())[:50]:
            print(f"  kept {lead_id}: {why}")
        return 0
    if not args.file:
        raise CliError("name the file to import (or --undo BATCH)")
    region = _region(args.region or settings.default_region)
    delimiter = parse_delimiter(args.delimiter) if args.delimiter else None
    path = Path(args.file)
    table = read_table(path, encoding=args.encoding, delimiter=delimiter)
    columns = resolve(
        table.header,
        profile_name=args.profile,
        mapping=parse_pairs(args.map or []),
        values=parse_values(args.value or []),
    )
    with engine.connect() as connection:
        assignees = _assignees(connection, args)
    print(f"read as {table.detected.describe()}")
    profile = columns.profile
    print(f"profile: {profile.title if profile else 'none recognised (built-in column names)'}")
    mapped = [f"{h} → {f}" for h, f in zip(table.header, columns.fields, strict=True) if f]
    print("columns: " + "; ".join(mapped))
    if columns.unmapped:
        print("not imported (map them with --map 'Column=field'): " + ", ".join(columns.unmapped))
    result = run_import(
        engine, table, path.name, now=utc_now(), default_region=region, columns=columns,
        assignees=assignees, dry_run=args.dry_run, created_by="command line",
    )  # fmt: skip
    shown = result.outcomes if args.dry_run else [o for o in result.outcomes if o.status == REFUSED]
    for outcome in shown[:50]:
        print(f"  line {outcome.line}: {describe_outcome(outcome)}")
    if len(shown) > 50:
        print(f"  … and {len(shown) - 50} more" + ("" if args.report else " (see --report)"))
    print(("dry run, nothing written: " if args.dry_run else "") + result.summary())
    if result.refusals:
        print(
            "refused by reason: " + ", ".join(f"{k} {v}" for k, v in result.refusals.most_common())
        )
    if result.batch_id:
        with engine.begin() as connection:
            audit(connection, None, "leads.import", result.batch_id, utc_now(), file=path.name,
                  **dict(result.counts))  # fmt: skip
        undo = f"salesdesk-server leads import --undo {result.batch_id}"
        print(f"batch {result.batch_id} (undo: {undo})")
    refused = [o for o in result.outcomes if o.status == REFUSED]
    if args.report:
        rows: list[list[str | int]] = [
            [o.line, "; ".join(r.text for r in o.reasons), *o.cells] for o in refused
        ]
        export_csv(Path(args.report), ["line", "reason", *table.header], rows)
        print(f"refused rows written to {args.report}")
    if refused and len(refused) == len(result.outcomes):
        return ALL_REFUSED
    return SOME_REFUSED if refused else 0


def cmd_leads_imports(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.imports.engine import list_batches

    with engine.connect() as connection:
        batches = list_batches(connection)
    if not batches:
        print("no imports yet")
    for b in batches:
        counts = ", ".join(f"{k} {v}" for k, v in b.summary.items() if k != "refused_by")
        state = f" — undone {b.undone_at:%Y-%m-%d %H:%M}" if b.undone_at else ""
        profile = f", {b.profile}" if b.profile else ""
        print(
            f"{b.id}  {b.created_at:%Y-%m-%d %H:%M}  {b.file_name}  ({b.detected}{profile}) "
            f"{counts}; {b.leads} leads now{state}"
        )
    return 0


def _region(value: str) -> str:
    import phonenumbers

    region = value.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise CliError(f"{value!r} is not a region code; use two letters such as GB, RU or US")
    return region


def cmd_leads_assign(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.leads import assign_leads, unassigned_lead_ids

    with engine.begin() as connection:
        users = _assignees(connection, args)
        if not users:
            raise CliError("say whom to: --to USER or --round-robin")
        ids = unassigned_lead_ids(connection, args.source)
        moved = 0
        for index, user_id in enumerate(users):
            moved += assign_leads(connection, ids[index :: len(users)], user_id, utc_now())
        audit(connection, None, "leads.assign", args.source or "all sources", utc_now(),
              leads=moved, to=len(users))  # fmt: skip
        refresh_statistics(connection)
    print(f"assigned {counted(moved, 'unassigned lead')}")
    return 0


def cmd_leads_reassign(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from sqlalchemy import select

    from server.models import LeadRow
    from server.services.leads import assign_leads
    from server.services.users import get_user

    with engine.begin() as connection:
        source = get_user(connection, args.from_user)
        target = get_user(connection, args.to_user)
        ids = list(connection.scalars(select(LeadRow.id).where(LeadRow.assignee_id == source.id)))
        moved = assign_leads(connection, ids, target.id, utc_now())
        audit(connection, None, "leads.reassign", args.from_user, utc_now(), to=args.to_user,
              leads=moved)  # fmt: skip
        refresh_statistics(connection)
    print(f"moved {counted(moved, 'lead')} from {args.from_user} to {args.to_user}")
    return 0


def cmd_scripts_publish(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.content import publish_script, read_yaml

    data = read_yaml(Path(args.file))
    with engine.begin() as connection:
        script_id, version = publish_script(connection, data, utc_now())
        audit(connection, None, "script.publish", script_id, utc_now(), version=version)
    print(f"published {script_id} version {version}")
    return 0


def cmd_catalog(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from sqlalchemy import select

    from server.models import InterestTagRow, LossReasonRow, ObjectionCategoryRow
    from server.services import content

    with engine.begin() as connection:
        if args.action == "list":
            print("loss reasons:")
            for r in connection.execute(select(LossReasonRow).order_by(LossReasonRow.position)):
                flags = ("" if r.active else " [retired]") + (
                    " [comment required]" if r.requires_comment else ""
                )
                print(f"  {r.id:<24} {r.label}{flags}{_translations(r.labels)}")
            print("objection categories:")
            for c in connection.execute(
                select(ObjectionCategoryRow).order_by(ObjectionCategoryRow.position)
            ):
                print(f"  {c.id:<24} {c.label}{_translations(c.labels)}")
            print("interest tags:")
            for t in connection.execute(select(InterestTagRow).order_by(InterestTagRow.position)):
                where = f" [at: {', '.join(t.events)}]" if t.events else " [every event]"
                retired = "" if t.active else " [retired]"
                print(f"  {t.id:<24} {t.label}{where}{retired}{_translations(t.labels)}")
        elif args.action == "add-loss-reason":
            position = len(list(connection.scalars(select(LossReasonRow.id))))
            content.upsert_loss_reason(connection, {
                "id": args.id, "label": args.label, "requires_comment": args.requires_comment,
                "position": position}, utc_now())  # fmt: skip
            print(f"loss reason {args.id} saved")
        elif args.action == "retire-loss-reason":
            content.set_loss_reason_active(connection, args.id, False, utc_now())
            print(f"loss reason {args.id} retired")
        elif args.action == "label-loss-reason":
            content.set_loss_reason_label(connection, args.id, args.label, args.language, utc_now())
            print(f"loss reason {args.id} is now labelled {args.label!r} in {args.language}")
        elif args.action == "add-interest":
            entry: dict[str, object] = {"id": args.id, "label": args.label, "active": True}
            if args.events is not None:
                entry["events"] = args.events
            content.upsert_interest_tag(connection, entry, utc_now())
            print(f"interest tag {args.id} saved")
        elif args.action == "retire-interest":
            content.set_interest_active(connection, args.id, False, utc_now())
            print(f"interest tag {args.id} retired")
        elif args.action == "label-interest":
            content.set_interest_label(connection, args.id, args.label, args.language, utc_now())
            print(f"interest tag {args.id} is now labelled {args.label!r} in {args.language}")
        elif args.action == "label-category":
            content.set_category_label(connection, args.id, args.label, utc_now(), args.language)
            print(f"category {args.id} is now labelled {args.label!r} in {args.language}")
    return 0


def _translations(labels: dict[str, str] | None) -> str:
    return "".join(f"  [{language}: {text}]" for language, text in sorted((labels or {}).items()))


def cmd_demo_data(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.demo.load import load_demo_data

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


def cmd_purge(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.feed import purge_tombstones

    with engine.begin() as connection:
        purged = purge_tombstones(connection, utc_now() - settings.tombstone_retention)
    days = counted(settings.tombstone_retention.days, "day")
    print(f"purged {counted(purged, 'tombstone')} older than {days}")
    return 0


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


def cmd_report(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.reports import ReportError, ReportFilters, run_report

    filters = ReportFilters(args.since, args.until, args.manager, args.source, args.language)
    with engine.connect() as connection:
        try:
            report, _by = run_report(connection, args.name, filters, args.by)
        except ReportError as exc:
            raise CliError(str(exc)) from exc
    if args.format == "csv":
        write_csv(sys.stdout, report.columns, report.rows)
        return 0
    print(report.title)
    print_table(report.columns, report.rows)
    if not report.rows:
        print("(nothing recorded for these filters)")
    return 0


def cmd_stats(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.stats import refresh_script_stats

    with engine.begin() as connection:
        changed = refresh_script_stats(connection, utc_now())
    print(f"script figures published for: {', '.join(changed)}" if changed else
          "script figures unchanged")  # fmt: skip
    return 0


def cmd_problems(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.devices import list_problems

    with engine.connect() as connection:
        rows = list_problems(connection)
    if not rows:
        print("no workstation reported a change it could not read")
        return 0
    print_table(
        ["reported", "user", "device", "entity", "id", "version", "reason"],
        [[r.reported_at.strftime("%Y-%m-%d %H:%M"), *list(r)[1:]] for r in rows],
    )
    return 0


def cmd_devices_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.devices import list_devices

    with engine.connect() as connection:
        rows = list_devices(connection)
    if not rows:
        print("no workstation has synced yet")
        return 0

    def state(row: Any) -> str:
        if row.wipe_told_at is not None:
            return f"told to erase {row.wipe_told_at:%Y-%m-%d %H:%M}"
        if row.wipe_requested_at is not None:
            return f"to be wiped (marked {row.wipe_requested_at:%Y-%m-%d %H:%M})"
        return "in use"

    print_table(
        ["device", "user", "last contact", "state"],
        [[r.client_id, r.username, f"{r.last_seen:%Y-%m-%d %H:%M}", state(r)] for r in rows],
    )
    return 0


def cmd_devices_wipe(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.devices import DeviceError, request_wipe

    with engine.begin() as connection:
        try:
            request_wipe(connection, args.client_id, utc_now())
        except DeviceError as exc:
            raise CliError(str(exc)) from exc
        audit(connection, None, "device.wipe", args.client_id, utc_now())
    print(
        f"{args.client_id} is marked lost: it gets no more leads, and at its next contact it "
        "pushes what it has and erases its data (reset the user's password too: "
        "`users reset-password NAME`)"
    )
    return 0


def cmd_events_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.events import list_events

    with engine.connect() as connection:
        events = list_events(connection)
    if not events:
        print("no events yet: `events set NAME --managers a,b`")
        return 0
    print_table(["event", "stand team"], [[name, ", ".join(staff)] for name, staff in events])
    return 0


def cmd_events_set(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.events import EventError, set_event

    usernames = [u.strip() for u in args.managers.split(",") if u.strip()]
    with engine.begin() as connection:
        try:
            staff = set_event(connection, args.name, usernames, utc_now())
        except EventError as exc:
            raise CliError(str(exc)) from exc
    print(f"{args.name.strip()}: {', '.join(staff)} see each other's captures there")
    return 0


def cmd_sources_add(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.inbound import SourceError, add_source

    try:
        with engine.begin() as connection:
            key = add_source(connection, args.name, args.source, utc_now(),
                             campaign=args.campaign, event_name=args.event)  # fmt: skip
            audit(connection, None, "source.add", args.name, utc_now(), source=args.source)
    except SourceError as exc:
        raise CliError(str(exc)) from exc
    print(f"source {args.name} added; its key (shown this once — keep it in the form's settings):")
    print(key)
    return 0


def cmd_sources_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.inbound import list_sources

    with engine.connect() as connection:
        found = list_sources(connection)
    if not found:
        print("no sources yet: salesdesk-server sources add NAME --source website_form")
    for s in found:
        state = f"revoked {s.revoked_at:%Y-%m-%d}" if s.revoked_at else "active"
        labelled = (("campaign", s.campaign), ("event", s.event_name))
        extra = "".join(f", {label} {v}" for label, v in labelled if v)
        print(f"{s.name}: {s.source}{extra} — {state}")
    return 0


def cmd_sources_revoke(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.inbound import SourceError, revoke_source

    try:
        with engine.begin() as connection:
            revoke_source(connection, args.name, utc_now())
            audit(connection, None, "source.revoke", args.name, utc_now())
    except SourceError as exc:
        raise CliError(str(exc)) from exc
    print(f"source {args.name} revoked: its key no longer works")
    return 0


def cmd_rules_set(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.assignment import RuleError, set_rules

    rules: dict[str, object] = {}
    for name in ("hours", "days", "zone", "weight"):
        if getattr(args, name) is not None:
            rules[name] = getattr(args, name)
    if args.cap is not None or args.no_cap:
        rules["cap"] = None if args.no_cap else args.cap
    for name in ("sources", "countries"):
        if getattr(args, name) is not None:
            rules[name] = getattr(args, name).split(",")
    if not rules:
        raise CliError("say what to change: --hours, --days, --zone, --weight, --cap …")
    try:
        with engine.begin() as connection:
            set_rules(connection, args.username, **rules)
            audit(connection, None, "rules.set", args.username, utc_now(), **rules)
    except RuleError as exc:
        raise CliError(str(exc)) from exc
    print(f"rules of {args.username} changed")
    return 0


def cmd_rules_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from sqlalchemy import select

    from server.models import UserRow

    with engine.connect() as connection:
        users = connection.execute(
            select(UserRow).where(UserRow.role == "manager").order_by(UserRow.username)
        ).all()
    for u in users:
        hours = f"{u.shift_start}-{u.shift_end}" if u.shift_start else "any time"
        cap = f"cap {u.open_cap}" if u.open_cap is not None else "no cap"
        filters = (",".join(u.assign_sources or []), ",".join(u.assign_countries or []))
        takes = ", ".join(f for f in filters if f) or "any lead"
        state = " [disabled]" if u.disabled else ""
        print(
            f"{u.username}{state}: {hours} days {u.shift_days} {u.time_zone}, weight "
            f"{u.assign_weight}, {cap}, takes {takes}; {u.auto_assigned} from the rules"
        )
    return 0


def cmd_teams_add(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.teams import TeamError, add_team

    try:
        with engine.begin() as connection:
            add_team(connection, args.name, args.lead, utc_now())
            for member in args.members.split(",") if args.members else []:
                move_to_team(connection, member.strip(), args.name)
            audit(connection, None, "team.add", args.name, utc_now(), lead=args.lead,
                  members=args.members or "")  # fmt: skip
    except TeamError as exc:
        raise CliError(str(exc)) from exc
    print(f"team {args.name} added" + (f", led by {args.lead}" if args.lead else ""))
    return 0


def cmd_teams_list(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.teams import list_teams

    with engine.connect() as connection:
        teams = list_teams(connection)
    if not teams:
        print("no teams yet: salesdesk-server teams add NAME --lead USER --members a,b")
    rows = [[t["name"], t["lead"] or "—", ", ".join(t["members"])] for t in teams]
    print_table(["team", "lead", "managers"], rows)
    return 0


def cmd_teams_move(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from server.services.teams import TeamError

    try:
        with engine.begin() as connection:
            move_to_team(connection, args.username, args.team or None)
            audit(connection, None, "user.move", args.username, utc_now(), team=args.team or None)
    except TeamError as exc:
        raise CliError(str(exc)) from exc
    print(f"{args.username} is now in " + (f"team {args.team}" if args.team else "no team"))
    return 0


def cmd_audit(args: argparse.Namespace, engine: Engine, settings: ServerSettings) -> int:
    from datetime import UTC, datetime

    from server.services.audit import audit_entries

    since = datetime.combine(args.since, datetime.min.time(), UTC) if args.since else None
    with engine.connect() as connection:
        entries = audit_entries(connection, since, args.actor, args.action, args.limit)
    rows = [
        [e.at.strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action, e.target,
         ", ".join(f"{k}={v}" for k, v in sorted((e.details or {}).items()))]
        for e in entries
    ]  # fmt: skip
    print_table(["when (UTC)", "who", "action", "on", "details"], rows)
    return 0
