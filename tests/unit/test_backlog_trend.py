"""When the backlog at VOD counts as growing (engine/gauge.py's Trend), on a fake clock."""

from __future__ import annotations

from vodmonitor.engine.gauge import Trend


def readings(trend: Trend, counts: list[int], every: float = 60.0) -> list[bool]:
    return [trend.observe(count, n * every) for n, count in enumerate(counts)]


def test_rising_for_five_minutes_is_growing() -> None:
    assert readings(Trend(), [10, 20, 20, 35, 50, 80]) == [False] * 5 + [True]


def test_a_dip_a_flat_queue_or_a_short_rise_is_not() -> None:
    assert not any(readings(Trend(), [10, 20, 15, 35, 50, 80]))
    assert not any(readings(Trend(), [40] * 8))
    assert not any(readings(Trend(), [1, 2, 3, 4], every=30.0))


def test_only_the_last_five_minutes_count() -> None:
    # an old dip leaves the window: five minutes of rise after it is growing again
    trend = Trend()
    flags = readings(trend, [50, 10, 11, 12, 13, 14, 15, 16])
    assert flags[-1] and not any(flags[:6])
