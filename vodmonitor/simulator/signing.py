"""TC3-HMAC-SHA256 as Tencent Cloud computes it, for checking requests the SDK signs."""

from __future__ import annotations

import hashlib
import hmac
import re
import time
from dataclasses import dataclass

ALGORITHM = "TC3-HMAC-SHA256"
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
