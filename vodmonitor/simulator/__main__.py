"""``python -m vodmonitor.simulator``: serve a local VOD event API until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_SUB_APP_ID
from vodmonitor.simulator.media import SimMedia
from vodmonitor.simulator.queue import SimulatorConfig
from vodmonitor.simulator.server import FAULT_KINDS, Simulator


def fault_spec(text: str) -> tuple[str, int]:
    kind, _, count = text.partition(":")
    if kind not in FAULT_KINDS:
        raise argparse.ArgumentTypeError(f"unknown fault {kind!r}; one of {', '.join(FAULT_KINDS)}")
    try:
        return kind, int(count or 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"the count in {text!r} is not a number") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m vodmonitor.simulator", description=__doc__)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    p.add_argument("--secret-id", default=DEMO_SECRET_ID)
    p.add_argument("--secret-key", default=DEMO_SECRET_KEY)
    p.add_argument("--sub-app-id", type=int, default=DEMO_SUB_APP_ID)
    p.add_argument("--rate", type=float, default=0.0, help="events generated per minute")
    p.add_argument("--backlog", type=int, default=0, help="events queued at start (a mix)")
    p.add_argument(
        "--clip-backlog", type=int, default=0, help="ClipComplete events queued at start"
    )
    p.add_argument("--visibility", type=float, default=30.0, help="seconds until redelivery")
    p.add_argument("--handle-ttl", type=float, default=30.0, help="seconds a handle stays valid")
    p.add_argument("--hold", type=float, default=5.0, help="long-poll hold in seconds")
    p.add_argument("--rate-limit", type=int, default=100, help="requests/s per action; 0 = off")
    p.add_argument("--mode", choices=("PULL", "PUSH"), default="PULL")
    p.add_argument(
        "--hostile",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share of generated entries taken from the hostile corpus (0 to 1)",
    )
    p.add_argument(
        "--fault",
        action="append",
        default=[],
        type=fault_spec,
        metavar="KIND[:COUNT]",
        help=f"inject faults into the next calls; KIND is one of {', '.join(FAULT_KINDS)}",
    )
    p.add_argument(
        "--backend",
        action="store_true",
        help="a simulated backend pulls and confirms the queue (for watch-only)",
    )
    p.add_argument(
        "--push-to",
        metavar="URL",
        help="normal callback: POST every event to URL (PUSH mode), retrying until a 2xx",
    )
    p.add_argument("--sign-key", default="", help="PUSH: sign callbacks with this SignKey")
    p.add_argument(
        "--media-key", metavar="KEY", help="protect the media domain with this hotlink Key"
    )
    p.add_argument(
        "--big-file",
        metavar="MB",
        type=int,
        default=0,
        help="serve a file of MB megabytes at /media/big/f0.mp4 (for download benchmarks)",
    )
    p.add_argument("--seed", type=int, default=None)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = SimulatorConfig(
        secret_id=args.secret_id,
        secret_key=args.secret_key,
        sub_app_id=args.sub_app_id,
        hold=args.hold,
        visibility=args.visibility,
        handle_ttl=args.handle_ttl,
        rate_limit=args.rate_limit or None,
        mode=args.mode,
    )
    if args.push_to:
        config.mode, config.notification_url, config.deliver_push = "PUSH", args.push_to, True
        config.sign_key = args.sign_key
    sim = Simulator(config, host=args.host, port=args.port, seed=args.seed).start()
    sim.enqueue_mixed(args.backlog)
    sim.enqueue_clips(args.clip_backlog)
    for kind, count in args.fault:
        sim.inject(kind, count=count)
    sim.start_generating(args.rate, hostile_share=args.hostile)
    if args.backend:
        sim.start_backend()
    sim.library.key = args.media_key or None
    if args.big_file:
        sim.library.add(SimMedia("big", "Big file", 600.0, size=args.big_file * 1_000_000))
    # The demo credentials are public test values, so printing them is the point.
    print(f"VOD simulator listening on {sim.base_url}", flush=True)
    print(f"  endpoint   {sim.endpoint}  (HttpProfile(protocol='http', endpoint=...))")
    print(f"  SecretId   {config.secret_id}")
    print(f"  SecretKey  {config.secret_key}")
    print(f"  SubAppId   {config.sub_app_id}")
    print("Press Ctrl+C to stop.", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()
    sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
