"""Downloads and covers against hostile or broken servers (#25): bodies longer than
announced, a compressed bomb, a wrong resume range, a trickle, an endless playlist,
redirect loops, and names a disk refuses. A real HTTP server on 127.0.0.1."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtWidgets import QProgressBar

from tests.app_harness import MakeController
from vodmonitor.media.download import (
    DownloadError,
    DownloadProblem,
    download_file,
    fetch_image,
    safe_file_name,
)
from vodmonitor.media.hls import download_hls
from vodmonitor.simulator import Simulator
from vodmonitor.ui.downloads import DownloadManager, DownloadsPanel
from vodmonitor.ui.events_model import Column

FILE = bytes(range(256)) * 8192  # 2 MiB


PLAYLISTS = {
    "/master.m3u8": "\n".join(
        [
            "#EXTM3U",
            "#EXT-X-VERSION:6",
            '#EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aud",NAME="en",DEFAULT=YES,URI="audio.m3u8"',
            '#EXT-X-STREAM-INF:BANDWIDTH=1000000,AUDIO="aud"',
            "low.m3u8",
            '#EXT-X-STREAM-INF:BANDWIDTH=5000000,AUDIO="aud"',
            "high.m3u8",
        ]
    ),
    "/low.m3u8": "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\nlow-0.ts\n#EXT-X-ENDLIST\n",
    "/high.m3u8": "\n".join(
        [
            "#EXTM3U",
            "#EXT-X-VERSION:4",
            "#EXT-X-TARGETDURATION:2",
            "#EXTINF:2,",
            "#EXT-X-BYTERANGE:1000@0",
            "all.ts",
            "#EXTINF:2,",
            "#EXT-X-BYTERANGE:1000",
            "all.ts",
            "#EXT-X-ENDLIST",
        ]
    ),
    "/audio.m3u8": "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2,\naud-0.aac\n#EXT-X-ENDLIST\n",
}


class Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    sent: ClassVar[dict[str, int]] = {}
    release: ClassVar[threading.Event] = threading.Event()
    stalled: ClassVar[threading.Event] = threading.Event()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _count(self, n: int) -> None:
        Hostile.sent[self.path] = Hostile.sent.get(self.path, 0) + n

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self._count(len(data))

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/endless-chunked" or path == "/short-total":
            self.send_response(200)
            if path == "/short-total":  # says 100 bytes in all, then never stops
                self.send_header("Content-Range", "bytes 0-99/100")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for _ in range(400):  # 25 MB at most, then the server stops by itself
                    self._chunk(b"x" * 65536)
            except OSError:
                return
        elif path == "/gzip-bomb":
            body = gzip.compress(b"\0" * (64 * 1024 * 1024))
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/wrong-range":
            wanted = self.headers.get("Range")
            if wanted is None:  # the first try breaks off halfway
                self.send_response(200)
                self.send_header("Content-Length", str(len(FILE)))
                self.end_headers()
                self.wfile.write(FILE[: len(FILE) // 2])
                self.close_connection = True
                return
            start = int(wanted.split("=")[1].split("-")[0]) - 5000  # not where asked
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{len(FILE) - 1}/{len(FILE)}")
            self.send_header("Content-Length", str(len(FILE) - start))
            self.end_headers()
            self.wfile.write(FILE[start:])
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(40):  # a byte every 0.25 s: 10 s at most
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    self._count(1)
                    time.sleep(0.25)
            except OSError:
                return
        elif path == "/stall":  # a little, then nothing until the test lets go
            self.send_response(200)
            self.send_header("Content-Length", str(len(FILE)))
            self.end_headers()
            try:
                self.wfile.write(FILE[:65536])
                self.wfile.flush()
                Hostile.stalled.set()
                Hostile.release.wait(60)
            except OSError:
                return
        elif path == "/endless.m3u8":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                self._chunk(b"#EXTM3U\n")
                for n in range(100_000):  # 100 MB of segment lines at most
                    self._chunk(b"".join(b"seg%08d.ts\n" % (n * 64 + i) for i in range(64)))
            except OSError:
                return
        elif path in PLAYLISTS:
            body = PLAYLISTS[path].encode()
            self._count(1)  # a fetch
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/all.ts":  # one resource, fetched by byte ranges
            wanted = self.headers.get("Range", "")
            start, end = (int(x) for x in wanted.split("=")[1].split("-"))
            body = FILE[start : end + 1]
            self._count(len(body))
            self.send_response(206)
            self.send_header("Content-Range", f"bytes {start}-{end}/{len(FILE)}")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path.endswith((".ts", ".aac")):
            body = path.encode() * 10
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up on a hostile body is the point, not an error


@pytest.fixture
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), Hostile)
    httpd.daemon_threads = True
    Hostile.sent = {}
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        Hostile.release.set()
        httpd.shutdown()
        httpd.server_close()
        Hostile.release = threading.Event()
        Hostile.stalled = threading.Event()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_body_never_grows_past_what_was_announced(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as short:
        download_file(f"{server}/short-total", tmp_path / "a.mp4")
    assert short.value.problem is DownloadProblem.SIZE
    with pytest.raises(DownloadError) as endless:
        download_file(f"{server}/endless-chunked", tmp_path / "b.mp4", max_unsized=1024**2)
    assert endless.value.problem is DownloadProblem.SIZE
    assert leftovers(tmp_path) == []  # no .part left to fill a disk


def test_a_compressed_media_body_is_refused(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as bomb:
        download_file(f"{server}/gzip-bomb", tmp_path / "c.mp4")
    assert bomb.value.problem is DownloadProblem.HTTP and "gzip" in bomb.value.detail
    assert leftovers(tmp_path) == []


def test_a_resume_from_the_wrong_byte_is_never_appended(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as wrong:
        download_file(f"{server}/wrong-range", tmp_path / "d.mp4")
    assert wrong.value.problem is DownloadProblem.SIZE
    assert not (tmp_path / "d.mp4").exists()  # never called complete


def test_no_room_is_said_before_writing(server: str, small_disk: Path) -> None:
    with pytest.raises(DownloadError) as full:
        download_file(f"{server}/endless-chunked", small_disk / "e.mp4")
    assert full.value.problem is DownloadProblem.DISK
    assert leftovers(small_disk) == []


def test_a_trickling_cover_is_given_up_and_can_be_cancelled(server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    with pytest.raises(DownloadError) as slow:
        fetch_image(f"{server}/trickle", tmp_path / "covers", deadline_s=1.0)
    assert slow.value.problem is DownloadProblem.NETWORK
    assert time.monotonic() - started < 5  # not the server's 10 s, nor a read timeout
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    with pytest.raises(DownloadError) as cancelled:
        fetch_image(f"{server}/trickle", tmp_path / "covers", cancel=cancel, deadline_s=30)
    assert cancelled.value.problem is DownloadProblem.CANCELLED


def test_an_endless_playlist_is_read_only_up_to_its_cap(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as endless:
        download_hls(f"{server}/endless.m3u8", tmp_path / "hls")
    assert endless.value.problem is DownloadProblem.TOO_LARGE
    assert Hostile.sent["/endless.m3u8"] < 8 * 1024 * 1024  # read as it came, then stopped


def test_redirects_are_worded_by_their_cause(server: str, tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as loop:
        download_file(f"{server}/loop", tmp_path / "f.mp4")
    assert loop.value.problem is DownloadProblem.HTTP and "loop" in loop.value.detail
    with pytest.raises(DownloadError) as elsewhere:
        download_file(f"{server}/to-file", tmp_path / "g.mp4")
    assert elsewhere.value.problem is DownloadProblem.UNSAFE


@pytest.mark.parametrize(
    "name", ["NUL .mp4", "COM0", "LPT0", "COM¹", "CONIN$", "CONOUT$", "aux.tar", "\u202eCON"]
)
def test_reserved_windows_names_never_pass(name: str) -> None:
    assert safe_file_name(name, "COM1", ".mp4") == "clip.mp4"  # the fallback is held too
    assert safe_file_name(name, "task-\u202e7", ".mp4") == "task-7.mp4"


def test_long_cjk_names_fit_every_file_system(tmp_path: Path) -> None:
    for name in ("中" * 120, "한" * 90 + "🎬" * 40):
        file_name = safe_file_name(name, "fallback", ".mp4")
        assert len((file_name + ".part").encode("utf-8")) <= 255 - len(" (99)")
        (tmp_path / (file_name + ".part")).write_bytes(b"ok")  # the disk takes it


def test_two_clips_of_one_name_download_side_by_side(
    qtbot, sim: Simulator, make_controller: MakeController, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    payloads = [p["ClipCompleteEvent"] for p in sim.enqueue_clips(2, failed=False)]
    for payload in payloads:  # one name for both, and a long Chinese one at that
        media = sim.library.get(payload["FileInfo"]["FileId"])
        assert media is not None
        media.name = "采访" * 60
    controller = make_controller(sim)
    controller.settings.download_dir = str(tmp_path)
    model = controller.model
    qtbot.waitUntil(
        lambda: (
            model.rowCount() == 2 and all(model.index(r, Column.CLIP_NAME).data() for r in range(2))
        ),
        timeout=15000,
    )
    window = controller.window
    window.table.selectAll()
    window.download_action.trigger()
    bars = controller.clips.panel.findChildren(QProgressBar, "downloadProgress")
    qtbot.waitUntil(
        lambda: (
            len(bars) == 2
            or len(controller.clips.panel.findChildren(QProgressBar, "downloadProgress")) == 2
        ),
        timeout=5000,
    )
    qtbot.waitUntil(
        lambda: len([p for p in tmp_path.iterdir() if p.suffix == ".mp4"]) == 2, timeout=15000
    )
    files = sorted(p for p in tmp_path.iterdir() if p.suffix == ".mp4")
    assert [f.read_bytes() == sim.media for f in files] == [True, True]
    assert files[0].name != files[1].name and all(len(f.name.encode()) <= 210 for f in files)


def test_a_master_playlist_becomes_one_rendition_that_plays_offline(
    server: str, tmp_path: Path
) -> None:
    folder = tmp_path / "clip"
    download_hls(f"{server}/master.m3u8", folder)
    master = (folder / "master.m3u8").read_text().splitlines()
    assert "video.m3u8" in master and "BANDWIDTH=5000000" in "".join(master)
    assert "low.m3u8" not in "".join(master) and 'URI="media-1.m3u8"' in "".join(master)
    video = (folder / "video.m3u8").read_text().splitlines()
    assert not any(line.startswith("#EXT-X-BYTERANGE") for line in video)
    segments = [line for line in video if line and not line.startswith("#")]
    assert [(folder / name).read_bytes() for name in segments] == [FILE[:1000], FILE[1000:2000]]
    assert Hostile.sent["/all.ts"] == 2000  # two ranges, not the whole file twice
    assert "/low.m3u8" not in Hostile.sent  # the other rendition is never fetched
    audio = (folder / "media-1.m3u8").read_text().splitlines()
    [track] = [line for line in audio if line and not line.startswith("#")]
    assert (folder / track).read_bytes() == b"/aud-0.aac" * 10


def test_cancelling_a_stalled_download_takes_effect_at_once(
    qtbot, server: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    manager = DownloadManager()
    panel = DownloadsPanel(manager)
    qtbot.addWidget(panel)
    done = manager.add("stalled clip", f"{server}/stall", tmp_path / "s.mp4", hls=False)
    manager.add("other", f"{server}/missing", tmp_path / "missing.mp4", hls=False)
    qtbot.waitUntil(lambda: Hostile.stalled.is_set() and done.state == "running", timeout=10000)
    row = panel.rows[done.number]
    with qtbot.waitSignal(manager.finished, timeout=5000):  # not the 30 s read timeout
        row.cancel.click()
    assert done.state == "cancelled" and (tmp_path / "s.mp4.part").exists()  # resumable
    qtbot.waitUntil(lambda: all(j.state in ("done", "failed", "cancelled") for j in manager.jobs))
    assert panel.total.value() < panel.total.maximum()  # never 100% over a cancel
    assert "cancelled" in panel.total.text() and "failed" in panel.total.text()
    assert "Cancelled" in row.status.text()
    panel.clear_finished.click()
    assert manager.jobs == [] and panel.rows == {}
    manager.shutdown()


def test_a_dead_address_is_said_after_a_few_tries_not_half_a_minute(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(DownloadError) as dead:
        download_file(f"http://127.0.0.1:{port}/clip.mp4", tmp_path / "c.mp4")
    assert dead.value.problem is DownloadProblem.UNREACHABLE
    assert time.monotonic() - started < 10  # eight resumes with back-off took 25 s
    with pytest.raises(DownloadError) as cover:
        fetch_image(f"http://127.0.0.1:{port}/c.jpg", tmp_path / "covers")
    assert cover.value.problem is DownloadProblem.UNREACHABLE
