"""The task list: DescribeTasks and DescribeTaskDetail as VOD documents them.

Every task the simulator finishes is kept here, whether or not its event goes through the
queue, so a watch-only reader can be tested against the same clips a puller sees. Times
have whole seconds, like the API's ISO 8601 strings, so tasks share a FinishTime as they
do in real life, and pages break between them.
"""

from __future__ import annotations

import base64
import bisect
import json
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

WINDOW_S = 72 * 3600
MAX_LIMIT = 100
DEFAULT_LIMIT = 10


class TaskQueryError(ValueError):
    """A request the real API would refuse: (code, message)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SimTask:
    seq: int
    task_id: str
    task_type: str
    status: str  # WAITING, PROCESSING, FINISH, ABORTED
    file_id: str
    create_time: int
    finish_time: int | None
    body: dict[str, Any] | None = None  # the ClipTask of a clip
    finish_text: str | None = None  # a FinishTime as a hostile server writes it

    def simple(self) -> dict[str, Any]:
        return {
            "TaskId": self.task_id,
            "Status": self.status,
            "FileId": self.file_id,
            "TaskType": self.task_type,
            "CreateTime": iso(self.create_time),
            "BeginProcessTime": iso(self.create_time),
            "FinishTime": self.finish_text
            if self.finish_text is not None
            else (iso(self.finish_time) if self.finish_time is not None else ""),
            "SessionId": "",
            "SessionContext": "",
        }


def iso(ts: float) -> str:
    return datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_time(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TaskQueryError("InvalidParameterValue", f"{name} must be an ISO 8601 string.")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise TaskQueryError("InvalidParameterValue", f"{name}: {value} is not ISO 8601.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp())


def _range(params: Mapping[str, Any], name: str) -> tuple[int | None, int | None]:
    value = params.get(name)
    if value is None:
        return None, None
    if not isinstance(value, dict):
        raise TaskQueryError("InvalidParameterValue", f"{name} must be a TimeRange.")
    return _parse_time(value.get("After"), f"{name}.After"), _parse_time(
        value.get("Before"), f"{name}.Before"
    )


def _token(key: tuple[int, int]) -> str:
    return base64.urlsafe_b64encode(json.dumps(key).encode()).decode().rstrip("=")


def _untoken(text: str) -> tuple[int, int]:
    try:
        padded = text + "=" * (-len(text) % 4)
        first, second = json.loads(base64.urlsafe_b64decode(padded))
        return int(first), int(second)
    except (ValueError, TypeError):
        raise TaskQueryError(
            "InvalidParameterValue.ScrollToken", "ScrollToken is invalid."
        ) from None


class TaskBoard:
    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._tasks: dict[str, SimTask] = {}
        self._seq = 0
        self.details_served: dict[str, int] = {}
        # A broken list: every page is the first one again, with the same ScrollToken.
        self.endless_scroll = False

    def add(
        self,
        task_id: str,
        task_type: str,
        *,
        status: str = "FINISH",
        file_id: str = "",
        finished_at: float | None = None,
        created_at: float | None = None,
        body: dict[str, Any] | None = None,
    ) -> SimTask:
        now = self._clock()
        finish = None
        if status in ("FINISH", "ABORTED"):
            finish = int(now if finished_at is None else finished_at)
        created = int(created_at if created_at is not None else (finish or now) - 5)
        with self._lock:
            self._seq += 1
            task = SimTask(self._seq, task_id, task_type, status, file_id, created, finish, body)
            self._tasks[task_id] = task
        return task

    def add_clip(
        self,
        event_body: Mapping[str, Any],
        *,
        finished_at: float | None = None,
        aborted: bool = False,
    ) -> SimTask:
        """A finished clip whose ClipTask is the ClipComplete event's body."""
        body = dict(event_body)
        task_id = str(body.get("TaskId"))
        return self.add(
            task_id,
            "Clip",
            status="ABORTED" if aborted else "FINISH",
            file_id=str(body.get("SrcFileId") or ""),
            finished_at=finished_at,
            body=None if aborted else body,
        )

    def finish(self, task_id: str, *, at: float | None = None) -> None:
        with self._lock:
            task = self._tasks[task_id]
            task.status = "FINISH"
            task.finish_time = int(self._clock() if at is None else at)

    def __len__(self) -> int:
        with self._lock:
            return len(self._tasks)

    # --- DescribeTasks ------------------------------------------------------------------
    def describe(self, params: Mapping[str, Any]) -> dict[str, Any]:
        limit = params.get("Limit", DEFAULT_LIMIT)
        if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
            raise TaskQueryError("InvalidParameterValue.Limit", "Limit must be 1 to 100.")
        status = params.get("Status")
        if status is not None and status not in ("WAITING", "PROCESSING", "FINISH"):
            raise TaskQueryError("InvalidParameterValue.Status", f"Status {status} is not valid.")
        file_id = params.get("FileId")
        created = _range(params, "CreateTime")
        finished = _range(params, "FinishTime")
        sort = params.get("Sort") or {"Field": "CreateTime", "Order": "Desc"}
        if not isinstance(sort, dict):
            raise TaskQueryError("InvalidParameterValue.Sort", "Sort must be a SortBy.")
        field = sort.get("Field", "CreateTime")
        order = sort.get("Order", "Desc")
        if field not in ("CreateTime", "FinishTime") or order not in ("Asc", "Desc"):
            raise TaskQueryError(
                "InvalidParameterValue.Sort", "Sort.Field or Sort.Order is not valid."
            )
        after_key = _untoken(params["ScrollToken"]) if params.get("ScrollToken") else None
        horizon = int(self._clock()) - WINDOW_S
        desc = order == "Desc"

        def key(task: SimTask) -> tuple[int, int]:
            moment = task.create_time if field == "CreateTime" else task.finish_time
            return (moment if moment is not None else 2**62, task.seq)

        def wanted(task: SimTask) -> bool:
            if task.create_time < horizon:  # the API lists the last 72 hours only
                return False
            if status is not None and task.status != status:
                return False
            if file_id and task.file_id != file_id:
                return False
            for (after, before), moment in (
                (created, task.create_time),
                (finished, task.finish_time),
            ):
                if after is None and before is None:
                    continue
                if moment is None:
                    return False
                if after is not None and moment < after:
                    return False
                if before is not None and moment >= before:
                    return False
            return True

        with self._lock:
            ascending = sorted((key(t), t) for t in self._tasks.values() if wanted(t))
        keys = [k for k, _ in ascending]
        if desc:
            rows = ascending[::-1]
            start = 0 if after_key is None else len(keys) - bisect.bisect_left(keys, after_key)
        else:
            rows = ascending
            start = 0 if after_key is None else bisect.bisect_right(keys, after_key)
        if self.endless_scroll:
            start = 0
        page = rows[start : start + limit]
        result: dict[str, Any] = {"TaskSet": [t.simple() for _, t in page]}
        if (start + limit < len(rows) or self.endless_scroll) and page:
            result["ScrollToken"] = _token(page[-1][0])
        return result

    # --- DescribeTaskDetail -------------------------------------------------------------
    def detail(self, task_id: Any) -> dict[str, Any]:
        if not isinstance(task_id, str) or not task_id:
            raise TaskQueryError("MissingParameter", "TaskId is required.")
        horizon = int(self._clock()) - WINDOW_S
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None or task.create_time < horizon:
                raise TaskQueryError("ResourceNotFound.TaskNotExist", "The task does not exist.")
            self.details_served[task_id] = self.details_served.get(task_id, 0) + 1
            simple = task.simple()
            out: dict[str, Any] = {
                "TaskType": task.task_type,
                "Status": task.status,
                "CreateTime": simple["CreateTime"],
                "BeginProcessTime": simple["BeginProcessTime"],
                "FinishTime": simple["FinishTime"],
            }
            if task.task_type == "Clip":
                out["ClipTask"] = task.body
            return out
