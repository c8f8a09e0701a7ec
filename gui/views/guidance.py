"""Guidance for people new to Docker: the language menu, empty states that explain images and containers,
what Docker Engine is when Berth can't reach it, notifications when a container stops unexpectedly, the
system's light or dark scheme, and keyboard access (Ctrl+F filters, accessible names).

``install(window)`` runs after the other features, so it finds their actions by objectName (actionPull,
actionRun, actionLogs …) and their dialogs when they open. Importing this module installs the user's
language (gui/locale.py): the composition root imports it before it builds any widget.
"""

from __future__ import annotations

import logging
import re
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAction, QActionGroup, QColor, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import locale as berth_locale
from .. import presentation as pres
from ..backend.errors import Kind
from ..engine import ConnectionState, Status

log = logging.getLogger("berth.guidance")

berth_locale.ensure_installed()  # before the window's widgets set their texts

MAX_TOASTS = 3
#: Signals of `docker kill -s` that do not end a container: a die after one of them is still unexpected.
_NON_STOPPING_SIGNALS = {"10", "12", "18", "19", "20", "28", "SIGUSR1", "SIGUSR2", "SIGCONT", "SIGSTOP",
                         "SIGTSTP", "SIGWINCH", "USR1", "USR2", "CONT", "STOP", "TSTP", "WINCH"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Guidance", text)


# -- language menu --------------------------------------------------------------------------------------
class LanguageMenu(QObject):
    """View ▸ Language: the system's language, or one of Berth's, remembered for the next start."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menus["view"].addMenu(self.tr("&Language"))
        self.menu.setObjectName("menuLanguage")
        self.menu.menuAction().setObjectName("actionLanguageMenu")
        self.menu.menuAction().setToolTip(self.tr("The language of Berth's windows"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        system = berth_locale.system_language()
        auto = QAction(self.tr("System Default (%1)").replace("%1", berth_locale.NATIVE_NAMES.get(system, system)),
                       self.menu)
        auto.setObjectName("actionLanguageSystem")
        self.actions[""] = auto
        for code in berth_locale.available_languages():
            action = QAction(berth_locale.NATIVE_NAMES.get(code, code), self.menu)
            action.setObjectName(f"actionLanguage_{code}")
            self.actions[code] = action
        saved = berth_locale.saved_language()
        for code, action in self.actions.items():
            action.setCheckable(True)
            action.setChecked(code == (saved if saved in self.actions else ""))
            self.group.addAction(action)
            self.menu.addAction(action)
            action.triggered.connect(lambda checked=False, code=code: self.choose(code))
        self.menu.addSeparator()
        note = self.menu.addAction(self.tr("A new language applies when Berth restarts"))
        note.setObjectName("actionLanguageNote")
        note.setEnabled(False)
        self.dialog: QMessageBox | None = None

    def choose(self, code: str) -> None:
        berth_locale.save_language(code)
        target = berth_locale.effective_language()
        if target == berth_locale.current_language():
            return
        name = berth_locale.NATIVE_NAMES.get(target, target)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                          self.tr("Berth will use %1 from its next start.").replace("%1", name),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("languageRestartDialog")
        # The same sentence in the language just chosen: that is the one its reader can read.
        there = berth_locale.translate_in(target, "LanguageMenu", "Berth will use %1 from its next start.")
        if there and there.replace("%1", name) != box.text():
            box.setInformativeText(there.replace("%1", name))
        restart = box.addButton(self.tr("Restart Now"), QMessageBox.ButtonRole.AcceptRole)
        restart.setObjectName("languageRestartNow")
        later = box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        later.setObjectName("languageRestartLater")
        box.setDefaultButton(later)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: berth_locale.restart(self.window) if button is restart else None)
        self.dialog = box
        box.open()


# -- empty states ---------------------------------------------------------------------------------------
class EmptyState(QWidget):
    """A title, one sentence that explains the thing, and the button that makes the first one."""

    def __init__(self, window, name: str, title: str, body: str, button_text: str, action_name: str,
                 button_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.window = window
        self.action_name = action_name
        self.title = QLabel(title, self)
        self.title.setObjectName(f"{name}Title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QLabel(body, self)
        self.body.setObjectName(f"{name}Text")
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setMaximumWidth(560)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.button = QPushButton(button_text, self)
        self.button.setObjectName(button_name)
        self.button.clicked.connect(lambda: self._trigger())
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._layout = layout
        self.alternatives: list[tuple[QLabel, QPushButton, str]] = []
        self.refresh_action()

    def add_alternative(self, note: str, button_text: str, action_name: str, button_name: str):
        """A second way forward under the first (e.g. "no images either: pull one first")."""
        label = QLabel(note, self)
        label.setObjectName(f"{button_name}Note")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setMaximumWidth(560)
        button = QPushButton(button_text, self)
        button.setObjectName(button_name)
        button.clicked.connect(lambda: self._trigger(action_name))
        index = self._layout.count() - 1  # before the closing stretch
        self._layout.insertSpacing(index, 18)
        self._layout.insertWidget(index + 1, label, 0, Qt.AlignmentFlag.AlignHCenter)
        self._layout.insertWidget(index + 2, button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.alternatives.append((label, button, action_name))
        self.refresh_action()
        return label, button

    def follow_images(self, window) -> None:
        """Show the alternatives only while the engine has no images (bound slots: they end with self)."""
        model = window.images_model
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._images_changed)
        window.controller.refreshed.connect(self._images_changed)
        self._images_changed()

    def _images_changed(self, *args) -> None:
        window = self.window
        self.show_alternatives(window.images_page._loaded and window.images_model.rowCount() == 0)

    def show_alternatives(self, shown: bool) -> None:
        for label, button, _name in self.alternatives:
            label.setVisible(shown)
            button.setVisible(shown)

    def action(self, name: str | None = None) -> QAction | None:
        """The window's action (it belongs to another feature and may arrive late, or not at all)."""
        name = name or self.action_name
        cache = self.__dict__.setdefault("_actions", {})
        if name not in cache:
            found = self.window.findChild(QAction, name)
            if found is None:
                return None
            cache[name] = found
            found.changed.connect(self.refresh_action)
        return cache[name]

    def refresh_action(self) -> None:
        for button, name in [(self.button, self.action_name),
                             *((b, n) for _label, b, n in getattr(self, "alternatives", []))]:
            action = self.action(name)
            button.setEnabled(action is not None and action.isEnabled())
            button.setToolTip(tr("Not available in this version of Berth") if action is None else action.toolTip())

    def showEvent(self, event) -> None:  # noqa: N802
        self.refresh_action()
        super().showEvent(event)

    def _trigger(self, name: str | None = None) -> None:
        action = self.action(name)
        if action is not None and action.isEnabled():
            action.trigger()


def build_empty_states(window) -> tuple[EmptyState, EmptyState]:
    containers = EmptyState(
        window, "containersEmpty", tr("No containers yet"),
        tr("A container is an image running, the way an app runs once you open it: run a container from "
           "an image, and it appears here, running or stopped."),
        tr("Run a container…"), "actionRun", "containersEmptyRun")
    images = EmptyState(
        window, "imagesEmpty", tr("No images on this computer yet"),
        tr("An image is like an app from an app store: Docker Hub is the store, pulling an image downloads "
           "it to this computer, and running it makes a container."),
        tr("Pull an image…"), "actionPull", "imagesEmptyPull")
    # On a first run there are no images either: say what comes first.
    containers.add_alternative(tr("There are no images on this computer yet either: pull one first, then run "
                                  "a container from it."), tr("Pull an image…"), "actionPull", "containersEmptyPull")
    containers.follow_images(window)
    window.containers_page.set_empty_widget(containers)
    window.images_page.set_empty_widget(images)
    return containers, images


# -- what Docker Engine is ------------------------------------------------------------------------------
def engine_help(platform: str, host: str, local: bool, kind: Kind | None) -> str:
    """What Docker Engine is and what to start on this computer, for the unreachable banner."""
    what = tr("Docker Engine is the program that keeps images and runs containers in the background. Berth "
              "shows what it has and asks it to pull, run and stop, so it needs Docker Engine running.")
    if kind in (Kind.PERMISSION, Kind.TLS):
        return what  # Docker runs; the banner's own sentence says what to fix
    if not local:
        where = tr("This Docker Engine is on another computer (%1): it must be running there and reachable "
                   "from here.").replace("%1", host)
    elif platform == "darwin":
        where = tr("On macOS, open Docker Desktop from Applications and wait until it says Docker is "
                   "running. Berth connects by itself.")
    elif platform.startswith("win"):
        where = tr("On Windows, open Docker Desktop from the Start menu and wait until it says Docker is "
                   "running. Berth connects by itself.")
    else:
        where = tr("On Linux, start the docker service (for example: %1), or open Docker Desktop if you use "
                   "it. Berth connects by itself.").replace("%1", "sudo systemctl start docker")
    return f"{what}\n{where}"


class EngineHelp(QObject):
    """An extra line under the unreachable-engine banner: what Docker Engine is and how to start it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        banner = window.banner
        self.label = QLabel(banner)
        self.label.setObjectName("engineBannerHelp")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.hide()
        layout = banner.layout()
        layout.removeWidget(banner.label)
        column = QVBoxLayout()
        column.setSpacing(4)
        column.addWidget(banner.label)
        column.addWidget(self.label)
        layout.insertLayout(0, column, 1)
        # Connected after the window's own slot: this runs once the banner's text is set.
        window.controller.stateChanged.connect(self.update)
        self.update(window.controller.state)

    def update(self, state: ConnectionState) -> None:
        if state.status is Status.UNREACHABLE:
            kind = state.error.kind if state.error is not None else None
            self.label.setText(engine_help(sys.platform, state.host, self.window.service.local, kind))
            self.label.show()
        else:
            self.label.hide()


# -- crash notifications --------------------------------------------------------------------------------
class Toast(QFrame):
    """An in-window notification with "View Logs" and a dismiss button; it stays until dismissed."""

    dismissed = Signal(object)

    def __init__(self, text: str, on_view_logs, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("notificationToast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(tr("Notification"))
        self.setAccessibleDescription(text)
        self.label = QLabel(text, self)
        self.label.setObjectName("notificationText")
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(260)
        self.view_logs = QPushButton(tr("View Logs"), self)
        self.view_logs.setObjectName("notificationViewLogs")
        self.view_logs.setVisible(on_view_logs is not None)
        if on_view_logs is not None:
            self.view_logs.clicked.connect(on_view_logs)
            self.view_logs.clicked.connect(self.dismiss)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("notificationDismiss")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(tr("Dismiss"))
        self.close_button.setAccessibleName(tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 6, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.view_logs, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.restyle()

    def restyle(self) -> None:
        palette = self.palette()
        base = QApplication.palette().color(QPalette.ColorRole.ToolTipBase)
        palette.setColor(QPalette.ColorRole.Window, base)
        palette.setColor(QPalette.ColorRole.WindowText, QApplication.palette().color(QPalette.ColorRole.ToolTipText))
        self.setPalette(palette)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit(self)
        self.deleteLater()


class CrashNotifier(QObject):
    """Notifies when a container stops on its own: a die event with a non-zero exit code that no kill or
    stop (from Berth, the docker CLI or anything else) asked for. An exit code of 0 is a command that
    finished, not a crash."""

    notified = Signal(str, str)  # container id, message

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._stopping: set[str] = set()  # containers a kill or stop event was seen for, until their die
        self._seen: set[tuple[str, str, int]] = set()  # replayed events arrive twice after a reconnect
        # The event stream starts 2 s in the past; what died before Berth was watching is not news. A local
        # engine shares this computer's clock; for another computer's, its clock is read when connected.
        self._not_before_ns = time.time_ns() if window.service.local else 0
        self.toasts: list[Toast] = []
        self.tray: QSystemTrayIcon | None = None
        self._tray_container = ""
        window.controller.eventReceived.connect(self.on_event)
        window.controller.stateChanged.connect(self._on_state)
        self._on_state(window.controller.state)
        window.installEventFilter(self)

    def _on_state(self, state: ConnectionState) -> None:
        if state.connected and state.info is not None and not self._not_before_ns and state.info.server_time:
            # The engine's Date header has whole seconds: its clock may be up to a second ahead of it.
            self._not_before_ns = int((state.info.server_time + 1) * 1_000_000_000)

    def on_event(self, event) -> None:
        if event.type != "container" or not event.id:
            return
        marker = (event.id, event.action, event.time_nano)
        if event.time_nano and marker in self._seen:
            return
        self._seen.add(marker)
        if len(self._seen) > 4096:
            self._seen.clear()
        action = event.action
        if action == "kill":
            if str(event.attributes.get("signal", "")).upper() not in _NON_STOPPING_SIGNALS:
                self._stopping.add(event.id)
        elif action == "stop" or action == "destroy":
            self._stopping.discard(event.id)
        elif action == "die":
            asked = event.id in self._stopping
            self._stopping.discard(event.id)
            if asked:
                return
            if event.time_nano and self._not_before_ns and event.time_nano < self._not_before_ns:
                return
            try:
                code = int(event.attributes.get("exitCode", "0"))
            except ValueError:
                return
            if code == 0:
                return
            name = event.attributes.get("name") or event.id[:12]
            self.notify(event.id, tr("%1 stopped unexpectedly (exit code %2)").replace("%1", name)
                        .replace("%2", str(code)))

    # showing -------------------------------------------------------------------------------------
    def _view_logs(self, container_id: str):
        open_logs = getattr(self.window, "open_logs", None)
        if open_logs is None:
            return None
        return lambda: open_logs(container_id)

    def notify(self, container_id: str, message: str) -> None:
        self.notified.emit(container_id, message)
        window_active = self.window.isVisible() and self.window.isActiveWindow() and not self.window.isMinimized()
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages() and not window_active:
            self._tray_message(container_id, message)
        else:
            self._toast(container_id, message)

    def _tray_message(self, container_id: str, message: str) -> None:
        if self.tray is None:
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setObjectName("notificationTray")
            self.tray.setToolTip(QGuiApplication.applicationDisplayName())
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.activated.connect(lambda reason: self._raise_window())
        self._tray_container = container_id
        self.tray.show()
        hint = tr("Click to view its logs.") if getattr(self.window, "open_logs", None) else ""
        self.tray.showMessage(QGuiApplication.applicationDisplayName(), f"{message}\n{hint}".strip(),
                              QSystemTrayIcon.MessageIcon.Warning, 15_000)

    def _raise_window(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def _tray_clicked(self) -> None:
        self._raise_window()
        view = self._view_logs(self._tray_container)
        if view is not None:
            view()

    def _toast(self, container_id: str, message: str) -> None:
        for toast in self.toasts:
            if toast.property("containerId") == container_id:  # it crashed again (a restart policy): one toast
                toast.label.setText(message)
                toast.setAccessibleDescription(message)
                self._place()
                return
        toast = Toast(message, self._view_logs(container_id), self.window)
        toast.setProperty("containerId", container_id)
        toast.dismissed.connect(self._dismissed)
        self.toasts.append(toast)
        while len(self.toasts) > MAX_TOASTS:
            self.toasts.pop(0).dismiss()
        toast.show()
        toast.raise_()
        self._place()

    def _dismissed(self, toast: Toast) -> None:
        if toast in self.toasts:
            self.toasts.remove(toast)
        self._place()

    def _place(self) -> None:
        area = self.window.centralWidget().geometry()
        bottom = area.bottom() - 12
        for toast in reversed(self.toasts):
            toast.adjustSize()
            width = min(max(toast.sizeHint().width(), 360), max(200, area.width() - 24))
            height = toast.heightForWidth(width) if toast.hasHeightForWidth() else toast.sizeHint().height()
            height = max(height, toast.sizeHint().height())
            toast.setGeometry(area.right() - 12 - width, bottom - height, width, height)
            toast.raise_()
            bottom -= height + 8

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Resize and self.toasts:
            self._place()
        return False

    def shutdown(self) -> None:
        if self.tray is not None:
            self.tray.hide()


# -- theme ----------------------------------------------------------------------------------------------
def dark_palette() -> QPalette:
    """A dark palette for styles that do not follow the system's dark scheme by themselves."""
    p = QPalette()
    # Fusion draws check boxes and frames as Base on Window with an outline darker than Window: the two
    # must differ enough for an unchecked box to show.
    window, base, alternate, text = QColor("#333333"), QColor("#1b1b1b"), QColor("#242424"), QColor("#e6e6e6")
    button, disabled, highlight = QColor("#3c3c3c"), QColor("#8a8a8a"), QColor("#2f65ca")
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, window), (roles.WindowText, text), (roles.Base, base),
                         (roles.AlternateBase, alternate), (roles.Text, text), (roles.Button, button),
                         (roles.ButtonText, text), (roles.BrightText, QColor("#ffffff")),
                         (roles.Highlight, highlight), (roles.HighlightedText, QColor("#ffffff")),
                         (roles.ToolTipBase, QColor("#3a3a3a")), (roles.ToolTipText, text),
                         (roles.Link, QColor("#7fb2ff")), (roles.LinkVisited, QColor("#c39bff")),
                         (roles.PlaceholderText, QColor("#9a9a9a")), (roles.Light, QColor("#5a5a5a")),
                         (roles.Midlight, QColor("#484848")), (roles.Mid, QColor("#2a2a2a")),
                         (roles.Dark, QColor("#181818")), (roles.Shadow, QColor("#000000"))):
        p.setColor(role, colour)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    p.setColor(QPalette.ColorGroup.Disabled, roles.Highlight, QColor("#404040"))
    return p


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


_BANNER_LIGHT = ("#engineBanner { background: #fdecea; border: 1px solid #e0a39c; border-radius: 6px; }"
                 "#engineBanner QLabel { color: #611a15; }")
_BANNER_DARK = ("#engineBanner { background: #3d1f1c; border: 1px solid #8c4a43; border-radius: 6px; }"
                "#engineBanner QLabel { color: #f6d3cf; }")


class Theme(QObject):
    """Follows the system's colour scheme (QStyleHints.colorScheme). Where the style does not switch its
    palette by itself, Berth sets a dark one; the state colours and the banner change with it."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        self._own_palette = bool(app.property("berthDarkPalette"))
        if not self._own_palette:
            app.setProperty("berthSystemPalette", QPalette(app.palette()))
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        window.installEventFilter(self)  # the system may change the palette after (or without) the scheme
        self.apply(hints.colorScheme())

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.ApplicationPaletteChange:
            QTimer.singleShot(0, self, self.restyle)  # after every widget has its new palette; not after self is gone
        return False

    def apply(self, scheme: Qt.ColorScheme | None = None) -> None:
        app = QApplication.instance()
        scheme = QGuiApplication.styleHints().colorScheme() if scheme is None else scheme
        if scheme == Qt.ColorScheme.Dark and not palette_is_dark(app.palette()):
            app.setPalette(dark_palette())
            app.setProperty("berthDarkPalette", True)
        elif scheme != Qt.ColorScheme.Dark and app.property("berthDarkPalette"):
            original = app.property("berthSystemPalette")
            app.setPalette(original if isinstance(original, QPalette) else app.style().standardPalette())
            app.setProperty("berthDarkPalette", False)
        self.restyle()

    def restyle(self) -> None:
        pres.palette_changed()
        dark = pres.dark_palette_in_use()
        window = self.window
        window.banner.setStyleSheet(_BANNER_DARK if dark else _BANNER_LIGHT)
        warning = getattr(window, "tls_warning", None)
        if warning is not None:
            warning.setStyleSheet(f"color: {'#ffb86b' if dark else '#9a4f00'}; font-weight: bold;")
        for view in (window.containers_view, window.images_view):
            view.viewport().update()
        notifier = getattr(window, "crash_notifier", None)
        if notifier is not None:
            for toast in notifier.toasts:
                toast.restyle()


# -- keyboard and accessible names ----------------------------------------------------------------------
class Keyboard(QObject):
    """Ctrl+F in each list focuses its filter box (scoped to the page, so it never competes with the log
    viewer's own Ctrl+F), and controls without an accessible name get one from their tooltip."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.filter_actions: dict[str, QAction] = {}
        for key, page, tip in (("Containers", window.containers_page, self.tr("Filter the list of containers")),
                               ("Images", window.images_page, self.tr("Filter the list of images"))):
            action = window.make_action(f"actionFilter{key}", self.tr("&Filter"), QKeySequence.StandardKey.Find,
                                        tip, needs_engine=False, scope=page)
            action.triggered.connect(lambda checked=False, page=page: self.focus_filter(page))
            self.filter_actions[key] = action
        # One menu entry: it filters whichever list is shown. Its shortcut is the scoped ones' (shown only).
        shortcut = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.menu_action = QAction(self.tr("&Filter the List") + "\t" + shortcut, window)
        self.menu_action.setObjectName("actionFilter")
        self.menu_action.setToolTip(self.tr("Type to narrow the list down (%1)").replace("%1", shortcut))
        self.menu_action.setStatusTip(self.tr("Type to narrow the list down"))
        self.menu_action.triggered.connect(lambda: self.focus_filter(window.tabs.currentWidget()))
        window.menus["view"].insertAction(window.menus["view"].actions()[0] if window.menus["view"].actions()
                                          else None, self.menu_action)
        QTimer.singleShot(0, self, self.fill_names)
        # The window's dialogs get their names when they are shown: the window reports each new child.
        window.installEventFilter(self)

    def focus_filter(self, page) -> None:
        box = getattr(page, "filter", None)
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()

    def fill_names(self, root: QWidget | None = None) -> None:
        fill_accessible_names(root or self.window)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QEvent.Type.ChildPolished and obj is self.window and isinstance(event.child(), QDialog) \
                and not event.child().property("berthNamed"):
            event.child().setProperty("berthNamed", True)  # (polished before its first Show)
            event.child().installEventFilter(self)
        elif kind == QEvent.Type.Show and isinstance(obj, QDialog):
            fill_accessible_names(obj)
        return False


FOCUSABLE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def needs_name(widget: QWidget) -> bool:
    """A control a screen reader announces on its own (not the line edit inside a spin or combo box, nor a
    table's header)."""
    if not isinstance(widget, FOCUSABLE) or isinstance(widget, QHeaderView):
        return False
    return not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split("\t", 1)[0].strip()


def computed_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, the control's own text, or its label's."""
    if widget.accessibleName():
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if name:
        return _plain(name)
    text = getattr(widget, "text", None)
    if isinstance(widget, QAbstractButton) and callable(text):
        return _plain(text())
    return ""


def fill_accessible_names(root: QWidget) -> None:
    """Give focusable controls that have no name the text of their label (a buddy), their tooltip or their
    placeholder, in that order."""
    buddies: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _plain(label.text()):
            buddies[id(buddy)] = _plain(label.text()).rstrip(":：")
    for widget in root.findChildren(QWidget):
        if not needs_name(widget) or computed_name(widget):
            continue
        name = buddies.get(id(widget)) or _plain(widget.toolTip())
        if not name and isinstance(widget, QLineEdit):
            name = widget.placeholderText()
        if name:
            widget.setAccessibleName(name)


# -- toolbar texts --------------------------------------------------------------------------------------
_CJK_MNEMONIC = re.compile(r"\s*\(&[^)]\)")
_ELLIPSIS = re.compile(r"(…|\.\.\.)$")


def toolbar_text(text: str) -> str | None:
    """A toolbar's label for a menu text with a "(&P)" mnemonic, as Korean and Japanese write them ("이미지
    가져오기(&P)…" -> "이미지 가져오기"); None when Qt's own stripping of "&" and "…" is right."""
    if not _CJK_MNEMONIC.search(text):
        return None
    return _ELLIPSIS.sub("", _plain(_CJK_MNEMONIC.sub("", text))).strip()


def tidy_toolbar_texts(window) -> None:
    def tidy(action: QAction) -> None:
        wanted = toolbar_text(action.text())
        if wanted is not None and action.iconText() != wanted:
            action.setIconText(wanted)
        elif wanted is None and action.property("berthIconText"):
            action.setIconText("")
        action.setProperty("berthIconText", wanted is not None)

    for action in window.toolbar.actions():
        tidy(action)
        action.changed.connect(lambda action=action: tidy(action))  # texts that change (Pause ⇄ Unpause)


# -- install --------------------------------------------------------------------------------------------
def install(window) -> None:
    """Add the language menu, empty states, engine help, crash notifications, theme and keyboard help."""
    berth_locale.ensure_installed()
    window.language_menu = LanguageMenu(window)
    window.empty_states = build_empty_states(window)
    window.engine_help = EngineHelp(window)
    window.crash_notifier = CrashNotifier(window)
    window.theme = Theme(window)
    window.keyboard = Keyboard(window)
    tidy_toolbar_texts(window)
