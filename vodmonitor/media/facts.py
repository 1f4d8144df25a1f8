"""What DescribeMediaInfos says of a file: the names, durations, sizes and covers editors
think in. Parsed per entry, like events: one odd entry costs only itself."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

MAX_IDS_PER_CALL = 20
FILTERS = ["basicInfo", "metaData"]  # without them the answer is every detail: large


class MediaNote:
    """Why a file has no facts, as a key the window translates."""

    OK = ""
    DELETED = "deleted"
    DENIED = "denied"
    FAILED = "failed"


@dataclass(frozen=True)
class MediaFacts:
    file_id: str
    name: str = ""
    duration: float | None = None
    size: int | None = None
    cover_url: str = ""
    note: str = MediaNote.OK
    detail: str = ""  # the API's code for a failure


def _text(value: Any) -> str:
    return value.strip()[:1000] if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) and value >= 0 else None


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def parse_media_infos(response: dict[str, Any], asked: list[str]) -> list[MediaFacts]:
    facts: dict[str, MediaFacts] = {}
    infos = response.get("MediaInfoSet")
    for info in infos if isinstance(infos, list) else []:
        if not isinstance(info, dict) or not isinstance(info.get("FileId"), str):
            continue
        basic = _mapping(info.get("BasicInfo"))
        meta = _mapping(info.get("MetaData"))
        size = _number(meta.get("Size"))
        facts[info["FileId"]] = MediaFacts(
            info["FileId"],
            name=_text(basic.get("Name")),
            duration=_number(meta.get("Duration")),
            size=int(size) if size is not None and size < 2**62 else None,
            cover_url=_text(basic.get("CoverUrl")),
        )
    missing = response.get("NotExistFileIdSet")
    for file_id in missing if isinstance(missing, list) else []:
        if isinstance(file_id, str):
            facts[file_id] = MediaFacts(file_id, note=MediaNote.DELETED)
    # An id the answer did not mention at all: looked up, nothing known.
    return [
        facts.get(i, MediaFacts(i, note=MediaNote.FAILED, detail="not in the answer"))
        for i in asked
    ]
