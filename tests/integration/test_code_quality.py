"""Lint, format and types are part of the suite, so CI enforces them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check() -> None:
    result = run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_on_the_qt_free_modules() -> None:
    result = run("mypy")  # the file list lives in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr


def test_only_the_ui_imports_qt() -> None:
    """The core (engine, store, cloud, parsing, settings, simulator...) must run headless:
    importing every module outside ``vodmonitor.ui`` in a fresh interpreter loads no Qt."""
    code = (
        "import importlib, pkgutil, sys, vodmonitor\n"
        "names = [m.name for m in pkgutil.walk_packages(vodmonitor.__path__, 'vodmonitor.')\n"
        "         if not m.name.startswith('vodmonitor.ui') and m.name != 'vodmonitor.__main__']\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names), sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, qt = result.stdout.split(" ", 1)
    assert int(count) > 15 and qt.strip() == "[]", result.stdout
