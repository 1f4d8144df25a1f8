"""The date filter's days, in local time."""

from __future__ import annotations

import datetime as dt

import pytest

from vodmonitor.date_range import Period, day_start, parse_day, window

TODAY = dt.date(2026, 12, 3)


def test_periods_start_at_local_midnight() -> None:
    assert window(Period.TODAY, TODAY) == (day_start(TODAY), None)
    assert window(Period.WEEK, TODAY) == (day_start(dt.date(2026, 11, 27)), None)
    assert window(Period.MONTH, TODAY) == (day_start(dt.date(2026, 11, 4)), None)
    assert window(Period.ANY, TODAY) == (None, None)
    midnight = dt.datetime.fromtimestamp(day_start(TODAY))
    assert (midnight.hour, midnight.minute, midnight.date()) == (0, 0, TODAY)


def test_a_range_includes_both_days_in_either_order() -> None:
    first, last = dt.date(2026, 11, 1), dt.date(2026, 11, 3)
    expected = (day_start(first), day_start(dt.date(2026, 11, 4)))
    assert window(Period.RANGE, TODAY, first, last) == expected
    assert window(Period.RANGE, TODAY, last, first) == expected
    assert window(Period.RANGE, TODAY, None, last) == (None, expected[1])


def test_stored_and_typed_values() -> None:
    assert Period.read("7d") is Period.WEEK
    assert Period.read("yesterday") is Period.ANY and Period.read(None) is Period.ANY
    assert parse_day(" 2026-12-03 ") == TODAY
    with pytest.raises(ValueError, match="like 2026-12-03"):
        parse_day("3/12/2026")
