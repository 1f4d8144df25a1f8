"""Media in the simulator: DescribeMediaInfos, DescribeVodDomains, and the files themselves.

Every clip the simulator makes has media behind it: the clip (its output FileId) and its
source (SrcFileId), each with a name, a duration, a size and a cover. The playback domain
serves mp4 files and HLS clips (a playlist and its segments) with HTTP Range, and can be
protected with a Key (hotlink protection), checked as the CDN does:
``sign = md5(KEY + Dir + t + exper + rlimit + us)``, ``t`` a hex expiry, ``Dir`` the path
without the file name; a wrong key, an expired ``t`` or a tampered path answers 403.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

MAX_IDS = 20
SEGMENT_BYTES = 48_000
SEGMENTS = 6


class MediaQueryError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SimMedia:
    file_id: str
    name: str
    duration: float
    kind: str = "mp4"  # or "hls"
    size: int = 0  # 0: the sample clip's size
    deleted: bool = False


def sign_path(key: str, path: str, t: str, exper: str = "", rlimit: str = "", us: str = "") -> str:
    directory = path.rsplit("/", 1)[0] + "/"
    return hashlib.md5((key + directory + t + exper + rlimit + us).encode()).hexdigest()


class MediaLibrary:
    def __init__(self, clock: Callable[[], float], sample: bytes) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._media: dict[str, SimMedia] = {}
        self.sample = sample
        self.key: str | None = None  # Key hotlink protection on the playback domain
        self.domains_denied = False  # DescribeVodDomains refused (a key without that right)
        self.infos_denied = False  # DescribeMediaInfos refused
        self.cut_after: int | None = None  # the next media response breaks after these bytes
        self.requests: list[str] = []  # paths asked for, for tests

    def add(self, media: SimMedia) -> None:
        with self._lock:
            self._media[media.file_id] = media

    def get(self, file_id: str) -> SimMedia | None:
        with self._lock:
            return self._media.get(file_id)

    def delete(self, file_id: str) -> None:
        with self._lock:
            if file_id in self._media:
                self._media[file_id].deleted = True

    # --- DescribeMediaInfos ---------------------------------------------------------------
    def describe(self, params: Mapping[str, Any], base_url: str) -> dict[str, Any]:
        if self.infos_denied:
            raise MediaQueryError(
                "UnauthorizedOperation", "You are not authorized to perform this operation."
            )
        ids = params.get("FileIds")
        if (
            not isinstance(ids, list)
            or not 1 <= len(ids) <= MAX_IDS
            or not all(isinstance(i, str) for i in ids)
        ):
            raise MediaQueryError("InvalidParameterValue.FileIds", "FileIds: 1 to 20 file ids.")
        filters = params.get("Filters")
        wanted = set(filters) if isinstance(filters, list) and filters else None
        found: list[dict[str, Any]] = []
        missing: list[str] = []
        for file_id in ids:
            media = self.get(file_id)
            if media is None or media.deleted:
                missing.append(file_id)
                continue
            folder = f"{base_url}/media/{file_id}"
            url = f"{folder}/playlist.m3u8" if media.kind == "hls" else f"{folder}/f0.mp4"
            size = self.size_of(media)
            info: dict[str, Any] = {"FileId": file_id, "BasicInfo": None, "MetaData": None}
            if wanted is None or "basicInfo" in wanted:
                info["BasicInfo"] = {
                    "Name": media.name,
                    "Description": "",
                    "CreateTime": "2026-11-28T00:00:00Z",
                    "ExpireTime": "9999-12-31T23:59:59Z",
                    "ClassName": "Other",
                    "CoverUrl": f"{folder}/cover.png",
                    "Type": "m3u8" if media.kind == "hls" else "mp4",
                    "MediaUrl": url,
                    "Status": "Normal",
                    "StorageClass": "STANDARD",
                }
            if wanted is None or "metaData" in wanted:
                info["MetaData"] = {
                    "Size": size,
                    "Container": "hls" if media.kind == "hls" else "mov,mp4,m4a,3gp,3g2,mj2",
                    "Bitrate": int(size * 8 / max(media.duration, 0.1)),
                    "Height": 720,
                    "Width": 1280,
                    "Duration": media.duration,
                }
            found.append(info)
        return {"MediaInfoSet": found, "NotExistFileIdSet": missing}

    def describe_domains(self, host: str) -> dict[str, Any]:
        if self.domains_denied:
            raise MediaQueryError(
                "UnauthorizedOperation", "You are not authorized to perform this operation."
            )
        policy = {"Status": "Enabled" if self.key else "Disabled", "EncryptedKey": self.key or ""}
        return {
            "TotalCount": 1,
            "DomainSet": [
                {"Domain": host, "DeployStatus": "Online", "UrlSignatureAuthPolicy": policy}
            ],
        }

    # --- the playback domain --------------------------------------------------------------
    def size_of(self, media: SimMedia) -> int:
        if media.kind == "hls":
            return SEGMENT_BYTES * SEGMENTS
        return media.size or len(self.sample)

    def authorised(self, path: str, query: str) -> bool:
        if not self.key:
            return True
        q = {k: v[0] for k, v in parse_qs(query).items()}
        t = q.get("t", "")
        try:
            if int(t, 16) < self._clock():
                return False
        except ValueError:
            return False
        expected = sign_path(
            self.key, path, t, q.get("exper", ""), q.get("rlimit", ""), q.get("us", "")
        )
        return q.get("sign") == expected

    def content(self, path: str) -> tuple[bytes | Callable[[int, int], bytes], int, str] | None:
        """(bytes or a reader of a range, total size, content type) for a media path."""
        parts = path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "media":
            return None
        file_id, name = parts[1], parts[2]
        media = self.get(file_id)
        if name == "cover.png":
            return _COVER, len(_COVER), "image/png"
        if media is None:  # the sample, as before media had names
            return self.sample, len(self.sample), "video/mp4"
        if media.deleted:
            return None
        if media.kind == "hls":
            if name == "playlist.m3u8":
                playlist = _playlist().encode()
                return playlist, len(playlist), "application/vnd.apple.mpegurl"
            if name.startswith("seg-") and name.endswith(".ts"):
                index = int(name[4:-3]) if name[4:-3].isdigit() else -1
                if not 0 <= index < SEGMENTS:
                    return None
                return segment_bytes(file_id, index), SEGMENT_BYTES, "video/mp2t"
            return None
        if media.size:  # a large synthetic file: made on demand, range by range
            return _synthetic(file_id), media.size, "video/mp4"
        return self.sample, len(self.sample), "video/mp4"


def segment_bytes(file_id: str, index: int) -> bytes:
    seed = hashlib.sha256(f"{file_id}/{index}".encode()).digest()
    return (seed * (SEGMENT_BYTES // len(seed) + 1))[:SEGMENT_BYTES]


def _playlist() -> str:
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:2", "#EXT-X-MEDIA-SEQUENCE:0"]
    for index in range(SEGMENTS):
        lines += ["#EXTINF:2.000,", f"seg-{index}.ts"]
    return "\n".join([*lines, "#EXT-X-ENDLIST", ""])


_BLOCK = hashlib.sha256(b"vodmonitor synthetic media").digest() * 2048  # 64 KiB


def _synthetic(file_id: str) -> Callable[[int, int], bytes]:
    """Bytes [start, end) of a deterministic large file, without holding it in memory."""

    def read(start: int, end: int) -> bytes:
        out = bytearray()
        position = start
        while position < end:
            offset = position % len(_BLOCK)
            take = min(len(_BLOCK) - offset, end - position)
            out += _BLOCK[offset : offset + take]
            position += take
        return bytes(out)

    return read


def synthetic_bytes(size: int) -> bytes:
    return _synthetic("")(0, size)


def _cover() -> bytes:
    from importlib import resources

    return resources.files("vodmonitor").joinpath("resources/icons/vodmonitor-128.png").read_bytes()


_COVER = _cover()
