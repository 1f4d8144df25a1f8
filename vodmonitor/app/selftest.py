"""``vodmonitor --self-test``: prove an installation works, for CI and for support.

Builds the main window offscreen, checks the keyring backend, the translations and the
icons, and runs one PullEvents/ConfirmEvents round trip against the embedded simulator.
Exit code 0 on success; otherwise 1 and the reasons. A windowed Windows app has no
console, so the exit code (and the log) carry the result.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from vodmonitor import __version__
from vodmonitor.paths import AppPaths

log = logging.getLogger(__name__)

_UNUSABLE_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyring.backends.chainer")


def _say(line: str) -> None:
    log.info("self-test: %s", line)
    if sys.stdout is not None:  # None in a windowed Windows app
        print(line, flush=True)


def real_keyring_expected() -> bool:
    """Windows and macOS always have one; Linux only inside a desktop (D-Bus) session."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))


def check_keyring() -> str:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    # The chainer wraps real backends: it is fine when it holds at least one.
    if name.startswith("keyring.backends.chainer"):
        inner = [type(b).__module__ for b in getattr(backend, "backends", [])]
        usable = [m for m in inner if not m.startswith(_UNUSABLE_BACKENDS)]
        name += f" [{', '.join(inner) or 'empty'}]"
    else:
        usable = [] if name.startswith(_UNUSABLE_BACKENDS) else [name]
    if not usable and real_keyring_expected():
        raise RuntimeError(f"no usable keyring backend: {name}")
    return name if usable else f"{name} (no desktop session: acceptable)"


KEYRING_ROUND_TRIP = "VODMONITOR_SELF_TEST_KEYRING"  # set: also write, read, delete
NATIVE_PLATFORM = "VODMONITOR_SELF_TEST_NATIVE"  # set: the OS's own Qt platform plugin


def check_keyring_round_trip() -> str:
    """A secret through the real store and back (Credential Locker, Keychain, Secret
    Service): the installers' smoke test asks for it; a plain self-test writes nothing."""
    import uuid

    import keyring

    service, user = "vodmonitor-self-test", f"check-{uuid.uuid4().hex[:8]}"
    secret = uuid.uuid4().hex
    keyring.set_password(service, user, secret)
    try:
        if keyring.get_password(service, user) != secret:
            raise RuntimeError("the keyring returned another value than the one stored")
    finally:
        keyring.delete_password(service, user)
    if keyring.get_password(service, user) is not None:
        raise RuntimeError("the keyring kept a deleted entry")
    return f"set, read and deleted through {type(keyring.get_keyring()).__name__}"


def check_resources() -> str:
    package = resources.files("vodmonitor")
    needed = [
        "resources/i18n/vodmonitor_ko.qm",
        "resources/i18n/vodmonitor_zh_CN.qm",
        "resources/icons/vodmonitor-256.png",
        "resources/sample-clip.mp4",
    ]
    missing = [n for n in needed if not package.joinpath(n).is_file()]
    if missing:
        raise RuntimeError(f"missing resources: {', '.join(missing)}")
    return f"{len(needed)} resources present"


def check_window() -> str:
    native = bool(os.environ.get(NATIVE_PLATFORM))
    if native:  # qwindows.dll / libqcocoa must load, as they will for the user
        os.environ.pop("QT_QPA_PLATFORM", None)
    else:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from vodmonitor.ledgers.sqlite import Store
    from vodmonitor.ui.events_model import EventsModel
    from vodmonitor.ui.i18n import install_translators
    from vodmonitor.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = install_translators(app, QLocale("ko"))
    if len(translators) < 1:
        raise RuntimeError("the Korean translation did not load")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "selftest.sqlite3"
        Store(db).close()
        window = MainWindow(str(Path(tmp) / "window.ini"))
        model = EventsModel(db)
        window.set_model(model)
        window.show()
        app.processEvents()
        title = window.needs_attention.text()
        window.clear_model()
        model.close()
        window.close()
    for translator in translators:
        app.removeTranslator(translator)
    if title == "Needs attention":
        raise RuntimeError("the main window is not translated")
    if native and app.platformName() in ("offscreen", "minimal"):
        raise RuntimeError(f"asked for the native platform, got {app.platformName()}")
    return f"main window built ({app.platformName()}, Korean: {title})"


def check_round_trip() -> str:
    from vodmonitor.cloud import Connection, Secret, VodApi, parse_endpoint
    from vodmonitor.simulator import (
        DEMO_SECRET_ID,
        DEMO_SECRET_KEY,
        DEMO_SUB_APP_ID,
        Simulator,
        demo_config,
    )

    with Simulator(demo_config(hold=0.5)) as sim:
        sim.enqueue_clips(1)
        api = VodApi(
            Connection(
                parse_endpoint(f"http://{sim.endpoint}"),
                DEMO_SECRET_ID,
                Secret(DEMO_SECRET_KEY),
                sub_app_id=DEMO_SUB_APP_ID,
            )
        )
        batch = api.pull()
        handles = [e.handle for e in batch.events if e.handle]
        if len(handles) != 1:
            raise RuntimeError(f"PullEvents returned {len(handles)} events, expected 1")
        api.confirm(handles)
        if sim.queue.pending_count() != 0:
            raise RuntimeError("ConfirmEvents did not remove the event")
    return "PullEvents/ConfirmEvents round trip against the simulator"


def check_team() -> str:
    """Team mode's PostgreSQL driver, with the libpq it bundles (the installers carry it)."""
    import psycopg

    from vodmonitor.ledgers.postgres import TeamLedger

    if psycopg.pq.__impl__ not in ("binary", "c"):
        raise RuntimeError(
            f"psycopg runs its {psycopg.pq.__impl__} implementation, not the bundled one"
        )
    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {psycopg.pq.version()}), {TeamLedger.__name__}"


def run_self_test(paths: AppPaths) -> int:
    _say(f"vodmonitor {__version__} self-test (Python {sys.version.split()[0]}, {sys.platform})")
    checks: list[tuple[str, Callable[[], str]]] = [
        ("keyring", check_keyring),
        *(
            [("keyring round trip", check_keyring_round_trip)]
            if os.environ.get(KEYRING_ROUND_TRIP)
            else []
        ),
        ("resources", check_resources),
        ("window", check_window),
        ("api", check_round_trip),
        ("team", check_team),
    ]
    failed = 0
    for name, check in checks:
        try:
            _say(f"ok    {name}: {check()}")
        except Exception as exc:  # every failure is reported, then the exit code says it
            failed += 1
            log.exception("self-test %s failed", name)
            _say(f"FAIL  {name}: {type(exc).__name__}: {exc}")
    _say("self-test passed" if not failed else f"self-test failed ({failed} check(s))")
    _say(f"log: {paths.self_test_log()}")
    return 0 if not failed else 1
