"""Logging to a rotating file under the log dir, with secrets masked on the way out."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
from pathlib import Path
from types import TracebackType

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
MASK = "********"


def register_secret(value: str) -> None:
    """Mask this value in every log record from now on (defence in depth: code never logs
    a secret on purpose, but an SDK or a library exception might echo one)."""
    if len(value) >= 4:
        with _secrets_lock:
            _secrets.add(value)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        with _secrets_lock:
            secrets = tuple(_secrets)
        if not secrets:
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        redacted = message
        exc_text = record.exc_text
        for secret in secrets:
            redacted = redacted.replace(secret, MASK)
            if exc_text:
                exc_text = exc_text.replace(secret, MASK)
        record.msg, record.args, record.exc_text = redacted, None, exc_text
        return True


def log_to_stdout() -> None:
    """Also log to stdout (``serve``: a service manager's journal reads it)."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    handler._vodmonitor = True  # type: ignore[attr-defined]
    logging.getLogger().addHandler(handler)


def setup_logging(log_file: Path, level: str = "INFO") -> Path:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
    )
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for old in [h for h in root.handlers if getattr(h, "_vodmonitor", False)]:
        root.removeHandler(old)
        old.close()
    handler._vodmonitor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return log_file


def log_uncaught_exceptions() -> None:
    """Uncaught exceptions, in the main thread or any other, go to the log: a windowed
    Windows app or one started from Finder has no stderr, so otherwise they leave no trace."""
    previous = sys.excepthook

    def main_hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            logging.getLogger("vodmonitor").critical("uncaught exception", exc_info=(kind, exc, tb))
        previous(kind, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread else "?"
        logging.getLogger("vodmonitor").critical(
            "uncaught exception in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
        )

    sys.excepthook = main_hook
    threading.excepthook = thread_hook


def stop_logging() -> None:
    """Flush and detach the file handler (at exit, and between tests)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_vodmonitor", False)]:
        handler.flush()
        root.removeHandler(handler)
        handler.close()
