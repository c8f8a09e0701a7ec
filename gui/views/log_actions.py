"""Logs in the main window: the Logs action (Ctrl+L), double-click on a container, and the logs dock.

``install(window)`` adds ``actionLogs`` to the Containers menu, the toolbar and the containers' context
menu, opens a viewer on a double-click in ``containersView``, and gives the window
``open_logs(container_id, from_start=True) -> LogViewer`` (the run dialog uses it for attached runs).
Viewers live in tabs of a bottom dock (``logsDock``); closing a tab ends its stream, and closing the
window closes them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from ..models import ItemRole
from ..models.logs import DEFAULT_MEMORY_BUDGET
from .log_viewer import LogsDock, LogViewer

MAX_AT_ONCE = 8  # viewers opened by one action on a multiple selection
#: QSettings key: megabytes of log text a viewer keeps in memory before older lines go to disk.
MEMORY_BUDGET_KEY = "logs/memoryBudgetMB"


def memory_budget_setting() -> int:
    """The viewers' memory budget in bytes (``logs/memoryBudgetMB``, default 48 MB, at least 1 MB)."""
    value = QSettings().value(MEMORY_BUDGET_KEY, DEFAULT_MEMORY_BUDGET // (1024 * 1024))
    try:
        megabytes = float(value)
    except (TypeError, ValueError):
        megabytes = DEFAULT_MEMORY_BUDGET / (1024 * 1024)
    return int(max(1.0, megabytes) * 1024 * 1024)


class _CloseWatcher(QObject):
    """Closes every viewer when the main window closes, before its tasks are cancelled."""

    def __init__(self, window, dock: LogsDock) -> None:
        super().__init__(window)
        self.dock = dock

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            for viewer in self.dock.viewers():
                viewer.close_stream()
        return False


class LogsFeature(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dock = LogsDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self._watcher = _CloseWatcher(window, self.dock)
        window.installEventFilter(self._watcher)

        self.action = window.make_action(
            "actionLogs", self.tr("&Logs"), QKeySequence("Ctrl+L"),
            self.tr("Show the log of the selected container"))
        self.action.triggered.connect(self.open_selected)
        window.menus["containers"].addAction(self.action)
        window.toolbar.addAction(self.action)
        window.set_selection_enabled(self.action, False)
        self.dock_action = self.dock.toggleViewAction()
        self.dock_action.setObjectName("actionShowLogsDock")
        self.dock_action.setText(self.tr("Logs &Panel"))
        window.menus["view"].addAction(self.dock_action)

        view = window.containers_view
        view.doubleClicked.connect(self._on_double_click)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        window.containers_model.modelReset.connect(self._selection_changed)
        # One context menu per view: when the containers feature has its own, it shows window.action_logs.
        if not view.receivers("2customContextMenuRequested(QPoint)"):
            view.customContextMenuRequested.connect(self._context_menu)

    def _selection_changed(self, *_args) -> None:
        self.window.set_selection_enabled(self.action, bool(self.window.containers_page.selected_keys()))

    def _on_double_click(self, index) -> None:
        if not index.isValid():
            return
        container_id = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        item = index.siblingAtColumn(0).data(ItemRole)
        if container_id:
            self.open(container_id, getattr(item, "name", ""))

    def open_selected(self) -> None:
        for item in self.window.containers_page.selected_items()[:MAX_AT_ONCE]:
            self.open(item.id, item.name)

    def _context_menu(self, pos) -> None:
        view = self.window.containers_view
        if not view.indexAt(pos).isValid():
            return
        menu = QMenu(view)
        menu.setObjectName("containersLogsMenu")
        menu.addAction(self.action)
        menu.popup(view.viewport().mapToGlobal(pos))

    def viewer_for(self, container_id: str) -> LogViewer | None:
        for viewer in self.dock.viewers():
            if not viewer.closed and (viewer.container_id == container_id
                                      or (viewer.info is not None and viewer.info.id == container_id)):
                return viewer
        return None

    def open(self, container_id: str, name: str = "", from_start: bool = True,
             memory_budget: int | None = None) -> LogViewer:
        """The viewer of *container_id*: the open one, or a new one in the logs dock."""
        viewer = self.viewer_for(container_id)
        if viewer is None:
            if memory_budget is None:
                memory_budget = memory_budget_setting()
            viewer = LogViewer(self.window.runner, self.window.service, self.window.controller, container_id,
                               name, from_start=from_start, memory_budget=memory_budget)
            self.dock.add_viewer(viewer)
            viewer.start()
        else:
            self.dock.tabs.setCurrentWidget(viewer)
            self.dock.show()
        viewer.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return viewer


def install(window) -> None:
    """Add this feature's actions, menus and panes to *window*."""
    feature = LogsFeature(window)
    window.logs = feature
    window.logs_dock = feature.dock
    window.action_logs = feature.action

    def open_logs(container_id: str, from_start: bool = True, name: str = "") -> LogViewer:
        """Open (or bring forward) the log viewer of *container_id*. With *from_start* it shows the whole
        log from the first line (attached runs); without, the lines of the container's current run."""
        return feature.open(container_id, name, from_start=from_start)

    window.open_logs = open_logs
