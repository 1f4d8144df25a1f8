from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vodmonitor.urls import MAX_URL_LENGTH, is_safe_url


@pytest.mark.parametrize(
    "url",
    [
        "http://125676836723.vod2.myqcloud.com/xxx/xxx/f0.mp4",
        "https://example.com/a%20b.mp4?sign=abc&t=1",
        "HTTPS://EXAMPLE.COM/x",
        "http://127.0.0.1:8700/media/1/f0.mp4",
        "http://[::1]:8080/x",
    ],
)
def test_safe(url: str) -> None:
    assert is_safe_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "file:///etc/passwd",
        "file://host/share",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "ftp://example.com/x",
        "/relative/path.mp4",
        "example.com/f0.mp4",
        "//example.com/f0.mp4",
        "http:/example.com",
        "http://",
        "https:///path",
        "http://user:pw@example.com/x",
        "http://example.com/a b.mp4",
        "http://example.com/\tx",
        "http://example.com/x\n",
        " http://example.com/x",
        "http://example.com/\x00",
        "http://example.com/\u202ex",
        "http://example.com:99999/x",
        "http://example.com:abc/x",
        "http://example.com/" + "a" * MAX_URL_LENGTH,
        "",
        None,
        42,
    ],
)
def test_refused(url: object) -> None:
    assert not is_safe_url(url)


@given(st.text())
def test_anything_that_passes_is_http_with_host(url: str) -> None:
    if is_safe_url(url):
        assert url.lower().startswith(("http://", "https://"))
        assert not any(c.isspace() for c in url)
