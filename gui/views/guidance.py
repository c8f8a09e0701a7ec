"""Feature wiring for the main window (filled in by its issue)."""

from __future__ import annotations


def install(window) -> None:
    """Add this feature's actions, menus and panes to *window*."""
