"""Berth's own log file, and the hooks that turn unexpected exceptions into an error dialog.

The log rotates (1 MB x 3) in the platform's app-data folder. A filter removes credentials and auth
headers from every record before it is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal

log = logging.getLogger("berth")

_SECRET_PATTERNS = [
    # header style: "Authorization: Basic xxx", "X-Registry-Auth: xxx"
    (re.compile(r"(?i)((?:proxy-)?authorization|x-registry-auth|x-registry-config)(['\"]?\s*[:=]\s*['\"]?)"
                r"((?:basic|bearer|token)\s+)?[^\s'\",}]+"), r"\1\2\3[redacted]"),
    # key/value style: "password": "xxx", password=xxx, identitytoken, auth
    (re.compile(r"(?i)(\"?(?:password|passwd|secret|identitytoken|registrytoken|auth)\"?\s*[:=]\s*)"
                r"(\"[^\"]*\"|'[^']*'|[^\s,}]+)"), r"\1[redacted]"),
    # user:password@ in URLs
    (re.compile(r"(//[^/\s:@]+:)[^@\s/]+@"), r"\1[redacted]@"),
]


def redact(text: str) -> str:
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string still gets logged
            message = str(record.msg)
        record.msg = redact(message)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_log_path: Path | None = None


def log_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".berth") / "logs"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Start Berth's rotating log file once; returns its path (None if it could not be created)."""
    global _log_path
    if _log_path is not None:
        return _log_path
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(folder / "berth.log", maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger("berth")
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries that could log request headers stay quiet.
    for noisy in ("urllib3", "docker", "requests"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _log_path = folder / "berth.log"
    return _log_path


def log_path() -> Path | None:
    return _log_path


class ExceptionRelay(QObject):
    """Carries exceptions from any thread to the GUI thread."""

    raised = Signal(object)


_relay: ExceptionRelay | None = None


def install_excepthook(show) -> None:
    """Route uncaught exceptions (GUI thread and other threads) to ``show(exc)`` on the GUI thread."""
    global _relay
    _relay = ExceptionRelay()
    _relay.raised.connect(show)

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc.berth_traceback = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error: %s", exc.berth_traceback)
        if _relay is not None:
            _relay.raised.emit(exc)

    def thread_hook(args) -> None:
        if args.exc_value is not None:
            hook(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = hook
    threading.excepthook = thread_hook
