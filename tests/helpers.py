"""Small helpers shared by the widget tests."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.models import ItemRole


def view_ids(view) -> list[str]:
    """The full engine ids shown in a resource view, top to bottom (Qt.UserRole on column 0)."""
    model = view.model()
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def view_items(view) -> list:
    model = view.model()
    return [model.index(r, 0).data(ItemRole) for r in range(model.rowCount())]


def item_by_id(view, engine_id: str):
    for item in view_items(view):
        if item.id == engine_id:
            return item
    return None


def wait_connected(qtbot, window, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: window.controller.state.connected, timeout=timeout)


def wait_loaded(qtbot, window, timeout: int = 10_000) -> None:
    """Connected, and both lists fetched at least once."""
    wait_connected(qtbot, window, timeout)
    qtbot.waitUntil(lambda: window.containers_page._loaded and window.images_page._loaded, timeout=timeout)
