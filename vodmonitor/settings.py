"""Non-secret settings: a JSON file in the config dir. Secrets live in the keyring only.

Each setting is declared once, as a dataclass field with its type and default; loading
checks every value against that declaration. A value of the wrong type (a hand-edited
``"false"`` string, ``1e400`` for a number) is replaced by its default with a warning that
names the key, never coerced: a truthy string must not turn a setting on. Keys this
version does not know are kept and written back.
"""

from __future__ import annotations

import json
import logging
import os
import time
import types
import typing
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from vodmonitor.cloud import DEFAULT_ENDPOINT

log = logging.getLogger(__name__)

LANGUAGES = ("", "en", "ko", "zh_CN")  # "" follows the OS locale
APPEARANCES = ("", "light", "dark")  # "" follows the OS colour scheme
RELIABLE = "reliable"  # PullEvents and ConfirmEvents: vodmonitor owns the queue
WATCH_ONLY = "watch"  # the task list only: the queue belongs to someone else
MODES = (RELIABLE, WATCH_ONLY)
SETTINGS_VERSION = 1
MAX_SUB_APP_ID = 2**63 - 1


def _positive_id(value: int | None) -> bool:
    return value is None or 0 < value <= MAX_SUB_APP_ID


MAX_USER_NAME = 100


def user_name_problem(name: str) -> str | None:
    """Why a name cannot go on acknowledgements in a shared ledger: PostgreSQL text holds
    no NUL (the desktop could never connect), and control or direction characters would
    make it lie on other desktops' screens."""
    if len(name) > MAX_USER_NAME:
        return f"longer than {MAX_USER_NAME} characters"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in name):
        return "contains control characters"
    return None


MAX_PROFILE_NAME = 64


def profile_name_problem(name: str) -> str | None:
    """Why a profile name cannot be used: it names the profile's files and its keyring
    entries, and is shown in the title bar."""
    if not name.strip():
        return "empty"
    if len(name) > MAX_PROFILE_NAME:
        return f"longer than {MAX_PROFILE_NAME} characters"
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in name):
        return "contains control characters"
    return None


def _check(check: Callable[[Any], bool], why: str) -> dict[str, object]:
    return {"check": check, "why": why}


@dataclass
class Profile:
    name: str
    sub_app_id: int | None = field(
        default=None, metadata=_check(_positive_id, "a positive whole number")
    )
    region: str = ""
    endpoint: str = DEFAULT_ENDPOINT
    mode: str = field(
        default=RELIABLE, metadata=_check(lambda v: v in MODES, "one of " + ", ".join(MODES))
    )
    # Team mode: the shared ledger's PostgreSQL address, without the password (keyring).
    team_db: str = ""
    # The hosts a playback key typed for this profile signs links for (space-separated);
    # with DescribeVodDomains readable, the application's own domains count too.
    playback_domains: str = ""
    # Watch-only reads the task list this often (seconds).
    poll_interval_s: int = field(
        default=10, metadata=_check(lambda v: 2 <= v <= 3600, "a whole number from 2 to 3600")
    )

    @property
    def watch_only(self) -> bool:
        return self.mode == WATCH_ONLY


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=list)
    active_profile: str | None = None
    confirm_other_types: bool = False
    notifications: bool = True
    minimize_to_tray: bool = False
    language: str = field(
        default="", metadata=_check(lambda v: v in LANGUAGES, "one of " + ", ".join(LANGUAGES))
    )
    appearance: str = field(
        default="",
        metadata=_check(lambda v: v in APPEARANCES, "one of: (empty), light, dark"),
    )
    tray_hint_shown: bool = False  # "keeps running in the tray" is said once
    # Team mode: the name on acknowledgements ("": the OS user).
    user_name: str = field(
        default="",
        metadata=_check(
            lambda v: user_name_problem(v) is None, "at most 100 characters, none a control"
        ),
    )
    # Signed links (Key hotlink protection) stay valid this long.
    link_lifetime_h: int = field(
        default=24,
        metadata=_check(lambda v: 1 <= v <= 24 * 30, "a whole number of hours, 1 to 720"),
    )
    # Acknowledged results older than this many days are removed locally (0: keep all).
    keep_days: int = field(
        default=0,
        metadata=_check(lambda v: 0 <= v <= 36_500, "a whole number of days, 0 to 36500"),
    )
    download_dir: str = ""  # "": the system's Downloads folder
    start_at_login: bool = False  # an autostart entry starts vodmonitor in the tray
    # Keys written by another version: kept so that saving loses nothing.
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def profile(self, name: str | None) -> Profile | None:
        for profile in self.profiles:
            if profile.name == name:
                return profile
        return None

    def active(self) -> Profile | None:
        return self.profile(self.active_profile) or (self.profiles[0] if self.profiles else None)


def _type_ok(value: Any, hint: Any) -> bool:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return any(_type_ok(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:  # JSON's true is not a number, and 1e400 is a float (inf)
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    return False


def _describe(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def _read(cls: type[Any], data: dict[str, Any], where: str, warnings: list[str]) -> dict[str, Any]:
    """The declared fields of ``cls`` found in ``data``, each checked; bad ones are left
    out (so the default applies) with a warning naming the key."""
    hints = typing.get_type_hints(cls)
    out: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data or f.name in ("name", "profiles", "extra"):
            continue
        value = data[f.name]
        check = f.metadata.get("check")
        if _type_ok(value, hints[f.name]) and (check is None or check(value)):
            out[f.name] = value
            continue
        expected = f.metadata.get("why") or _expected(hints[f.name])
        warnings.append(
            f"{where}{f.name}: {_describe(value)} is not {expected}; the default is used"
        )
    return out


def _expected(hint: Any) -> str:
    names = {bool: "true or false", int: "a whole number", str: "text", type(None): "null"}
    args = typing.get_args(hint) or (hint,)
    return " or ".join(names.get(a, str(a)) for a in args)


def _from_json(data: Any, warnings: list[str]) -> Settings:
    if not isinstance(data, dict):
        raise ValueError("the settings file is not a JSON object")
    profiles: list[Profile] = []
    raw_profiles = data.get("profiles")
    if raw_profiles is not None and not isinstance(raw_profiles, list):
        warnings.append("profiles: not a list; no profiles were read")
        raw_profiles = []
    for n, raw in enumerate(raw_profiles or []):
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            warnings.append(f"profiles[{n}]: has no name; left out")
            continue
        problem = profile_name_problem(raw["name"])
        if problem is not None:
            warnings.append(f"profiles[{n}]: the name is {problem}; left out")
            continue
        # NTFS and APFS ignore case: "Studio" and "studio" would share one database file.
        if any(p.name.casefold() == raw["name"].casefold() for p in profiles):
            warnings.append(
                f"profiles[{n}]: a second profile named {_describe(raw['name'])}; left out"
            )
            continue
        where = f"profiles[{raw['name']}]."
        profiles.append(Profile(name=raw["name"], **_read(Profile, raw, where, warnings)))
    known = {f.name for f in fields(Settings)} | {"version"}
    extra = {k: v for k, v in data.items() if k not in known}
    return Settings(profiles=profiles, extra=extra, **_read(Settings, data, "", warnings))


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    warning: str | None = None  # shown to the user when the file had to be set aside
    kept_aside: Path | None = None
    # Values that were invalid and replaced by their defaults, each naming its key.
    invalid: list[str] = field(default_factory=list)


def load_settings(path: Path) -> LoadResult:
    if not path.exists():
        return LoadResult(Settings())
    warnings: list[str] = []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        version = data.get("version") if isinstance(data, dict) else None
        if isinstance(version, int) and version > SETTINGS_VERSION:
            warnings.append(
                f"version: written by a newer vodmonitor ({data['version']}); "
                "settings this version does not know are kept as they are"
            )
        settings = _from_json(data, warnings)
    except (OSError, UnicodeDecodeError, ValueError, TypeError, RecursionError) as exc:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = None  # type: ignore[assignment]
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)[:300]
        log.warning(
            "settings file unreadable (%s); using defaults, kept aside as %s", reason, aside
        )
        return LoadResult(Settings(), f"{type(exc).__name__}: {reason}", aside)
    for warning in warnings:
        log.warning("settings file %s: %s", path, warning)
    return LoadResult(settings, invalid=warnings)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash mid-write never leaves a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    extra = data.pop("extra")
    data = {**extra, "version": SETTINGS_VERSION, **data}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
