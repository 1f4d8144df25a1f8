"""The API's error messages, in English or Chinese as X-TC-Language asks."""

from __future__ import annotations

# (English, Chinese) messages, picked by X-TC-Language like the real API.
MESSAGES: dict[str, tuple[str, str]] = {
    "AuthFailure.SecretIdNotFound": (
        "The SecretId is not found, please ensure that your SecretId is correct.",
        "SecretId不存在，请输入正确的密钥。",
    ),
    "AuthFailure.SignatureExpire": (
        "Signature expired. Timestamp and server time cannot differ by more than 5 minutes.",
        "签名过期。Timestamp 和服务器时间相差不得超过五分钟，请检查本地时间是否和标准时间同步。",
    ),
    "AuthFailure.SignatureFailure": (
        "The provided credentials could not be validated. Please check your signature is correct.",
        "请求签名验证失败，请检查您的签名计算是否正确。",
    ),
    "RequestLimitExceeded": (
        "Your current request times exceeds the limit, please try again later.",
        "请求的次数超过了频率限制。",
    ),
    "InternalError": ("An internal error has occurred. Retry your request.", "内部错误。"),
    "ResourceNotFound": ("no event", "no event"),
    "InvalidAction": ("The requested action does not exist.", "接口不存在。"),
}


def api_message(code: str, language: str) -> str:
    en, zh = MESSAGES.get(code, (code, code))
    return en if language.lower().startswith("en") else zh
