from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vodmonitor.settings import (
    LANGUAGES,
    SETTINGS_VERSION,
    LoadResult,
    Profile,
    Settings,
    load_settings,
    profile_name_problem,
    save_settings,
)


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


def test_a_profile_without_a_name_is_left_out_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"profiles": [{"sub_app_id": 3}]}), encoding="utf-8")
    result = load_settings(path)
    assert result.settings.profiles == [] and result.invalid == [
        "profiles[0]: has no name; left out"
    ]


def write(path: Path, data: object) -> LoadResult:
    path.write_text(json.dumps(data), encoding="utf-8")
    return load_settings(path)


def test_a_truthy_string_never_turns_a_setting_on(tmp_path: Path) -> None:
    result = write(tmp_path / "s.json", {"confirm_other_types": "false", "notifications": False})
    assert result.settings.confirm_other_types is False
    assert result.settings.notifications is False  # the valid neighbour is kept
    assert any(w.startswith("confirm_other_types:") for w in result.invalid)
    assert result.warning is None  # nothing was set aside


def test_numbers_out_of_range_get_their_default_with_the_key_named(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        '{"profiles": [{"name": "w", "sub_app_id": 1e400, "region": 3}, {"name": "x", '
        '"sub_app_id": 1500000001}], "language": "xx"}',
        encoding="utf-8",
    )
    result = load_settings(path)
    w, x = result.settings.profiles
    assert (w.sub_app_id, w.region, x.sub_app_id) == (None, "", 1500000001)
    assert result.settings.language == ""
    keys = {warning.split(":")[0] for warning in result.invalid}
    assert keys == {"profiles[w].sub_app_id", "profiles[w].region", "language"}


def test_deeply_nested_file_is_set_aside_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = load_settings(path)
    assert result.settings == Settings() and result.kept_aside is not None
    assert "nested too deeply" in (result.warning or "")


def test_unknown_keys_are_kept_on_save(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write(path, {"future_option": {"a": [1]}, "notifications": False})
    loaded = load_settings(path).settings
    save_settings(path, loaded)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["future_option"] == {"a": [1]} and data["version"] == SETTINGS_VERSION


names = st.text(min_size=1, max_size=8).filter(lambda n: profile_name_problem(n) is None)
profiles = st.builds(
    Profile,
    name=names,
    sub_app_id=st.none() | st.integers(min_value=1, max_value=2**63 - 1),
    region=st.text(max_size=8),
    endpoint=st.text(max_size=20),
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(profiles, max_size=3, unique_by=lambda p: p.name),
    st.none() | names,
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.sampled_from(LANGUAGES),
)
def test_any_valid_settings_round_trip(
    profile_list: list[Profile],
    active: str | None,
    confirm: bool,
    notify: bool,
    tray: bool,
    language: str,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.json"
        original = Settings(profile_list, active, confirm, notify, tray, language)
        save_settings(path, original)
        result = load_settings(path)
    assert result.settings == original and result.invalid == [] and result.warning is None


def test_a_user_name_with_a_control_character_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A NUL would keep a team desktop offline for good (PostgreSQL text holds none)."""
    from vodmonitor.ledgers.postgres_config import usable_user_name
    from vodmonitor.settings import user_name_problem

    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"user_name": "Min\u0000ji"}), encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings.user_name == "" and any("user_name" in p for p in loaded.invalid)
    assert user_name_problem("Min-ji") is None
    assert user_name_problem("Wei\u202e") is not None  # a direction override
    assert user_name_problem("x" * 101) is not None
    assert usable_user_name("bad\u0000", "Wei") == "Wei"  # --user-name, then the setting


def test_profile_file_names_are_safe_whatever_the_name(tmp_path: Path) -> None:
    from vodmonitor.paths import file_stem, resolve_paths

    paths = resolve_paths(tmp_path)
    # names people use keep their files (and their history) as before
    assert paths.database_file("Studio 1").name == "events-Studio_1.sqlite3"
    assert paths.database_file("인터뷰").name == "events-인터뷰.sqlite3"
    long = "x" * 1000
    korean = "가" * 300
    for name in (long, korean, "a/" * 200, "." * 300):
        stem = file_stem(name)
        assert len(stem.encode("utf-8")) <= 96 and "/" not in stem, name[:20]
        path = paths.database_file(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")  # the file system takes it
    assert file_stem(long) != file_stem(long[:-1] + "y")  # cut names stay apart


def test_a_hand_edited_profile_name_that_is_too_long_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(
        json.dumps({"profiles": [{"name": "x" * 1000}, {"name": "ok\x07"}, {"name": "Studio"}]})
    )
    loaded = load_settings(path)
    assert [p.name for p in loaded.settings.profiles] == ["Studio"]
    assert sum("left out" in w for w in loaded.invalid) == 2
