"""Sharing the table's width among its columns by their needs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vodmonitor.ui.column_widths import Need, share

needs_strategy = st.lists(
    st.builds(
        lambda natural, floor_part, grow: Need(natural, natural * floor_part // 100, grow),
        st.integers(20, 400),
        st.integers(10, 100),
        st.integers(0, 4),
    ),
    min_size=1,
    max_size=13,
)


@given(needs_strategy, st.integers(0, 4000))
def test_widths_fill_the_room_and_keep_what_must_stay(needs: list[Need], total: int) -> None:
    widths = share(needs, total)
    assert len(widths) == len(needs)
    for need, width in zip(needs, widths, strict=True):
        assert width >= need.floor
        if not need.grow:
            assert width == need.natural  # words that must stay whole do
    natural = sum(n.natural for n in needs)
    floors = sum(n.natural if not n.grow else n.floor for n in needs)
    if (total >= natural and any(n.grow for n in needs)) or floors <= total < natural:
        assert sum(widths) == total
    elif total < floors:
        assert sum(widths) == floors


def test_room_goes_by_share_not_all_to_the_last_column() -> None:
    needs = [Need(150, 150, 0), Need(100, 40, 3), Need(100, 40, 1)]
    assert share(needs, 750) == [150, 100 + 300, 100 + 100]
    assert share(needs, 290) == [150, 70, 70]  # the shortfall from both, by what they can give
