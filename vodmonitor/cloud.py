"""A thin layer over tencentcloud-sdk-python-vod: pull, confirm, event config.

Events are taken as raw JSON text (the SDK's ``call_json`` path, without its parse) because
the SDK's typed models silently drop members they do not know. Every failure becomes a :class:`CloudError` with a kind the
engine can act on and the RequestId support will ask for.
"""

from __future__ import annotations

import ipaddress
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.common.retry import NoopRetryer
from tencentcloud.vod.v20180717.vod_client import VodClient

from vodmonitor.errors import Retry, VodmonitorError
from vodmonitor.events import EventParseError, PullBatch, read_pull_text
from vodmonitor.raw_json import loads

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "vod.tencentcloudapi.com"
PULL_TIMEOUT_S = 10  # the server holds a long poll up to 5 s
MAX_CONFIRM_HANDLES = 16

# The SDK logs whole requests and responses at debug level; keep that out of our log.
logging.getLogger("tencentcloud_sdk_common").setLevel(logging.WARNING)


class ErrorKind(StrEnum):
    NO_EVENTS = "no_events"
    AUTH = "auth"
    THROTTLED = "throttled"
    TRANSIENT = "transient"
    PERMANENT = "permanent"


class CloudError(VodmonitorError):
    def __init__(
        self,
        kind: ErrorKind,
        code: str,
        message: str,
        request_id: str | None = None,
        clock_skew_s: float | None = None,
    ) -> None:
        super().__init__(
            f"{code}: {message}" + (f" (RequestId {request_id})" if request_id else "")
        )
        self.kind = kind
        self.code = code
        self.message = message
        self.request_id = request_id
        self.clock_skew_s = clock_skew_s

    @property
    def retry(self) -> Retry:  # type: ignore[override]
        if self.kind in (ErrorKind.TRANSIENT, ErrorKind.THROTTLED, ErrorKind.NO_EVENTS):
            return Retry.BACKOFF
        return Retry.WAIT if self.kind is ErrorKind.AUTH else Retry.NEVER

    @property
    def handle_rejected(self) -> bool:
        """The server refused a handle: expired, unknown or already confirmed."""
        return self.code.startswith("InvalidParameterValue") and "SubAppId" not in self.code


class Secret:
    """A string that never shows itself in repr, str or a traceback's locals."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


class NoCredentials(CloudError):
    """No connection to call with: nothing was sent."""

    def __init__(self) -> None:
        super().__init__(ErrorKind.AUTH, "NoCredentials", "no credentials")


class EndpointError(VodmonitorError, ValueError):
    """The endpoint given is not one vodmonitor will call."""


@dataclass(frozen=True)
class Endpoint:
    scheme: str
    host: str  # host[:port], as the SDK wants it

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}"


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def parse_endpoint(text: str) -> Endpoint:
    """Accept ``host[:port]`` or an http(s) URL; plain http only for loopback."""
    text = text.strip()
    if not text:
        raise EndpointError("the endpoint is empty")
    candidate = text if "://" in text else "https://" + text
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError as exc:
        raise EndpointError(f"not a valid endpoint: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise EndpointError("the endpoint must use https (or http on this computer only)")
    if not parts.hostname or parts.username or parts.password:
        raise EndpointError("the endpoint needs a host name")
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise EndpointError("the endpoint is a host name, without a path")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise EndpointError("plain http is allowed only for this computer (127.0.0.1)")
    if port is not None and not 0 < port < 65536:
        raise EndpointError("the port must be a number from 1 to 65535")
    host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    return Endpoint(parts.scheme, f"{host}:{port}" if port is not None else host)


@dataclass(frozen=True)
class Connection:
    endpoint: Endpoint
    secret_id: str
    secret_key: Secret = field(repr=False)
    token: Secret | None = field(default=None, repr=False)
    region: str = ""
    sub_app_id: int | None = None
    language: str = "en-US"  # "zh-CN" when the UI is Chinese


@dataclass(frozen=True)
class EventConfig:
    mode: str
    notification_url: str
    # Today's SDK model has no SignKey in DescribeEventConfig; read it should it appear.
    sign_key: Secret | None = field(default=None, repr=False)

    @property
    def is_push(self) -> bool:
        return self.mode.upper() == "PUSH"


_TRANSIENT_CODES = (
    "ClientNetworkError",
    "ServerNetworkError",
    "InternalError",
    "ResourceUnavailable",
)
_AUTH_CODES = ("AuthFailure", "UnauthorizedOperation", "FailedOperation.InvalidVodUser")


def classify(code: str) -> ErrorKind:
    if code == "ResourceNotFound":
        return ErrorKind.NO_EVENTS
    if code.startswith(_AUTH_CODES):
        return ErrorKind.AUTH
    if code.startswith("RequestLimitExceeded"):
        return ErrorKind.THROTTLED
    if code.startswith(_TRANSIENT_CODES):
        return ErrorKind.TRANSIENT
    return ErrorKind.PERMANENT


class _VodClient(VodClient):  # type: ignore[misc]
    """The SDK client (its signing and HTTP session), with two changes.

    Business errors are read by VodApi from the body it parses anyway: the SDK's own check
    parses every response a second time, and only when the Content-Type is exactly
    ``application/json``, so behind a proxy that adds a charset it would miss them.
    ``call_text`` returns the body unparsed, so each pulled event keeps its exact text.
    """

    def _check_error(self, resp: Any) -> None:
        return None

    def call_text(self, action: str, params: dict[str, Any]) -> str:
        """``call_json`` without its parse: the body as sent, for the event walker."""

        def call_once() -> Any:
            resp = self._call(action, params)
            self._check_status(resp)
            return resp

        retryer = self.profile.retryer or NoopRetryer()
        content: bytes = retryer.send_request(call_once).content
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError as exc:
            # One entry's bad bytes must not cost the others: replace them and read on.
            log.warning("%s answered with invalid UTF-8 (%s); replaced", action, exc.reason)
            return content.decode("utf-8", "replace")


class VodApi:
    """One SDK client (one HTTP session). Not thread-safe: one instance per thread."""

    def __init__(self, conn: Connection, *, timeout: float = PULL_TIMEOUT_S) -> None:
        self.conn = conn
        http = HttpProfile(
            protocol=conn.endpoint.scheme, endpoint=conn.endpoint.host, reqTimeout=timeout
        )
        http.keepAlive = True
        profile = ClientProfile(httpProfile=http, language=conn.language)
        # The region breaker rewrites network errors and ignores custom endpoints.
        profile.disable_region_breaker = True
        cred = credential.Credential(
            conn.secret_id, conn.secret_key.reveal(), conn.token.reveal() if conn.token else None
        )
        self._client = _VodClient(cred, conn.region, profile)
        # The SDK resolves HTTP(S)_PROXY/NO_PROXY itself when the client is built and passes
        # the proxy explicitly; requests would rescan the whole environment on every call
        # (a third of a full pull's cost), so turn that second lookup off.
        session = getattr(getattr(self._client.request, "conn", None), "_session", None)
        if session is not None:
            session.trust_env = False

    def _params(self, **extra: Any) -> dict[str, Any]:
        params: dict[str, Any] = dict(extra)
        if self.conn.sub_app_id is not None:
            params["SubAppId"] = self.conn.sub_app_id
        return params

    def _sdk_error(self, exc: TencentCloudSDKException) -> CloudError:
        code = str(exc.code or "ClientError")
        message = exc.message
        if isinstance(message, bytes):  # ServerNetworkError carries the raw body
            message = message[:200].decode("utf-8", "replace")
        skew = self.measure_clock_skew() if code == "AuthFailure.SignatureExpire" else None
        return CloudError(classify(code), code, str(message), exc.requestId, skew)

    def _raise_business_error(self, response: dict[str, Any]) -> None:
        """Business errors come as HTTP 200 with ``Response.Error``."""
        error = response.get("Error")
        if not isinstance(error, dict):
            return
        code = str(error.get("Code") or "UnknownError")
        request_id = response.get("RequestId")
        skew = self.measure_clock_skew() if code == "AuthFailure.SignatureExpire" else None
        raise CloudError(
            classify(code),
            code,
            str(error.get("Message") or ""),
            request_id if isinstance(request_id, str) else None,
            skew,
        )

    def _call(self, action: str, params: dict[str, Any]) -> dict[str, Any]:
        try:
            # Read here, not by the SDK: an integer too long for Python stays text.
            body = loads(self._client.call_text(action, params))
        except TencentCloudSDKException as exc:
            raise self._sdk_error(exc) from None
        except ValueError as exc:  # a 200 whose body is not JSON: a broken proxy or gateway
            raise CloudError(ErrorKind.TRANSIENT, "MalformedResponse", str(exc)) from None
        response = body.get("Response") if isinstance(body, dict) else None
        if not isinstance(response, dict):
            raise CloudError(ErrorKind.TRANSIENT, "MalformedResponse", "no Response object")
        self._raise_business_error(response)
        return response

    def pull(self) -> PullBatch:
        """Pull up to 16 events. An empty queue is an empty batch, not an error.

        The body is read as text so each event keeps the exact JSON VOD sent."""
        try:
            text = self._client.call_text("PullEvents", self._params())
            members, batch = read_pull_text(text)
            self._raise_business_error(members)
        except CloudError as exc:
            if exc.kind is ErrorKind.NO_EVENTS:
                return PullBatch((), (), exc.request_id)
            raise
        except TencentCloudSDKException as exc:
            raise self._sdk_error(exc) from None
        except (EventParseError, UnicodeDecodeError) as exc:
            raise CloudError(ErrorKind.TRANSIENT, "MalformedResponse", str(exc)) from None
        return batch

    def confirm(self, handles: Sequence[str]) -> str | None:
        if not 0 < len(handles) <= MAX_CONFIRM_HANDLES:
            raise ValueError(
                f"ConfirmEvents takes 1 to {MAX_CONFIRM_HANDLES} handles, not {len(handles)}"
            )
        response = self._call("ConfirmEvents", self._params(EventHandles=list(handles)))
        request_id = response.get("RequestId")
        return request_id if isinstance(request_id, str) else None

    def idle_delay(self) -> float:
        return 0.0  # PullEvents waits on the server: ask again at once

    def describe_config(self) -> EventConfig:
        r = self._call("DescribeEventConfig", self._params())
        key = r.get("SignKey")
        return EventConfig(
            str(r.get("Mode") or ""),
            str(r.get("NotificationUrl") or ""),
            Secret(key) if isinstance(key, str) and key else None,
        )

    def describe_tasks(
        self, finished_after: str, scroll_token: str | None = None, limit: int = 100
    ) -> dict[str, Any]:
        """One page of the task list, oldest finish first (the task APIs' 72-hour window)."""
        params = self._params(
            FinishTime={"After": finished_after},
            Sort={"Field": "FinishTime", "Order": "Asc"},
            Limit=limit,
        )
        if scroll_token:
            params["ScrollToken"] = scroll_token
        return self._call("DescribeTasks", params)

    def describe_task_detail(self, task_id: str) -> dict[str, Any]:
        return self._call("DescribeTaskDetail", self._params(TaskId=task_id))

    def describe_media_infos(
        self, file_ids: Sequence[str], filters: Sequence[str]
    ) -> dict[str, Any]:
        return self._call(
            "DescribeMediaInfos", self._params(FileIds=list(file_ids), Filters=list(filters))
        )

    def describe_vod_domains(self) -> dict[str, Any]:
        return self._call("DescribeVodDomains", self._params(Limit=100))

    def switch_to_pull(self) -> None:
        self._call("ModifyEventConfig", self._params(Mode="PULL"))

    def processing_tasks(self, scroll_token: str | None = None) -> dict[str, Any]:
        """One page (100) of the tasks still processing, of every type."""
        params = self._params(Status="PROCESSING", Limit=100)
        if scroll_token:
            params["ScrollToken"] = scroll_token
        return self._call("DescribeTasks", params)

    def events_state(self) -> int:
        r = self._call("DescribeEventsState", self._params())
        return int(r.get("CountOfEventsToPull") or 0)

    def measure_clock_skew(self) -> float | None:
        """Seconds the local clock is ahead of the server's (negative: behind), from ``Date``."""
        import requests  # the SDK's own HTTP library

        try:
            started = time.time()
            resp = requests.get(self.conn.endpoint.base_url + "/", timeout=5)
            local = (started + time.time()) / 2
            server = parsedate_to_datetime(resp.headers["Date"]).timestamp()
        except (requests.RequestException, KeyError, TypeError, ValueError) as exc:
            log.info("could not measure clock skew: %s", type(exc).__name__)
            return None
        return local - server
