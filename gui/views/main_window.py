"""The main window: live lists of containers and images, the engine banner and status."""

from __future__ import annotations

from typing import Hashable

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..engine import ConnectionState, EngineController, Status
from ..i18n import render
from ..models import KeyRole, KeyedTableModel, SortRole
from ..tasks import TaskRunner

AGE_REPAINT_MS = 60_000


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive filter over every column; sorts by the model's SortRole (ints and strings, compared
    in C++). Until the user picks a column, rows keep the engine's order (newest first), which costs no
    comparisons at all: sorting 1,000 rows calls back into Python some 12,000 times."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setDynamicSortFilter(True)



class ResourcePage(QWidget):
    """A filter box over a table view, with an empty-state panel when the list is empty."""

    def __init__(self, model: KeyedTableModel, view_name: str, filter_name: str, placeholder: str,
                 widths: tuple[int, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(model)

        self.filter = QLineEdit(self)
        self.filter.setObjectName(filter_name)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(placeholder)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setObjectName(view_name)
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicatorClearable(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

        self.empty = QWidget(self)  # replaced by features that explain the empty state
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.filter)
        layout.addWidget(self.stack, 1)

        self._loaded = False
        model.rowsInserted.connect(self._update_empty)
        model.rowsRemoved.connect(self._update_empty)

    def add_side_pane(self, make_pane, name: str, settings_key: str, sizes: tuple[int, int]) -> QSplitter:
        """Put a details pane beside the list, in a splitter whose position is remembered.

        *make_pane(parent)* builds the pane; returns the splitter (the pane is its second widget)."""
        layout = self.layout()
        layout.removeWidget(self.stack)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName(name)
        splitter.setChildrenCollapsible(True)
        pane = make_pane(splitter)
        splitter.addWidget(self.stack)
        splitter.addWidget(pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes(list(sizes))
        state = QSettings().value(settings_key)
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
        splitter.splitterMoved.connect(lambda *a: QSettings().setValue(settings_key, splitter.saveState()))
        layout.addWidget(splitter, 1)
        return splitter

    def set_empty_widget(self, widget: QWidget) -> None:
        self.stack.removeWidget(self.empty)
        self.empty.deleteLater()
        self.empty = widget
        self.stack.addWidget(widget)
        self._update_empty()

    def mark_loaded(self) -> None:
        self._loaded = True
        self._update_empty()

    def _update_empty(self, *args) -> None:
        empty = self._loaded and self.model.rowCount() == 0 and not self.filter.text()
        self.stack.setCurrentWidget(self.empty if empty else self.view)

    def selected_keys(self) -> list[Hashable]:
        rows = self.view.selectionModel().selectedRows(0)
        return [ix.data(KeyRole) for ix in rows]

    def selected_items(self) -> list:
        keys = self.selected_keys()
        return [item for item in (self.model.item_for_key(k) for k in keys) if item is not None]

    def select_key(self, key: Hashable) -> bool:
        row = self.model.row_for_key(key)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(proxy_index, flags)
        return True


class EngineBanner(QFrame):
    retryClicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("engineBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#engineBanner { background: #fdecea; border: 1px solid #e0a39c; border-radius: 6px; }"
            "#engineBanner QLabel { color: #611a15; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("engineBannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry = QPushButton(self.tr("Retry"), self)
        self.retry.setObjectName("engineRetry")
        self.retry.setToolTip(self.tr("Try to reach Docker again now"))
        self.retry.clicked.connect(self.retryClicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()


class MainWindow(QMainWindow):
    """Wiring and layout only: every engine call goes through the controller and the task runner."""

    def __init__(self, controller: EngineController, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.controller = controller
        self.runner = runner
        self.service = controller.service
        self.containers_model = controller.containers
        self.images_model = controller.images
        self._closing = False
        self._engine_actions: list[QAction] = []

        self.containers_page = ResourcePage(self.containers_model, "containersView", "containersFilter",
                                            self.tr("Filter containers by name, image, state, port…"),
                                            (160, 170, 90, 180, 220, 120, 110), self)
        self.images_page = ResourcePage(self.images_model, "imagesView", "imagesFilter",
                                        self.tr("Filter images by repository, tag, ID…"),
                                        (300, 120, 120, 90, 130, 70), self)
        self.containers_view = self.containers_page.view
        self.images_view = self.images_page.view
        self.containers_view.setAccessibleName(self.tr("Containers"))
        self.images_view.setAccessibleName(self.tr("Images"))

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.containers_page, self.tr("Containers"))
        self.tabs.addTab(self.images_page, self.tr("Images"))

        self.banner = EngineBanner(self)
        self.banner.retryClicked.connect(controller.retry_now)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.engine_status = QLabel(self)
        self.engine_status.setObjectName("engineStatus")
        self.engine_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.engine_status)
        self.tls_warning = QLabel(self)
        self.tls_warning.setObjectName("engineTlsWarning")
        self.tls_warning.setStyleSheet("color: #b35c00; font-weight: bold;")
        self.tls_warning.setText(self.tr("⚠ Not encrypted"))
        self.tls_warning.setToolTip(self.tr(
            "Berth talks to Docker at %1 without TLS. Anyone who can reach that address can control this "
            "engine. Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to use TLS.").replace("%1", self.service.host))
        self.statusBar().addPermanentWidget(self.tls_warning)
        self.tls_warning.setVisible(self.service.insecure_remote)

        self._build_menus()

        controller.stateChanged.connect(self._on_state)
        controller.refreshed.connect(self._on_refreshed)
        controller.listFailed.connect(self._on_list_failed)
        self._list_problems: dict[str, object] = {}
        self._on_state(controller.state)

        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REPAINT_MS)
        self._age_timer.timeout.connect(self._repaint_ages)

        self._restore_settings()

    # -- menus and toolbar ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus: dict[str, QMenu] = {
            "file": bar.addMenu(self.tr("&File")),
            "images": bar.addMenu(self.tr("&Images")),
            "containers": bar.addMenu(self.tr("&Containers")),
            "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help")),
        }
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

        self.action_refresh = self.make_action("actionRefresh", self.tr("&Refresh"), QKeySequence(Qt.Key.Key_F5),
                                               self.tr("Read the lists again from Docker"))
        self.action_refresh.triggered.connect(self.controller.resync)
        self.menus["view"].addAction(self.action_refresh)

        self.action_quit = self.make_action("actionQuit", self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                            self.tr("Close Berth"), needs_engine=False)
        self.action_quit.triggered.connect(self.close)
        self.menus["file"].addAction(self.action_quit)

        self.action_about = self.make_action("actionAbout", self.tr("&About Berth"), None,
                                             self.tr("Version and engine information"), needs_engine=False)
        self.action_about.triggered.connect(self._about)
        self.menus["help"].addAction(self.action_about)

    def make_action(self, name: str, text: str, shortcut=None, tip: str = "", needs_engine: bool = True,
                    scope: QWidget | None = None) -> QAction:
        """An action with an objectName, a shortcut shown in its tooltip, and engine-aware enabling."""
        action = QAction(text, scope or self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
            if scope is not None:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plain = text.replace("&", "")
        shortcut_text = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tooltip = tip or plain
        if shortcut_text:
            tooltip = f"{tooltip} ({shortcut_text})"
        action.setToolTip(tooltip)
        action.setStatusTip(tip or plain)
        action.setProperty("berthNeedsEngine", needs_engine)
        action.setProperty("berthTip", tooltip)
        if scope is not None:
            scope.addAction(action)
        elif shortcut is not None:
            self.addAction(action)
        if needs_engine:
            self._engine_actions.append(action)
            self._apply_engine_enabled(action)
        return action

    def engine_actions(self) -> list[QAction]:
        return list(self._engine_actions)

    def _apply_engine_enabled(self, action: QAction) -> None:
        state = self.controller.state
        connected = state.connected
        action.setProperty("berthEngineOk", connected)
        enabled = connected and action.property("berthSelectionOk") is not False
        action.setEnabled(enabled)
        tip = action.property("berthTip") or action.text()
        if not connected:
            tip = self.tr("%1 — unavailable: Berth can't reach Docker").replace("%1", tip)
        action.setToolTip(tip)

    def set_selection_enabled(self, action: QAction, ok: bool) -> None:
        """For actions that need a selection: enabled only with one, and only when the engine is up."""
        action.setProperty("berthSelectionOk", ok)
        self._apply_engine_enabled(action)

    # -- engine state -------------------------------------------------------------------------------
    def _on_state(self, state: ConnectionState) -> None:
        host = state.host
        if state.status is Status.CONNECTED and state.info:
            info = state.info
            self.engine_status.setText(
                self.tr("Docker %1 (API %2) · %3 · %4")
                .replace("%1", info.server_version).replace("%2", info.api_version)
                .replace("%3", info.os).replace("%4", host))
            self.engine_status.setToolTip(host)
            self._show_list_problems()
        elif state.status is Status.CONNECTING:
            self.engine_status.setText(self.tr("Connecting to Docker at %1…").replace("%1", host))
        else:
            reason = render(state.error.summary) if state.error else self.tr("unknown reason")
            fix = render(state.error.fix) if state.error and state.error.fix else \
                self.tr("Start Docker, then press Retry.")
            self.banner.label.setText(
                self.tr("Berth can't reach Docker at %1: %2 %3").replace("%1", host).replace("%2", reason)
                .replace("%3", fix))
            self.banner.show()
            seconds = max(1, round(state.retry_in_ms / 1000))
            self.engine_status.setText(self.tr("Docker unreachable · retrying in %1 s").replace("%1", str(seconds)))
        for action in self.engine_actions():
            self._apply_engine_enabled(action)

    def _on_list_failed(self, kind: str, err) -> None:
        self._list_problems[kind] = err
        self._show_list_problems()

    def _show_list_problems(self) -> None:
        if not self.controller.state.connected:
            return
        if not self._list_problems:
            self.banner.hide()
            return
        lines = []
        for kind, err in sorted(self._list_problems.items()):
            what = self.tr("the list of containers") if kind == "containers" else self.tr("the list of images")
            lines.append(self.tr("Berth couldn't read %1 from Docker: %2").replace("%1", what)
                         .replace("%2", f"{render(err.summary)} {render(err.fix)}".strip()))
        self.banner.label.setText("\n".join(lines))
        self.banner.show()

    def _on_refreshed(self, kind: str) -> None:
        if self._list_problems.pop(kind, None) is not None:
            self._show_list_problems()
        page = self.containers_page if kind == "containers" else self.images_page
        page.mark_loaded()
        if not self._age_timer.isActive() and self.isVisible():
            self._age_timer.start()

    def _repaint_ages(self) -> None:
        if not self.isVisible() or self.isMinimized():
            self._age_timer.stop()  # restarted by the next refresh or showEvent
            return
        self.containers_model.refresh_column(self.containers_model.CREATED)
        self.images_model.refresh_column(self.images_model.CREATED)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self.containers_model.rowCount() or self.images_model.rowCount():
            self._age_timer.start()

    # -- about --------------------------------------------------------------------------------------
    def _about(self) -> None:
        info = self.controller.state.info
        engine = (self.tr("Docker %1 (API %2) at %3").replace("%1", info.server_version)
                  .replace("%2", info.api_version).replace("%3", self.controller.service.host)
                  if info else self.tr("Not connected to Docker."))
        QMessageBox.about(self, self.tr("About Berth"),
                          self.tr("<b>Berth %1</b><br>A desktop app for Docker.<br><br>%2")
                          .replace("%1", __version__).replace("%2", engine))

    # -- settings -----------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = QSettings()
        self.resize(1100, 680)
        geometry = s.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            if self.width() < 480 or self.height() < 320:  # saved on a much smaller screen
                self.resize(1100, 680)
        for page, key in ((self.containers_page, "containers"), (self.images_page, "images")):
            header = s.value(f"mainWindow/{key}Header")
            if isinstance(header, QByteArray) and not header.isEmpty():
                page.view.horizontalHeader().restoreState(header)
        state = s.value("mainWindow/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        tab = s.value("mainWindow/tab", 0)
        try:
            self.tabs.setCurrentIndex(int(tab))
        except (TypeError, ValueError):
            pass

    def save_settings(self) -> None:
        s = QSettings()
        s.setValue("mainWindow/geometry", self.saveGeometry())
        s.setValue("mainWindow/state", self.saveState())
        s.setValue("mainWindow/tab", self.tabs.currentIndex())
        s.setValue("mainWindow/containersHeader", self.containers_view.horizontalHeader().saveState())
        s.setValue("mainWindow/imagesHeader", self.images_view.horizontalHeader().saveState())

    def shutdown(self) -> None:
        """Stop every stream and task this window started."""
        if self._closing:
            return
        self._closing = True
        self._age_timer.stop()
        self.controller.shutdown()
        self.runner.cancel_all()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.isVisible():  # a window never shown has no geometry worth keeping
            self.save_settings()
        self.shutdown()
        super().closeEvent(event)
