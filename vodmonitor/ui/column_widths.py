"""How wide each table column is: measured with the table's font (so 150% scaling, a large
system font or Korean words get the room they need), and the window's width shared by
each column's need instead of all of it going to the last column."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QWidget

from vodmonitor.cells import ACKNOWLEDGED_NOTHING_TO_CONFIRM, STATE_TEXT, format_duration
from vodmonitor.columns import COLUMNS
from vodmonitor.ledgers.model import EventState
from vodmonitor.ui.events_model import format_timestamp

# A column that may shrink keeps at least this many characters (or its header).
FLOOR_CHARS = 6


@dataclass(frozen=True)
class Need:
    natural: int  # pixels that show the column's usual text whole
    floor: int  # the narrowest it may become in a small window
    grow: int  # its share of the room left over


def share(needs: list[Need], total: int) -> list[int]:
    """Widths for ``needs`` that fill ``total``: room left over goes to the growing columns
    by their shares; a shortfall is taken from them down to their floors, in proportion
    to what each can give (columns that do not grow keep their words whole)."""
    widths = [n.natural for n in needs]
    spare = total - sum(widths)
    if spare >= 0:
        shares = sum(n.grow for n in needs)
        if shares == 0:
            return widths
        given = 0
        growing = [i for i, n in enumerate(needs) if n.grow]
        for i in growing:
            extra = spare * needs[i].grow // shares
            widths[i] += extra
            given += extra
        widths[growing[-1]] += spare - given  # the rounding's few pixels
        return widths
    give = [n.natural - n.floor if n.grow else 0 for n in needs]
    can = sum(give)
    if can <= 0:
        return widths
    cut = min(-spare, can)
    taken = [g * cut // can for g in give]
    short = cut - sum(taken)  # the rounding's few pixels, from those that can still give
    for i, g in enumerate(give):
        if short and taken[i] < g:
            taken[i] += 1
            short -= 1
    return [w - t for w, t in zip(widths, taken, strict=True)]


def _sample_times() -> list[float]:
    """Times with the widest digits and both halves of a 12-hour day."""
    return [dt.datetime(2026, 12, 28, hour, 58, 58).timestamp() for hour in (10, 22)]


def measured_texts(key: str) -> list[str]:
    """The longest texts a column that does not grow shows, in the UI's language."""
    if key == "received":
        return [format_timestamp(t, seconds=True) for t in _sample_times()]
    if key == "status":
        # "Done (nothing to confirm on VOD)" is rare and reads when cut after "Done"; the
        # states of clips an editor acknowledges stay whole.
        words = [
            *(text for state, text in STATE_TEXT.items() if state is not EventState.DONE),
            ACKNOWLEDGED_NOTHING_TO_CONFIRM,
        ]
        return [QCoreApplication.translate("EventsModel", w) for w in words]
    if key == "duration":
        return [format_duration(9 * 3600 + 59 * 60 + 58)]
    if key == "size":
        locale = QLocale()
        return [locale.formattedDataSize(s) for s in (1023 * 1024**2 + 1000 * 1024, 999 * 1024)]
    return []


def column_needs(table: QWidget, columns: list[int]) -> list[Need]:
    """What each of ``columns`` needs in ``table``'s font and style."""
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    font = table.font()
    metrics = QFontMetrics(font)
    bold = QFont(font)
    bold.setBold(True)  # a new clip's status is bold
    bold_metrics = QFontMetrics(bold)
    header = table.horizontalHeader()  # type: ignore[attr-defined]
    header_metrics = QFontMetrics(header.font())
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    header_margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table) + 4
    chars = metrics.averageCharWidth()
    needs = []
    for column in columns:
        spec = COLUMNS[column]
        title = QCoreApplication.translate("EventsModel", spec.header)
        heading = header_metrics.horizontalAdvance(title) + arrow + header_margin + 4
        texts = measured_texts(spec.key)
        used = bold_metrics if spec.key == "status" else metrics
        text = max((used.horizontalAdvance(t) for t in texts), default=spec.chars * chars)
        if spec.key == "result":
            text += icon  # the OK / failed mark
        natural = max(heading, text + margin + 2)
        floor = natural if not spec.grow else max(FLOOR_CHARS * chars + margin, heading)
        needs.append(Need(natural, min(floor, natural), spec.grow))
    return needs
