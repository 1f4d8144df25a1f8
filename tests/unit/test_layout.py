"""The architecture, held by tests: places a newcomer finds, small modules, imports that
point downward, and an engine that holds no mode flags."""

from __future__ import annotations

import ast
import subprocess
import sys
import token
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "vodmonitor"


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_over_500_lines_and_no_class_over_400() -> None:
    long_modules = []
    long_classes = []
    for path in modules():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 500:
            long_modules.append(f"{path.relative_to(ROOT)}: {text.count(chr(10))}")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                length = node.end_lineno - node.lineno + 1
                if length > 400:
                    long_classes.append(f"{path.relative_to(ROOT)}:{node.name}: {length}")
    assert long_modules == [] and long_classes == []


def test_the_engine_holds_no_mode_flags() -> None:
    """The source and the role decide: no watch-only, team or push branch in engine/."""
    forbidden = {
        "watch_only",
        "coordinator",
        "is_push",
        "push_mode",
        "TeamLedger",
        "TeamRole",
        "TeamLink",
        "TeamConfig",
        "WatchSource",
        "Receiver",
        "PUSHED",
        "psycopg",
        "_leading",
    }
    hits = []
    for path in sorted((PACKAGE / "engine").glob("*.py")):
        with path.open("rb") as f:  # names in code only, not words in comments
            names = {t.string for t in tokenize.tokenize(f.readline) if t.type == token.NAME}
        hits += [f"{path.name}: {name}" for name in sorted(names & forbidden)]
    assert hits == []


# What each place may import at module level (lazy imports inside functions are how the
# entry points reach the window, and are not counted). Names are package prefixes.
MAY_NOT_IMPORT = {
    "vodmonitor.ledgers": ("engine", "sources", "app", "ui", "team", "media.enrich"),
    "vodmonitor.sources": ("engine", "app", "ui", "team"),
    "vodmonitor.engine": ("app", "ui", "team", "simulator"),
    "vodmonitor.media": ("engine", "app", "ui", "team", "sources"),
    "vodmonitor.team": ("app", "ui"),
    "vodmonitor.app": ("ui",),
    "vodmonitor.simulator": ("engine", "app", "ui", "team", "ledgers", "sources", "media"),
}
BASE = ("cloud", "events", "raw_json", "errors", "paths", "logs", "urls", "pacing", "settings")
for name in BASE:
    MAY_NOT_IMPORT[f"vodmonitor.{name}"] = (
        "engine",
        "app",
        "ui",
        "team",
        "ledgers",
        "sources",
        "media",
    )


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def top_level_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.If):  # TYPE_CHECKING blocks import nothing at run time
            continue
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [name for name in found if name.startswith("vodmonitor.")]


def test_imports_point_downward() -> None:
    wrong = []
    for path in modules():
        name = module_name(path)
        rule = next(
            (v for k, v in MAY_NOT_IMPORT.items() if name == k or name.startswith(k + ".")), ()
        )
        for imported in top_level_imports(path):
            for place in rule:
                if imported == f"vodmonitor.{place}" or imported.startswith(f"vodmonitor.{place}."):
                    wrong.append(f"{name} imports {imported}")
    assert wrong == []


def test_only_the_window_start_and_ui_know_widgets() -> None:
    outside = [
        f"{module_name(p)}: {i}"
        for p in modules()
        if not module_name(p).startswith("vodmonitor.ui")
        for i in top_level_imports(p)
        if i.startswith("vodmonitor.ui")
    ]
    assert outside == []


def test_the_core_service_starts_no_simulator() -> None:
    """The simulator is loaded by the demo's start-up only."""
    code = (
        "import sys, vodmonitor.app.service, vodmonitor.app.serve\n"
        "print(sorted(m for m in sys.modules if m.startswith('vodmonitor.simulator')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
