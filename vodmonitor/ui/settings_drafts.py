"""A profile as the settings dialog edits it, and what keeps it from being saved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from vodmonitor.cloud import DEFAULT_ENDPOINT, EndpointError, parse_endpoint
from vodmonitor.credentials import Credentials
from vodmonitor.ledgers.postgres_config import TeamConfigError, check_uri
from vodmonitor.settings import MAX_PROFILE_NAME, Profile, profile_name_problem


@dataclass
class Draft:
    profile: Profile
    secret_id: str = ""
    new_key: str = ""  # typed in this dialog; empty keeps the stored key
    stored: Credentials | None = None
    loaded: bool = False  # the keyring was asked (or the profile is new)
    load_error: str = ""
    team_password: str = ""  # typed in this dialog; empty keeps the stored one
    playback_key: str = ""  # typed in this dialog; empty keeps the stored one
    has_playback_key: bool = False  # the keyring holds one (read once, with the credentials)
    has_team_password: bool = False
    sign_key: str = ""  # normal callback's SignKey, for vodmonitor serve --listen


def is_blank(draft: Draft) -> bool:
    profile = draft.profile
    return (
        draft.stored is None
        and not draft.secret_id.strip()
        and not draft.new_key
        and profile.sub_app_id is None
        and not profile.region.strip()
        and profile.endpoint.strip() in ("", DEFAULT_ENDPOINT)
        and not profile.team_db.strip()
    )


def profile_problems(draft: Draft, drafts: list[Draft]) -> list[str]:
    """What keeps this profile from being saved, in the user's language."""
    translate = QCoreApplication.translate
    problems = []
    if not draft.profile.name:
        problems.append(translate("SettingsDialog", "The profile needs a name."))
    elif len(draft.profile.name) > MAX_PROFILE_NAME:
        problems.append(
            translate("SettingsDialog", "The profile name is at most {count} characters.").format(
                count=MAX_PROFILE_NAME
            )
        )
    elif profile_name_problem(draft.profile.name) is not None:
        problems.append(
            translate("SettingsDialog", "The profile name cannot contain control characters.")
        )
    elif [d.profile.name.casefold() for d in drafts].count(
        draft.profile.name.casefold()
    ) > 1:  # Windows and macOS file names ignore case: one database file for both
        problems.append(translate("SettingsDialog", "Another profile has this name."))
    if draft.new_key and not draft.secret_id.strip():
        # Saved alone, the key would be dropped without a word: the pair is what signs.
        problems.append(
            translate("SettingsDialog", "Enter the SecretId that goes with this SecretKey.")
        )
    if draft.profile.sub_app_id is not None and draft.profile.sub_app_id <= 0:
        problems.append(translate("SettingsDialog", "SubAppId must be a positive number."))
    if draft.playback_key and not (
        8 <= len(draft.playback_key) <= 20
        and draft.playback_key.isascii()
        and draft.playback_key.isalnum()
    ):
        problems.append(
            translate("SettingsDialog", "The playback key is 8 to 20 letters or digits.")
        )
    if draft.profile.team_db:
        try:
            check_uri(draft.profile.team_db)
        except TeamConfigError:
            problems.append(
                translate(
                    "SettingsDialog",
                    "The team database must be a postgresql:// address (or libpq "
                    "key=value settings), with the password in its own field.",
                )
            )
    try:
        parse_endpoint(draft.profile.endpoint)
    except EndpointError:
        problems.append(
            translate(
                "SettingsDialog",
                "The endpoint must be a host name such as vod.tencentcloudapi.com, or an https URL; plain http only for 127.0.0.1.",
            )
        )
    return problems
