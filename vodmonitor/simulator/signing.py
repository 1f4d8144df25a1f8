"""TC3-HMAC-SHA256 as Tencent Cloud computes it, for checking requests the SDK signs."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass

ALGORITHM = "TC3-HMAC-SHA256"
MAX_CLOCK_SKEW_S = 300  # what the API allows between the request's time and its own
_AUTH_RE = re.compile(
    r"^TC3-HMAC-SHA256 Credential=(?P<sid>[^/]+)/(?P<date>\d{4}-\d{2}-\d{2})/(?P<svc>[^/]+)/tc3_request,"
    r"\s*SignedHeaders=(?P<signed>[a-z0-9;\-]+),\s*Signature=(?P<sig>[0-9a-f]{64})$"
)


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def tc3_signature(
    secret_key: str,
    *,
    timestamp: int,
    service: str,
    headers: dict[str, str],
    signed_headers: list[str],
    body: bytes,
) -> str:
    date = time.strftime("%Y-%m-%d", time.gmtime(timestamp))
    canonical_headers = "".join(f"{h}:{headers.get(h, '').strip()}\n" for h in signed_headers)
    canonical_request = "\n".join(
        [
            "POST",
            "/",
            "",
            canonical_headers,
            ";".join(signed_headers),
            hashlib.sha256(body).hexdigest(),
        ]
    )
    string_to_sign = "\n".join(
        [
            ALGORITHM,
            str(timestamp),
            f"{date}/{service}/tc3_request",
            hashlib.sha256(canonical_request.encode("utf-8")).hexdigest(),
        ]
    )
    k_date = _hmac(("TC3" + secret_key).encode("utf-8"), date)
    k_service = _hmac(k_date, service)
    k_signing = _hmac(k_service, "tc3_request")
    return hmac.new(k_signing, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AuthorizationHeader:
    secret_id: str
    date: str
    service: str
    signed_headers: list[str]
    signature: str


def parse_authorization(value: str) -> AuthorizationHeader | None:
    m = _AUTH_RE.match(value.strip())
    if not m:
        return None
    return AuthorizationHeader(
        secret_id=m["sid"],
        date=m["date"],
        service=m["svc"],
        signed_headers=m["signed"].split(";"),
        signature=m["sig"],
    )


def check_signature(
    headers: Mapping[str, str], body: bytes, *, secret_id: str, secret_key: str, now: float
) -> str | None:
    """The AuthFailure code a TC3-signed request earns, or None when it is good."""
    auth = parse_authorization(headers.get("authorization", ""))
    if auth is None:
        return "AuthFailure.SignatureFailure"
    if auth.secret_id != secret_id:
        return "AuthFailure.SecretIdNotFound"
    try:
        ts = int(headers.get("x-tc-timestamp", ""))
    except ValueError:
        return "AuthFailure.SignatureFailure"
    if abs(now - ts) > MAX_CLOCK_SKEW_S:
        return "AuthFailure.SignatureExpire"
    expected = tc3_signature(
        secret_key,
        timestamp=ts,
        service=auth.service,
        headers=dict(headers),
        signed_headers=auth.signed_headers,
        body=body,
    )
    if auth.service != "vod" or auth.date != time.strftime("%Y-%m-%d", time.gmtime(ts)):
        return "AuthFailure.SignatureFailure"
    if expected != auth.signature and not _signed_without_port(
        headers, auth.signed_headers, auth.service, ts, body, auth.signature, secret_key
    ):
        return "AuthFailure.SignatureFailure"
    return None


def _signed_without_port(
    headers: Mapping[str, str],
    signed: list[str],
    service: str,
    ts: int,
    body: bytes,
    signature: str,
    secret_key: str,
) -> bool:
    """Tencent's Node.js SDK (4.x) signs the host without the port it then sends: the
    real API is on port 443 so it never notices. Accept that signature here too."""
    host = headers.get("host", "")
    if "host" not in signed or ":" not in host or host.endswith("]"):
        return False
    bare = {**headers, "host": host.rsplit(":", 1)[0]}
    return signature == tc3_signature(
        secret_key,
        timestamp=ts,
        service=service,
        headers=bare,
        signed_headers=signed,
        body=body,
    )
