"""Links that open on playback domains with Key hotlink protection.

With the protection on, a plain FileUrl answers 403; a playable link carries
``t`` (the expiry, hex), ``us`` (random, so each link is unique) and
``sign = md5(KEY + Dir + t + exper + rlimit + us)`` where ``Dir`` is the path without the
file name (optional fields only when present). One signed directory covers an HLS clip's
segments, which the downloader fetches with the playlist's signature.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vodmonitor.cloud import Secret

DEFAULT_LIFETIME_H = 24
_SIGNATURE_KEYS = frozenset({"t", "exper", "rlimit", "us", "sign", "whref", "whreg"})


def sign_url(
    url: str, key: str, expires_at: float, *, us: str | None = None, exper: int = 0, rlimit: int = 0
) -> str:
    parts = urlsplit(url)
    directory = parts.path.rsplit("/", 1)[0] + "/"
    t = format(int(expires_at), "x")
    us = us if us is not None else secrets.token_hex(5)
    fields = [("t", t)]
    if exper:
        fields.append(("exper", str(exper)))
    if rlimit:
        fields.append(("rlimit", str(rlimit)))
    fields.append(("us", us))
    sign = hashlib.md5((key + directory + "".join(v for _, v in fields)).encode()).hexdigest()
    kept = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in _SIGNATURE_KEYS
    ]
    query = urlencode([*kept, *fields, ("sign", sign)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


class LinkSigner:
    """Signs links with the profile's playback key: entered in Settings (the keyring), or
    read per domain with DescribeVodDomains where the credentials allow. Thread-safe: the
    window signs on the UI thread while the engine sets the keys it found."""

    def __init__(self, key: Secret | None = None, lifetime_h: float = DEFAULT_LIFETIME_H) -> None:
        self._lock = threading.Lock()
        self._key = key  # typed in: signs every domain
        self._found: dict[str, Secret] = {}  # read from the domains' policies
        self.lifetime_s = lifetime_h * 3600
        self.problem = ""  # why no key could be read, for a 403's explanation

    def update(self, key: Secret | None, lifetime_h: float) -> None:
        """New settings: the typed key and the lifetime (keys read from domains stay)."""
        with self._lock:
            self._key = key
            self.lifetime_s = lifetime_h * 3600

    def set_found_keys(self, keys: dict[str, Secret]) -> None:
        with self._lock:
            self._found = {host.lower(): key for host, key in keys.items()}

    def key_for(self, url: str) -> Secret | None:
        host = (urlsplit(url).netloc or "").lower()
        with self._lock:
            return self._key or self._found.get(host)

    def sign(self, url: str) -> str:
        key = self.key_for(url) if url else None
        if not key:
            return url
        return sign_url(url, key.reveal(), time.time() + self.lifetime_s)
