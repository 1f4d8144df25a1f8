"""Which clip URLs may become clickable links."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlencode, urlsplit

MAX_URL_LENGTH = 2048
_ALLOWED_SCHEMES = frozenset({"http", "https"})


def is_safe_url(url: object) -> bool:
    """True only for an absolute http(s) URL with a host and nothing hidden in it.

    A FileUrl comes from the network; opening it hands it to the OS, so ``javascript:``,
    ``file:``, ``data:``, relative paths, credentials, whitespace and control characters
    are refused rather than cleaned up.
    """
    if not isinstance(url, str) or not url or len(url) > MAX_URL_LENGTH:
        return False
    for ch in url:
        if ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Zs"):
            return False
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        return False
    if parts.scheme.lower() not in _ALLOWED_SCHEMES or not port_ok:
        return False
    if not parts.hostname or parts.username is not None or parts.password is not None:
        return False
    return url.lower().startswith(parts.scheme.lower() + "://")


CONSOLE_MEDIA = "https://console.cloud.tencent.com/vod/media/detail"


def console_url(file_id: str, sub_app_id: int | None) -> str:
    """The media's page in the Tencent Cloud console, for what the app cannot do itself."""
    query = {"fileId": file_id}
    if sub_app_id:
        query["subAppId"] = str(sub_app_id)
    return f"{CONSOLE_MEDIA}?{urlencode(query)}"


def is_vodmonitor_receiver(url: str, timeout: float = 3.0) -> bool:
    """Whether a NotificationUrl is a ``vodmonitor serve --listen``: a GET of it says so.
    Only an http(s) URL is asked; any failure means no."""
    if not is_safe_url(url):
        return False
    import requests  # the SDK's HTTP library, already installed

    try:
        response = requests.get(url, timeout=timeout, allow_redirects=False)
        return bool(response.status_code == 200 and response.json().get("receiver") == "vodmonitor")
    except (requests.RequestException, ValueError, AttributeError):
        return False
