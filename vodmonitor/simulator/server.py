"""The simulator's HTTP face: the VOD API actions, TC3 checks, throttling and faults."""

from __future__ import annotations

import json
import logging
import random
import socket
import struct
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from typing import Any

from vodmonitor.simulator.api_messages import api_message
from vodmonitor.simulator.media import MediaLibrary, MediaQueryError
from vodmonitor.simulator.pusher import Pusher
from vodmonitor.simulator.queue import EventQueue, HandleError, SimulatorConfig
from vodmonitor.simulator.signing import check_signature
from vodmonitor.simulator.tasks import TaskBoard, TaskQueryError
from vodmonitor.simulator.world import SimulatedWorld

log = logging.getLogger(__name__)

API_VERSION = "2018-07-17"
# "charset" answers with "application/json; charset=utf-8", as some proxies rewrite it.
FAULT_KINDS = ("http500", "internal_error", "throttle", "reset", "slow", "non_json", "charset")


@dataclass
class _Fault:
    kind: str
    action: str | None
    delay: float


class _RawEvents(list[str]):
    """Event JSON texts already serialised by the queue; spliced into the response."""


class _ApiError(Exception):
    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message


def _load_sample_media() -> bytes:
    return resources.files("vodmonitor").joinpath("resources/sample-clip.mp4").read_bytes()


class Simulator(SimulatedWorld):
    """A VOD event API on 127.0.0.1. Use as a context manager or call start()/stop()."""

    def __init__(
        self,
        config: SimulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int | None = None,
    ) -> None:
        self.config = config or SimulatorConfig()
        self.queue = EventQueue(self.config)
        self.stats: Counter[str] = Counter()
        self.rng = random.Random(seed)
        self._host = host
        self._port = port
        self._lock = threading.Lock()
        self._faults: deque[_Fault] = deque()
        self._outage = False
        self._rate_windows: dict[str, deque[float]] = {}
        self._httpd: ThreadingHTTPServer | None = None
        self._serve_thread: threading.Thread | None = None
        self._gen_stop = threading.Event()
        self._gen_thread: threading.Thread | None = None
        self.media = _load_sample_media()
        self.tasks = TaskBoard(self.now)
        self.library = MediaLibrary(self.now, self.media)
        self.pusher: Pusher | None = None  # started with the first event in PUSH mode
        self._backend_stop = threading.Event()
        self._backend_thread: threading.Thread | None = None
        self.backend_received: Counter[str] = Counter()

    # --- lifecycle ------------------------------------------------------------------
    def start(self) -> Simulator:
        httpd = ThreadingHTTPServer((self._host, self._port), _Handler)
        httpd.daemon_threads = True
        httpd.block_on_close = False
        httpd.sim = self  # type: ignore[attr-defined]
        self._httpd = httpd
        self._serve_thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="vod-simulator",
            daemon=True,
        )
        self._serve_thread.start()
        return self

    def stop(self) -> None:
        if self.pusher is not None:
            self.pusher.close()
        self.stop_generating()
        self.stop_backend()
        self.queue.close()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._serve_thread is not None:
            self._serve_thread.join(timeout=5)

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "simulator not started"
        return int(self._httpd.server_address[1])

    @property
    def endpoint(self) -> str:
        return f"{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"http://{self.endpoint}"

    def now(self) -> float:
        return time.time() + self.config.clock_offset

    # --- events (what tests and the demo do to the world: world.py) ------------------
    def enqueue(self, payloads: Iterable[Mapping[str, Any]]) -> list[int]:
        payloads = list(payloads)
        self._record_tasks(payloads)
        if self.config.deliver_push and self.config.mode == "PUSH" and self.config.notification_url:
            # Normal callback: POSTed to the application's URL, never queued for pulling.
            if self.pusher is None:
                self.pusher = Pusher(self.config, self.now)
            self.pusher.push(payloads)
            return []
        return self.queue.enqueue(payloads)

    # --- fault injection ----------------------------------------------------------------
    def inject(
        self, kind: str, *, count: int = 1, action: str | None = None, delay: float = 2.0
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {FAULT_KINDS}")
        with self._lock:
            self._faults.extend(_Fault(kind, action, delay) for _ in range(count))

    def set_outage(self, down: bool) -> None:
        with self._lock:
            self._outage = down

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._outage = False

    def _take_fault(self, action: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.action in (None, action):
                    self._faults.remove(fault)
                    return fault
        return None

    def _throttled(self, action: str) -> bool:
        limit = self.config.rate_limit
        if not limit:
            return False
        now = time.monotonic()
        with self._lock:
            window = self._rate_windows.setdefault(action, deque())
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                return True
            window.append(now)
            return False

    # --- actions --------------------------------------------------------------------
    def _check_sub_app(self, params: Mapping[str, Any]) -> None:
        want = self.config.sub_app_id
        got = params.get("SubAppId")
        if want is None:
            return
        if got is None:
            raise _ApiError(
                "InvalidParameterValue.SubAppId", "SubAppId is required for this account."
            )
        if got != want:
            raise _ApiError("InvalidParameterValue.SubAppId", f"SubAppId {got} does not exist.")

    def handle_action(self, action: str, params: Mapping[str, Any]) -> dict[str, Any]:
        if action == "PullEvents":
            self._check_sub_app(params)
            events = self.queue.pull()
            if not events:
                raise _ApiError("ResourceNotFound")
            return {"EventSet": _RawEvents(events)}
        if action == "ConfirmEvents":
            self._check_sub_app(params)
            handles = params.get("EventHandles")
            if not isinstance(handles, list) or not handles:
                raise _ApiError("MissingParameter", "EventHandles is required.")
            if len(handles) > 16:
                raise _ApiError(
                    "InvalidParameterValue", "EventHandles: at most 16 handles per call."
                )
            if not all(isinstance(h, str) for h in handles):
                raise _ApiError("InvalidParameterValue", "EventHandles must be strings.")
            try:
                self.queue.confirm(handles)
            except HandleError as exc:
                raise _ApiError(
                    "InvalidParameterValue", f"EventHandle invalid: {exc.reason}."
                ) from None
            self.stats["confirmed_handles"] += len(handles)
            return {}
        if action == "DescribeEventConfig":
            self._check_sub_app(params)
            return {
                "Mode": self.config.mode,
                "NotificationUrl": self.config.notification_url,
                **self.config.switches,
            }
        if action == "ModifyEventConfig":
            self._check_sub_app(params)
            mode = params.get("Mode")
            if mode is not None:
                if mode not in ("PUSH", "PULL"):
                    raise _ApiError(
                        "InvalidParameterValue.Mode", f"Mode must be PUSH or PULL, not {mode}."
                    )
                self.config.mode = mode
                with self.queue._cond:  # wake long polls so they see the new mode
                    self.queue._cond.notify_all()
            url = params.get("NotificationUrl")
            if isinstance(url, str):
                self.config.notification_url = url
            for key in self.config.switches:
                if params.get(key) in ("ON", "OFF"):
                    self.config.switches[key] = params[key]
            return {}
        if action == "DescribeTasks":
            self._check_sub_app(params)
            try:
                return self.tasks.describe(params)
            except TaskQueryError as exc:
                raise _ApiError(exc.code, exc.message) from None
        if action == "DescribeTaskDetail":
            self._check_sub_app(params)
            try:
                return self.tasks.detail(params.get("TaskId"))
            except TaskQueryError as exc:
                raise _ApiError(exc.code, exc.message) from None
        if action == "DescribeMediaInfos":
            self._check_sub_app(params)
            try:
                return self.library.describe(params, self.base_url)
            except MediaQueryError as exc:
                raise _ApiError(exc.code, exc.message) from None
        if action == "DescribeVodDomains":
            self._check_sub_app(params)
            try:
                return self.library.describe_domains(self.endpoint)
            except MediaQueryError as exc:
                raise _ApiError(exc.code, exc.message) from None
        if action == "DescribeEventsState":
            self._check_sub_app(params)
            return {"CountOfEventsToPull": self.queue.pending_count()}
        # Not VOD actions: let benchmarks drive a simulator running in another process.
        if action == "DescribeSimulatorStats":
            return dict(self.stats)
        if action == "SimulatorEnqueueClips":
            count = params.get("Count")
            if not isinstance(count, int) or not 0 < count <= 1_000_000:
                raise _ApiError("InvalidParameterValue", "Count must be 1 to 1000000.")
            self.enqueue_clips(count)
            return {"Enqueued": count}
        raise _ApiError("InvalidAction")

    def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None:
        problem = check_signature(
            headers,
            body,
            secret_id=self.config.secret_id,
            secret_key=self.config.secret_key,
            now=self.now(),
        )
        if problem is not None:
            raise _ApiError(problem)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server_version = "vod-simulator"

    @property
    def sim(self) -> Simulator:
        return self.server.sim  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _write(
        self, status: int, body: bytes, content_type: str, extra: Iterable[str] = ()
    ) -> None:
        # One write per response: split header/body writes cost ~40 ms on loopback.
        lines = [
            f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}",
            f"Server: {self.server_version}",
            f"Date: {formatdate(self.sim.now(), usegmt=True)}",
            f"Content-Type: {content_type}",
            f"Content-Length: {len(body)}",
            *extra,
        ]
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        self.wfile.write(head + body)
        self.log_request(status, len(body))

    def _reset(self) -> None:
        # SO_LINGER 0 turns the close into a TCP RST: what a dropped connection looks like.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path.startswith("/media/"):
            self._send_media(path, query)
            return
        body = b"vod simulator: POST / with the Tencent Cloud API v3 protocol\n"
        self._write(200, body, "text/plain")

    def _send_media(self, path: str, query: str) -> None:
        library = self.sim.library
        library.requests.append(path)
        if not library.authorised(path, query):
            self._write(403, b"403 Forbidden: the URL is not signed for this domain", "text/plain")
            return
        found = library.content(path)
        if found is None:
            self._write(404, b"404 Not Found", "text/plain")
            return
        data, total, content_type = found
        start, end = 0, total - 1
        status = 200
        extra = ["Accept-Ranges: bytes"]
        rng = self.headers.get("Range", "")
        if rng.startswith("bytes="):
            try:
                start_s, end_s = rng[6:].split(",", 1)[0].split("-", 1)
                start = int(start_s) if start_s else max(total - int(end_s), 0)
                end = int(end_s) if end_s and start_s else total - 1
                end = min(end, total - 1)
                if start > end:
                    raise ValueError
            except ValueError:
                self._write(416, b"", content_type, [f"Content-Range: bytes */{total}"])
                return
            status = 206
            extra.append(f"Content-Range: bytes {start}-{end}/{total}")
        length = end - start + 1
        cut, library.cut_after = library.cut_after, None
        head = [
            f"HTTP/1.1 {status} {self.responses.get(status, ('',))[0]}",
            f"Server: {self.server_version}",
            f"Content-Type: {content_type}",
            f"Content-Length: {length}",
            *extra,
        ]
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        sent = 0
        chunk = 256 * 1024
        while sent < length:
            take = min(chunk, length - sent)
            if cut is not None and sent + take > cut:
                take = max(cut - sent, 0)
            piece = (
                data[start + sent : start + sent + take]
                if isinstance(data, bytes)
                else data(start + sent, start + sent + take)
            )
            try:
                self.wfile.write(piece)
            except (BrokenPipeError, ConnectionResetError):
                return
            sent += take
            if cut is not None and sent >= cut:
                self.wfile.flush()
                self._reset()  # a broken connection halfway through
                return
        self.log_request(status, length)

    def do_POST(self) -> None:
        sim = self.sim
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        action = headers.get("x-tc-action", "")
        language = headers.get("x-tc-language", "zh-CN")
        request_id = str(uuid.uuid4())
        sim.stats["requests"] += 1
        sim.stats[f"calls.{action}"] += 1

        with sim._lock:
            outage = sim._outage
        if outage:
            sim.stats["faults.outage"] += 1
            self._reset()
            return
        fault = sim._take_fault(action)
        if fault is not None:
            sim.stats[f"faults.{fault.kind}"] += 1
            if fault.kind == "reset":
                self._reset()
                return
            if fault.kind == "http500":
                self._write(
                    500, b"<html><body>500 Internal Server Error</body></html>", "text/html"
                )
                return
            if fault.kind == "non_json":
                self._write(200, b"<html>upstream gateway error</html>", "application/json")
                return
            if fault.kind == "slow":
                time.sleep(fault.delay)
        try:
            if fault is not None and fault.kind == "internal_error":
                raise _ApiError("InternalError")
            if fault is not None and fault.kind == "throttle":
                raise _ApiError("RequestLimitExceeded")
            sim.verify_signature(headers, body)
            if sim._throttled(action):
                raise _ApiError("RequestLimitExceeded")
            try:
                params = json.loads(body or b"{}")
            except ValueError:
                raise _ApiError("InvalidParameter", "The request body is not valid JSON.") from None
            if not isinstance(params, dict):
                raise _ApiError("InvalidParameter", "The request body must be a JSON object.")
            result = sim.handle_action(action, params)
            response: dict[str, Any] = {**result, "RequestId": request_id}
        except _ApiError as exc:
            if exc.code == "RequestLimitExceeded":
                sim.stats["throttled"] += 1
            elif exc.code != "ResourceNotFound":
                sim.stats[f"errors.{exc.code}"] += 1
            message = exc.message or api_message(exc.code, language)
            response = {"Error": {"Code": exc.code, "Message": message}, "RequestId": request_id}
        events = response.pop("EventSet", None)
        text = json.dumps({"Response": response}, ensure_ascii=False)
        if isinstance(events, _RawEvents):
            text = text[:-2] + ', "EventSet": [' + ", ".join(events) + "]}}"
        payload = text.encode("utf-8", "surrogateescape")  # hostile raw entries keep their bytes
        # Exactly "application/json": the SDK ignores business errors under any other type.
        charset = fault is not None and fault.kind == "charset"
        self._write(
            200, payload, "application/json; charset=utf-8" if charset else "application/json"
        )
