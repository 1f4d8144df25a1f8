"""Guards against a Qt binding that mishandles None (PySide6 6.12.0 does).

Qt handing Python an empty QVariant must not drop a reference to None; on Python < 3.12
enough such calls abort the interpreter ("deallocating None").
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex


def test_empty_qvariant_keeps_none_refcount() -> None:
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert QModelIndex().data() is None
    assert sys.getrefcount(None) >= before - 10
