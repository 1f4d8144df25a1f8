"""HLS clips as folders that play offline.

A media playlist's segments (and its EXT-X-KEY and EXT-X-MAP files) are fetched into the
folder, byte ranges as ranges; the playlist is written last with local names, so a folder
holding a playlist is complete. A master playlist is followed to one rendition, the one
of highest bandwidth, with the audio and subtitle renditions it names; the master is
written with only those. A signed playlist's signature is carried to its segments.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests

from vodmonitor.media.download import (
    CHUNK,
    MAX_PLAYLIST_BYTES,
    TIMEOUT_S,
    DownloadError,
    DownloadProblem,
    ProgressCallback,
    capped_body,
    check_url,
    download_file,
    request_error,
    safe_file_name,
    status_error,
    watched,
)
from vodmonitor.urls import is_safe_url

_ATTRIBUTE = re.compile(r'([A-Z0-9-]+)=("[^"]*"|[^,]*)')


@dataclass
class _Target:
    remote: str
    local: str
    byte_range: tuple[int, int] | None = None  # (offset, length)


@dataclass
class _Playlist:
    """A media playlist to fetch: its lines, and which line names which target."""

    lines: list[str]
    local: str
    targets: dict[int, _Target] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)  # lines the local copy leaves out


def _attributes(line: str) -> dict[str, str]:
    return {k: v.strip('"') for k, v in _ATTRIBUTE.findall(line.split(":", 1)[-1])}


def _signature_query(url: str) -> str:
    """The signing part of a signed playlist's query, for its segments in the same place."""
    query = urlsplit(url).query
    keys = ("t=", "exper=", "rlimit=", "us=", "sign=")
    return "&".join(p for p in query.split("&") if p.startswith(keys))


def _remote(base: str, uri: str, signature: str) -> str:
    remote = urljoin(base, uri)
    if not is_safe_url(remote):
        raise DownloadError(DownloadProblem.UNSAFE, "a segment is not an http(s) link")
    if signature and urlsplit(remote).netloc == urlsplit(base).netloc and "sign=" not in remote:
        remote += ("&" if "?" in remote else "?") + signature
    return remote


def _read(http: requests.Session, url: str, cancel: threading.Event) -> str:
    text = capped_body(http, url, MAX_PLAYLIST_BYTES, "playlist", cancel).decode("utf-8", "replace")
    if not text.lstrip("\ufeff").startswith("#EXTM3U"):
        raise DownloadError(DownloadProblem.PLAYLIST, "not an M3U8 playlist")
    return text


def _media(text: str, url: str, prefix: str, local: str) -> _Playlist:
    base, signature = url.split("?", 1)[0], _signature_query(url)
    playlist = _Playlist(text.splitlines(), local)
    pending: tuple[int, int | None] | None = None  # a byte range for the next segment
    ends: dict[str, int] = {}  # where the last range of each resource ended
    for number, line in enumerate(playlist.lines):
        uri = None
        if line.startswith("#EXT-X-BYTERANGE:"):
            size, _, at = line.split(":", 1)[1].strip().partition("@")
            if not size.isdigit() or (at and not at.isdigit()):
                raise DownloadError(DownloadProblem.PLAYLIST, "a byte range that is no number")
            pending = (int(size), int(at) if at else None)
            playlist.dropped.add(number)  # the local segment is exactly that range
            continue
        if line and not line.startswith("#"):
            uri = line.strip()
        elif line.startswith(("#EXT-X-KEY", "#EXT-X-MAP")) and 'URI="' in line:
            uri = line.split('URI="', 1)[1].split('"', 1)[0]
        if not uri:
            continue
        remote = _remote(base, uri, signature)
        leaf = urlsplit(remote).path.rsplit("/", 1)[-1]
        count = len(playlist.targets)
        name = safe_file_name(f"{prefix}{count:05d}-{leaf}", f"{prefix}{count:05d}.ts")
        target = _Target(remote, name)
        if pending is not None and not line.startswith("#"):
            length, offset = pending
            start = offset if offset is not None else ends.get(remote, 0)
            target.byte_range = (start, length)
            ends[remote] = start + length
            pending = None
        playlist.targets[number] = target
    if not playlist.targets:
        raise DownloadError(DownloadProblem.PLAYLIST, "the playlist names no segments")
    return playlist


def _fetch_range(
    http: requests.Session, target: _Target, dest: Path, cancel: threading.Event
) -> int:
    """One byte range of a resource, as a file of its own."""
    assert target.byte_range is not None
    start, length = target.byte_range
    headers = {"Range": f"bytes={start}-{start + length - 1}", "Accept-Encoding": "identity"}
    part = dest.with_name(dest.name + ".part")
    try:
        with (
            http.get(target.remote, headers=headers, stream=True, timeout=TIMEOUT_S) as response,
            watched(cancel, response),
        ):
            if response.status_code != 206:
                raise (
                    status_error(response)
                    if response.status_code >= 400
                    else DownloadError(DownloadProblem.SIZE, "the server ignored the byte range")
                )
            got = 0
            with open(part, "wb") as out:
                for chunk in response.iter_content(CHUNK):
                    if cancel.is_set():
                        raise DownloadError(DownloadProblem.CANCELLED)
                    got += len(chunk)
                    if got > length:
                        raise DownloadError(DownloadProblem.SIZE, "more than the range asked")
                    out.write(chunk)
    except requests.RequestException as exc:
        if cancel.is_set():  # the cancel broke the connection off
            raise DownloadError(DownloadProblem.CANCELLED) from None
        raise request_error(exc) from None
    except OSError as exc:
        raise DownloadError(DownloadProblem.DISK, exc.strerror or str(exc)) from None
    if got != length:
        raise DownloadError(DownloadProblem.SIZE, f"{got} of {length} bytes")
    os.replace(part, dest)
    return got


def _write(folder: Path, name: str, lines: list[str]) -> None:
    playlist = folder / name
    tmp = playlist.with_name(playlist.name + ".part")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, playlist)


def _local_lines(playlist: _Playlist) -> list[str]:
    lines = []
    for number, line in enumerate(playlist.lines):
        if number in playlist.dropped:
            continue
        target = playlist.targets.get(number)
        if target is None:
            lines.append(line)
        elif line.startswith("#"):
            uri = line.split('URI="', 1)[1].split('"', 1)[0]
            lines.append(line.replace(f'URI="{uri}"', f'URI="{target.local}"', 1))
        else:
            lines.append(target.local)
    return lines


def download_hls(
    url: str,
    folder: Path,
    *,
    cancel: threading.Event | None = None,
    on_progress: ProgressCallback | None = None,
    session: requests.Session | None = None,
) -> int:
    """Fetch an HLS clip into ``folder`` (see the module's words). Returns the bytes
    fetched. Resumable: finished segments are kept and skipped."""
    check_url(url)
    cancel = cancel or threading.Event()
    http = session or requests.Session()
    text = _read(http, url, cancel)
    leaf = safe_file_name(urlsplit(url).path.rsplit("/", 1)[-1], "playlist.m3u8", ".m3u8")
    master: list[str] | None = None
    if "#EXT-X-STREAM-INF" in text:
        master, playlists = _follow_master(http, url, text, cancel)
    else:
        playlists = [_media(text, url, "", leaf)]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DownloadError(DownloadProblem.DISK, exc.strerror or str(exc)) from None
    targets = [t for p in playlists for t in p.targets.values()]
    fetched = 0
    for index, target in enumerate(targets):
        dest = folder / target.local
        if not dest.exists():

            def step(done: int, total: int | None, index: int = index) -> None:
                if on_progress is not None and total:
                    # Segments count evenly: their sizes are known only as they come.
                    on_progress(int((index + done / total) * 1000), len(targets) * 1000)

            if target.byte_range is not None:
                fetched += _fetch_range(http, target, dest, cancel)
            else:
                fetched += download_file(
                    target.remote, dest, cancel=cancel, on_progress=step, session=http
                )
        if on_progress is not None:
            on_progress((index + 1) * 1000, len(targets) * 1000)
    for playlist in playlists:
        _write(folder, playlist.local, _local_lines(playlist))
    if master is not None:
        _write(folder, leaf, master)  # last: the folder is complete once it is there
    return fetched


def _follow_master(
    http: requests.Session, url: str, text: str, cancel: threading.Event
) -> tuple[list[str], list[_Playlist]]:
    """The rendition of highest bandwidth and the audio/subtitle renditions it names, each
    as a media playlist of its own; and the master's lines, naming only those, locally."""
    base, signature = url.split("?", 1)[0], _signature_query(url)
    lines = text.splitlines()
    variants = [
        (int(_attributes(line).get("BANDWIDTH", "0") or 0), n)
        for n, line in enumerate(lines)
        if line.startswith("#EXT-X-STREAM-INF") and n + 1 < len(lines)
    ]
    if not variants:
        raise DownloadError(DownloadProblem.PLAYLIST, "a master playlist with no rendition")
    _, chosen = max(variants)
    chosen_attributes = _attributes(lines[chosen])
    groups = {chosen_attributes.get(k) for k in ("AUDIO", "SUBTITLES")} - {None}
    variant_url = _remote(base, lines[chosen + 1].strip(), signature)
    playlists = [_media(_read(http, variant_url, cancel), variant_url, "v-", "video.m3u8")]
    local = [
        line
        for line in lines[:chosen]
        if not line.startswith(("#EXT-X-STREAM-INF", "#EXT-X-MEDIA", "#EXT-X-I-FRAME"))
        and line.startswith("#")
    ]
    for line in lines:
        if not line.startswith("#EXT-X-MEDIA"):
            continue
        attributes = _attributes(line)
        if attributes.get("GROUP-ID") not in groups:
            continue
        if "URI" not in attributes:  # carried inside the video's own segments
            local.append(line)
            continue
        media_url = _remote(base, attributes["URI"], signature)
        name = f"media-{len(playlists)}.m3u8"
        playlists.append(
            _media(_read(http, media_url, cancel), media_url, f"m{len(playlists)}-", name)
        )
        local.append(line.replace(f'URI="{attributes["URI"]}"', f'URI="{name}"', 1))
    local += [lines[chosen], "video.m3u8"]
    return local, playlists
