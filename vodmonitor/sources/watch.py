"""Watch-only: clip results read from the task APIs, taking nothing from the event queue.

For a VOD application whose events belong to a backend (normal callback to its URL, or a
backend that pulls the queue), vodmonitor must not consume them. The task list holds the
same facts: ``DescribeTasks`` pages through the tasks of the last 72 hours by FinishTime,
and each new ``Clip`` task's ``DescribeTaskDetail`` has a ``ClipTask`` with the body of the
ClipComplete event. This source never calls PullEvents, ConfirmEvents or ModifyEventConfig.

It reads one page per ``pull()``, so a 72-hour catch-up fills the table as it goes, and
then waits ``interval_s`` between scrolls. Its position (the latest FinishTime it has
read past) travels with each batch as a cursor that the ledger commits together with the
events: after a crash, a full disk or a restart it resumes exactly after what is stored.
Each scroll starts ``overlap_s`` before that position, so a task whose FinishTime ties the
page boundary, or that became visible a little late, is still seen; the ledger is asked
which tasks it already has, so no detail is fetched twice.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from vodmonitor.cloud import CloudError, Connection, ErrorKind, VodApi
from vodmonitor.events import CLIP_COMPLETE, Event, PullBatch, RejectedEvent, parse_event
from vodmonitor.ledgers.view import WatchMemoryReader
from vodmonitor.pacing import Pacer
from vodmonitor.sources.base import QueueCheck, SourceKind

log = logging.getLogger(__name__)

WINDOW_S = 72 * 3600  # how far back the task APIs answer
DEFAULT_INTERVAL_S = 10.0
DEFAULT_OVERLAP_S = 60.0
PAGE_LIMIT = 100
CLIP_TASK = "Clip"
FINISHED = ("FINISH", "ABORTED")


class TaskApi(Protocol):
    def describe_tasks(
        self, finished_after: str, scroll_token: str | None = None, limit: int = PAGE_LIMIT
    ) -> dict[str, Any]: ...

    def describe_task_detail(self, task_id: str) -> dict[str, Any]: ...


class WatchMemory(Protocol):
    """What the ledger has committed: the source's cursor and which clips it holds."""

    def cursor(self) -> str | None: ...

    def known(self, task_ids: Sequence[str]) -> set[str]: ...


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: object) -> float | None:
    """A task time, or None when it is not one this computer can hold as a position (years
    1 and 9999 with an offset parse, but fall outside what a timestamp can say)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:  # the APIs always send an offset; assume UTC if missing
            moment = moment.replace(tzinfo=UTC)
        stamp = moment.timestamp()
        iso(stamp)  # it must also be writable back
    except (ValueError, OverflowError, OSError):
        return None
    return stamp


def encode_cursor(finished: float) -> str:
    return json.dumps({"v": 1, "finished": iso(finished)})


def decode_cursor(text: str | None) -> float | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return parse_iso(data.get("finished")) if isinstance(data, dict) else None


class WatchSource:
    """An EventSource over DescribeTasks/DescribeTaskDetail. One instance per thread."""

    def __init__(
        self,
        api: TaskApi,
        memory: WatchMemory,
        *,
        interval_s: float = DEFAULT_INTERVAL_S,
        overlap_s: float = DEFAULT_OVERLAP_S,
        max_requests_per_s: float | None = 95.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.api = api
        self.memory = memory
        self.interval_s = interval_s
        self.overlap_s = overlap_s
        self._clock = clock
        # VOD allows 100 requests/s per action; each action gets its own pace.
        self._list_pace = Pacer(max_requests_per_s)
        self._detail_pace = Pacer(max_requests_per_s)
        self._never = threading.Event()
        self._started = False
        self._expected: str | None = None  # the cursor of the last batch handed out
        self._token: str | None = None  # mid-scroll: the next page's ScrollToken
        self._after = ""  # the scroll's FinishTime.After
        self._page: list[dict[str, Any]] | None = None  # listed, details not all fetched
        self._page_high: float | None = None
        self._next_token: str | None = None
        self._carry: list[Event] = []  # fetched before an error; handed out next time
        self._carry_rejected: list[RejectedEvent] = []
        self._unreadable: set[str] = set()  # task ids whose detail could not be read
        self._tokens: set[str] = set()  # this scroll's ScrollTokens so far
        self._last_ids: tuple[str, ...] = ()  # the task ids of this scroll's last page
        self._scrolling = False
        self.calls = 0

    # --- EventSource --------------------------------------------------------------------
    def check_queue(self) -> QueueCheck:
        """The queue's mode is none of its business: it reads the task list."""
        return QueueCheck()

    def idle_delay(self) -> float:
        """Seconds before the next pull: none mid-scroll, the interval after a full one."""
        return 0.0 if self._scrolling or self._carry else self.interval_s

    def pull(self) -> PullBatch:
        stored = self.memory.cursor()
        if self._started and stored != self._expected:
            # The last batch was not committed (the disk refused it): read it again.
            log.info("watch-only: the last batch was not stored; reading from the stored position")
            self._reset()
        self._started = True
        position = decode_cursor(stored)
        if self._page is None:
            self._list_page(position)
        assert self._page is not None
        events, rejected = self._fetch_details(self._page)
        reached = [x for x in (position, self._page_high) if x is not None]
        self._token = self._next_token
        self._scrolling = self._token is not None
        self._page = None
        self._page_high = None
        cursor = encode_cursor(max(reached)) if reached else stored
        self._expected = cursor
        return PullBatch(tuple(events), tuple(rejected), None, cursor)

    # --- reading ------------------------------------------------------------------------
    def _reset(self) -> None:
        self._tokens.clear()
        self._last_ids = ()
        self._token = None
        self._page = None
        self._page_high = None
        self._scrolling = False

    def _list_page(self, position: float | None) -> None:
        if self._token is None:  # a new scroll
            self._tokens.clear()
            self._last_ids = ()
            now = self._clock()
            start = now - WINDOW_S
            if position is not None:
                if position - self.overlap_s < start:
                    log.warning(
                        "watch-only: the last read was %.0f h ago; the task APIs keep 72 h, "
                        "so clips that finished before %s cannot be read",
                        (now - position) / 3600,
                        iso(start),
                    )
                start = max(start, position - self.overlap_s)
            self._after = iso(start)
        else:
            self._tokens.add(self._token)
        self._list_pace.wait(self._never)
        self.calls += 1
        asked_at = self._clock()
        response = self.api.describe_tasks(self._after, self._token, PAGE_LIMIT)
        tasks = response.get("TaskSet")
        tasks = [t for t in tasks if isinstance(t, dict)] if isinstance(tasks, list) else []
        token = response.get("ScrollToken")
        self._next_token = token if isinstance(token, str) and token and tasks else None
        self._check_progress(tasks)
        # A FinishTime is data, not a position: one in the future (a skewed server, a
        # hostile one) must never move the cursor past now, or later clips stay hidden.
        finishes = [f for f in (parse_iso(t.get("FinishTime")) for t in tasks) if f is not None]
        horizon = asked_at - WINDOW_S - 86400
        positions = [min(f, asked_at) for f in finishes if f >= horizon]
        self._page_high = max(positions) if positions else None
        self._page = [
            t
            for t in tasks
            if t.get("TaskType") == CLIP_TASK
            and t.get("Status") in FINISHED
            and isinstance(t.get("TaskId"), str)
            and t["TaskId"]
        ]

    def _check_progress(self, tasks: list[dict[str, Any]]) -> None:
        """A scroll must move on: a ScrollToken given before, or the same page again, is a
        loop that would spend the whole API quota (shared with the customer's backend)."""
        ids = tuple(str(t.get("TaskId")) for t in tasks)
        repeated = self._next_token is not None and self._next_token in self._tokens
        if repeated or (ids and ids == self._last_ids):
            self._reset()
            raise CloudError(
                ErrorKind.TRANSIENT,
                "WatchOnly.ScrollLoop",
                "DescribeTasks returned a page or ScrollToken it had returned before; the "
                "scroll was stopped and starts again from the stored position",
            )
        self._last_ids = ids

    def _fetch_details(self, page: list[dict[str, Any]]) -> tuple[list[Event], list[RejectedEvent]]:
        carried = {e.clip.task_id for e in self._carry if e.clip is not None}
        ids = list(dict.fromkeys(t["TaskId"] for t in page))
        wanted = [i for i in ids if i not in carried and i not in self._unreadable]
        known = self.memory.known(wanted) if wanted else set()
        by_id = {t["TaskId"]: t for t in page}
        for task_id in wanted:
            if task_id in known:
                continue
            self._detail_pace.wait(self._never)
            self.calls += 1
            try:
                detail = self.api.describe_task_detail(task_id)
            except CloudError as exc:
                if exc.code.startswith("ResourceNotFound") or exc.code.startswith(
                    "InvalidParameterValue"
                ):
                    log.warning("watch-only: task %s has no detail (%s)", task_id, exc.code)
                    self._unreadable.add(task_id)
                    continue
                raise  # throttled or down: the engine backs off; what was fetched is kept
            item = clip_event(by_id[task_id], detail)
            if isinstance(item, RejectedEvent):
                self._unreadable.add(task_id)
                self._carry_rejected.append(item)
            else:
                self._carry.append(item)
        events, self._carry = self._carry, []
        rejected, self._carry_rejected = self._carry_rejected, []
        return events, rejected


def clip_event(task: dict[str, Any], detail: dict[str, Any]) -> Event | RejectedEvent:
    """The ClipComplete event a task detail stands for: the ``ClipTask`` is its body."""
    task_id = str(task.get("TaskId"))
    body = detail.get("ClipTask")
    named = body.get("TaskId") if isinstance(body, dict) else None
    if named not in (None, "", task_id):  # never stored under a task it does not describe
        raw = json.dumps(detail, ensure_ascii=False)[:100_000]
        return RejectedEvent(raw, None, f"task {task_id}: the detail describes task {named!s:.100}")
    status = detail.get("Status") or task.get("Status")
    if not isinstance(body, dict):
        if status != "ABORTED":
            raw = json.dumps(detail, ensure_ascii=False)[:100_000]
            return RejectedEvent(raw, None, f"task {task_id}: the detail has no ClipTask")
        # An aborted clip may come without a body: it is a failed clip all the same.
        body = {
            "TaskId": task_id,
            "SrcFileId": task.get("FileId") or "",
            "FileInfo": {"ErrCode": "ABORTED", "Message": "", "FileId": "", "FileUrl": ""},
        }
    if body.get("TaskId") != task_id:
        body = {**body, "TaskId": task_id}
    info = body.get("FileInfo")
    if status == "ABORTED" and isinstance(info, dict) and info.get("ErrCode") in (None, 0):
        # Never shown as a success: the task was stopped, whatever its body says.
        body = {**body, "FileInfo": {**info, "ErrCode": "ABORTED"}}
    payload = {
        "EventType": CLIP_COMPLETE,
        "ClipCompleteEvent": body,
        # Where it came from, for the raw view: nobody pushed or pulled this event.
        "WatchOnly": {
            "Source": "DescribeTaskDetail",
            "Status": status,
            "CreateTime": detail.get("CreateTime"),
            "FinishTime": detail.get("FinishTime") or task.get("FinishTime"),
        },
    }
    try:
        return parse_event(json.dumps(payload, ensure_ascii=False))
    except (ValueError, TypeError) as exc:
        return RejectedEvent(
            json.dumps(detail, ensure_ascii=False, default=str)[:100_000], None, str(exc)
        )


class ConsumerProbeApi(TaskApi, Protocol):
    def events_state(self) -> int: ...


def clips_taken_elsewhere(
    api: ConsumerProbeApi, memory: WatchMemory, *, now: float, settle_s: float = 120.0
) -> int:
    """How many clips of the last hour someone else seems to have taken from the queue.

    A clip that finished a while ago is either waiting in the queue or was pulled; if the
    queue is empty and this computer's ledger does not have it, another consumer (a
    backend, another desktop) took it. One page of the task list and one count: cheap
    enough for a connection check.
    """
    page = api.describe_tasks(iso(now - 3600), None, PAGE_LIMIT).get("TaskSet")
    ids = [
        str(t["TaskId"])
        for t in (page if isinstance(page, list) else [])
        if isinstance(t, dict)
        and t.get("TaskType") == CLIP_TASK
        and t.get("Status") == "FINISH"
        and t.get("TaskId")
        and (parse_iso(t.get("FinishTime")) or now) <= now - settle_s
    ]
    if not ids or api.events_state() > 0:
        return 0
    return len(set(ids) - memory.known(ids))


class ProcessingGauge:
    """Watch-only's backlog: clip tasks still processing. The list has no type filter and
    no total, so counting stops after a few pages (the count is then a lower bound)."""

    what = "processing"
    PAGES = 3

    def __init__(self, connection: Connection) -> None:
        self.api = VodApi(connection)

    def waiting(self) -> tuple[int, bool]:
        clips, token = 0, None
        for _ in range(self.PAGES):
            page = self.api.processing_tasks(token)
            tasks = page.get("TaskSet")
            for task in tasks if isinstance(tasks, list) else []:
                if isinstance(task, dict) and task.get("TaskType") == "Clip":
                    clips += 1
            token = page.get("ScrollToken") or None
            if not token:
                return clips, False
        return clips, True


def watch_kind(db_path: Path, interval_s: float = DEFAULT_INTERVAL_S) -> SourceKind:
    """Watch-only: one reader and one batch in flight (each page sees what the previous
    one stored); nothing is ever confirmed on VOD."""

    def open_reader(connection: Connection) -> WatchSource:
        return WatchSource(VodApi(connection), WatchMemoryReader(db_path), interval_s=interval_s)

    return SourceKind(
        "watch", readers=1, batches_in_flight=1, open=open_reader, open_gauge=ProcessingGauge
    )
