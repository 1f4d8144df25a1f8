"""Typed records for VOD event notifications, parsed tolerantly.

VOD adds event types over time and its own samples disagree on member names, so parsing
never trusts the shape: unknown keys, null or missing members and unknown event types
are kept as they came. Only a payload that is not an event at all raises
:class:`EventParseError`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vodmonitor.errors import VodmonitorError
from vodmonitor.raw_json import (
    MAX_DEPTH,
    RawJsonError,
    UnreadableEntry,
    loads,
    read_pull_body,
    value_extent,
)

CLIP_COMPLETE = "ClipComplete"

# SQLite stores signed 64-bit integers; a larger ErrCode is kept as text instead.
_INT64 = range(-(2**63), 2**63)
# JSON may escape a lone UTF-16 surrogate ("\ud800"); such a str cannot be encoded as UTF-8
# (SQLite, logs, Qt), so it is spelled out as its escape, visibly and without loss.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_HANDLE_MEMBER = re.compile(r'"EventHandle"\s*:\s*"([^"\\]*)"')

# Keys that differ between deliveries of the same event and so must not shape its identity.
_DELIVERY_KEYS = frozenset({"EventHandle", "Sign", "T"})


class EventParseError(VodmonitorError, ValueError):
    """The payload is not a VOD event: not a JSON object, or it names no event type."""


@dataclass(frozen=True, slots=True)
class ClipResult:
    task_id: str
    src_file_id: str
    file_id: str
    file_url: str
    file_type: str
    err_code: int | None
    message: str
    # The ErrCode as sent when it is not a 64-bit integer (huge, or not a number at all).
    err_text: str = ""

    @property
    def succeeded(self) -> bool:
        if self.err_code is None:
            return not self.err_text and bool(self.file_url or self.file_id)
        return self.err_code == 0


@dataclass(frozen=True, slots=True)
class Event:
    event_type: str
    handle: str | None
    raw_json: str
    identity: str
    clip: ClipResult | None = None
    legacy: bool = False
    # For a clip keyed by TaskId, a hash of what the editor sees of it: tells a redelivery
    # from a different payload that claims the same TaskId.
    payload_hash: int | None = None


@dataclass(frozen=True, slots=True)
class RejectedEvent:
    """An EventSet entry that could not be read as an event; kept so nothing is lost."""

    raw_json: str
    handle: str | None
    reason: str

    @property
    def identity(self) -> str:
        return rejected_identity(self.raw_json)


@dataclass(frozen=True, slots=True)
class PullBatch:
    events: tuple[Event, ...]
    rejected: tuple[RejectedEvent, ...]
    request_id: str | None
    # A position-reading source (watch-only) says how far this batch reaches; the ledger
    # commits it with the events.
    cursor: str | None = None


def storable(text: str) -> str:
    """``text`` with any lone surrogate written as its JSON escape, so it encodes as UTF-8."""
    if _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return json.dumps(value)
    return ""


def _err_code(value: Any) -> tuple[int | None, str]:
    """ErrCode as an int when it is one that fits 64 bits; otherwise the text as sent."""
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            return None, value.strip()
    elif value is not None:
        return None, _text(value) or type(value).__name__
    if number is None:
        return None, ""
    if number in _INT64:
        return number, ""
    return None, str(number)


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _load(payload: str | bytes | Mapping[str, Any]) -> tuple[Mapping[str, Any], str]:
    if isinstance(payload, Mapping):
        return payload, json.dumps(payload, ensure_ascii=False)
    if isinstance(payload, bytes):
        try:
            payload = payload.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EventParseError(f"payload is not UTF-8 text: {exc}") from None
    if not isinstance(payload, str):
        raise EventParseError(
            f"payload must be JSON text or an object, not {type(payload).__name__}"
        )
    try:
        obj = loads(payload)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise EventParseError(f"payload is not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise EventParseError(f"payload must be a JSON object, got {type(obj).__name__}")
    if payload.count("{") + payload.count("[") > MAX_DEPTH:
        depth = value_extent(payload, payload.index("{"))[1]
        if depth > MAX_DEPTH:
            raise EventParseError(f"payload is nested {depth} levels deep (at most {MAX_DEPTH})")
    return obj, payload


def payload_identity(obj: Mapping[str, Any]) -> str:
    """A stable identity for events that carry no natural key: a hash of the payload."""
    core = {k: v for k, v in obj.items() if k not in _DELIVERY_KEYS}
    try:
        canonical = json.dumps(core, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        canonical = repr(sorted(core.items(), key=lambda kv: str(kv[0])))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _clip_v3(obj: Mapping[str, Any]) -> ClipResult | None:
    body = obj.get("ClipCompleteEvent")
    if not isinstance(body, Mapping):
        return None
    info = _mapping(body.get("FileInfo"))
    err_code, err_text = _err_code(info.get("ErrCode"))
    return ClipResult(
        task_id=_text(body.get("TaskId")),
        src_file_id=_text(body.get("SrcFileId")),
        file_id=_text(info.get("FileId")),
        file_url=_text(info.get("FileUrl")),
        file_type=_text(info.get("FileType")),
        err_code=err_code,
        message=_text(info.get("Message")),
        err_text=err_text,
    )


def _clip_legacy(obj: Mapping[str, Any]) -> ClipResult | None:
    data = obj.get("data")
    if not isinstance(data, Mapping):
        return None
    info = _mapping(data.get("fileInfo"))
    err_code, err_text = _err_code(info.get("status"))
    return ClipResult(
        task_id=_text(data.get("vodTaskId")),
        src_file_id=_text(data.get("srcFileId")),
        file_id=_text(info.get("fileId")),
        file_url=_text(info.get("fileUrl")),
        file_type=_text(info.get("fileType")),
        err_code=err_code,
        message=_text(info.get("message")),
        err_text=err_text,
    )


def parse_event(payload: str | bytes | Mapping[str, Any]) -> Event:
    """Parse one EventContent: a normal-callback body, a PullEvents entry or legacy v2."""
    return _event(*_load(payload))


def _event(obj: Mapping[str, Any], raw: str) -> Event:
    legacy = False
    event_type = obj.get("EventType")
    if event_type is None and "eventType" in obj:
        legacy = True
        event_type = obj.get("eventType")
    if not isinstance(event_type, str) or not event_type.strip():
        raise EventParseError("payload has no EventType")
    handle = obj.get("EventHandle")
    handle = handle if isinstance(handle, str) and handle else None
    clip = None
    if event_type == CLIP_COMPLETE:
        clip = _clip_legacy(obj) if legacy else _clip_v3(obj)
    # Only text that holds a surrogate (escaped, or already decoded) can hold a lone one;
    # looking once at the raw text spares every ordinary event the per-field scrub.
    if _has_surrogate(raw):
        event_type, raw = storable(event_type), storable(raw)
        handle = storable(handle) if handle else None
        clip = _scrubbed(clip) if clip else None
    payload_hash = None
    if clip is not None and clip.task_id:
        identity = "clip:" + clip.task_id
        # What the editor sees of a clip; a copy that differs in it is another payload.
        payload_hash = _clip_hash(clip)
    else:  # the identity is the payload's hash: a different payload is another row anyway
        identity = payload_identity(obj)
    return Event(event_type, handle, raw, identity, clip, legacy, payload_hash)


def _clip_fields(clip: ClipResult) -> tuple[str, str, str, str, str, int | None, str, str]:
    return (
        clip.task_id,
        clip.src_file_id,
        clip.file_id,
        clip.file_url,
        clip.file_type,
        clip.err_code,
        clip.message,
        clip.err_text,
    )


def _has_surrogate(raw: str) -> bool:
    if "\\u" in raw and _SURROGATE_ESCAPE.search(raw):
        return True
    try:
        raw.encode("utf-8")  # a decoded lone surrogate cannot be encoded
    except UnicodeEncodeError:
        return True
    return False


def _scrubbed(clip: ClipResult) -> ClipResult:
    return ClipResult(
        task_id=storable(clip.task_id),
        src_file_id=storable(clip.src_file_id),
        file_id=storable(clip.file_id),
        file_url=storable(clip.file_url),
        file_type=storable(clip.file_type),
        err_code=clip.err_code,
        message=storable(clip.message),
        err_text=storable(clip.err_text),
    )


def _clip_hash(clip: ClipResult) -> int:
    """64 bits of the clip's shown fields: enough to tell two payloads of one TaskId apart,
    and an integer keeps the events table (and its writes) small."""
    fields = "\x1f".join(map(str, _clip_fields(clip)))
    digest = hashlib.blake2b(fields.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _batch(entries: list[tuple[Any, str]], request_id: Any) -> PullBatch:
    """Events from (value, exact text) pairs; a malformed entry becomes a RejectedEvent
    instead of failing the batch, so one bad event never costs the good ones beside it."""
    events: list[Event] = []
    rejected: list[RejectedEvent] = []
    for entry, raw in entries:
        try:
            if isinstance(entry, UnreadableEntry):
                raise EventParseError(entry.reason)
            if not isinstance(entry, Mapping):
                raise EventParseError(
                    f"event entry must be a JSON object, got {type(entry).__name__}"
                )
            events.append(_event(entry, raw))
        except EventParseError as exc:
            rejected.append(RejectedEvent(storable(raw), _handle_of(entry, raw), str(exc)))
    return PullBatch(
        tuple(events), tuple(rejected), request_id if isinstance(request_id, str) else None
    )


def _handle_of(entry: Any, raw: str) -> str | None:
    handle = entry.get("EventHandle") if isinstance(entry, Mapping) else None
    if handle is None and not isinstance(entry, Mapping):
        match = _HANDLE_MEMBER.search(raw)
        handle = match.group(1) if match else None
    return storable(handle) if isinstance(handle, str) and handle else None


def rejected_identity(raw: str) -> str:
    """Redeliveries of one unreadable entry differ only in their handle: hash the rest, so
    the entry is kept once however often VOD sends it."""
    core = _HANDLE_MEMBER.sub("", raw)
    return "sha256:" + hashlib.sha256(core.encode("utf-8", "surrogatepass")).hexdigest()


def read_pull_text(text: str) -> tuple[dict[str, Any], PullBatch]:
    """A PullEvents body as sent: the Response members (Error, RequestId...) and the events,
    each keeping its exact text."""
    try:
        members, entries = read_pull_body(text)
    except (RawJsonError, RecursionError) as exc:
        raise EventParseError(f"not a PullEvents body: {exc}") from None
    return members, _batch(entries, members.get("RequestId"))


def parse_pull_response(payload: str | bytes | Mapping[str, Any]) -> PullBatch:
    """Parse a whole PullEvents body (``{"Response": {...}}``) or just its inner object."""
    if isinstance(payload, bytes):
        try:
            payload = payload.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise EventParseError(f"payload is not UTF-8 text: {exc}") from None
    if isinstance(payload, str):
        obj, _ = _load(payload)
        if isinstance(obj.get("Response"), Mapping):
            return read_pull_text(payload)[1]  # keeps each event's exact text
    else:
        obj = payload
    response = obj.get("Response", obj)
    if not isinstance(response, Mapping):
        raise EventParseError("Response is not an object")
    entries = response.get("EventSet")
    if entries is None:
        entries = []
    if not isinstance(entries, list):
        raise EventParseError("EventSet is not a list")
    pairs = [(entry, json.dumps(entry, ensure_ascii=False)) for entry in entries]
    return _batch(pairs, response.get("RequestId"))


def read_callback_body(body: bytes) -> PullBatch:
    """One normal-callback POST: an EventContent without a handle. A body that cannot be
    read as an event is kept aside, not refused: VOD would only send it again."""
    text = body.decode("utf-8", "replace")
    try:
        return PullBatch((parse_event(text),), (), None)
    except EventParseError as exc:
        return PullBatch((), (RejectedEvent(storable(text[:100_000]), None, str(exc)),), None)
