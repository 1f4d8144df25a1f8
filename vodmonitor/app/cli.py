"""Command-line options, parsed before any Qt object exists."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from vodmonitor import __version__


@dataclass(frozen=True)
class Options:
    demo: bool
    data_dir: str | None
    profile: str | None
    endpoint: str | None
    sub_app_id: int | None
    self_test: bool
    log_level: str
    watch_only: bool = False
    team_db: str | None = None
    user_name: str | None = None
    command: str = "window"  # or "serve": the headless leader
    listen: str | None = None  # serve: receive normal callbacks on HOST:PORT
    path: str = "/vod/callback"
    minimized: bool = False  # started at sign-in: straight to the tray


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vodmonitor",
        description="Watch Tencent Cloud VOD clip results (reliable callback).",
        epilog=(
            "other commands: 'vodmonitor serve' runs the monitor without a window (a team's "
            "leader, or VOD's HTTP callbacks with --listen); 'vodmonitor export' writes a "
            "profile's results to CSV or XLSX. Each has its own --help."
        ),
    )
    p.add_argument("--version", action="version", version=f"vodmonitor {__version__}")
    p.add_argument(
        "--demo", action="store_true", help="run against a built-in simulator; no account needed"
    )
    p.add_argument(
        "--data-dir", metavar="DIR", help="keep all state (settings, database, logs) in DIR"
    )
    p.add_argument("--profile", metavar="NAME", help="connection profile to use")
    p.add_argument(
        "--endpoint", metavar="URL", help="API endpoint for this run (host[:port] or URL)"
    )
    p.add_argument("--sub-app-id", metavar="N", type=int, help="VOD SubAppId for this run")
    p.add_argument(
        "--watch-only",
        action="store_true",
        help="read clip results from the task list; take nothing from the event queue",
    )
    p.add_argument(
        "--team-db",
        metavar="URI",
        help="share a team ledger in this PostgreSQL database (postgresql://user@host/db)",
    )
    p.add_argument("--user-name", metavar="NAME", help="your name in the team's ledger")
    p.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="serve: receive VOD's normal callbacks (PUSH) here (needs the serve extra)",
    )
    p.add_argument(
        "--path", default="/vod/callback", help="serve: the callback path (default /vod/callback)"
    )
    p.add_argument(
        "--minimized", action="store_true", help="start in the tray (used when starting at sign-in)"
    )
    p.add_argument("--self-test", action="store_true", help="check the installation and exit")
    p.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))
    return p


def parse_options(argv: list[str] | None = None) -> Options:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = "window"
    if argv and argv[0] == "serve":
        command, argv = "serve", argv[1:]
    parser = build_parser()
    if argv and not argv[0].startswith("-"):  # a word that is no command, such as "export"
        parser.error(f"unknown command {argv[0]!r} (the commands are: serve, export)")
    if command == "serve":
        parser.prog = "vodmonitor serve"
        parser.description = (
            "Run the monitor without a window: pull, store and confirm for the profile "
            "(or a team), logging to stdout and the log file, until SIGTERM or Ctrl+C."
        )
        ns = parser.parse_args(argv)  # no Qt here: every argument must be ours
    else:
        ns, _qt_args = parser.parse_known_args(argv)
    return Options(
        demo=ns.demo,
        data_dir=ns.data_dir,
        profile=ns.profile,
        endpoint=ns.endpoint,
        sub_app_id=ns.sub_app_id,
        self_test=ns.self_test,
        log_level=ns.log_level,
        watch_only=ns.watch_only,
        team_db=ns.team_db,
        user_name=ns.user_name,
        command=command,
        listen=ns.listen,
        path=ns.path,
        minimized=ns.minimized,
    )
