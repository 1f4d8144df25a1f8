"""What a failed read or write of a SQLite file says about its disk."""

from __future__ import annotations

import os
from pathlib import Path

from vodmonitor.ledgers.model import StorageProblem


def _on_read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path if path.exists() else path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def problem_of(exc: BaseException, path: Path) -> StorageProblem:
    name = str(getattr(exc, "sqlite_errorname", ""))
    if _on_read_only_mount(path):  # SQLite says only "unable to open" for a WAL file there
        return StorageProblem.READ_ONLY
    if name.startswith("SQLITE_FULL"):
        return StorageProblem.FULL
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_AUTH")):
        return StorageProblem.READ_ONLY
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StorageProblem.CORRUPT
    if isinstance(exc, PermissionError):
        return StorageProblem.READ_ONLY
    return StorageProblem.IO
