"""Where the team's database is and who is working: parsed and checked at the edge."""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from vodmonitor.cloud import Secret
from vodmonitor.errors import VodmonitorError
from vodmonitor.settings import user_name_problem


class TeamConfigError(VodmonitorError, ValueError):
    """The team database address cannot be used."""


@dataclass(frozen=True)
class TeamConfig:
    uri: str  # a libpq URI or "key=value" string, without the password
    password: Secret | None = field(default=None, repr=False)
    user_name: str = ""
    sub_app_id: int | None = None

    @property
    def app(self) -> int:
        """The key of this application's rows and lock: its SubAppId (0: the account's
        default application)."""
        return self.sub_app_id or 0

    @property
    def display(self) -> str:
        """host/database, for messages: never the password."""
        return describe_uri(self.uri)

    def connect_kwargs(self) -> dict[str, object]:
        kwargs: dict[str, object] = {
            "conninfo": self.uri,
            "application_name": "vodmonitor",
            "connect_timeout": 5,
            # A silent network (a laptop's Wi-Fi gone) must fail in seconds, not hours.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 2,
        }
        if self.password:
            kwargs["password"] = self.password.reveal()
        return kwargs


def usable_user_name(*candidates: str | None) -> str:
    """The first name given that can be used, else the OS login name."""
    for name in candidates:
        if name and name.strip() and user_name_problem(name.strip()) is None:
            return name.strip()
    fallback = default_user_name()
    return fallback if user_name_problem(fallback) is None else "editor"


def default_user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return "editor"


def split_password(uri: str) -> tuple[str, str | None]:
    """The URI without its password, and the password: the settings file never holds it."""
    uri = uri.strip()
    if "://" not in uri:
        return uri, None  # a key=value string: a password there is rejected by check_uri
    parts = urlsplit(uri)
    if parts.password is None:
        return uri, None
    netloc = parts.netloc.rsplit("@", 1)
    userinfo = netloc[0].split(":", 1)[0]
    rebuilt = parts._replace(netloc=f"{userinfo}@{netloc[1]}")
    return rebuilt.geturl(), parts.password


def check_uri(uri: str) -> None:
    uri = uri.strip()
    if not uri:
        raise TeamConfigError("the team database address is empty")
    if "://" in uri:
        scheme = uri.split("://", 1)[0]
        if scheme not in ("postgresql", "postgres"):
            raise TeamConfigError("the team database address must start with postgresql://")
        try:
            urlsplit(uri).port  # noqa: B018 - raises on a bad port
        except ValueError as exc:
            raise TeamConfigError(f"not a valid address: {exc}") from None
    elif "password=" in uri.replace(" ", ""):
        raise TeamConfigError("put the password in the password field, not in the address")


def describe_uri(uri: str) -> str:
    if "://" in uri:
        parts = urlsplit(split_password(uri)[0])
        host = parts.hostname or "localhost"
        port = f":{parts.port}" if parts.port else ""
        return f"{host}{port}{parts.path or '/'}"
    pairs = dict(p.split("=", 1) for p in uri.split() if "=" in p)
    pairs.pop("password", None)
    host = pairs.get("host", "localhost")
    port = f":{pairs['port']}" if "port" in pairs else ""
    return f"{host}{port}/{pairs.get('dbname', '')}"


def lock_key(app: int) -> int:
    """The advisory lock's 64-bit key for one application: stable across versions."""
    digest = hashlib.sha256(f"vodmonitor-leader:{app}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)
