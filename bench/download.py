"""Downloading a 200 MB clip from the simulator: our downloader against curl (or a plain
urllib loop where curl is missing) on the same file in the same run, and the longest stall
of the UI thread while the window's download manager runs. Prints one JSON object:
mb_per_s, baseline_mb_per_s, baseline, max_ui_stall_ms (goal: within 10% of curl, < 50 ms).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import RemoteSimulator

from vodmonitor.media.download import download_file

SIZE_MB = 200


def ours(url: str, folder: Path) -> float:
    dest = folder / "ours.mp4"
    started = time.perf_counter()
    download_file(url, dest)
    elapsed = time.perf_counter() - started
    assert dest.stat().st_size == SIZE_MB * 1_000_000
    dest.unlink()
    return SIZE_MB / elapsed


def baseline(url: str, folder: Path) -> tuple[float, str]:
    dest = folder / "baseline.mp4"
    curl = shutil.which("curl")
    started = time.perf_counter()
    if curl:
        subprocess.run([curl, "-sS", "-o", str(dest), url], check=True)
        name = "curl"
    else:
        with urllib.request.urlopen(url) as response, open(dest, "wb") as out:
            while chunk := response.read(1024 * 1024):
                out.write(chunk)
        name = "urllib"
    elapsed = time.perf_counter() - started
    assert dest.stat().st_size == SIZE_MB * 1_000_000
    dest.unlink()
    return SIZE_MB / elapsed, name


def ui_stall(url: str, folder: Path) -> tuple[float, float]:
    """The window's manager and panel downloading; a 5 ms timer measures the UI's gaps."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from vodmonitor.ui import threads
    from vodmonitor.ui.downloads import DownloadManager, DownloadsPanel

    app = QApplication.instance() or QApplication([])
    threads.install()
    window = QMainWindow()
    manager = DownloadManager()
    panel = DownloadsPanel(manager, window)
    window.setCentralWidget(panel)
    window.show()
    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last)
        last = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(5)
    started = time.perf_counter()
    job = manager.add("big", url, folder / "ui.mp4", hls=False)
    while job.state in ("queued", "running"):
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    manager.shutdown()
    assert job.state == "done", job.problem
    return max(gaps[1:]) * 1000, SIZE_MB / elapsed


def main() -> None:
    sim = RemoteSimulator("--big-file", str(SIZE_MB))
    url = f"http://{sim.endpoint}/media/big/f0.mp4"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours(url, folder)  # warm: the simulator's first pass and the page cache
        rate = max(ours(url, folder) for _ in range(3))
        base, name = max((baseline(url, folder) for _ in range(3)), key=lambda r: r[0])
        stall_ms, window_rate = ui_stall(url, folder)
    sim.stop()
    print(
        json.dumps(
            {
                "size_mb": SIZE_MB,
                "mb_per_s": round(rate, 1),
                "baseline_mb_per_s": round(base, 1),
                "baseline": name,
                "window_mb_per_s": round(window_rate, 1),
                "max_ui_stall_ms": round(stall_ms, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
