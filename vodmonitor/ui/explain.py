"""Plain-language explanations of engine states and API errors, for editors."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from vodmonitor.cloud import CloudError, ErrorKind
from vodmonitor.engine import EngineState, EngineStatus

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
    elif code == "NoCredentials":
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
    if error.request_id:
        text += " " + translate("Explain", "(RequestId {request_id})").format(
            request_id=error.request_id
        )
    return text


def describe_status(status: EngineStatus, endpoint: str = "") -> str:
    state = status.state
    if state is EngineState.CONNECTING:
        return translate("Explain", "Connecting…")
    if state is EngineState.LIVE:
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
        return translate(
            "Explain",
            "This VOD application uses normal callback: events go to {url}, so there is "
            "nothing to pull.",
        ).format(url=status.notification_url or translate("Explain", "its callback URL"))
    if state is EngineState.NO_CREDENTIALS:
        return translate("Explain", "No credentials: open the settings, or try the demo.")
    return translate("Explain", "Stopped")
