"""Realistic event payloads in the v3 EventContent shape VOD sends."""

from __future__ import annotations

import random
from typing import Any

# The v3 samples carry every sibling member as null; keep that so parsers meet it.
_NULL_MEMBERS = (
    "FileUploadEvent",
    "ProcedureStateChangeEvent",
    "FileDeleteEvent",
    "PullCompleteEvent",
    "EditMediaCompleteEvent",
    "WechatPublishCompleteEvent",
    "TranscodeCompleteEvent",
    "ConcatCompleteEvent",
    "ClipCompleteEvent",
    "CreateImageSpriteCompleteEvent",
    "SnapshotByTimeOffsetCompleteEvent",
)

CLIP_FAILURES = (
    (40000, "InvalidParameter: the clip start time is later than the end time"),
    (60000, "SourceFileError: the source file is damaged or its format is not supported"),
    (70000, "InternalError: transcoding service is temporarily unavailable"),
    (10008, "SourceFileNotFound: the source file has been deleted"),
)

_OTHER_TYPES = ("NewFileUpload", "TranscodeComplete", "FileDeleted", "ProcedureStateChanged")
# The task behind an event, for the task list (uploads and deletions have none).
TASK_TYPES = {
    "ClipComplete": "Clip",
    "TranscodeComplete": "Transcode",
    "ProcedureStateChanged": "Procedure",
}
OTHER_TASK_TYPES = ("Procedure", "Transcode", "EditMedia", "SnapshotByTimeOffset", "Concat")


def _file_id(rng: random.Random) -> str:
    return str(rng.randrange(10**18, 10**19))


def _base(event_type: str) -> dict[str, Any]:
    event: dict[str, Any] = {"EventType": event_type}
    event.update(dict.fromkeys(_NULL_MEMBERS))
    return event


def clip_complete(
    rng: random.Random,
    media_base_url: str,
    *,
    failed: bool | None = None,
    task_id: str | None = None,
    hls: bool = False,
) -> dict[str, Any]:
    if failed is None:
        failed = rng.random() < 0.2
    task_id = task_id or f"clipVideo-{rng.getrandbits(80):020x}"
    out_id = _file_id(rng)
    if failed:
        code, message = rng.choice(CLIP_FAILURES)
        info = {"ErrCode": code, "Message": message, "FileId": "", "FileUrl": "", "FileType": "mp4"}
    else:
        name, kind = ("playlist.m3u8", "m3u8") if hls else ("f0.mp4", "mp4")
        info = {
            "ErrCode": 0,
            "Message": "",
            "FileId": out_id,
            "FileUrl": f"{media_base_url}/media/{out_id}/{name}",
            "FileType": kind,
        }
    event = _base("ClipComplete")
    event["ClipCompleteEvent"] = {"TaskId": task_id, "SrcFileId": _file_id(rng), "FileInfo": info}
    return event


def other_event(rng: random.Random, media_base_url: str) -> dict[str, Any]:
    kind = rng.choice(_OTHER_TYPES)
    event = _base(kind)
    file_id = _file_id(rng)
    if kind == "NewFileUpload":
        event["FileUploadEvent"] = {
            "FileId": file_id,
            "MediaBasicInfo": {"Name": f"upload-{file_id[-6:]}", "Type": "mp4"},
            "ProcedureTaskId": "",
        }
    elif kind == "TranscodeComplete":
        event["TranscodeCompleteEvent"] = {
            "Status": "SUCCESS",
            "ErrCode": 0,
            "FileId": file_id,
            "PlayInfoSet": [
                {"Definition": 100030, "Url": f"{media_base_url}/media/{file_id}/v.mp4"}
            ],
        }
    elif kind == "FileDeleted":
        event["FileDeleteEvent"] = {"FileIdSet": [file_id]}
    else:
        event["ProcedureStateChangeEvent"] = {
            "TaskId": f"procedurev2-{rng.getrandbits(64):016x}",
            "Status": "FINISH",
            "FileId": file_id,
        }
    return event


def mixed(rng: random.Random, media_base_url: str, other_ratio: float = 0.15) -> dict[str, Any]:
    if rng.random() < other_ratio:
        return other_event(rng, media_base_url)
    return clip_complete(rng, media_base_url)


_SOURCES = ("Evening news", "Match highlights", "Interview", "Product launch", "Concert")


def source_name(rng: random.Random) -> str:
    return f"{rng.choice(_SOURCES)} {rng.randrange(1, 100):02d}"
