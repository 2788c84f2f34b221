# SPDX-License-Identifier: MIT
"""The ``salesdesk`` command: the workstation and its headless commands."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from desktop import __version__


def _cmd_status(args: argparse.Namespace) -> int:
    from desktop.profile import database_path
    from desktop.services.status import local_status

    status = local_status(database_path())
    if args.json:
        print(json.dumps(status, indent=2, default=str))
    else:
        width = max(len(k) for k in status)
        for key, value in status.items():
            print(f"{key.replace('_', ' '):<{width}}  {value if value is not None else '—'}")
    return 0


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        print(
            "The workstation window is not built yet; what exists now is the local store.\n"
            "Try `salesdesk status` (local profile) or `salesdesk --help`.",
        )
        return 0
    result: int = handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
