from __future__ import annotations

import pytest

from tests.conftest import sim_connection
from vodmonitor.cloud import (
    CloudError,
    EndpointError,
    ErrorKind,
    Secret,
    VodApi,
    classify,
    parse_endpoint,
)
from vodmonitor.simulator import DEMO_SECRET_KEY, Simulator


@pytest.mark.parametrize(
    ("text", "scheme", "host"),
    [
        ("vod.tencentcloudapi.com", "https", "vod.tencentcloudapi.com"),
        ("https://vod.tencentcloudapi.com/", "https", "vod.tencentcloudapi.com"),
        ("proxy.example.com:8443", "https", "proxy.example.com:8443"),
        ("http://127.0.0.1:8700", "http", "127.0.0.1:8700"),
        ("http://localhost:1", "http", "localhost:1"),
        ("http://[::1]:9", "http", "[::1]:9"),
    ],
)
def test_parse_endpoint(text: str, scheme: str, host: str) -> None:
    endpoint = parse_endpoint(text)
    assert (endpoint.scheme, endpoint.host) == (scheme, host)


@pytest.mark.parametrize(
    "text",
    ["", "http://vod.tencentcloudapi.com", "ftp://x", "https://a/b", "https://u:p@h", "h:99999"],
)
def test_parse_endpoint_refuses(text: str) -> None:
    with pytest.raises(EndpointError):
        parse_endpoint(text)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("ResourceNotFound", ErrorKind.NO_EVENTS),
        ("AuthFailure.SignatureFailure", ErrorKind.AUTH),
        ("AuthFailure.SignatureExpire", ErrorKind.AUTH),
        ("UnauthorizedOperation", ErrorKind.AUTH),
        ("FailedOperation.InvalidVodUser", ErrorKind.AUTH),
        ("RequestLimitExceeded", ErrorKind.THROTTLED),
        ("ClientNetworkError", ErrorKind.TRANSIENT),
        ("ServerNetworkError", ErrorKind.TRANSIENT),
        ("InternalError", ErrorKind.TRANSIENT),
        ("InvalidParameterValue", ErrorKind.PERMANENT),
    ],
)
def test_classify(code: str, kind: ErrorKind) -> None:
    assert classify(code) is kind


def test_secret_never_shows_itself() -> None:
    secret = Secret("s3cr3t-value")
    assert "s3cr3t" not in repr(secret) and "s3cr3t" not in str(secret)
    assert secret.reveal() == "s3cr3t-value"


def test_connection_repr_hides_key(sim: Simulator) -> None:
    assert DEMO_SECRET_KEY not in repr(sim_connection(sim))


def test_pull_keeps_unknown_members_raw(sim: Simulator) -> None:
    sim.enqueue([{"EventType": "FutureThing", "FutureThingEvent": {"Answer": 42}}])
    batch = VodApi(sim_connection(sim)).pull()
    [event] = batch.events
    assert '"Answer": 42' in event.raw_json  # the typed SDK model would have dropped it
    assert event.handle


def test_empty_queue_is_an_empty_batch(sim: Simulator) -> None:
    batch = VodApi(sim_connection(sim)).pull()
    assert batch.events == () and batch.request_id


@pytest.mark.parametrize(
    ("fault", "kind", "code"),
    [
        ("http500", ErrorKind.TRANSIENT, "ServerNetworkError"),
        ("internal_error", ErrorKind.TRANSIENT, "InternalError"),
        ("throttle", ErrorKind.THROTTLED, "RequestLimitExceeded"),
        ("reset", ErrorKind.TRANSIENT, "ClientNetworkError"),
        ("non_json", ErrorKind.TRANSIENT, "MalformedResponse"),
    ],
)
def test_faults_are_classified(sim: Simulator, fault: str, kind: ErrorKind, code: str) -> None:
    sim.inject(fault)
    with pytest.raises(CloudError) as info:
        VodApi(sim_connection(sim)).pull()
    assert info.value.kind is kind
    assert info.value.code == code


def test_auth_errors_carry_request_id(sim: Simulator) -> None:
    with pytest.raises(CloudError) as info:
        VodApi(sim_connection(sim, secret_key="wrong")).pull()
    assert info.value.kind is ErrorKind.AUTH
    assert info.value.request_id
    assert "wrong" not in str(info.value)


def test_clock_skew_is_measured(sim: Simulator) -> None:
    sim.config.clock_offset = -720  # the server is 12 minutes behind: we are ahead
    with pytest.raises(CloudError) as info:
        VodApi(sim_connection(sim)).pull()
    assert info.value.code == "AuthFailure.SignatureExpire"
    assert info.value.clock_skew_s is not None
    assert 700 < info.value.clock_skew_s < 740


def test_confirm_chunks_are_bounded(sim: Simulator) -> None:
    api = VodApi(sim_connection(sim))
    with pytest.raises(ValueError):
        api.confirm(["h"] * 17)
    sim.enqueue_clips(3)
    handles = [e.handle for e in api.pull().events]
    api.confirm([h for h in handles if h])
    assert sim.queue.pending_count() == 0


def test_config_and_switch_to_pull(sim: Simulator) -> None:
    sim.config.mode = "PUSH"
    sim.config.notification_url = "https://cb.example.com/vod"
    api = VodApi(sim_connection(sim))
    config = api.describe_config()
    assert config.is_push and config.notification_url == "https://cb.example.com/vod"
    api.switch_to_pull()
    assert not api.describe_config().is_push
    sim.enqueue_clips(2)
    assert api.events_state() == 2


def test_business_errors_survive_a_rewritten_content_type(sim: Simulator) -> None:
    """The SDK alone would return an empty answer here; the error must still surface."""
    sim.inject("charset")
    with pytest.raises(CloudError) as info:
        VodApi(sim_connection(sim, secret_key="wrong")).describe_config()
    assert info.value.code == "AuthFailure.SignatureFailure"
    assert info.value.request_id
