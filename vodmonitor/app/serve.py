"""``vodmonitor serve``: the Qt-free core without a window.

For a team that wants its events drained while every desktop is closed, on a small server
or a VM next to the team database: it takes the lead when no desktop holds it (or alone,
monitors a profile's own ledger). Logs go to stdout and the log file; SIGTERM and Ctrl+C
stop it cleanly within two seconds.
"""

from __future__ import annotations

import importlib.util
import logging
import signal
import sys
import threading
from types import FrameType
from typing import TYPE_CHECKING, Protocol

from vodmonitor import __version__
from vodmonitor.app.cli import Options
from vodmonitor.app.service import ENV_SIGN_KEY, MonitorService
from vodmonitor.credentials import CredentialError
from vodmonitor.engine import Change, Engine, EngineState, EngineStatus
from vodmonitor.errors import VodmonitorError
from vodmonitor.logs import log_to_stdout, log_uncaught_exceptions, setup_logging
from vodmonitor.paths import resolve_paths
from vodmonitor.settings import load_settings


class Halting(Protocol):
    @property
    def failed(self) -> bool: ...

    @property
    def status(self) -> EngineStatus: ...


if TYPE_CHECKING:
    from vodmonitor.sources.receiver import Receiver

log = logging.getLogger(__name__)


def serve(options: Options, stop: threading.Event | None = None) -> int:
    stop = stop or threading.Event()
    try:
        paths = resolve_paths(options.data_dir).ensure()
    except VodmonitorError as exc:
        print(f"vodmonitor serve: {exc}", file=sys.stderr)
        return 2
    setup_logging(paths.serve_log_file, options.log_level)
    log_to_stdout()
    log_uncaught_exceptions()
    if options.listen and importlib.util.find_spec("aiohttp") is None:
        # Said first: asking the keyring for a SignKey would only raise other questions.
        log.error("--listen needs the serve extra: pip install 'vodmonitor[serve]'")
        return 2
    loaded = load_settings(paths.settings_file)
    for problem in loaded.invalid:
        log.warning("settings: %s", problem)

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        log.info("signal %d: stopping", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, on_signal)

    def on_status(status: EngineStatus) -> None:
        if status.state is EngineState.FAILED:
            log.error("monitoring stopped: %s", status.detail)

    def on_change(change: Change) -> None:
        if change.inserted:
            log.info("stored %d new event(s)", len(change.inserted))
        if change.updated:
            log.debug("%d stored event(s) changed", len(change.updated))
        if change.removed:
            log.info("removed %d old result(s) (retention)", len(change.removed))

    service = MonitorService(
        paths, options, loaded.settings, on_change=on_change, on_status=on_status
    )
    resolved = service.demo() if options.demo else service.resolve()
    if resolved.credential_error is not None:
        log.error("cannot read the credentials: %s", resolved.credential_error)
    if resolved.endpoint_problem:
        log.error("the endpoint is not valid: %s", resolved.endpoint_problem)
    team = service.team_config(resolved.profile, options.sub_app_id)
    if resolved.connection is None and team is None and not options.listen:
        log.error(
            "nothing to do: profile %s has no credentials (set TENCENTCLOUD_SECRET_ID and "
            "TENCENTCLOUD_SECRET_KEY, or save them from the desktop app)",
            resolved.profile,
        )
        return 2
    log.info(
        "vodmonitor %s serving profile %s (data in %s)",
        __version__,
        resolved.profile,
        paths.data_dir,
    )
    try:
        engine = service.start(resolved.profile, resolved.connection)
    except VodmonitorError as exc:
        log.error("cannot start: %s", exc)
        return 1
    receiver = None
    try:
        if options.listen:
            receiver = start_receiver(options, service, engine)
            if receiver is None:
                return 2
        if not run_until_stopped(engine, stop):
            return 1  # a supervisor (systemd's Restart=on-failure) starts it again
    finally:
        if receiver is not None:
            receiver.stop()  # no new callbacks first; VOD retries what was not answered
        service.shutdown()
        log.info("stopped")
    return 0


def run_until_stopped(engine: Halting, stop: threading.Event) -> bool:
    """Wait for a stop; False when monitoring halted first (a code bug or a corrupt
    database), so ``serve`` exits non-zero instead of answering 503 forever."""
    while not stop.wait(0.2):
        if engine.failed:
            log.error("monitoring halted (%s); exiting", engine.status.detail)
            return False
    return True


def start_receiver(options: Options, service: MonitorService, engine: Engine) -> Receiver | None:
    try:
        from vodmonitor.sources.receiver import CallbackVerifier, Receiver
    except ImportError:
        log.error("--listen needs the serve extra: pip install 'vodmonitor[serve]'")
        return None
    host, _, port = (options.listen or "").rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) < 65536:
        log.error("--listen takes HOST:PORT, e.g. 127.0.0.1:8080")
        return None
    try:
        key = service.sign_key(service.profile_name or "default")
    except CredentialError as exc:
        log.error(
            "cannot read the SignKey from the keyring (%s): not accepting unsigned callbacks "
            "instead; unlock the keyring or set %s",
            exc.problem.value,
            ENV_SIGN_KEY,
        )
        return None
    if key is None:
        log.warning(
            "no SignKey: every callback is accepted unsigned (set one with VOD's event config)"
        )

    def healthy() -> bool:
        return engine.status.state not in (
            EngineState.FAILED,
            EngineState.STORAGE_ERROR,
            EngineState.STOPPED,
        )

    receiver = Receiver(
        engine.submit_pushed, path=options.path, verifier=CallbackVerifier(key), healthy=healthy
    )
    try:
        receiver.start(host.strip("[]"), int(port))
    except OSError as exc:
        log.error("cannot listen on %s: %s", options.listen, exc.strerror or exc)
        return None
    return receiver
