"""Downloading clips: files with resume, HLS clips as folders that play offline, covers.

Qt-free and blocking: the window runs these on worker threads. A file is written to
``name.part`` and renamed only once its size matches what the server announced; a broken
connection resumes with an HTTP Range request where it stopped. An HLS clip (``.m3u8``)
becomes a folder holding every segment and a playlist whose segment URIs are rewritten
to the local names, written last, so a folder with a playlist is a complete one.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests

from vodmonitor.errors import Retry, VodmonitorError
from vodmonitor.urls import is_safe_url

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
TIMEOUT_S = 30
RESUMES = 8  # broken connections survived per file
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_PLAYLIST_BYTES = 2 * 1024 * 1024
COVER_CACHE_BYTES = 64 * 1024 * 1024

ProgressCallback = Callable[[int, int | None], None]  # bytes done, bytes in all (if known)


class DownloadProblem(StrEnum):
    UNSAFE = "unsafe"  # not an http(s) URL
    FORBIDDEN = "forbidden"  # 403: Key hotlink protection without (the right) key
    NOT_FOUND = "not_found"
    HTTP = "http"  # another status
    NETWORK = "network"  # the connection failed more often than it may
    SIZE = "size"  # the bytes do not add up to the size announced
    TOO_LARGE = "too_large"
    DISK = "disk"
    CANCELLED = "cancelled"
    PLAYLIST = "playlist"  # an HLS playlist that cannot be read


class DownloadError(VodmonitorError):
    def __init__(self, problem: DownloadProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail

    @property
    def retry(self) -> Retry:  # type: ignore[override]
        return Retry.BACKOFF if self.problem is DownloadProblem.NETWORK else Retry.NEVER


_UNSAFE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}


def safe_file_name(name: str, fallback: str, extension: str = "") -> str:
    """A file name Windows and macOS both accept, from a clip's name (data from the server):
    no separators or reserved characters, no reserved device names, no trailing dots or
    spaces, not hidden, at most 120 characters before the extension."""
    cleaned = _UNSAFE_CHARS.sub("_", name or "")
    cleaned = "".join(ch for ch in cleaned if ch.isprintable())
    cleaned = cleaned.strip().strip(".").strip()[:120].rstrip(". ")
    if not cleaned or cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = _UNSAFE_CHARS.sub("_", fallback).strip(". ")[:120] or "clip"
    extension = extension if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", extension or "") else ""
    if extension and cleaned.lower().endswith(extension.lower()):
        extension = ""
    return cleaned + extension


def free_name(folder: Path, name: str) -> Path:
    """``name``, or ``name (2)``... when it exists: keeping both instead of overwriting."""
    candidate = folder / name
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    number = 2
    while candidate.exists() or candidate.with_name(candidate.name + ".part").exists():
        candidate = folder / (f"{stem} ({number}){dot}{ext}" if dot else f"{name} ({number})")
        number += 1
    return candidate


def _check(url: str) -> None:
    if not is_safe_url(url):
        raise DownloadError(DownloadProblem.UNSAFE, "only http and https links are fetched")


def _status_error(response: requests.Response) -> DownloadError:
    status = response.status_code
    if status == 403:
        return DownloadError(DownloadProblem.FORBIDDEN, "403")
    if status in (404, 410):
        return DownloadError(DownloadProblem.NOT_FOUND, str(status))
    return DownloadError(DownloadProblem.HTTP, str(status))


def _total_of(response: requests.Response, have: int) -> int | None:
    content_range = response.headers.get("Content-Range", "")
    if "/" in content_range:
        total = content_range.rsplit("/", 1)[1]
        if total.isdigit():
            return int(total)
    length = response.headers.get("Content-Length", "")
    if length.isdigit():
        return int(length) + (have if response.status_code == 206 else 0)
    return None


def download_file(
    url: str,
    dest: Path,
    *,
    cancel: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
    session: requests.Session | None = None,
    resumes: int = RESUMES,
) -> int:
    """Fetch ``url`` into ``dest`` (through ``dest.part``); returns the size. Raises
    DownloadError; a cancelled or failed download keeps its part file for a resume."""
    _check(url)
    cancel = cancel or threading.Event()
    http = session or requests.Session()
    part = dest.with_name(dest.name + ".part")
    total: int | None = None
    failures = 0
    while True:
        have = part.stat().st_size if part.exists() else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            with http.get(url, headers=headers, stream=True, timeout=TIMEOUT_S) as response:
                if response.status_code == 416 and have:
                    total = _total_of(response, 0)
                    if total == have:
                        break  # everything is there already
                    part.unlink()  # the file changed on the server: start again
                    continue
                if response.status_code not in (200, 206):
                    raise _status_error(response)
                if response.status_code == 200:
                    have = 0  # the server ignored the range: the whole file again
                total = _total_of(response, have)
                mode = "ab" if have else "wb"
                with open(part, mode) as out:
                    done = have
                    for chunk in response.iter_content(CHUNK):
                        if cancel.is_set():
                            raise DownloadError(DownloadProblem.CANCELLED)
                        out.write(chunk)
                        done += len(chunk)
                        if on_progress is not None:
                            on_progress(done, total)
            if total is None or part.stat().st_size >= total:
                break
            raise requests.ConnectionError("the connection closed early")
        except (
            requests.ConnectionError,
            requests.Timeout,
            requests.exceptions.ChunkedEncodingError,
        ) as exc:
            failures += 1
            if failures > resumes:
                raise DownloadError(DownloadProblem.NETWORK, type(exc).__name__) from None
            log.info(
                "download interrupted (%s); resuming at %d bytes",
                type(exc).__name__,
                part.stat().st_size if part.exists() else 0,
            )
            cancel.wait(min(0.2 * 2**failures, 5.0))
            if cancel.is_set():
                raise DownloadError(DownloadProblem.CANCELLED) from None
        except OSError as exc:
            raise DownloadError(DownloadProblem.DISK, exc.strerror or str(exc)) from None
    size = part.stat().st_size
    if total is not None and size != total:
        raise DownloadError(DownloadProblem.SIZE, f"{size} of {total} bytes")
    os.replace(part, dest)
    return size


def _signature_query(url: str) -> str:
    """The signing part of a signed playlist's query, for its segments in the same place."""
    query = urlsplit(url).query
    keys = ("t=", "exper=", "rlimit=", "us=", "sign=")
    return "&".join(p for p in query.split("&") if p.startswith(keys))


def download_hls(
    url: str,
    folder: Path,
    *,
    cancel: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
    session: requests.Session | None = None,
) -> int:
    """Fetch an HLS playlist and every segment (and key or init map) into ``folder``; write
    the playlist with local names last. Returns the bytes fetched. Resumable: finished
    segments are kept and skipped."""
    _check(url)
    cancel = cancel or threading.Event()
    http = session or requests.Session()
    try:
        response = http.get(url, timeout=TIMEOUT_S)
    except requests.RequestException as exc:
        raise DownloadError(DownloadProblem.NETWORK, type(exc).__name__) from None
    if response.status_code != 200:
        raise _status_error(response)
    if len(response.content) > MAX_PLAYLIST_BYTES:
        raise DownloadError(DownloadProblem.TOO_LARGE, "playlist")
    text = response.content.decode("utf-8", "replace")
    if not text.lstrip("\ufeff").startswith("#EXTM3U"):
        raise DownloadError(DownloadProblem.PLAYLIST, "not an M3U8 playlist")
    base = url.split("?", 1)[0]
    signature = _signature_query(url)
    lines = text.splitlines()
    targets: list[tuple[int, str, str]] = []  # (line, remote URL, local name)
    for number, line in enumerate(lines):
        uri = None
        if line and not line.startswith("#"):
            uri = line.strip()
        elif line.startswith(("#EXT-X-KEY", "#EXT-X-MAP")) and 'URI="' in line:
            uri = line.split('URI="', 1)[1].split('"', 1)[0]
        if not uri:
            continue
        remote = urljoin(base, uri)
        if not is_safe_url(remote):
            raise DownloadError(DownloadProblem.UNSAFE, "a segment is not an http(s) link")
        if signature and urlsplit(remote).netloc == urlsplit(base).netloc and "sign=" not in remote:
            remote += ("&" if "?" in remote else "?") + signature
        leaf = urlsplit(remote).path.rsplit("/", 1)[-1]
        local = safe_file_name(f"{len(targets):05d}-{leaf}", f"{len(targets):05d}.ts")
        targets.append((number, remote, local))
    if not targets:
        raise DownloadError(DownloadProblem.PLAYLIST, "the playlist names no segments")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(DownloadProblem.DISK, exc.strerror or str(exc)) from None
    fetched = 0
    for index, (_, remote, local) in enumerate(targets):
        dest = folder / local
        if not dest.exists():

            def step(done: int, total: int | None, index: int = index) -> None:
                if on_progress is not None and total:
                    # Segments count evenly: their sizes are known only as they come.
                    on_progress(int((index + done / total) * 1000), len(targets) * 1000)

            fetched += download_file(remote, dest, cancel=cancel, on_progress=step, session=http)
        if on_progress is not None:
            on_progress((index + 1) * 1000, len(targets) * 1000)
    for number, _, local in reversed(targets):
        line = lines[number]
        if line.startswith("#"):
            uri = line.split('URI="', 1)[1].split('"', 1)[0]
            lines[number] = line.replace(f'URI="{uri}"', f'URI="{local}"', 1)
        else:
            lines[number] = local
    leaf = urlsplit(url).path.rsplit("/", 1)[-1]
    playlist = folder / safe_file_name(leaf, "playlist.m3u8", ".m3u8")
    tmp = playlist.with_name(playlist.name + ".part")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, playlist)
    return fetched


@dataclass(frozen=True)
class Image:
    data: bytes
    from_cache: bool


def fetch_image(
    url: str, cache_dir: Path, *, key: str | None = None, session: requests.Session | None = None
) -> Image:
    """A cover picture: a safe URL, at most 4 MB, a timeout, cached on disk under a bound
    (keyed by ``key``, the unsigned URL, so a new signature does not defeat the cache)."""
    _check(url)
    name = hashlib.sha256((key or url).encode()).hexdigest()[:40]
    cached = cache_dir / name
    if cached.exists():
        try:
            os.utime(cached)  # most recently used stays
            return Image(cached.read_bytes(), True)
        except OSError:
            pass
    http = session or requests.Session()
    try:
        with http.get(url, stream=True, timeout=10) as response:
            if response.status_code != 200:
                raise _status_error(response)
            data = bytearray()
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > MAX_IMAGE_BYTES:
                    raise DownloadError(DownloadProblem.TOO_LARGE, "cover")
    except requests.RequestException as exc:
        raise DownloadError(DownloadProblem.NETWORK, type(exc).__name__) from None
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(bytes(data))
        _trim(cache_dir, COVER_CACHE_BYTES)
    except OSError as exc:  # a full disk costs the cache, not the picture
        log.info("cover not cached: %s", exc.strerror or exc)
    return Image(bytes(data), False)


def _trim(folder: Path, limit: int) -> None:
    files = sorted(
        ((p.stat().st_mtime, p.stat().st_size, p) for p in folder.iterdir() if p.is_file()),
        key=lambda f: f[0],
    )
    total = sum(size for _, size, _ in files)
    for _, size, path in files:
        if total <= limit:
            return
        path.unlink(missing_ok=True)
        total -= size


__all__ = ["DownloadError", "DownloadProblem", "download_file", "download_hls", "fetch_image"]
