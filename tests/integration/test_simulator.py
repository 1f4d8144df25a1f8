"""The simulator, driven through the real tencentcloud SDK over HTTP."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import urllib.request

import pytest
from tencentcloud.common.exception.tencent_cloud_sdk_exception import (
    TencentCloudSDKException as SDKError,
)

from tests.conftest import SdkFactory
from vodmonitor.events import parse_pull_response
from vodmonitor.simulator import DEMO_SECRET_ID, DEMO_SECRET_KEY, DEMO_SUB_APP_ID, Simulator

SUB = {"SubAppId": DEMO_SUB_APP_ID}


def pull(client, **extra):  # type: ignore[no-untyped-def]
    return client.call_json("PullEvents", {**SUB, **extra})["Response"]


def error_code(fn) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(SDKError) as info:
        fn()
    return str(info.value.code)


def test_signature_accepted(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.enqueue_clips(1)
    response = pull(sdk_client())
    assert len(response["EventSet"]) == 1
    assert response["RequestId"]


def test_wrong_key_unknown_id_and_skewed_clock(sim: Simulator, sdk_client: SdkFactory) -> None:
    assert (
        error_code(lambda: pull(sdk_client(secret_key="wrong"))) == "AuthFailure.SignatureFailure"
    )
    assert (
        error_code(lambda: pull(sdk_client(secret_id="AKIDnobody")))
        == "AuthFailure.SecretIdNotFound"
    )
    sim.config.clock_offset = 301
    assert error_code(lambda: pull(sdk_client())) == "AuthFailure.SignatureExpire"
    sim.config.clock_offset = -299
    assert error_code(lambda: pull(sdk_client())) == "ResourceNotFound"


def test_error_messages_follow_language(sim: Simulator, sdk_client: SdkFactory) -> None:
    with pytest.raises(SDKError) as info:
        pull(sdk_client(secret_key="wrong"))
    assert "signature" in str(info.value.message).lower()
    assert info.value.requestId


def test_forty_events_come_as_16_16_8_then_resource_not_found(
    sim: Simulator, sdk_client: SdkFactory
) -> None:
    sim.enqueue_clips(40)
    client = sdk_client()
    sizes = [len(pull(client)["EventSet"]) for _ in range(3)]
    assert sizes == [16, 16, 8]
    started = time.monotonic()
    assert error_code(lambda: pull(client)) == "ResourceNotFound"
    assert time.monotonic() - started >= sim.config.hold * 0.9  # the server held the poll


def test_long_poll_wakes_when_an_event_arrives(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.config.hold = 5.0
    client = sdk_client()
    result: dict[str, object] = {}

    def run() -> None:
        result["response"] = pull(client)
        result["at"] = time.monotonic()

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 5
    while sim.stats["calls.PullEvents"] < 1 and time.monotonic() < deadline:
        time.sleep(0.005)
    enqueued_at = time.monotonic()
    sim.enqueue_clips(1)
    worker.join(timeout=10)
    assert len(result["response"]["EventSet"]) == 1  # type: ignore[index]
    assert float(result["at"]) - enqueued_at < 2.5  # woke early, not at the 5 s hold


def test_redelivery_has_new_handle_and_same_payload(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.config.hold = 3.0
    sim.enqueue_clips(1)
    client = sdk_client()
    first = parse_pull_response({"Response": pull(client)}).events[0]
    again = parse_pull_response({"Response": pull(client)}).events[0]  # held until redelivered
    assert again.identity == first.identity
    assert again.handle != first.handle
    assert sim.queue.deliveries()[first.clip.task_id] == 2  # type: ignore[union-attr]


def test_confirm_within_validity_removes_event(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.config.visibility = 0.3
    sim.enqueue_clips(2)
    client = sdk_client()
    handles = [e["EventHandle"] for e in pull(client)["EventSet"]]
    client.call_json("ConfirmEvents", {**SUB, "EventHandles": handles})
    assert sim.queue.pending_count() == 0
    sim.config.hold = 0.6
    assert error_code(lambda: pull(client)) == "ResourceNotFound"  # never redelivered
    assert set(sim.queue.confirmations().values()) == {1}
    # confirming the same handle again is rejected
    again = lambda: client.call_json("ConfirmEvents", {**SUB, "EventHandles": handles[:1]})  # noqa: E731
    assert error_code(again) == "InvalidParameterValue"


def test_expired_and_unknown_handles_rejected(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.config.handle_ttl = 0.2
    sim.config.visibility = 30
    sim.enqueue_clips(1)
    client = sdk_client()
    handle = pull(client)["EventSet"][0]["EventHandle"]
    time.sleep(0.3)  # let the handle's validity run out; this is the behaviour under test
    confirm = lambda h: client.call_json("ConfirmEvents", {**SUB, "EventHandles": [h]})  # noqa: E731
    assert error_code(lambda: confirm(handle)) == "InvalidParameterValue"
    assert error_code(lambda: confirm("EventHandle.nope")) == "InvalidParameterValue"
    assert sim.queue.pending_count() == 1


def test_more_than_16_handles_rejected(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.enqueue_clips(17)
    client = sdk_client()
    handles = [e["EventHandle"] for e in pull(client)["EventSet"]]
    handles += [e["EventHandle"] for e in pull(client)["EventSet"]]
    assert len(handles) == 17
    call = lambda: client.call_json("ConfirmEvents", {**SUB, "EventHandles": handles})  # noqa: E731
    assert error_code(call) == "InvalidParameterValue"
    assert sim.queue.pending_count() == 17


def test_sub_app_id_checked(sim: Simulator, sdk_client: SdkFactory) -> None:
    client = sdk_client()
    bad = lambda: client.call_json("PullEvents", {"SubAppId": 42})  # noqa: E731
    assert error_code(bad) == "InvalidParameterValue.SubAppId"


def test_push_mode_never_returns_events(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.config.mode = "PUSH"
    sim.config.notification_url = "https://example.com/callback"
    sim.enqueue_clips(3)
    client = sdk_client()
    config = client.call_json("DescribeEventConfig", SUB)["Response"]
    assert config["Mode"] == "PUSH"
    assert config["NotificationUrl"] == "https://example.com/callback"
    assert error_code(lambda: pull(client)) == "ResourceNotFound"
    client.call_json("ModifyEventConfig", {**SUB, "Mode": "PULL"})
    assert len(pull(client)["EventSet"]) == 3
    assert client.call_json("DescribeEventsState", SUB)["Response"]["CountOfEventsToPull"] == 3


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("http500", "ServerNetworkError"),
        ("internal_error", "InternalError"),
        ("throttle", "RequestLimitExceeded"),
        ("reset", "ClientNetworkError"),
    ],
)
def test_faults_reach_the_sdk(
    sim: Simulator, sdk_client: SdkFactory, kind: str, expected: str
) -> None:
    sim.inject(kind)
    client = sdk_client()
    assert error_code(lambda: pull(client)) == expected
    sim.enqueue_clips(1)
    assert len(pull(client)["EventSet"]) == 1  # the fault was one-off


def test_non_json_body_reaches_the_sdk_as_decode_error(
    sim: Simulator, sdk_client: SdkFactory
) -> None:
    sim.inject("non_json")
    with pytest.raises(json.JSONDecodeError):
        pull(sdk_client())


def test_slow_answer_times_out(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.inject("slow", delay=1.5)
    client = sdk_client(timeout=0.5)
    assert error_code(lambda: pull(client)) == "ClientNetworkError"


def test_outage_until_cleared(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.set_outage(True)
    client = sdk_client()
    assert error_code(lambda: pull(client)) == "ClientNetworkError"
    sim.set_outage(False)
    assert error_code(lambda: pull(client)) == "ResourceNotFound"


def test_rate_limit_per_action(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.config.rate_limit = 5
    sim.config.hold = 0
    client = sdk_client()
    codes = [error_code(lambda: pull(client)) for _ in range(6)]
    assert codes.count("RequestLimitExceeded") >= 1
    # another action has its own budget
    assert client.call_json("DescribeEventConfig", SUB)["Response"]["Mode"] == "PULL"


def test_announced_clip_files_are_served(sim: Simulator, sdk_client: SdkFactory) -> None:
    sim.enqueue_clips(1, failed=False)
    event = parse_pull_response({"Response": pull(sdk_client())}).events[0]
    assert event.clip is not None
    with urllib.request.urlopen(event.clip.file_url, timeout=5) as resp:
        data = resp.read()
        assert resp.headers["Content-Type"] == "video/mp4"
    assert data[4:8] == b"ftyp"
    req = urllib.request.Request(event.clip.file_url, headers={"Range": "bytes=0-9"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        assert resp.status == 206
        assert resp.read() == data[:10]


def test_command_line_serves_and_prints_credentials(sdk_client: SdkFactory) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "vodmonitor.simulator",
            "--port",
            "0",
            "--backlog",
            "3",
            "--hold",
            "0",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        endpoint = re.search(r"http://(127\.0\.0\.1:\d+)", lines[0]).group(1)  # type: ignore[union-attr]
        assert DEMO_SECRET_ID in "".join(lines) and DEMO_SECRET_KEY in "".join(lines)
        from tencentcloud.common import credential
        from tencentcloud.common.profile.client_profile import ClientProfile
        from tencentcloud.common.profile.http_profile import HttpProfile
        from tencentcloud.vod.v20180717.vod_client import VodClient

        profile = ClientProfile(httpProfile=HttpProfile(protocol="http", endpoint=endpoint))
        profile.disable_region_breaker = True
        client = VodClient(credential.Credential(DEMO_SECRET_ID, DEMO_SECRET_KEY), "", profile)
        assert len(pull(client)["EventSet"]) == 3
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def test_charset_fault_hides_errors_from_the_plain_sdk(
    sim: Simulator, sdk_client: SdkFactory
) -> None:
    """The trap the reference describes: the SDK only raises under exactly application/json."""
    sim.inject("charset")
    body = sdk_client(secret_key="wrong").call_json("PullEvents", SUB)
    assert body["Response"]["Error"]["Code"] == "AuthFailure.SignatureFailure"
