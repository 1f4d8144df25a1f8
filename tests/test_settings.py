from __future__ import annotations

import json
from pathlib import Path

from vodmonitor.settings import Profile, Settings, load_settings, save_settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(
        profiles=[Profile("work", 1500000001, "ap-guangzhou", "vod.tencentcloudapi.com")],
        active_profile="work",
        confirm_other_types=True,
        language="ko",
    )
    save_settings(path, settings)
    loaded = load_settings(path)
    assert loaded.warning is None
    assert loaded.settings == settings
    assert loaded.settings.active() == settings.profiles[0]


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    result = load_settings(tmp_path / "none.json")
    assert result.settings == Settings() and result.warning is None


def test_corrupt_file_is_kept_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json", encoding="utf-8")
    result = load_settings(path)
    assert result.settings == Settings()
    assert result.warning
    assert result.kept_aside is not None
    assert result.kept_aside.read_text(encoding="utf-8") == "{ this is not json"
    assert not path.exists()


def test_wrong_shapes_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"profiles": [{"sub_app_id": 3}]}), encoding="utf-8")
    assert load_settings(path).warning


def test_profile_validation() -> None:
    assert Profile("a").problems() == []
    assert Profile("a", endpoint="http://127.0.0.1:8700").problems() == []
    assert Profile("", sub_app_id=-1, endpoint="http://example.com").problems() == [
        "the profile needs a name",
        "SubAppId must be a positive number",
        "plain http is allowed only for this computer (127.0.0.1)",
    ]
