"""The reliable-callback queue: visibility timeouts, handles and confirmation.

Semantics follow the VOD contract: a pulled event becomes visible again after the
visibility timeout with a *new* handle; a handle is valid for ``handle_ttl`` seconds; an
expired, unknown or already-confirmed handle is rejected.
"""

from __future__ import annotations

import heapq
import itertools
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

MAX_EVENTS_PER_PULL = 16


@dataclass
class SimulatorConfig:
    secret_id: str = ""
    secret_key: str = ""
    sub_app_id: int | None = None
    hold: float = 5.0
    visibility: float = 30.0
    handle_ttl: float = 30.0
    rate_limit: int | None = 100  # requests per second per action; None switches it off
    clock_offset: float = 0.0  # seconds added to the server's idea of "now"
    mode: str = "PULL"
    notification_url: str = ""
    # PUSH mode POSTs each event to the NotificationUrl (off: events wait in the queue, as
    # the demo and older tests expect after a switch to PULL).
    deliver_push: bool = False
    sign_key: str = ""  # PUSH: callbacks carry Sign = MD5(SignKey + T) and T
    sign_in: str = "body"  # where Sign and T go: "body" keys or "query" parameters
    switches: dict[str, str] = field(
        default_factory=lambda: {
            "UploadMediaCompleteEventSwitch": "ON",
            "DeleteMediaCompleteEventSwitch": "ON",
            "PersistenceCompleteEventSwitch": "OFF",
        }
    )


@dataclass
class _Stored:
    seq: int
    payload: dict[str, Any]
    # The payload's JSON members without the braces, serialised once at enqueue so that a
    # pull only splices in the handle: the simulator must not be the bottleneck it measures.
    members: str
    visible_at: float
    # Set for a raw entry that is not a JSON object: sent exactly so, with no handle.
    verbatim: str | None = None
    deliveries: int = 0
    confirmed: bool = False
    confirmations: int = 0


class HandleError(Exception):
    def __init__(self, handle: str, reason: str) -> None:
        super().__init__(f"{reason}: {handle}")
        self.handle = handle
        self.reason = reason


class EventQueue:
    def __init__(
        self, config: SimulatorConfig, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.config = config
        self._clock = clock
        self._cond = threading.Condition()
        self._seq = itertools.count(1)
        self._events: dict[int, _Stored] = {}
        self._ready: deque[int] = deque()
        self._inflight: list[tuple[float, int]] = []  # heap of (visible_at, seq)
        self._handles: dict[str, tuple[int, float]] = {}  # handle -> (seq, expires_at)
        self._closed = False

    # --- producer side -------------------------------------------------------------
    def enqueue(self, payloads: Iterable[Mapping[str, Any]]) -> list[int]:
        now = self._clock()
        seqs = []
        with self._cond:
            for payload in payloads:
                seq = next(self._seq)
                text = json.dumps(dict(payload), ensure_ascii=False)
                self._events[seq] = _Stored(seq, dict(payload), text[1:-1], now)
                self._ready.append(seq)
                seqs.append(seq)
            self._cond.notify_all()
        return seqs

    def enqueue_raw(self, entries: Iterable[bytes]) -> list[int]:
        """Queue entries as exact bytes (hostile ones: invalid UTF-8, bad JSON...). An entry
        that looks like an object gets a handle spliced in like any other."""
        now = self._clock()
        seqs = []
        with self._cond:
            for raw in entries:
                seq = next(self._seq)
                # surrogateescape carries invalid bytes through str to the response bytes
                text = raw.decode("utf-8", "surrogateescape").strip()
                if text.startswith("{") and text.endswith("}"):
                    stored = _Stored(seq, {}, text[1:-1].strip(), now)
                else:
                    stored = _Stored(seq, {}, "", now, verbatim=text)
                self._events[seq] = stored
                self._ready.append(seq)
                seqs.append(seq)
            self._cond.notify_all()
        return seqs

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()

    # --- PullEvents ---------------------------------------------------------------
    def _promote_due(self, now: float) -> None:
        while self._inflight and self._inflight[0][0] <= now:
            _, seq = heapq.heappop(self._inflight)
            stored = self._events.get(seq)
            if stored is not None and not stored.confirmed and stored.visible_at <= now:
                self._ready.append(seq)

    def _take(self, now: float) -> list[str]:
        out: list[str] = []
        while self._ready and len(out) < MAX_EVENTS_PER_PULL:
            seq = self._ready.popleft()
            stored = self._events.get(seq)
            if stored is None or stored.confirmed:
                continue
            handle = "EventHandle." + uuid.uuid4().hex
            self._handles[handle] = (seq, now + self.config.handle_ttl)
            stored.deliveries += 1
            stored.visible_at = now + self.config.visibility
            heapq.heappush(self._inflight, (stored.visible_at, seq))
            if stored.verbatim is not None:
                out.append(stored.verbatim)
                continue
            sep = "," if stored.members else ""
            out.append(f'{{"EventHandle": "{handle}"{sep}{stored.members}}}')
        return out

    def pull(self, hold: float | None = None) -> list[str]:
        """Up to 16 visible events as JSON texts, waiting up to ``hold`` seconds for one."""
        hold = self.config.hold if hold is None else hold
        deadline = self._clock() + hold
        with self._cond:
            while True:
                now = self._clock()
                if self.config.mode == "PULL":
                    self._promote_due(now)
                    if self._ready:
                        taken = self._take(now)
                        if taken:
                            return taken
                remaining = deadline - now
                if remaining <= 0 or self._closed:
                    return []
                wait = remaining
                if self._inflight and self.config.mode == "PULL":
                    wait = min(wait, max(self._inflight[0][0] - now, 0.001))
                self._cond.wait(wait)

    # --- ConfirmEvents ------------------------------------------------------------
    def confirm(self, handles: list[str]) -> None:
        """Confirm all handles or none: the first bad handle rejects the whole call."""
        now = self._clock()
        with self._cond:
            seqs: set[int] = set()
            for handle in handles:
                entry = self._handles.get(handle)
                if entry is None:
                    raise HandleError(handle, "unknown EventHandle")
                seq, expires = entry
                if now > expires:
                    raise HandleError(handle, "EventHandle expired")
                if self._events[seq].confirmed:
                    raise HandleError(handle, "event already confirmed")
                seqs.add(seq)
            for seq in seqs:
                stored = self._events[seq]
                stored.confirmed = True
                stored.confirmations += 1
            self._prune_handles(now)

    def _prune_handles(self, now: float) -> None:
        # Keep memory flat under long runs; confirmed handles stay a little longer so a
        # repeat confirm is reported as such rather than as unknown.
        if len(self._handles) < 50_000:
            return
        grace = self.config.handle_ttl
        self._handles = {h: (s, e) for h, (s, e) in self._handles.items() if e + grace > now}

    # --- inspection, for tests and DescribeEventsState -----------------------------
    def pending_count(self) -> int:
        with self._cond:
            return sum(1 for s in self._events.values() if not s.confirmed)

    def confirmations(self) -> dict[str, int]:
        """How many times each payload was confirmed, keyed by ClipComplete TaskId or seq."""
        with self._cond:
            return {_key(s): s.confirmations for s in self._events.values()}

    def deliveries(self) -> dict[str, int]:
        with self._cond:
            return {_key(s): s.deliveries for s in self._events.values()}


def _key(stored: _Stored) -> str:
    clip = stored.payload.get("ClipCompleteEvent")
    task_id = clip.get("TaskId") if isinstance(clip, dict) else None
    if isinstance(task_id, str):
        return task_id
    return f"seq-{stored.seq}"
