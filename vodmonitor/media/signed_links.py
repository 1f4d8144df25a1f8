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
from urllib.parse import quote, unquote, urlencode, urlsplit, urlunsplit

from vodmonitor.cloud import Secret

DEFAULT_LIFETIME_H = 24
_SIGNATURE_KEYS = frozenset({"t", "exper", "rlimit", "us", "sign", "whref", "whreg"})


def usable_key(key: str) -> bool:
    """A hotlink Key is 8 to 40 letters and digits; anything else (a lone surrogate from a
    hostile domain list) signs nothing."""
    return 8 <= len(key) <= 40 and key.isascii() and key.isalnum()


def sign_url(
    url: str, key: str, expires_at: float, *, us: str | None = None, exper: int = 0, rlimit: int = 0
) -> str:
    parts = urlsplit(url)
    # Signed as it is sent: a space or a Chinese character in the path travels
    # percent-encoded, and the CDN checks the signature against that.
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    directory = path.rsplit("/", 1)[0] + "/"
    t = format(int(expires_at), "x")
    us = us if us is not None else secrets.token_hex(5)
    fields = [("t", t)]
    if exper:
        fields.append(("exper", str(exper)))
    if rlimit:
        fields.append(("rlimit", str(rlimit)))
    fields.append(("us", us))
    sign = hashlib.md5((key + directory + "".join(v for _, v in fields)).encode()).hexdigest()
    # The query as it was (no re-encoding: %20 stays, a bare flag stays bare), less any
    # old signature.
    kept = [
        p
        for p in parts.query.split("&")
        if p and unquote(p.split("=", 1)[0]) not in _SIGNATURE_KEYS
    ]
    query = "&".join([*kept, urlencode([*fields, ("sign", sign)])])
    return urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))


class LinkSigner:
    """Signs links with the profile's playback key: entered in Settings (the keyring), or
    read per domain with DescribeVodDomains where the credentials allow. Thread-safe: the
    window signs on the UI thread while the engine sets the keys it found."""

    def __init__(
        self,
        key: Secret | None = None,
        lifetime_h: float = DEFAULT_LIFETIME_H,
        domains: str = "",
    ) -> None:
        self._lock = threading.Lock()
        # Typed in: signs only the hosts listed with it and the application's own domains,
        # so whoever controls a FileUrl's host never collects md5(KEY + ...) to attack it.
        self._key = key
        self._typed_hosts = _hosts(domains)
        self._app_hosts: set[str] = set()  # every playback domain DescribeVodDomains lists
        self._found: dict[str, Secret] = {}  # read from the domains' policies
        self.lifetime_s = lifetime_h * 3600
        self.problem = ""  # why no key could be read, for a 403's explanation

    def update(self, key: Secret | None, lifetime_h: float, domains: str = "") -> None:
        """New settings: the typed key, its hosts and the lifetime (domains read stay)."""
        with self._lock:
            self._key = key
            self._typed_hosts = _hosts(domains)
            self.lifetime_s = lifetime_h * 3600

    def set_found_keys(self, keys: dict[str, Secret], domains: set[str] | None = None) -> None:
        with self._lock:
            self._found = {
                host.lower(): key for host, key in keys.items() if usable_key(key.reveal())
            }
            self._app_hosts = {d.lower() for d in (domains or set())} | set(self._found)

    def key_for(self, url: str) -> Secret | None:
        parts = urlsplit(url)
        names = {(parts.netloc or "").lower(), (parts.hostname or "").lower()} - {""}
        with self._lock:
            for name in names:
                if name in self._found:
                    return self._found[name]
            if self._key and names & (self._typed_hosts | self._app_hosts):
                return self._key
            return None

    def sign(self, url: str) -> str:
        key = self.key_for(url) if url else None
        if not key or not usable_key(key.reveal()):
            return url
        return sign_url(url, key.reveal(), time.time() + self.lifetime_s)


def _hosts(text: str) -> set[str]:
    return {h.strip().lower() for h in text.replace(",", " ").split() if h.strip()}
