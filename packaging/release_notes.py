"""Print the CHANGELOG.md section of one version, for the GitHub Release's notes.

    python3 packaging/release_notes.py 0.3.0 > notes.md

Exits non-zero when the changelog has no section for that version (Keep a Changelog:
``## [0.3.0] - 2026-11-28``), so a release is never published without its notes.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

CHANGELOG = Path(__file__).resolve().parents[1] / "CHANGELOG.md"


def section(version: str, text: str) -> str | None:
    heading = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - \d{4}-\d{2}-\d{2})?\s*$", re.M)
    matches = list(heading.finditer(text))
    for n, match in enumerate(matches):
        if match["version"] == version:
            end = matches[n + 1].start() if n + 1 < len(matches) else len(text)
            body = text[match.end() : end]
            body = re.sub(r"^\[[^\]]+\]: .*$", "", body, flags=re.M)  # link references
            return body.strip() + "\n"
    return None


def main() -> int:
    version = sys.argv[1] if len(sys.argv) > 1 else ""
    notes = section(version, CHANGELOG.read_text(encoding="utf-8"))
    if notes is None:
        print(f"CHANGELOG.md has no section for {version!r}", file=sys.stderr)
        return 1
    sys.stdout.write(notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
