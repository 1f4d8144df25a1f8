"""``vodmonitor serve --listen``: VOD's normal callbacks (PUSH), received and stored.

VOD POSTs each event to the application's NotificationUrl and retries until it gets a 2xx,
so the receiver answers 200 only once the event is committed to the ledger (503 otherwise).
With a SignKey every callback must carry ``Sign`` and ``T`` (as body keys or query
parameters) with ``Sign = MD5(SignKey + T)`` and ``T`` not yet passed; others get 401 and
are logged without their body. Replays are deduplicated by the ledger like redeliveries.

Built on aiohttp (the optional ``serve`` extra): an asyncio server holds thousands of slow
connections cheaply, so a slow client cannot hold up the others; on top, a body limit,
a read timeout and a bound on callbacks being stored at once. A health endpoint answers
load balancers. Run it behind a TLS reverse proxy (README).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from typing import Any

from aiohttp import web

from vodmonitor.cloud import Secret
from vodmonitor.events import PullBatch, read_callback_body
from vodmonitor.ledgers.model import IngestResult
from vodmonitor.raw_json import loads

log = logging.getLogger(__name__)

MAX_BODY = 256 * 1024  # a ClipComplete is about 1 KB; the largest events a few KB
READ_TIMEOUT_S = 10.0
COMMIT_TIMEOUT_S = 30.0
MAX_STORING = 256  # callbacks waiting for their commit at once
# Open connections at most: well under the packaged unit's LimitNOFILE (8192) and the
# common 1,024 default, so idle sockets can never starve a real callback of a descriptor.
MAX_CONNECTIONS = 768
RECEIVER_NAME = "vodmonitor"

Submit = Callable[[PullBatch, float], "Future[IngestResult]"]


class CallbackVerifier:
    def __init__(self, sign_key: Secret | None, clock: Callable[[], float] = time.time) -> None:
        self.sign_key = sign_key
        self._clock = clock

    def refusal(self, body: Any, query: Mapping[str, str]) -> str | None:
        """Why this callback is refused, or None."""
        if not self.sign_key:
            return None
        fields = body if isinstance(body, dict) else {}
        sign = fields.get("Sign") or query.get("Sign")
        t = fields.get("T") if fields.get("T") is not None else query.get("T")
        if not isinstance(sign, str) or t is None or isinstance(t, bool):
            return "no Sign or T"
        try:
            expiry = int(str(t))
        except ValueError:
            return "T is not a timestamp"
        if self._clock() > expiry:
            return "T has passed"
        expected = hashlib.md5((self.sign_key.reveal() + str(t)).encode()).hexdigest()
        # As bytes: compare_digest refuses text with non-ASCII characters (a TypeError).
        if not hmac.compare_digest(expected.encode(), sign.lower().encode("utf-8", "replace")):
            return "wrong Sign"
        return None


class Receiver:
    def __init__(
        self,
        submit: Submit,
        *,
        path: str = "/vod/callback",
        verifier: CallbackVerifier | None = None,
        healthy: Callable[[], bool] = lambda: True,
        max_body: int = MAX_BODY,
        read_timeout: float = READ_TIMEOUT_S,
        commit_timeout: float = COMMIT_TIMEOUT_S,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.submit = submit
        self.path = path if path.startswith("/") else "/" + path
        self.verifier = verifier or CallbackVerifier(None)
        self.healthy = healthy
        self.max_body = max_body
        self.read_timeout = read_timeout
        self.commit_timeout = commit_timeout
        self.max_connections = max_connections
        self._listener: asyncio.AbstractServer | None = None
        self._quiet = RepeatLimit()
        self.stats: dict[str, int] = {"stored": 0, "refused": 0, "failed": 0}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.address: tuple[str, int] | None = None

    # --- lifecycle (any thread) -----------------------------------------------------------
    def start(self, host: str, port: int) -> tuple[str, int]:
        ready = threading.Event()
        problem: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(host, port))
            except BaseException as exc:  # reported to start()'s caller
                problem.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._close())
            loop.close()

        self._thread = threading.Thread(target=run, name="callback-receiver", daemon=True)
        self._thread.start()
        ready.wait(10)
        if problem:
            raise problem[0]
        assert self.address is not None
        return self.address

    def stop(self, timeout: float = 2.0) -> None:
        loop = self._loop
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout)

    async def _serve(self, host: str, port: int) -> None:
        app = web.Application(client_max_size=self.max_body)
        app.router.add_post(self.path, self._callback)
        app.router.add_get(self.path, self._identity)
        app.router.add_get("/healthz", self._health)
        self._slots = asyncio.Semaphore(MAX_STORING)
        self._runner = web.AppRunner(
            app, access_log=None, keepalive_timeout=15, shutdown_timeout=1.0
        )
        await self._runner.setup()
        server = self._runner.server
        assert server is not None
        limit = self.max_connections

        # asyncio makes a burst of accepted connections' protocols before any of them is
        # connected, so handlers made but not yet connected count too: from their making to
        # the server's connection_made (at most a few seconds: a transport that failed never
        # connects).
        pending: dict[int, float] = {}
        connection_made = server.connection_made

        def connected(handler: Any, transport: Any) -> None:
            pending.pop(id(handler), None)
            connection_made(handler, transport)

        server.connection_made = connected  # type: ignore[method-assign]

        def connection() -> asyncio.BaseProtocol:
            now = time.monotonic()
            for key, at in list(pending.items()):
                if now - at > 5.0:
                    del pending[key]
            # Past the limit a new connection is closed at once: VOD retries the callback.
            if len(server.connections) + len(pending) >= limit:
                self.stats["turned_away"] = self.stats.get("turned_away", 0) + 1
                return _TurnAway()
            handler = server()
            pending[id(handler)] = now
            return handler

        loop = asyncio.get_running_loop()
        self._listener = await loop.create_server(connection, host, port, backlog=128)
        sockets = list(self._listener.sockets or ())  # the port when 0 was asked
        bound = sockets[0].getsockname() if sockets else (host, port)
        self.address = (str(bound[0]), int(bound[1]))
        log.info("receiving VOD callbacks on http://%s:%d%s", *self.address, self.path)

    async def _close(self) -> None:
        if self._listener is not None:
            self._listener.close()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- handlers (the receiver's loop) -------------------------------------------------
    async def _identity(self, request: web.Request) -> web.Response:
        """What a GET of the callback URL says: lets a desktop's connection check see that
        the application's NotificationUrl is a vodmonitor receiver."""
        return web.json_response({"receiver": RECEIVER_NAME})

    async def _health(self, request: web.Request) -> web.Response:
        ok = self.healthy()
        return web.json_response({"ok": ok, **self.stats}, status=200 if ok else 503)

    async def _callback(self, request: web.Request) -> web.Response:
        peer = request.remote or "?"
        try:
            body = await asyncio.wait_for(request.read(), self.read_timeout)
        except TimeoutError:
            return self._refuse(peer, "the body came too slowly", 408)
        except web.HTTPRequestEntityTooLarge:
            return self._refuse(peer, f"a body over {self.max_body} bytes", 413)
        except Exception as exc:  # a broken gzip body, a connection cut while reading
            return self._refuse(peer, f"an unreadable body ({type(exc).__name__})", 400)
        try:
            obj = loads(body)
        except (ValueError, RecursionError):
            obj = None
        refusal = self.verifier.refusal(obj, request.query)
        if refusal is not None:
            return self._refuse(peer, f"{refusal} ({len(body)} bytes)", 401)
        batch = read_callback_body(body)
        async with self._slots:
            try:
                await asyncio.wait_for(
                    asyncio.wrap_future(self.submit(batch, time.time())), self.commit_timeout
                )
            except Exception as exc:  # not stored: VOD sends it again after a non-2xx
                self.stats["failed"] += 1
                log.warning("a callback was not stored (%s); answered 503", type(exc).__name__)
                return web.json_response({"code": 503, "message": "not stored"}, status=503)
        self.stats["stored"] += 1
        return web.json_response({"code": 0, "message": "ok"})

    def _refuse(self, peer: str, why: str, status: int) -> web.Response:
        self.stats["refused"] += 1
        # Never its body; and a flood of bad requests must not rotate the log away.
        if self._quiet.allow(why.split(" (", 1)[0]):
            log.warning("refused a callback from %s: %s", peer, why)
        return web.json_response({"code": status, "message": "refused"}, status=status)


class _TurnAway(asyncio.Protocol):
    """A connection over the limit: closed as soon as it is made."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class RepeatLimit:
    """At most ``per_window`` log lines of one kind each ``window_s`` seconds; how many
    were left out is said in the next line that is let through."""

    def __init__(self, per_window: int = 10, window_s: float = 60.0) -> None:
        self.per_window = per_window
        self.window_s = window_s
        self._seen: dict[str, tuple[float, int, int]] = {}  # kind: (start, shown, left out)

    def allow(self, kind: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        start, shown, left_out = self._seen.get(kind, (now, 0, 0))
        if now - start >= self.window_s:
            if left_out:
                log.warning("%d more like %r were not logged", left_out, kind)
            start, shown, left_out = now, 0, 0
        if shown < self.per_window:
            self._seen[kind] = (start, shown + 1, left_out)
            return True
        self._seen[kind] = (start, shown, left_out + 1)
        return False
