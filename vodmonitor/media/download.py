"""Downloading clips: files with resume, HLS clips as folders that play offline, covers.

Qt-free and blocking: the window runs these on worker threads. A file is written to
``name.part`` and renamed only once its size matches what the server announced; a broken
connection resumes with an HTTP Range request where it stopped. An HLS clip (``.m3u8``)
becomes a folder holding every segment and a playlist whose segment URIs are rewritten
to the local names, written last, so a folder with a playlist is a complete one.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import requests
import urllib3

from vodmonitor.errors import Retry, VodmonitorError
from vodmonitor.urls import is_safe_url

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024
TIMEOUT_S = 30
RESUMES = 8  # broken connections survived per file
UNREACHABLE_TRIES = 2  # refused connections before the address counts as dead
MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_PLAYLIST_BYTES = 2 * 1024 * 1024
COVER_DEADLINE_S = 15.0  # a cover server trickling bytes holds nothing longer
# A body of no announced size (chunked) may not grow past this, nor leave the disk fuller.
MAX_UNSIZED_BYTES = 8 * 1024**3
DISK_RESERVE_BYTES = 256 * 1024 * 1024
COVER_CACHE_BYTES = 64 * 1024 * 1024

ProgressCallback = Callable[[int, int | None], None]  # bytes done, bytes in all (if known)


class DownloadProblem(StrEnum):
    UNSAFE = "unsafe"  # not an http(s) URL
    FORBIDDEN = "forbidden"  # 403: Key hotlink protection without (the right) key
    NOT_FOUND = "not_found"
    HTTP = "http"  # another status
    NETWORK = "network"  # the connection failed more often than it may
    UNREACHABLE = "unreachable"  # nothing answers at the address (refused, no such host)
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
# Device names Windows reserves whatever the extension (COM¹-³ and LPT¹-³ included).
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"{port}{n}" for port in ("COM", "LPT") for n in (*"0123456789", "¹", "²", "³")),
}
_BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# File systems count bytes (ext4: 255), not characters: a CJK character is three in UTF-8.
# Room is left for " (99)" and ".part".
MAX_NAME_BYTES = 200


def _cleaned(name: str, budget: int) -> str:
    cleaned = _BIDI.sub("", _UNSAFE_CHARS.sub("_", name or ""))
    cleaned = "".join(ch for ch in cleaned if ch.isprintable())
    cleaned = cleaned.strip().strip(".").strip()[:120]
    while len(cleaned.encode("utf-8")) > budget:
        cleaned = cleaned[:-1]
    cleaned = cleaned.rstrip(". ")
    if not cleaned or cleaned.split(".")[0].strip().upper() in _RESERVED:
        return ""
    return cleaned


def safe_file_name(name: str, fallback: str, extension: str = "") -> str:
    """A file name Windows, macOS and Linux all accept, from a clip's name (data from the
    server): no separators, reserved or direction characters, no reserved device names,
    no trailing dots or spaces, not hidden, at most 120 characters and 200 bytes. The
    fallback (a TaskId or FileId, data too) is held to the same rules."""
    extension = extension if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", extension or "") else ""
    budget = MAX_NAME_BYTES - len(extension)
    cleaned = _cleaned(name, budget) or _cleaned(fallback, budget) or "clip"
    if extension and cleaned.lower().endswith(extension.lower()):
        extension = ""
    return cleaned + extension


def free_name(folder: Path, name: str, taken: frozenset[Path] | set[Path] = frozenset()) -> Path:
    """``name``, or ``name (2)``... when it exists or another download is writing it:
    keeping both instead of overwriting."""
    candidate = folder / name
    stem, dot, ext = name.rpartition(".") if "." in name else (name, "", "")
    number = 2
    while (
        candidate in taken
        or candidate.exists()
        or candidate.with_name(candidate.name + ".part").exists()
    ):
        candidate = folder / (f"{stem} ({number}){dot}{ext}" if dot else f"{name} ({number})")
        number += 1
    return candidate


class _Unusable(DownloadError):
    """What was written cannot be resumed (another range, more than announced)."""


def check_url(url: str) -> None:
    if not is_safe_url(url):
        raise DownloadError(DownloadProblem.UNSAFE, "only http and https links are fetched")


def status_error(response: requests.Response) -> DownloadError:
    status = response.status_code
    if status == 403:
        return DownloadError(DownloadProblem.FORBIDDEN, "403")
    if status in (404, 410):
        return DownloadError(DownloadProblem.NOT_FOUND, str(status))
    return DownloadError(DownloadProblem.HTTP, str(status))


def _range_start(response: requests.Response) -> int | None:
    """Where a 206 answer's bytes start (``Content-Range: bytes START-END/TOTAL``)."""
    value = response.headers.get("Content-Range", "")
    unit, _, spec = value.partition(" ")
    start = spec.split("-", 1)[0]
    return int(start) if unit == "bytes" and start.isdigit() else None


def request_error(exc: requests.RequestException) -> DownloadError:
    """requests' errors are OSErrors too: word them by their cause, never "disk full"."""
    if isinstance(exc, requests.TooManyRedirects):
        return DownloadError(DownloadProblem.HTTP, "the server redirects in a loop")
    if isinstance(exc, requests.exceptions.InvalidSchema | requests.exceptions.InvalidURL):
        return DownloadError(DownloadProblem.UNSAFE, "a redirect to a link that is not http(s)")
    if _unreachable(exc):
        return DownloadError(DownloadProblem.UNREACHABLE, type(exc).__name__)
    return DownloadError(DownloadProblem.NETWORK, type(exc).__name__)


def room_for(folder: Path, need: int) -> None:
    """Refuse before writing what the disk cannot hold (keeping a reserve for the system)."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # unknown: the write itself will say
    if need > free - DISK_RESERVE_BYTES:
        raise DownloadError(
            DownloadProblem.DISK, f"{need} bytes needed, {max(free, 0)} free on that disk"
        )


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


class Cancellation(threading.Event):
    """A cancel flag that also breaks off the transfers it watches: a stalled server would
    otherwise hold a cancelled download in a blocking read for up to TIMEOUT_S."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._watched: set[requests.Response] = set()

    def set(self) -> None:
        super().set()
        with self._lock:
            watched = list(self._watched)
        for response in watched:
            _break_off(response)

    @contextlib.contextmanager
    def watching(self, response: requests.Response) -> Iterator[None]:
        with self._lock:
            self._watched.add(response)
        try:
            if self.is_set():
                _break_off(response)
            yield
        finally:
            with self._lock:
                self._watched.discard(response)


def _break_off(response: requests.Response) -> None:
    """Wake the thread reading ``response``: shutting its socket down ends a blocking read
    at once (closing it from another thread does not, on Linux)."""
    connection = getattr(response.raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def watched(
    cancel: threading.Event, response: requests.Response
) -> contextlib.AbstractContextManager[None]:
    return (
        cancel.watching(response) if isinstance(cancel, Cancellation) else contextlib.nullcontext()
    )


def _unreachable(exc: requests.RequestException) -> bool:
    """A connection that was never made (refused, no such host), not one that broke."""
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = getattr(exc.args[0], "reason", None) if exc.args else None
    return isinstance(
        reason, urllib3.exceptions.NewConnectionError | urllib3.exceptions.NameResolutionError
    )


def download_file(
    url: str,
    dest: Path,
    *,
    cancel: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
    session: requests.Session | None = None,
    resumes: int = RESUMES,
    max_unsized: int = MAX_UNSIZED_BYTES,
) -> int:
    """Fetch ``url`` into ``dest`` (through ``dest.part``); returns the size. Raises
    DownloadError; a cancelled or failed download keeps its part file for a resume."""
    check_url(url)
    cancel = cancel or threading.Event()
    http = session or requests.Session()
    part = dest.with_name(dest.name + ".part")
    total: int | None = None
    validator = ""  # ETag or Last-Modified: a resume must be of the same file
    failures = 0
    while True:
        have = part.stat().st_size if part.exists() else 0
        # No compression: a media body is already compressed, and a gzip body's size says
        # nothing about what it inflates to.
        headers = {"Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
            if validator:
                headers["If-Range"] = validator
        try:
            with (
                http.get(url, headers=headers, stream=True, timeout=TIMEOUT_S) as response,
                watched(cancel, response),
            ):
                if response.status_code == 416 and have:
                    total = _total_of(response, 0)
                    if total == have:
                        break  # everything is there already
                    part.unlink()  # the file changed on the server: start again
                    continue
                if response.status_code not in (200, 206):
                    raise status_error(response)
                encoding = response.headers.get("Content-Encoding", "identity").lower()
                if encoding not in ("", "identity"):
                    raise _Unusable(
                        DownloadProblem.HTTP, f"the server sent the file {encoding}-encoded"
                    )
                validator = response.headers.get("ETag") or response.headers.get(
                    "Last-Modified", ""
                )
                if response.status_code == 200:
                    have = 0  # the server ignored the range (or the file changed): again
                elif _range_start(response) != have:
                    # Appending bytes from elsewhere would corrupt the file silently.
                    raise _Unusable(
                        DownloadProblem.SIZE, f"asked from byte {have}, given another range"
                    )
                total = _total_of(response, have)
                room_for(part.parent, (total - have) if total is not None else CHUNK)
                limit = total if total is not None else max_unsized
                mode = "ab" if have else "wb"
                with open(part, mode) as out:
                    done = have
                    for chunk in response.iter_content(CHUNK):
                        if cancel.is_set():
                            raise DownloadError(DownloadProblem.CANCELLED)
                        done += len(chunk)
                        if done > limit:  # more than announced: never past it
                            raise _Unusable(
                                DownloadProblem.SIZE, f"more than the {limit} bytes announced"
                            )
                        if total is None and done % (64 * CHUNK) < len(chunk):
                            room_for(part.parent, 64 * CHUNK)
                        out.write(chunk)
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
            if cancel.is_set():  # the cancel broke the connection off
                raise DownloadError(DownloadProblem.CANCELLED) from None
            failures += 1
            if _unreachable(exc) and failures > UNREACHABLE_TRIES:
                # Nothing listens there (a demo link from an earlier run, a host gone):
                # resuming for half a minute would not change that.
                raise DownloadError(DownloadProblem.UNREACHABLE, type(exc).__name__) from None
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
        except _Unusable:
            part.unlink(missing_ok=True)  # nothing of it can be resumed (closed by now)
            raise
        except requests.RequestException as exc:
            raise request_error(exc) from None
        except OSError as exc:
            raise DownloadError(DownloadProblem.DISK, exc.strerror or str(exc)) from None
    size = part.stat().st_size
    if total is not None and size != total:
        raise DownloadError(DownloadProblem.SIZE, f"{size} of {total} bytes")
    os.replace(part, dest)
    return size


def capped_body(
    http: requests.Session,
    url: str,
    cap: int,
    what: str,
    cancel: threading.Event,
    deadline_s: float | None = None,
) -> bytes:
    """A small body (a playlist, a cover), read as it arrives and never past ``cap`` bytes
    or ``deadline_s`` seconds: an endless or trickling server holds no memory or thread."""
    deadline = None if deadline_s is None else time.monotonic() + deadline_s
    data = bytearray()
    try:
        with (
            http.get(
                url, stream=True, timeout=TIMEOUT_S, headers={"Accept-Encoding": "identity"}
            ) as response,
            watched(cancel, response),
        ):
            if response.status_code != 200:
                raise status_error(response)
            while chunk := response.raw.read1(64 * 1024):
                data += chunk
                if len(data) > cap:
                    raise DownloadError(DownloadProblem.TOO_LARGE, what)
                if cancel.is_set():
                    raise DownloadError(DownloadProblem.CANCELLED)
                if deadline is not None and time.monotonic() > deadline:
                    raise DownloadError(DownloadProblem.NETWORK, f"the {what} came too slowly")
    except (requests.RequestException, urllib3.exceptions.HTTPError) as exc:
        if cancel.is_set():  # the cancel broke the connection off
            raise DownloadError(DownloadProblem.CANCELLED) from None
        if isinstance(exc, requests.RequestException):
            raise request_error(exc) from None
        raise DownloadError(DownloadProblem.NETWORK, type(exc).__name__) from None
    return bytes(data)


@dataclass(frozen=True)
class Image:
    data: bytes
    from_cache: bool


def fetch_image(
    url: str,
    cache_dir: Path,
    *,
    key: str | None = None,
    session: requests.Session | None = None,
    cancel: threading.Event | None = None,
    deadline_s: float = COVER_DEADLINE_S,
) -> Image:
    """A cover picture: a safe URL, at most 4 MB, a timeout, cached on disk under a bound
    (keyed by ``key``, the unsigned URL, so a new signature does not defeat the cache)."""
    check_url(url)
    name = hashlib.sha256((key or url).encode()).hexdigest()[:40]
    cached = cache_dir / name
    if cached.exists():
        try:
            os.utime(cached)  # most recently used stays
            return Image(cached.read_bytes(), True)
        except OSError:
            pass
    http = session or requests.Session()
    data = capped_body(http, url, MAX_IMAGE_BYTES, "cover", cancel or threading.Event(), deadline_s)
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


__all__ = ["DownloadError", "DownloadProblem", "download_file", "fetch_image"]
