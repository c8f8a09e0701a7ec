"""Translation on the Qt side: renders the backend's Text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .backend.i18n import Text


def render(value: "Text | str | None") -> str:
    """The translated sentence for a backend Text (plain strings pass through)."""
    if value is None:
        return ""
    if isinstance(value, Text):
        return value.format(QCoreApplication.translate(value.context, value.template))
    return str(value)


def error_text(exc: BaseException) -> str:
    """The translated summary and fix of any exception (BerthErrors carry sentences)."""
    summary = getattr(exc, "summary", None)
    if isinstance(summary, Text):
        fix = getattr(exc, "fix", None)
        return f"{render(summary)} {render(fix)}".strip()
    return str(exc) or type(exc).__name__
