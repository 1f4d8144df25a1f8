"""Which days a view or an export covers, in the user's local time. Qt-free: the window's
date filter and ``vodmonitor export --since/--until`` both read it."""

from __future__ import annotations

import datetime as dt
from enum import Enum


class Period(Enum):
    ANY = "any"
    TODAY = "today"
    WEEK = "7d"  # today and the six days before
    MONTH = "30d"  # today and the 29 days before
    RANGE = "range"  # chosen days, both included

    @classmethod
    def read(cls, value: object) -> Period:
        """A stored value, or ANY for anything else (a settings file edited by hand)."""
        try:
            return cls(value)
        except ValueError:
            return cls.ANY


_DAYS = {Period.TODAY: 1, Period.WEEK: 7, Period.MONTH: 30}


def day_start(day: dt.date) -> float:
    """Local midnight at the start of ``day``, as epoch seconds."""
    return dt.datetime.combine(day, dt.time()).astimezone().timestamp()


def window(
    period: Period,
    today: dt.date,
    first: dt.date | None = None,
    last: dt.date | None = None,
) -> tuple[float | None, float | None]:
    """(since, until) in epoch seconds for RowFilter: received at or after ``since`` and
    before ``until``; None is open."""
    if period in _DAYS:
        return day_start(today - dt.timedelta(days=_DAYS[period] - 1)), None
    if period is Period.RANGE:
        if first is not None and last is not None and last < first:
            first, last = last, first
        since = day_start(first) if first is not None else None
        until = day_start(last + dt.timedelta(days=1)) if last is not None else None
        return since, until
    return None, None


def parse_day(text: str) -> dt.date:
    """A day as ISO 8601 (2026-12-03); ValueError with the expected form otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2026-12-03") from None
