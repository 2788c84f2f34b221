# SPDX-License-Identifier: MIT
"""The ``salesdesk`` command: the workstation and its headless commands."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from salesdesk import __version__
from salesdesk.english import counted
from salesdesk.private_files import private_folder

EXIT_FAILED = 1
EXIT_AUTH = 3
EXIT_LOCAL = 4
#: the sync finished but left problems to look at (dead letters, changes kept aside)
EXIT_PROBLEMS = 5
#: how long `salesdesk sync` waits for another sync of the same profile to end
SYNC_LOCK_WAIT_S = 300.0


def _store() -> Any:
    from desktop.profile import database_path
    from desktop.services.local_store import open_profile_store

    return open_profile_store(database_path())


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Password for {args.username}: ")


def _cmd_login(args: argparse.Namespace) -> int:
    from desktop.services.account import login

    store = _store()
    try:
        password = _read_password(args)
        if not password:
            print("salesdesk: an empty password", file=sys.stderr)
            return EXIT_AUTH
        token = login(
            store,
            args.server,
            args.username,
            password,
            ca_bundle=args.ca_bundle,
            export_to=Path(args.export_and_erase) if args.export_and_erase else None,
        )
    finally:
        store.close()
    print(
        f"logged in as {token.manager.name} ({token.manager.role}) on {args.server}; "
        f"the token is in the OS keyring until {token.expires_at:%Y-%m-%d}"
    )
    return 0


class _ProgressLine:
    """A one-line progress display on a terminal (nothing when not a terminal)."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if total:
            width = 30
            filled = int(width * min(done, total) / total)
            bar = "#" * filled + "-" * (width - filled)
            sys.stderr.write(f"\r{stage:<8} [{bar}] {done}/{total}   ")
        else:
            sys.stderr.write(f"\r{stage:<8} {counted(done, 'change')}            ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


def _cmd_sync(args: argparse.Namespace) -> int:
    from desktop.services.local_store import erase_profile_database
    from desktop.services.syncing import profile_runner
    from desktop.store.sync_state import store_status
    from desktop.sync.errors import AuthError, DeviceWiped, TransientError

    store = _store()
    progress = _ProgressLine()

    def retrying(exc: TransientError, delay: float) -> None:
        progress.close()
        print(f"{exc.message}; retrying in {delay:.1f} s", file=sys.stderr)

    try:
        runner = profile_runner(
            store,
            "salesdesk sync",
            wait_s=SYNC_LOCK_WAIT_S,
            waiting=lambda holder: print(
                f"waiting: a sync is running in {holder}", file=sys.stderr
            ),
            page_size=args.page_size,
        )
        summary = runner.run(args.retries, progress=progress, on_retry=retrying)
        progress.close()
        waiting = store_status(store).pending_outbox
        print(
            f"pushed {summary.pushed}, pulled {counted(summary.pulled, 'change')} in "
            f"{counted(summary.requests, 'request')}"
            + (" after a full re-sync" if summary.resynced else "")
        )
        if summary.conflicts:
            print(
                f"{counted(summary.conflicts, 'edit')} conflicted with the server: "
                "see `salesdesk status`"
            )
        if summary.rejected:
            print(f"rejected and kept as dead letters: {counted(summary.rejected, 'change')}")
        if summary.quarantined:
            print(
                f"could not read and kept aside: {counted(summary.quarantined, 'change')} "
                "from the server; see `salesdesk status`"
            )
        if waiting:
            return EXIT_FAILED
        return EXIT_PROBLEMS if summary.rejected or summary.quarantined else 0
    except AuthError as exc:  # the runner forgot the refused token
        progress.close()
        print(f"salesdesk: {exc.message}; your local data is kept", file=sys.stderr)
        return EXIT_AUTH
    except DeviceWiped as exc:  # its work is on the server; the runner forgot the token
        progress.close()
        erase_profile_database(store)
        print(f"salesdesk: {exc.message}", file=sys.stderr)
        return EXIT_AUTH
    finally:
        store.close()


def _cmd_logout(args: argparse.Namespace) -> int:
    from desktop.services.account import logout

    if args.export and not args.erase:
        print("salesdesk: --export goes with --erase", file=sys.stderr)
        return 2  # usage
    store = _store()
    try:
        export_to = Path(args.export) if args.export else None
        print(logout(store, erase=args.erase, export_to=export_to))
    finally:
        store.close()
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from desktop.profile import database_path
    from desktop.services.status import local_status

    status = asdict(local_status(database_path()))
    if args.json:
        print(json.dumps(status, indent=2, default=str))
    else:
        width = max(len(k) for k in status)
        for key, value in status.items():
            print(f"{key.replace('_', ' '):<{width}}  {value if value is not None else '—'}")
    return 0


def _window_can_open() -> bool:
    """Before Qt is imported: say what to install when X11 libraries are missing (Qt would
    abort with its own message instead)."""
    from desktop.platform_check import window_problem

    problem = window_problem()
    if problem is not None:
        print(f"salesdesk: {problem}", file=sys.stderr)
    return problem is None


def _cmd_window(args: argparse.Namespace) -> int:
    if not _window_can_open():
        return EXIT_LOCAL
    from desktop.views.app import run_workstation

    store = _store()
    try:
        return run_workstation(store, quit_on_signals_event())
    finally:
        store.close()


def quit_on_signals_event() -> Any:
    """An Event set by SIGTERM or Ctrl+C (the window polls it and quits normally)."""
    import signal
    import threading

    stop = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda _n, _f: stop.set())
    return stop


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.demo import DEMO_PASSWORD, start_demo
    from desktop.profile import DATABASE_FILE, profile_dir
    from desktop.store.db import open_store

    if not args.no_window and not _window_can_open():
        return EXIT_LOCAL  # before the demo server starts: nothing is left behind
    # SIGTERM/Ctrl+C only set a flag (raising from a handler in the middle of importing Qt
    # skipped the cleanup below); the window checks it and quits normally.
    stop = quit_on_signals_event()
    folder = private_folder(profile_dir() / "demo")
    if not args.no_window:
        from desktop.views.single_instance import ask_running_to_show, instance_name

        # before a second demo server would move the running window's profile to itself
        if ask_running_to_show(instance_name(folder / DATABASE_FILE)):
            print("salesdesk: the demo is already running; brought its window forward")
            return 0
    store = open_store(folder / DATABASE_FILE)  # made-up data, a keyring in memory: plain
    print(f"starting the demo server (data in {folder}) …", flush=True)
    server = start_demo(folder, store, args.as_user)
    try:
        print(
            f"demo server on {server.url}; logged in as {args.as_user} (password: {DEMO_PASSWORD})",
            flush=True,
        )
        if args.no_window:
            from desktop.services.account import connect
            from desktop.sync.engine import SyncEngine

            summary = SyncEngine(store, connect(store)).run()
            print(f"synced {counted(summary.pulled, 'change')} from the demo server")
            return 0
        from desktop.views.app import run_workstation

        return 0 if stop.is_set() else run_workstation(store, stop)
    finally:
        # the session is ending (SIGTERM): the desktop allows a few seconds in all
        server.stop(grace_s=0.5 if stop.is_set() else 10)
        store.close()


def _cmd_install_desktop_entry(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        print("salesdesk: desktop entries are for Linux desktops", file=sys.stderr)
        return EXIT_FAILED
    from desktop.desktop_entry import install_desktop_entry

    for path in install_desktop_entry():
        print(f"wrote {path}")
    return 0


def _cmd_doctor(args: argparse.Namespace) -> int:
    from desktop.doctor import run_doctor

    return run_doctor()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``salesdesk`` (exposed for tests and the docs)."""
    parser = argparse.ArgumentParser(
        prog="salesdesk",
        description="Salesdesk: work your lead queue by phone, online or offline.",
    )
    parser.add_argument("--version", action="version", version=f"salesdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = commands.add_parser("status", help="show the local profile: leads, outbox, sync")
    status.add_argument("--json", action="store_true", help="print JSON for scripts")
    status.set_defaults(handler=_cmd_status)
    login = commands.add_parser(
        "login", help="log in to a server; the token goes to the OS keyring"
    )
    login.add_argument("--server", required=True, help="the server's URL (https://…)")
    login.add_argument("--username", required=True)
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    login.add_argument("--ca-bundle", help="a CA bundle to verify the server's certificate")
    login.add_argument(
        "--export-and-erase",
        metavar="FILE.csv",
        help="when another user's unsent work is on this profile: write it to FILE.csv "
        "(owner-only), then erase it and their data",
    )
    login.set_defaults(handler=_cmd_login)
    sync = commands.add_parser(
        "sync", help="push what was saved here, pull what changed; exit 0 only when both are done"
    )
    sync.add_argument(
        "--retries",
        type=int,
        default=3,
        help="retries after network or server failures (with backoff)",
    )
    sync.add_argument("--page-size", type=int, default=None, help=argparse.SUPPRESS)
    sync.set_defaults(handler=_cmd_sync)
    demo = commands.add_parser(
        "demo", help="start a local demo server with demo data and open the workstation on it"
    )
    demo.add_argument(
        "--no-window", action="store_true", help="start, log in and sync, then stop (a check)"
    )
    demo.add_argument(
        "--as",
        dest="as_user",
        default="manager1",
        metavar="USER",
        help="log in as this demo user: manager1…manager5, teamlead1 (team lead of "
        "manager1…3) or admin",
    )
    demo.set_defaults(handler=_cmd_demo)
    doctor = commands.add_parser(
        "doctor", help="check this installation: database, search, forms, translations, keyring"
    )
    doctor.set_defaults(handler=_cmd_doctor)
    entry = commands.add_parser(
        "install-desktop-entry",
        help="Linux: add Salesdesk to the desktop's launcher (for this user)",
    )
    entry.set_defaults(handler=_cmd_install_desktop_entry)
    logout = commands.add_parser(
        "logout", help="revoke and forget the token; data stays unless --erase"
    )
    logout.add_argument(
        "--erase",
        action="store_true",
        help="also erase this computer's data (refused while the server lacks work done here)",
    )
    logout.add_argument(
        "--export",
        metavar="FILE.csv",
        help="with --erase: first write the work the server lacks to this file",
    )
    logout.set_defaults(handler=_cmd_logout)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", _cmd_window)
    from desktop.store.db import StoreError
    from desktop.sync.errors import AuthError, CredentialsError, SyncError

    try:
        result: int = handler(args)
    except AuthError as exc:
        print(f"salesdesk: {exc.message}", file=sys.stderr)
        return EXIT_AUTH
    except (CredentialsError, StoreError) as exc:
        print(f"salesdesk: {exc}", file=sys.stderr)
        return EXIT_LOCAL
    except SyncError as exc:
        print(f"salesdesk: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    return result


if __name__ == "__main__":
    sys.exit(main())
