"""Keep translations in step with the code.

    python packaging/i18n.py update    # lupdate: new strings into resources/i18n/*.ts
    python packaging/i18n.py release   # lrelease: *.ts -> vodmonitor/resources/i18n/*.qm

The .qm files are committed so a plain pip install and the frozen app both carry them
without needing Qt's tools at install time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ko", "zh_CN", "en")
PLURALS_ONLY = "en"  # the source language: only plural forms need translating
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / "vodmonitor" / "resources" / "i18n"


def tool(name: str) -> str:
    # Prefer the one beside this Python (a venv's bin/ is often not on PATH).
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    files = [
        *(ROOT / "vodmonitor" / "ui").glob("*.py"),
        ROOT / "vodmonitor" / "columns.py",
        ROOT / "vodmonitor" / "cells.py",
    ]
    return sorted(str(p.relative_to(ROOT)) for p in files)


def update(ts_files: list[Path]) -> str:
    """lupdate each file; an English file takes only the plural strings ("%n clip(s)"),
    which need English forms too ("1 clip", "3 clips")."""
    report = ""
    for ts_file in ts_files:
        plural_only = ["-pluralonly"] if ts_file.stem.endswith(f"_{PLURALS_ONLY}") else []
        out = subprocess.run(
            [tool("lupdate"), *sources(), *plural_only, "-ts", str(ts_file)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        report += out.stdout + out.stderr
    return report


def release(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True
    )


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print(update([TS_DIR / f"vodmonitor_{lang}.ts" for lang in LANGUAGES]))
    elif command == "release":
        for lang in LANGUAGES:
            release(TS_DIR / f"vodmonitor_{lang}.ts", QM_DIR / f"vodmonitor_{lang}.qm")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
