"""Placeholder until the main window lands: starts the demo simulator."""

from __future__ import annotations

from vodmonitor.cli import Options


def run(options: Options) -> int:
    from vodmonitor.simulator.__main__ import main as simulator_main

    if options.demo:
        return simulator_main(["--backlog", "20", "--rate", "12"])
    print("vodmonitor: the main window is not built yet; try --demo")
    return 2
