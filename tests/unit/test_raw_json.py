"""The PullEvents walker keeps each event's exact text and agrees with json.loads."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vodmonitor.raw_json import RawJsonError, read_pull_body

values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(values, max_size=5),
    st.dictionaries(st.text().filter(lambda k: k != "EventSet"), values, max_size=3),
    st.sampled_from([None, 0, 2]),
    st.booleans(),
)
def test_agrees_with_json_loads(
    entries: list[object], extra: dict[str, object], indent: int | None, ascii_only: bool
) -> None:
    body = {"Response": {**extra, "EventSet": entries, "RequestId": "r"}}
    text = json.dumps(body, indent=indent, ensure_ascii=ascii_only)
    members, pairs = read_pull_body(text)
    expected = json.loads(text)["Response"]
    assert [value for value, _ in pairs] == expected["EventSet"]
    assert [json.loads(raw) for _, raw in pairs] == expected["EventSet"]
    assert all(raw in text for _, raw in pairs)  # exact slices of what was sent
    assert members == {k: v for k, v in expected.items() if k != "EventSet"}


def test_keeps_the_exact_text() -> None:
    text = '{ "Response" : { "EventSet" : [ {"b": 1.50, "a": "\\u00e9"} ,\n {"x":[]} ], "RequestId":"r" } }'
    members, pairs = read_pull_body(text)
    assert [raw for _, raw in pairs] == ['{"b": 1.50, "a": "\\u00e9"}', '{"x":[]}']
    assert members == {"RequestId": "r"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"Response": null}',
        '{"Response": {"EventSet": 5}}',
        '{"Response": {"EventSet": [1, ]}}',
        '{"Response": {}} trailing',
        '{"Other": 1}',
        '{"Response": {"EventSet": [{"a": 1}]',
    ],
)
def test_malformed_bodies_raise_one_error(text: str) -> None:
    with pytest.raises(RawJsonError):
        read_pull_body(text)


def test_error_bodies_and_null_event_sets() -> None:
    members, pairs = read_pull_body(
        '{"Response": {"Error": {"Code": "ResourceNotFound", "Message": "no event"}, "EventSet": null, "RequestId": "r"}}'
    )
    assert members["Error"]["Code"] == "ResourceNotFound"
    assert pairs == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_text_raises_only_the_documented_error(text: str) -> None:
    with contextlib.suppress(RawJsonError):
        read_pull_body(text)
