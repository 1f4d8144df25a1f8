"""Every place vodmonitor writes to, from one spot.

``rooted_paths`` moves config, data, logs and cache under a single folder, for
``--data-dir``, portable use and tests; otherwise they are the platform's (platformdirs).
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from vodmonitor import APP_NAME
from vodmonitor.errors import VodmonitorError


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def self_test_log(self) -> Path:
        """The self-test's own log: it may run beside a running app, whose log must not be
        rolled over from two processes (Windows refuses to rename an open file)."""
        return self.log_dir / "self-test.log"

    def database_file(self, profile: str) -> Path:
        # One database per profile keeps demo history apart from real accounts.
        return self.data_dir / f"events-{file_stem(profile)}.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "vodmonitor.log"

    @property
    def serve_log_file(self) -> Path:
        """``serve`` logs apart: it runs without the window's instance lock, and two
        processes rolling one file over fail on Windows."""
        return self.log_dir / "vodmonitor-serve.log"

    @property
    def startup_log_file(self) -> Path:
        """What happens before the instance lock is held (Qt's platform plugin loading,
        a second instance): the main log belongs to the instance that holds the lock."""
        return self.log_dir / "startup.log"

    @property
    def window_state_file(self) -> Path:
        return self.config_dir / "window.ini"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "instance.lock"

    def ensure(self) -> AppPaths:
        """Create the folders and prove each can be written; DataFolderError says which
        one cannot and why (a file in the way, a read-only disk, no permission)."""
        for d in (self.config_dir, self.data_dir, self.log_dir, self.cache_dir):
            try:
                d.mkdir(parents=True, exist_ok=True)
                probe = d / f".write-check-{os.getpid()}"
                probe.write_bytes(b"")
                probe.unlink()
            except OSError as exc:
                raise DataFolderError(d, exc.strerror or type(exc).__name__) from exc
        return self


class DataFolderError(VodmonitorError):
    def __init__(self, folder: Path, reason: str) -> None:
        super().__init__(f"cannot use the folder {folder}: {reason}")
        self.folder = folder
        self.reason = reason


def platform_paths() -> AppPaths:
    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )


def rooted_paths(root: Path) -> AppPaths:
    root = root.expanduser().resolve()
    return AppPaths(
        config_dir=root / "config",
        data_dir=root / "data",
        log_dir=root / "logs",
        cache_dir=root / "cache",
    )


# A name part this long (in characters and UTF-8 bytes) is used as it is; a longer one is
# cut and given a hash of the whole name. ext4 and APFS allow 255 bytes per name, NTFS 255
# UTF-16 units; the folder and suffixes need their share.
_STEM_CHARS = 48
_STEM_BYTES = 96


def file_stem(name: str) -> str:
    """A file-name part for ``name`` that is safe on NTFS, APFS and ext4 whatever the name:
    letters, digits, - and _ as typed (so existing files keep their names), others as _,
    and a long name cut with a hash of the whole (two long names never share a file)."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "default"
    if len(safe) <= _STEM_CHARS and len(safe.encode("utf-8")) <= _STEM_BYTES:
        return safe
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    cut = safe[:32]
    while len(cut.encode("utf-8")) > 64:
        cut = cut[:-1]
    return f"{cut}-{digest}"


def resolve_paths(data_dir: str | Path | None) -> AppPaths:
    return rooted_paths(Path(data_dir)) if data_dir else platform_paths()


def sqlite_uri(path: Path, query: str = "") -> str:
    """A ``file:`` URI SQLite accepts for ``path``, a UNC path (a network share) included:
    ``Path.as_uri()`` writes ``file://server/share/...``, which SQLite reads as a host and
    refuses; four slashes keep the server in the path."""
    uri = path.resolve().as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    return uri + (f"?{query}" if query else "")


_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ceph"}


def network_folder(path: Path, mounts: str | None = None) -> str | None:
    """Why ``path`` looks like a network folder (SQLite's WAL needs a local disk), or None.
    ``mounts`` is /proc/self/mounts' text (a seam for tests: the mount table is then read
    on any platform, for the path as written)."""
    text = str(path)
    given = mounts is not None
    if (sys.platform == "win32" and not given) or text.startswith("\\\\"):
        if text.startswith("\\\\"):
            return "a network share (UNC path)"
        if sys.platform == "win32":
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4:  # DRIVE_REMOTE
                return f"a mapped network drive ({drive})"
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    resolved = path.as_posix() if given else str(path.resolve())
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, fields[2]
    return f"a {kind} network file system ({best})" if kind in _NETWORK_FS else None


def downloads_dir() -> Path:
    """The system's Downloads folder: where clips go until Settings names another."""
    return Path(platformdirs.user_downloads_dir())
