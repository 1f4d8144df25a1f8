from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vodmonitor.events import (
    EventParseError,
    parse_event,
    parse_pull_response,
    payload_identity,
)

DATA = Path(__file__).parents[1] / "data"
SEED = (
    Path(__file__).resolve().parents[3] / "shared" / "reference" / "clipcomplete-callback-v3.ko.md"
)


def test_seed_copies_are_verbatim() -> None:
    if not SEED.exists():
        pytest.skip("the shared reference folder is not beside this checkout")
    blocks = re.findall(r"```json\n(.*?)```", SEED.read_text(encoding="utf-8"), re.S)
    assert blocks == [
        (DATA / "seed_push_body.json").read_text(encoding="utf-8"),
        (DATA / "seed_pull_response.json").read_text(encoding="utf-8"),
    ]


def test_normal_callback_body_from_seed() -> None:
    raw = (DATA / "seed_push_body.json").read_text(encoding="utf-8")
    event = parse_event(raw)
    assert event.event_type == "ClipComplete"
    assert event.handle is None
    assert event.raw_json == raw
    assert event.identity == "clip:clipVideo-0a78cf44c4285026a4c"
    clip = event.clip
    assert clip is not None
    assert clip.task_id == "clipVideo-0a78cf44c4285026a4c"
    assert clip.src_file_id == "16092504232103571364"
    assert clip.file_id == "14508071098244929440"
    assert clip.file_url == "http://125676836723.vod2.myqcloud.com/xxx/xxx/f0.mp4"
    assert clip.file_type == "mp4"
    assert clip.err_code == 0
    assert clip.message == ""
    assert clip.succeeded


def test_pull_response_from_seed_has_same_identity_and_handle() -> None:
    batch = parse_pull_response((DATA / "seed_pull_response.json").read_text(encoding="utf-8"))
    assert batch.request_id == "335bdaa3-db0e-46ce-9946-51941d9cb0f5"
    assert batch.rejected == ()
    [event] = batch.events
    assert event.handle == "EventHandle.N"
    pushed = parse_event((DATA / "seed_push_body.json").read_text(encoding="utf-8"))
    assert event.identity == pushed.identity
    assert event.clip == pushed.clip
    assert json.loads(event.raw_json)["EventHandle"] == "EventHandle.N"


def test_legacy_v2_format() -> None:
    legacy = {
        "version": "4.0",
        "eventType": "ClipComplete",
        "data": {
            "vodTaskId": "clipVideo-legacy-1",
            "srcFileId": "111",
            "fileInfo": {
                "fileType": "mp4",
                "status": 70000,
                "message": "internal error",
                "fileId": "",
                "fileUrl": "",
            },
        },
    }
    event = parse_event(json.dumps(legacy))
    assert event.legacy
    assert event.identity == "clip:clipVideo-legacy-1"
    assert event.clip is not None
    assert event.clip.err_code == 70000
    assert event.clip.message == "internal error"
    assert not event.clip.succeeded


def test_failed_clip_and_string_error_code() -> None:
    event = parse_event(
        {
            "EventType": "ClipComplete",
            "ClipCompleteEvent": {
                "TaskId": "t1",
                "FileInfo": {"ErrCode": "60000", "Message": "source broken", "FileUrl": None},
            },
        }
    )
    assert event.clip is not None
    assert event.clip.err_code == 60000
    assert event.clip.file_url == ""
    assert event.clip.src_file_id == ""
    assert not event.clip.succeeded


@pytest.mark.parametrize(
    "payload",
    [
        {"EventType": "ClipComplete"},
        {"EventType": "ClipComplete", "ClipCompleteEvent": None},
        {"EventType": "ClipComplete", "ClipCompleteEvent": {"FileInfo": None}},
        {"EventType": "ClipComplete", "ClipCompleteEvent": {"TaskId": 12, "FileInfo": [1, 2]}},
        {"EventType": "SomethingNew2031", "SomethingNew2031Event": {"x": [1, {"y": None}]}},
        {"EventType": "NewFileUpload", "FileUploadEvent": None, "Unknown": {"deep": True}},
    ],
)
def test_tolerates_missing_null_and_unknown(payload: dict[str, object]) -> None:
    event = parse_event(payload)
    assert event.event_type == payload["EventType"]
    assert event.identity


def test_unknown_types_dedupe_on_payload_without_handle() -> None:
    body = {"EventType": "TranscodeComplete", "TranscodeCompleteEvent": {"FileId": "9"}}
    a = parse_event({**body, "EventHandle": "h1"})
    b = parse_event({**body, "EventHandle": "h2"})
    c = parse_event({"EventType": "TranscodeComplete", "TranscodeCompleteEvent": {"FileId": "8"}})
    assert a.identity == b.identity == payload_identity(body)
    assert a.handle == "h1" and b.handle == "h2"
    assert c.identity != a.identity


@pytest.mark.parametrize(
    ("payload", "fragment"),
    [
        ("", "not valid JSON"),
        ("[1,2]", "must be a JSON object"),
        ('"ClipComplete"', "must be a JSON object"),
        ("{}", "no EventType"),
        ('{"EventType": null}', "no EventType"),
        ('{"EventType": 5}', "no EventType"),
        ('{"EventType": "  "}', "no EventType"),
        (b"\xff\xfe", "not UTF-8"),
    ],
)
def test_structurally_invalid_payload_raises_documented_error(
    payload: str | bytes, fragment: str
) -> None:
    with pytest.raises(EventParseError, match=fragment):
        parse_event(payload)


def test_one_bad_entry_does_not_cost_the_others() -> None:
    body = {
        "Response": {
            "EventSet": [
                {"EventHandle": "h-bad", "NoType": 1},
                "not an object",
                {
                    "EventHandle": "h-ok",
                    "EventType": "ClipComplete",
                    "ClipCompleteEvent": {"TaskId": "x"},
                },
            ],
            "RequestId": "r",
        }
    }
    batch = parse_pull_response(json.dumps(body))
    assert [e.handle for e in batch.events] == ["h-ok"]
    assert [r.handle for r in batch.rejected] == ["h-bad", None]
    assert "no EventType" in batch.rejected[0].reason


@pytest.mark.parametrize("event_set", [None, []])
def test_null_and_empty_event_set_alike(event_set: object) -> None:
    batch = parse_pull_response({"Response": {"EventSet": event_set, "RequestId": "r"}})
    assert batch.events == () and batch.rejected == ()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)
event_like = st.fixed_dictionaries(
    {},
    optional={
        "EventType": st.one_of(st.just("ClipComplete"), st.text(), json_values),
        "EventHandle": json_values,
        "ClipCompleteEvent": st.one_of(
            json_values,
            st.fixed_dictionaries(
                {},
                optional={
                    "TaskId": json_values,
                    "SrcFileId": json_values,
                    "FileInfo": st.one_of(
                        json_values,
                        st.dictionaries(
                            st.sampled_from(
                                ["ErrCode", "Message", "FileId", "FileUrl", "FileType"]
                            ),
                            json_values,
                        ),
                    ),
                },
            ),
        ),
        "eventType": json_values,
        "data": json_values,
    },
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, event_like))
def test_arbitrary_json_never_raises_anything_else(value: object) -> None:
    text = json.dumps(value)
    try:
        event = parse_event(text)
    except EventParseError:
        return
    assert isinstance(event.event_type, str) and event.event_type.strip()
    assert event.identity


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "Response": st.fixed_dictionaries(
                    {"EventSet": st.lists(st.one_of(json_values, event_like), max_size=5)}
                )
            }
        ),
    )
)
def test_arbitrary_pull_bodies_never_raise_anything_else(value: object) -> None:
    try:
        batch = parse_pull_response(json.dumps(value))
    except EventParseError:
        return
    assert all(e.identity for e in batch.events)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64))
def test_arbitrary_bytes_never_raise_anything_else(data: bytes) -> None:
    with contextlib.suppress(EventParseError):
        parse_event(data)


def test_an_unknown_first_word_is_no_command() -> None:
    """`vodmonitor export …` must not start the window: it says the word is unknown."""
    from vodmonitor.app.cli import parse_options

    with pytest.raises(SystemExit) as refused:
        parse_options(["export", "--profile", "p"])
    assert refused.value.code == 2
    assert parse_options(["serve", "--listen", "127.0.0.1:1"]).command == "serve"
    assert parse_options(["--demo"]).command == "window"


def test_serve_and_the_window_each_list_their_own_options() -> None:
    from vodmonitor.app.cli import build_parser, build_serve_parser, parse_options

    window = build_parser().format_help()
    serve = build_serve_parser().format_help()
    assert "serve" in window and "export" in window and "--minimized" in window
    assert "--listen" in serve and "--minimized" not in serve and "--watch-only" not in serve
    assert "--self-test" not in serve and "--listen HOST:PORT" not in window
    with pytest.raises(SystemExit):
        parse_options(["serve", "--minimized"])


def test_serve_listen_without_its_extra_says_so_before_the_keyring(
    tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    import importlib.util
    import threading

    from vodmonitor.app import serve as serve_module
    from vodmonitor.app.cli import parse_options

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "aiohttp" else real(name, *a)
    )
    asked: list[str] = []
    monkeypatch.setattr(
        serve_module.MonitorService, "resolve", lambda self: asked.append("keyring")
    )
    options = parse_options(["serve", "--data-dir", str(tmp_path / "d"), "--listen", "127.0.0.1:1"])
    assert serve_module.serve(options, threading.Event()) == 2
    assert "serve extra" in caplog.text and asked == []
