"""Entry point: parse options, then hand over to the Qt application."""

from __future__ import annotations

import sys

from vodmonitor.app.cli import parse_options


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "export":
        from vodmonitor.app.export_command import main as export  # Qt-free

        return export(args[1:])
    options = parse_options(args)
    if options.command == "serve":
        from vodmonitor.app.serve import serve  # no Qt at all: it runs where there is no display

        return serve(options)
    from vodmonitor.ui.app_start import run  # Qt is imported only once options are valid

    return run(options)
