"""Non-secret settings: a JSON file in the config dir. Secrets live in the keyring only."""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from vodmonitor.cloud import DEFAULT_ENDPOINT, EndpointError, parse_endpoint

log = logging.getLogger(__name__)

LANGUAGES = ("", "en", "ko", "zh_CN")  # "" follows the OS locale


@dataclass
class Profile:
    name: str
    sub_app_id: int | None = None
    region: str = ""
    endpoint: str = DEFAULT_ENDPOINT

    def problems(self) -> list[str]:
        out = []
        if not self.name.strip():
            out.append("the profile needs a name")
        if self.sub_app_id is not None and not 0 < self.sub_app_id < 2**63:
            out.append("SubAppId must be a positive number")
        try:
            parse_endpoint(self.endpoint)
        except EndpointError as exc:
            out.append(str(exc))
        return out


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=list)
    active_profile: str | None = None
    confirm_other_types: bool = False
    notifications: bool = True
    minimize_to_tray: bool = False
    language: str = ""

    def profile(self, name: str | None) -> Profile | None:
        for profile in self.profiles:
            if profile.name == name:
                return profile
        return None

    def active(self) -> Profile | None:
        return self.profile(self.active_profile) or (self.profiles[0] if self.profiles else None)


def _from_json(data: Any) -> Settings:
    if not isinstance(data, dict):
        raise ValueError("the settings file is not a JSON object")
    profiles = []
    for raw in data.get("profiles") or []:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
            raise ValueError("a profile has no name")
        sub = raw.get("sub_app_id")
        profiles.append(
            Profile(
                name=raw["name"],
                sub_app_id=int(sub) if sub is not None else None,
                region=str(raw.get("region") or ""),
                endpoint=str(raw.get("endpoint") or DEFAULT_ENDPOINT),
            )
        )
    language = str(data.get("language") or "")
    return Settings(
        profiles=profiles,
        active_profile=data.get("active_profile")
        if isinstance(data.get("active_profile"), str)
        else None,
        confirm_other_types=bool(data.get("confirm_other_types", False)),
        notifications=bool(data.get("notifications", True)),
        minimize_to_tray=bool(data.get("minimize_to_tray", False)),
        language=language if language in LANGUAGES else "",
    )


@dataclass(frozen=True)
class LoadResult:
    settings: Settings
    warning: str | None = None  # shown to the user when the file had to be set aside
    kept_aside: Path | None = None


def load_settings(path: Path) -> LoadResult:
    if not path.exists():
        return LoadResult(Settings())
    try:
        return LoadResult(_from_json(json.loads(path.read_text(encoding="utf-8"))))
    except (OSError, UnicodeDecodeError, ValueError, TypeError) as exc:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            os.replace(path, aside)
        except OSError:
            aside = None  # type: ignore[assignment]
        log.warning("settings file unreadable (%s); using defaults, kept aside as %s", exc, aside)
        return LoadResult(Settings(), f"{type(exc).__name__}: {exc}", aside)


def save_settings(path: Path, settings: Settings) -> None:
    """Write atomically, so a crash mid-write never leaves a half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
