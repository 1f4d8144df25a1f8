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


def _common(p: argparse.ArgumentParser) -> None:
    """What the window and ``serve`` both take: where state is and what to connect to."""
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
        "--team-db",
        metavar="URI",
        help="share a team ledger in this PostgreSQL database (postgresql://user@host/db)",
    )
    p.add_argument("--user-name", metavar="NAME", help="your name in the team's ledger")
    p.add_argument("--log-level", default="INFO", choices=("DEBUG", "INFO", "WARNING", "ERROR"))


def build_parser() -> argparse.ArgumentParser:
    """The window's options (``vodmonitor [options]``)."""
    p = argparse.ArgumentParser(
        prog="vodmonitor",
        usage="%(prog)s [options]\n       %(prog)s serve [options]\n       %(prog)s export [options]",
        description=(
            "Watch Tencent Cloud VOD clip results: pulled with reliable callback, read from "
            "the task list (--watch-only), or received as HTTP callbacks (serve --listen)."
        ),
        epilog=(
            "commands: 'vodmonitor serve' runs the monitor without a window (a team's "
            "leader, or VOD's HTTP callbacks with --listen); 'vodmonitor export' writes a "
            "profile's results to CSV or XLSX. Each has its own --help."
        ),
    )
    _common(p)
    p.add_argument(
        "--watch-only",
        action="store_true",
        help="read clip results from the task list; take nothing from the event queue",
    )
    p.add_argument(
        "--minimized", action="store_true", help="start in the tray (used when starting at sign-in)"
    )
    p.add_argument("--self-test", action="store_true", help="check the installation and exit")
    return p


def build_serve_parser() -> argparse.ArgumentParser:
    """``vodmonitor serve``'s options: no window, so none of the window's."""
    p = argparse.ArgumentParser(
        prog="vodmonitor serve",
        description=(
            "Run the monitor without a window: pull, store and confirm for the profile "
            "(or a team), or receive VOD's normal callbacks with --listen; logs to stdout "
            "and the log file, until SIGTERM or Ctrl+C."
        ),
    )
    _common(p)
    p.add_argument(
        "--listen",
        metavar="HOST:PORT",
        help="receive VOD's normal callbacks (PUSH) here (needs the serve extra)",
    )
    p.add_argument(
        "--path", default="/vod/callback", help="the callback path (default /vod/callback)"
    )
    return p


def parse_options(argv: list[str] | None = None) -> Options:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "serve":
        ns = build_serve_parser().parse_args(argv[1:])  # no Qt here: every argument is ours
        command = "serve"
    else:
        parser = build_parser()
        if argv and not argv[0].startswith("-"):  # a word that is no command, e.g. "export"
            parser.error(f"unknown command {argv[0]!r} (the commands are: serve, export)")
        ns, _qt_args = parser.parse_known_args(argv)
        command = "window"
    return Options(
        demo=ns.demo,
        data_dir=ns.data_dir,
        profile=ns.profile,
        endpoint=ns.endpoint,
        sub_app_id=ns.sub_app_id,
        self_test=getattr(ns, "self_test", False),
        log_level=ns.log_level,
        watch_only=getattr(ns, "watch_only", False),
        team_db=ns.team_db,
        user_name=ns.user_name,
        command=command,
        listen=getattr(ns, "listen", None),
        path=getattr(ns, "path", "/vod/callback"),
        minimized=getattr(ns, "minimized", False),
    )
