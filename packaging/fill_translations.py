"""Write translations from a table into the .ts files lupdate produced.

Usage: python packaging/fill_translations.py TABLE.py resources/i18n/vodmonitor_ko.ts ...
TABLE.py defines T = {(context, source): (ko, zh_CN)}. Kept for bulk updates; day-to-day,
edit the .ts files with Qt Linguist.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(table: dict[tuple[str, str], tuple[str, str]], ts_file: Path) -> int:
    tree = ET.parse(ts_file)
    root = tree.getroot()
    column = 0 if root.get("language", "").startswith("ko") else 1
    missing = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = table.get((name, source))
            if text is None:
                missing += 1
                print(f"missing: {name}: {source!r}", file=sys.stderr)
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                form = ET.SubElement(translation, "numerusform")
                form.text = text[column]
                translation.text = None
            else:
                translation.text = text[column]
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    table = runpy.run_path(sys.argv[1])["T"]
    return 1 if sum(fill(table, Path(p)) for p in sys.argv[2:]) else 0


if __name__ == "__main__":
    sys.exit(main())
