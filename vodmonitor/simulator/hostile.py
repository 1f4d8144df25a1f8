"""EventSet entries an attacker, a broken gateway or a future VOD might send.

Each entry is the exact bytes of one EventSet member. ``STORED`` entries must end up as a
row (with their oddity shown as plain text); ``SET_ASIDE`` entries cannot be read as an
event and must be kept aside once, never costing the entries beside them. The simulator
mixes them into its stream (``--hostile``) and the tests run each through the real app.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["stored", "set_aside"]


@dataclass(frozen=True)
class HostileEntry:
    name: str
    outcome: Outcome
    make: Callable[[str], bytes]  # task id -> the entry's bytes


def _clip(task_id: str, info: object, **extra: object) -> dict[str, object]:
    return {
        "EventType": "ClipComplete",
        "ClipCompleteEvent": {
            "TaskId": task_id,
            "SrcFileId": "5285890800000000001",
            "FileInfo": info,
            **extra,
        },
        "FileUploadEvent": None,
    }


def _dump(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def _info(**fields: object) -> dict[str, object]:
    base: dict[str, object] = {
        "ErrCode": 0,
        "Message": "",
        "FileId": "5285890800000000002",
        "FileUrl": "https://example.vod2.myqcloud.com/clip/f0.mp4",
        "FileType": "mp4",
    }
    base.update(fields)
    return base


def _deep(task_id: str) -> bytes:
    return b'{"EventType": "ClipComplete", "Nested": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"


CORPUS: tuple[HostileEntry, ...] = (
    HostileEntry(
        "huge_errcode_number",
        "stored",
        lambda t: _dump(_clip(t, _info(ErrCode=0, FileUrl=""))).replace(
            b'"ErrCode": 0', b'"ErrCode": 99999999999999999999'
        ),
    ),
    HostileEntry(
        "huge_errcode_string",
        "stored",
        lambda t: _dump(_clip(t, _info(ErrCode="99999999999999999999"))),
    ),
    HostileEntry(
        "lone_surrogate_message",
        "stored",
        lambda t: _dump(_clip(t, _info(ErrCode=1, Message="MARK"))).replace(
            b"MARK", b"\\ud800 broken"
        ),
    ),
    HostileEntry(
        "invalid_utf8_message",
        "stored",
        lambda t: _dump(_clip(t, _info(ErrCode=2, Message="MARK"))).replace(
            b"MARK", b"bad \xff\xfe bytes"
        ),
    ),
    HostileEntry(
        "rich_text_message",
        "stored",
        lambda t: _dump(
            _clip(t, _info(ErrCode=3, Message='<img src="file:///etc/passwd"><b>bold</b>'))
        ),
    ),
    HostileEntry(
        "javascript_url", "stored", lambda t: _dump(_clip(t, _info(FileUrl="javascript:alert(1)")))
    ),
    HostileEntry(
        "file_url", "stored", lambda t: _dump(_clip(t, _info(FileUrl="file:///etc/passwd")))
    ),
    HostileEntry("null_file_info", "stored", lambda t: _dump(_clip(t, None))),
    HostileEntry("list_file_info", "stored", lambda t: _dump(_clip(t, [1, 2, 3]))),
    HostileEntry("object_errcode", "stored", lambda t: _dump(_clip(t, _info(ErrCode={"a": 1})))),
    HostileEntry(
        "infinite_errcode",
        "stored",
        lambda t: _dump(_clip(t, _info())).replace(b'"ErrCode": 0', b'"ErrCode": 1e400'),
    ),
    HostileEntry(
        "nul_in_message", "stored", lambda t: _dump(_clip(t, _info(ErrCode=4, Message="a\u0000b")))
    ),
    HostileEntry(
        "unknown_event_type",
        "stored",
        lambda t: _dump(
            {"EventType": "FutureThingComplete", "FutureThingCompleteEvent": {"TaskId": t}}
        ),
    ),
    HostileEntry(
        "huge_integer_errcode",  # past the 4,300 digits Python's int() reads
        "stored",
        lambda t: _dump(_clip(t, _info())).replace(b'"ErrCode": 0', b'"ErrCode": ' + b"9" * 5000),
    ),
    HostileEntry(
        "huge_integer_field",
        "stored",
        lambda t: _dump(_clip(t, _info(), Extra=0)).replace(
            b'"Extra": 0', b'"Extra": -' + b"7" * 5000
        ),
    ),
    HostileEntry("deep_nesting", "set_aside", _deep),
    HostileEntry(
        "malformed_json",
        "set_aside",
        lambda t: (
            b'{"EventType": "ClipComplete", "ClipCompleteEvent": {"TaskId": "'
            + t.encode()
            + b'", "x": tru}}'
        ),
    ),
    HostileEntry(
        "no_event_type", "set_aside", lambda t: _dump({"ClipCompleteEvent": {"TaskId": t}})
    ),
    HostileEntry("not_an_object", "set_aside", lambda t: _dump([t, 1, None])),
)

BY_NAME = {entry.name: entry for entry in CORPUS}


def hostile_entry(rng: random.Random) -> tuple[HostileEntry, bytes, str]:
    entry = rng.choice(CORPUS)
    task_id = f"hostile-{entry.name}-{rng.getrandbits(64):016x}"
    return entry, entry.make(task_id), task_id


# --- beyond the event queue -------------------------------------------------------------------
# FinishTimes a task list may hold (watch-only): each valid ISO 8601, none a usable position.
FINISH_TIMES: tuple[tuple[str, str], ...] = (
    ("far_future", "9999-12-31T23:59:59Z"),
    ("an_hour_ahead", "+1h"),  # the simulator's now plus an hour
    ("year_one_east", "0001-01-01T00:00:00+14:00"),
    ("year_9999_west", "9999-12-31T23:59:59-14:00"),
)

# Column values another desktop (a newer version, or a hostile one) may write into a shared
# ledger's row: none of them may halt a desktop that mirrors it.
MIRRORED_VALUES: tuple[tuple[str, str, object], ...] = (
    ("nan_first_seen", "first_seen", "NaN"),
    ("infinite_last_seen", "last_seen", "Infinity"),
    ("unknown_state", "state", "archived"),
    ("minus_infinite_handle_at", "handle_at", "-Infinity"),
)
