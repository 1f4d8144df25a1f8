"""The table model without a window, over a real SQLite store."""

from __future__ import annotations

import random
import time
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from tests.store_helpers import ingest
from vodmonitor.columns import COLUMNS
from vodmonitor.events import parse_event
from vodmonitor.ledgers.model import EventState
from vodmonitor.ledgers.sqlite import Store
from vodmonitor.ledgers.view import SORT_SQL, RowFilter
from vodmonitor.simulator import generator
from vodmonitor.ui.events_model import Column, EventRole, EventsModel, SafeUrlRole
from vodmonitor.ui.row_query import FIRST_ROWS, diff


def clip(task: str, *, failed: bool = False, url: str | None = None) -> dict:  # type: ignore[type-arg]
    event = generator.clip_complete(
        random.Random(task), "http://127.0.0.1:1", failed=failed, task_id=task
    )
    if url is not None:
        event["ClipCompleteEvent"]["FileInfo"]["FileUrl"] = url
    return event


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = Store(tmp_path / "events.sqlite3")
    yield s
    s.close()


def settle(qtbot, model: EventsModel) -> None:  # type: ignore[no-untyped-def]
    generation = model.request()
    qtbot.waitUntil(lambda: model.generation_applied >= generation, timeout=5000)


def test_rows_sorting_and_roles(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    now = time.time()
    ingest(store, [parse_event(clip("task-b"))], now)
    ingest(store, [parse_event(clip("task-a", failed=True))], now + 1)
    ingest(
        store,
        [parse_event({"EventType": "NewFileUpload", "FileUploadEvent": {"FileId": "1"}})],
        now + 2,
    )
    model = EventsModel(store.path)
    try:
        settle(qtbot, model)
        assert model.rowCount() == 2  # ClipComplete by default
        assert [model.index(r, Column.TASK_ID).data() for r in range(2)] == ["task-a", "task-b"]
        failed = model.index(0, Column.RESULT)
        assert failed.data().startswith("Error ")
        assert failed.data(Qt.ItemDataRole.ForegroundRole) is not None
        assert model.index(1, Column.RESULT).data() == "OK"
        assert model.index(0, Column.STATUS).data() == "New"
        assert model.index(0, 0).data(EventRole).task_id == "task-a"
        model.sort(Column.TASK_ID, Qt.SortOrder.AscendingOrder)
        settle(qtbot, model)
        assert [model.index(r, Column.TASK_ID).data() for r in range(2)] == ["task-a", "task-b"]
        model.sort(Column.TASK_ID, Qt.SortOrder.DescendingOrder)
        settle(qtbot, model)
        assert [model.index(r, Column.TASK_ID).data() for r in range(2)] == ["task-b", "task-a"]
        model.set_filter(RowFilter(event_type=None))
        settle(qtbot, model)
        assert model.rowCount() == 3
        assert model.counts.total == 3
    finally:
        model.close()


def test_filters(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    events = [parse_event(clip(f"task-{i:02d}", failed=i % 3 == 0)) for i in range(12)]
    ingest(store, events, time.time())
    store.acknowledge([1, 2], time.time())
    model = EventsModel(store.path)
    try:
        settle(qtbot, model)
        assert model.rowCount() == 12
        model.set_filter(RowFilter(text="task-1"))
        settle(qtbot, model)
        assert sorted(model.index(r, Column.TASK_ID).data() for r in range(model.rowCount())) == [
            "task-10",
            "task-11",
        ]
        model.set_filter(RowFilter(text="%"))  # LIKE wildcards are literal
        settle(qtbot, model)
        assert model.rowCount() == 0
        model.set_filter(RowFilter(failed_only=True))
        settle(qtbot, model)
        assert model.rowCount() == 4
        model.set_filter(RowFilter(needs_attention=True))
        settle(qtbot, model)
        assert model.rowCount() == 10
        assert model.counts.needs_attention == 10 and model.counts.failed == 4
    finally:
        model.close()


@pytest.mark.parametrize("placed", [False, True], ids=["read-again", "placed"])
def test_live_inserts_keep_persistent_indexes(qtbot, store: Store, placed: bool) -> None:  # type: ignore[no-untyped-def]
    ingest(store, [parse_event(clip(f"old-{i}")) for i in range(5)], time.time())
    model = EventsModel(store.path)
    try:
        settle(qtbot, model)
        watched = QPersistentModelIndex(model.index(2, Column.TASK_ID))
        task = watched.data()
        resets: list[int] = []
        model.modelReset.connect(lambda: resets.append(1))
        ids = ingest(
            store, [parse_event(clip(f"new-{i}")) for i in range(3)], time.time() + 5
        ).inserted
        model.refresh(tuple(ids), tuple(ids) if placed else None)
        settle(qtbot, model)
        assert model.rowCount() == 8
        assert resets == []  # inserted rows, not a reset
        assert watched.isValid() and watched.data() == task
        assert watched.row() == 5  # moved down by the three new rows at the top
    finally:
        model.close()


def test_acknowledged_rows_leave_the_needs_attention_view(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    result = ingest(store, [parse_event(clip(f"t{i}")) for i in range(4)], time.time())
    model = EventsModel(store.path)
    try:
        model.set_filter(RowFilter(needs_attention=True))
        settle(qtbot, model)
        assert model.rowCount() == 4
        store.acknowledge(result.inserted[:2], time.time())
        model.refresh(tuple(result.inserted[:2]))
        settle(qtbot, model)
        assert model.rowCount() == 2
        model.set_filter(RowFilter())
        settle(qtbot, model)
        states = {model.index(r, 0).data(EventRole).state for r in range(4)}
        assert states == {EventState.NEW, EventState.ACKNOWLEDGED}
        # These events came without a handle: nothing to confirm, so not "confirming".
        assert "Acknowledged" in {model.index(r, Column.STATUS).data() for r in range(4)}
    finally:
        model.close()


def test_hostile_urls_are_not_links(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    ingest(
        store,
        [
            parse_event(clip("a", url="javascript:alert(1)")),
            parse_event(clip("b", url="https://example.com/ok.mp4")),
        ],
        time.time(),
    )
    model = EventsModel(store.path)
    try:
        model.sort(Column.TASK_ID, Qt.SortOrder.AscendingOrder)
        settle(qtbot, model)
        hostile, safe = model.index(0, Column.LINK), model.index(1, Column.LINK)
        assert hostile.data(SafeUrlRole) is None
        assert "javascript" not in hostile.data()
        assert safe.data(SafeUrlRole) == "https://example.com/ok.mp4"
    finally:
        model.close()


def test_diff_runs() -> None:
    assert diff([1, 2, 3], [9, 1, 2, 8, 3]) == ([], [(0, 0), (3, 3)])
    assert diff([1, 2, 3, 4], [1, 4]) == ([(1, 2)], [])
    assert diff([1, 2, 3], [3, 2, 1]) is None  # rows moved: the caller resets
    assert diff([5, 4], [5, 4, 3, 2]) == ([], [(2, 3)])  # the rest after the first rows
    assert diff([5, 4], [5, 4]) == ([], [])


def test_diff_runs_over_the_flat_arrays_the_view_keeps() -> None:
    def ids(*values: int) -> array[int]:
        return array("q", values)

    assert diff(ids(1, 2, 3), ids(9, 1, 2, 8, 3)) == ([], [(0, 0), (3, 3)])
    assert diff(ids(1, 2, 3, 4), ids(1, 4)) == ([(1, 2)], [])
    assert diff(ids(1, 2, 3), ids(3, 2, 1)) is None
    assert diff(ids(5, 4), ids(5, 4, 3, 2)) == ([], [(2, 3)])


def test_every_column_is_declared_once_and_named_positions_agree() -> None:
    keys = [spec.key for spec in COLUMNS]
    assert len(set(keys)) == len(keys) and list(SORT_SQL) == keys
    for column in Column:  # the positions the window names point at their declarations
        assert COLUMNS[column].key == column.name.lower()


def test_the_deliveries_column_shows_and_sorts(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Added by one declaration in vodmonitor/columns.py."""
    db = tmp_path / "e.sqlite3"
    store = Store(db)
    ingest(store, [parse_event(clip("once"))], 1.0)
    ingest(store, [parse_event(clip("twice"))], 2.0)
    ingest(store, [parse_event(clip("twice"))], 3.0)
    store.close()
    column = [spec.key for spec in COLUMNS].index("deliveries")
    model = EventsModel(db)
    try:
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
        assert model.headerData(column, Qt.Orientation.Horizontal) == "Deliveries"
        qtbot.waitUntil(lambda: model.index(0, column).data() == "2", timeout=5000)
        assert model.index(0, Column.TASK_ID).data() == "twice"
    finally:
        model.close()


def test_an_acknowledged_row_with_nothing_to_confirm_is_not_called_confirming(qtbot) -> None:  # type: ignore[no-untyped-def]
    from vodmonitor.ledgers.model import EventState
    from vodmonitor.ui.events_model import state_text

    assert state_text(EventState.ACKNOWLEDGED, "EventHandle.1") == "Acknowledged, confirming"
    assert state_text(EventState.ACKNOWLEDGED, None) == "Acknowledged"  # watch-only, pushed
    assert state_text(EventState.DONE, None) == "Done (nothing to confirm on VOD)"


def test_a_long_view_shows_its_first_rows_then_all_without_highlighting_them(
    qtbot, store: Store
) -> None:  # type: ignore[no-untyped-def]
    now = time.time()
    ingest(store, [parse_event(clip(f"task-{n:04d}")) for n in range(FIRST_ROWS * 3)], now)
    model = EventsModel(store.path)
    sizes: list[int] = []
    model.updateApplied.connect(lambda: sizes.append(model.rowCount()))
    try:
        qtbot.waitUntil(lambda: model.complete, timeout=5000)
        assert sizes[0] == FIRST_ROWS and model.rowCount() == FIRST_ROWS * 3
        last = model.index(model.rowCount() - 1, Column.TASK_ID)
        assert last.data(Qt.ItemDataRole.BackgroundRole) is None  # not "new" rows
        # a new row after that is new, and highlighted
        ingest(store, [parse_event(clip("task-late"))], now + 5)
        model.refresh()
        qtbot.waitUntil(lambda: model.rowCount() == FIRST_ROWS * 3 + 1, timeout=5000)
        assert model.index(0, Column.TASK_ID).data() == "task-late"
        assert model.index(0, Column.TASK_ID).data(Qt.ItemDataRole.BackgroundRole) is not None
    finally:
        model.close()


def test_arrivals_placed_in_a_sorted_view_match_a_fresh_read(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    now = time.time()
    ingest(store, [parse_event(clip(f"task-{n:03d}")) for n in range(0, 300, 3)], now)
    model = EventsModel(store.path)
    try:
        model.sort(Column.TASK_ID, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(
            lambda: model.complete and model.sort_column == Column.TASK_ID, timeout=5000
        )
        arrivals = ingest(
            store, [parse_event(clip(f"task-{n:03d}")) for n in (1, 2, 100, 299)], now + 1
        ).inserted
        model.refresh(tuple(arrivals), tuple(arrivals))
        qtbot.waitUntil(lambda: model.rowCount() == 104, timeout=5000)
        shown = [model.index(r, Column.TASK_ID).data() for r in range(model.rowCount())]
        assert shown == sorted(shown) and "task-100" in shown and shown[-1] == "task-299"
        fresh = EventsModel(store.path)
        fresh.sort(Column.TASK_ID, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda: fresh.complete and fresh.rowCount() == 104, timeout=5000)
        assert model.all_ids() == fresh.all_ids()
        fresh.close()
    finally:
        model.close()


def test_the_table_asks_again_while_the_ledger_is_being_upgraded(
    qtbot, store: Store, caplog
) -> None:  # type: ignore[no-untyped-def]
    """A first start after an upgrade: the writer is still building the new tables when
    the window first asks; the rows appear once it is done, with no other prompt."""
    import sqlite3

    from vodmonitor.ledgers.sqlite_schema import MIGRATIONS

    ingest(store, [parse_event(clip(f"task-{n}")) for n in range(3)], time.time())
    counts = [sql for sql in MIGRATIONS[5] if "event_counts" in sql and "TRIGGER" not in sql]
    db = sqlite3.connect(store.path)
    db.execute("DROP TABLE event_counts")  # as before the upgrade committed
    db.commit()
    model = EventsModel(store.path)
    try:
        caplog.set_level("INFO", logger="vodmonitor.ui.row_query")
        qtbot.waitUntil(lambda: any("trying again" in r.message for r in caplog.records))
        assert model.rowCount() == 0
        for sql in counts:  # the upgrade commits
            db.execute(sql)
        db.commit()
        qtbot.waitUntil(lambda: model.rowCount() == 3 and model.counts.total == 3, timeout=5000)
    finally:
        model.close()
        db.close()


def test_times_under_the_c_locale_are_iso_8601() -> None:
    """LANG=C.UTF-8 (a server, a minimal desktop): not "3 12 2026 06:22:54"."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from vodmonitor.ui.events_model import format_timestamp

    at = dt.datetime(2026, 12, 3, 6, 22, 54).timestamp()
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        assert format_timestamp(at, seconds=True) == "2026-12-03 06:22:54"
        assert format_timestamp(at, seconds=True, date=False) == "06:22:54"
    finally:
        QLocale.setDefault(previous)


def test_holding_and_letting_go_place_rows_without_reading_the_view_again(
    qtbot, store: Store
) -> None:  # type: ignore[no-untyped-def]
    now = time.time()
    ingest(store, [parse_event(clip(f"old-{i}")) for i in range(5)], now)
    model = EventsModel(store.path)
    answers: list[bool] = []
    try:
        settle(qtbot, model)
        model._query.answered.connect(lambda answer: answers.append(answer.placed))
        holding = True
        model.hold_check = lambda: holding
        ids = ingest(store, [parse_event(clip(f"new-{i}")) for i in range(3)], now + 5).inserted
        model.refresh(tuple(ids), tuple(ids))
        qtbot.waitUntil(lambda: model.held == 3, timeout=5000)
        assert model.rowCount() == 5  # held back, counted
        holding = False
        model.release_hold()
        qtbot.waitUntil(lambda: model.held == 0 and model.rowCount() == 8, timeout=5000)
        assert answers and all(answers)  # each answer placed rows: no read of the whole view
        fresh = EventsModel(store.path)
        qtbot.waitUntil(lambda: fresh.complete and fresh.rowCount() == 8, timeout=5000)
        assert model.all_ids() == fresh.all_ids()
        fresh.close()
    finally:
        model.close()


def test_an_arrival_the_view_already_shows_is_not_shown_twice(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    now = time.time()
    ingest(store, [parse_event(clip(f"old-{i}")) for i in range(3)], now)
    model = EventsModel(store.path)
    try:
        settle(qtbot, model)
        ids = ingest(store, [parse_event(clip("new"))], now + 5).inserted
        model.refresh(tuple(ids), None)  # read again: the new row is in the view
        settle(qtbot, model)
        model.refresh(tuple(ids), tuple(ids))  # and then announced as arrived
        settle(qtbot, model)
        assert model.rowCount() == 4 and model.all_ids().count(ids[0]) == 1
    finally:
        model.close()


def test_a_painted_cell_shows_what_data_says_in_every_role(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    """Delegates read a cell's roles in one multiData call: it must agree with data()."""
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    now = time.time()
    ingest(store, [parse_event(clip("task-ok", url="https://vod.example.com/a.mp4"))], now)
    ingest(store, [parse_event(clip("task-bad", failed=True, url="javascript:alert(1)"))], now + 1)
    model = EventsModel(store.path)
    delegate = QStyledItemDelegate()
    try:
        settle(qtbot, model)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                option = QStyleOptionViewItem()
                delegate.initStyleOption(option, index)
                assert option.text == (index.data() or "")
                font = index.data(Qt.ItemDataRole.FontRole)
                assert option.font.bold() == bool(font and font.bold())
                assert option.font.underline() == bool(font and font.underline())
                colour = index.data(Qt.ItemDataRole.ForegroundRole)
                if colour is not None:
                    assert option.palette.text().color() == colour
                icon = index.data(Qt.ItemDataRole.DecorationRole)
                assert option.icon.isNull() == (icon is None)
        bad = model.index(0, Column.TASK_ID)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, bad)
        assert (
            option.text == "task-bad"
            and option.palette.text().color() != QStyleOptionViewItem().palette.text().color()
        )
        status = QStyleOptionViewItem()
        delegate.initStyleOption(status, model.index(0, Column.STATUS))
        assert status.font.bold()  # a new clip's state is bold
    finally:
        model.close()
