"""Plain-language explanations of engine states and API errors, for editors."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from vodmonitor.cloud import CloudError, ErrorKind, NoCredentials
from vodmonitor.credentials import CredentialError, CredentialProblem
from vodmonitor.engine import EngineState, EngineStatus
from vodmonitor.ledgers.model import StorageProblem

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def explain_error(error: CloudError, endpoint: str = "") -> str:
    """What went wrong and what to do, in words; the RequestId for support when known."""
    code = error.code
    if code == "AuthFailure.SignatureExpire":
        if error.clock_skew_s is not None:
            minutes = round(abs(error.clock_skew_s) / 60)
            if error.clock_skew_s > 0:
                text = translate("Explain", "Your computer's clock is {minutes} minutes ahead.")
            else:
                text = translate("Explain", "Your computer's clock is {minutes} minutes behind.")
            text = text.format(minutes=minutes)
        else:
            text = translate("Explain", "Your computer's clock is more than 5 minutes off.")
        text += " " + translate(
            "Explain", "Set the time automatically in the system settings, then try again."
        )
    elif code == "AuthFailure.SecretIdNotFound":
        text = translate(
            "Explain", "Tencent Cloud does not know this SecretId. Check it in the CAM console."
        )
    elif code in ("AuthFailure.SignatureFailure", "AuthFailure.InvalidSecretId"):
        text = translate(
            "Explain",
            "The SecretKey is wrong for this SecretId. Copy it again from the CAM console.",
        )
    elif code.startswith(("UnauthorizedOperation", "AuthFailure.UnauthorizedOperation")):
        text = translate(
            "Explain",
            "These credentials have no permission for VOD. Ask your administrator to grant VOD access.",
        )
    elif code == "FailedOperation.InvalidVodUser":
        text = translate("Explain", "VOD is not activated for this account.")
    elif code.startswith("InvalidParameterValue.SubAppId"):
        text = translate(
            "Explain", "The SubAppId does not exist for this account. Check it in the VOD console."
        )
    elif isinstance(error, NoCredentials):
        text = translate("Explain", "No credentials are set.")
    elif error.kind is ErrorKind.AUTH:
        text = translate("Explain", "Tencent Cloud refused the credentials ({code}).").format(
            code=code
        )
    elif error.kind is ErrorKind.THROTTLED:
        text = translate("Explain", "Tencent Cloud asked vodmonitor to slow down.")
    elif code == "ClientNetworkError":
        text = translate(
            "Explain", "Cannot reach {endpoint}. Check the network connection or proxy."
        ).format(endpoint=endpoint or translate("Explain", "Tencent Cloud"))
    elif error.kind is ErrorKind.TRANSIENT:
        text = translate("Explain", "Tencent Cloud had a temporary problem ({code}).").format(
            code=code
        )
    else:
        text = translate("Explain", "The request failed: {code}: {message}").format(
            code=code, message=error.message
        )
    explained = error.kind is not ErrorKind.PERMANENT or code.startswith("InvalidParameterValue")
    quiet = isinstance(error, NoCredentials) or code == "ClientNetworkError"
    if explained and error.message and not quiet:
        text += "\n" + translate("Explain", "Tencent Cloud says: {message}").format(
            message=error.message[:300]
        )
    if error.request_id:
        text += " " + translate("Explain", "(RequestId {request_id})").format(
            request_id=error.request_id
        )
    return text


def explain_storage(problem: StorageProblem | None, path: str) -> str:
    """What is wrong with the database or its disk, and what to do, in words."""
    if problem is StorageProblem.FULL:
        return translate(
            "Explain", "The disk holding {path} is full. Free some space on it."
        ).format(path=path)
    if problem is StorageProblem.READ_ONLY:
        return translate(
            "Explain",
            "{path} cannot be written (a read-only file, folder or disk). Make it writable, "
            "or start vodmonitor with another data folder (--data-dir).",
        ).format(path=path)
    if problem is StorageProblem.CORRUPT:
        return translate(
            "Explain",
            "{path} is damaged or is not a vodmonitor database. Move it aside to start with "
            "an empty history; VOD sends again every event not yet confirmed.",
        ).format(path=path)
    if problem is StorageProblem.NEWER:
        return translate(
            "Explain",
            "{path} was written by a newer version of vodmonitor. Install that version, or "
            "move the file aside to start with an empty history.",
        ).format(path=path)
    if problem is StorageProblem.UNREACHABLE:
        return translate(
            "Explain",
            "Cannot reach the team database at {path}. Showing the last view; nothing is "
            "pulled or confirmed from this computer until it is back.",
        ).format(path=path)
    if problem is StorageProblem.REFUSED:
        return translate(
            "Explain",
            "The team database at {path} refused the user name or password. Check them in "
            "the settings.",
        ).format(path=path)
    if problem is StorageProblem.PERMISSION:
        return translate(
            "Explain",
            "The database role lacks a right vodmonitor needs at {path} (see the README's "
            "Team mode section for the minimum rights).",
        ).format(path=path)
    return translate(
        "Explain", "{path} cannot be read or written. Check the disk and its permissions."
    ).format(path=path)


def describe_status(status: EngineStatus, endpoint: str = "", *, watch_only: bool = False) -> str:
    state = status.state
    if state is EngineState.STORAGE_ERROR:
        seconds = max(0, round((status.retry_at or time.time()) - time.time()))
        text = translate("Explain", "Not storing events: {reason} Retrying in {seconds} s.").format(
            reason=explain_storage(status.storage_problem, status.detail), seconds=seconds
        )
        if status.waiting_acks:
            waiting = translate(
                "Explain",
                "Acknowledgements waiting to be saved: {count}; nothing is confirmed meanwhile.",
            )
            text = f"{text} {waiting.format(count=status.waiting_acks)}"
        return text
    if state is EngineState.TEAM_OFFLINE:
        return translate(
            "Explain",
            "Not connected to the team database ({reason}). Showing the last view; nothing "
            "is pulled or confirmed from this computer. Reconnecting…",
        ).format(reason=status.detail or translate("Explain", "no answer"))
    if state is EngineState.STALLED:
        return translate(
            "Explain",
            "Not live: the event store has not answered for a few seconds. Events are not "
            "being stored; see the log if this lasts.",
        )
    if state is EngineState.FAILED:
        if status.storage_problem is not None:
            return translate("Explain", "Monitoring stopped: {reason}").format(
                reason=explain_storage(status.storage_problem, status.detail)
            )
        return translate(
            "Explain",
            "Monitoring stopped because of an internal error ({detail}). Nothing is pulled or "
            "confirmed. Restart monitoring; if it happens again, send the log to support.",
        ).format(detail=status.detail)
    if state is EngineState.BAD_ENDPOINT:
        return translate("Explain", "The API endpoint is not valid: {reason}").format(
            reason=status.detail
        )
    if state is EngineState.CONNECTING:
        return translate("Explain", "Connecting…")
    if state is EngineState.LIVE:
        if watch_only:
            return translate("Explain", "Live: reading clip results from the task list")
        return translate("Explain", "Live: receiving clip results")
    if state in (EngineState.BACKING_OFF, EngineState.THROTTLED):
        seconds = max(0, round((status.retry_at or time.time()) - time.time()))
        reason = explain_error(status.error, endpoint) if status.error else ""
        return (
            translate("Explain", "{reason} Retrying in {seconds} s.")
            .format(reason=reason, seconds=seconds)
            .strip()
        )
    if state is EngineState.AUTH_ERROR:
        reason = explain_error(status.error, endpoint) if status.error else ""
        return translate("Explain", "Stopped: {reason}").format(reason=reason)
    if state is EngineState.PUSH_MODE:
        if not status.notification_url:
            return translate(
                "Explain",
                "This VOD application uses normal callback with no callback URL set, so "
                "there is nothing to pull. Watch-only shows its clip results from the task "
                "list.",
            )
        return translate(
            "Explain",
            "This VOD application uses normal callback: events go to {url}, so there is "
            "nothing to pull. Watch-only shows its clip results without taking them; "
            "switching to reliable callback would stop the callbacks to that backend.",
        ).format(url=status.notification_url)
    if state is EngineState.NO_CREDENTIALS:
        return translate("Explain", "No credentials: open the settings, or try the demo.")
    return translate("Explain", "Stopped")


def credential_problem_text(error: CredentialError) -> str:
    """The keyring problem and its fix, in the user's language."""
    translate = QCoreApplication.translate
    texts = {
        CredentialProblem.NO_BACKEND: translate(
            "SettingsDialog",
            "No system keyring is available, and vodmonitor never writes keys to a plain "
            "file. Install or start a keyring (Windows Credential Manager, macOS Keychain, "
            "GNOME Keyring or KWallet).",
        ),
        CredentialProblem.LOCKED: translate(
            "SettingsDialog",
            "The system keyring is locked or could not be opened. Unlock it (log in again, "
            "or open your keyring app) and try again.",
        ),
        CredentialProblem.FAILED: translate(
            "SettingsDialog",
            "The system keyring refused the request; the prompt may have been dismissed. "
            "Try again.",
        ),
        CredentialProblem.CORRUPT: translate(
            "SettingsDialog",
            "The keyring entry for this profile is unreadable. Enter the SecretId and "
            "SecretKey again.",
        ),
    }
    return texts[error.problem]
