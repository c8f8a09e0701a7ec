"""Images feature: pull (dialog and panel), remove with reasons, prune, details pane, Run…, registry log-in.

``install(window)`` adds the actions, menus, the pull panel (``window.pull_image``) and the details pane.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from .. import presentation as pres
from ..backend import images as backend
from ..backend.reference import ImageReference
from ..i18n import error_text
from .error_dialog import show_error
from .image_details import ImageDetailsPane
from .image_prune import PruneImagesDialog
from .image_remove import RemoveImagesDialog
from .login_dialog import LoginDialog
from .pull_dialog import PullDialog
from .pull_panel import PullEntry, PullPanel, PullState

SPLITTER_KEY = "images/detailsSplitter"


class ImageActions(QObject):
    """The wiring of the images feature; one per window (``window.image_actions``)."""

    removed = Signal(object)  # backend.RemovalOutcome
    pruned = Signal(object)  # backend.PruneResult
    loggedIn = Signal(object)  # backend.LoginResult

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.images_page
        self.view = window.images_view
        self.credentials = backend.SessionCredentials()
        self.last_prune: tuple[backend.PrunePreview, backend.PruneResult] | None = None
        self.dialog = None  # the dialog this feature has open, if any

        # The pull panel, shared by the whole window.
        self.panel = PullPanel(window, self.credentials)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.loginRequested.connect(self.login_for_entry)
        window.pull_panel = self.panel
        window.pull_image = self.pull_image

        self._build_details()
        self._build_actions()
        self._build_empty_state()

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self.update_selection)
        self.view.selectionModel().selectionChanged.connect(lambda *a: self._selection_timer.start())
        proxy = self.page.proxy
        for signal in (proxy.rowsRemoved, proxy.rowsInserted, proxy.dataChanged, proxy.modelReset,
                       proxy.layoutChanged):
            signal.connect(lambda *a: self._selection_timer.start())
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda index: self.run_selected() if self.run_available() else None)
        self.update_selection()

    # -- building -----------------------------------------------------------------------------------
    def _build_details(self) -> None:
        self.splitter = self.page.add_side_pane(lambda parent: ImageDetailsPane(self.window, parent),
                                                "imagesSplitter", SPLITTER_KEY, (640, 380))
        self.details = self.splitter.widget(1)

    def _build_actions(self) -> None:
        w = self.window
        tr = self.tr
        self.action_pull = w.make_action("actionPull", tr("&Pull Image…"), QKeySequence("Ctrl+P"),
                                         tr("Download an image from Docker Hub or another registry"))
        self.action_pull.triggered.connect(lambda: self.open_pull_dialog())
        self.action_remove = w.make_action("actionRemoveImage", tr("&Remove…"), QKeySequence(Qt.Key.Key_Delete),
                                           tr("Remove the selected images, or untag the selected names"),
                                           scope=self.view)
        self.action_remove.triggered.connect(self.remove_selected)
        self.action_prune = w.make_action("actionPruneImages", tr("Remove &Unused Images…"), None,
                                          tr("Remove images no container uses, and see the space it frees first"))
        self.action_prune.triggered.connect(self.open_prune_dialog)
        self._run_tip = tr("Create and start a container from the selected image")
        self._run_missing_tip = tr("Running a container from an image is not available in this version of Berth")
        self.action_run = w.make_action("actionRunImage", tr("R&un…"), None, self._run_tip)
        self.action_run.triggered.connect(self.run_selected)
        self.action_pull_again = w.make_action("actionPullAgain", tr("Pull &Again"), None,
                                               tr("Pull the selected names again, to get their newest version"))
        self.action_pull_again.triggered.connect(self.pull_selected_again)
        self.action_login = w.make_action("actionLogin", tr("&Log In to a Registry…"), None,
                                          tr("Log in to Docker Hub or a private registry"))
        self.action_login.triggered.connect(lambda: self.open_login_dialog())
        self.action_show_pulls = self.panel.toggleViewAction()
        self.action_show_pulls.setObjectName("actionShowPulls")
        self.action_show_pulls.setText(tr("&Pulls"))
        self.action_show_pulls.setToolTip(tr("Show or hide the pulls panel"))

        menu = w.menus["images"]
        menu.addAction(self.action_pull)
        menu.addAction(self.action_pull_again)
        menu.addAction(self.action_run)
        menu.addSeparator()
        menu.addAction(self.action_remove)
        menu.addAction(self.action_prune)
        menu.addSeparator()
        menu.addAction(self.action_login)
        w.menus["view"].addAction(self.action_show_pulls)
        w.toolbar.addAction(self.action_pull)

        for action in (self.action_run, self.action_remove):
            self.details.add_action(action)

    def _build_empty_state(self) -> None:
        empty = QWidget()
        empty.setObjectName("imagesEmpty")
        label = QLabel(self.tr("There are no images on this computer yet.\nPull one from Docker Hub or another "
                               "registry to get started."), empty)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Pull an Image…"), empty)
        button.setObjectName("imagesEmptyPull")
        button.clicked.connect(self.action_pull.trigger)
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.page.set_empty_widget(empty)

    # -- selection ----------------------------------------------------------------------------------
    def selected(self) -> list:
        return self.page.selected_items()

    def run_available(self) -> bool:
        return callable(getattr(self.window, "open_run_dialog", None))

    def update_selection(self) -> None:
        items = self.selected()
        w = self.window
        w.set_selection_enabled(self.action_remove, bool(items))
        w.set_selection_enabled(self.action_pull_again, any(i.reference for i in items))
        available = self.run_available()
        self.action_run.setProperty("berthTip", self._run_tip if available else self._run_missing_tip)
        w.set_selection_enabled(self.action_run, available and len({i.id for i in items}) == 1)
        self.details.show_items(items)

    def _context_menu(self, pos) -> None:
        self.update_selection()
        menu = QMenu(self.view)
        menu.setObjectName("imagesContextMenu")
        menu.addAction(self.action_run)
        menu.addAction(self.action_pull_again)
        menu.addSeparator()
        menu.addAction(self.action_remove)
        menu.addSeparator()
        menu.addAction(self.action_pull)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- pull ---------------------------------------------------------------------------------------
    def pull_image(self, reference: str | ImageReference) -> PullEntry:
        """Start pulling *reference* in the pull panel; the entry's ``finished(bool)`` says how it ended."""
        return self.panel.start_pull(reference)

    def open_pull_dialog(self, initial: str = "") -> PullDialog:
        dialog = PullDialog(self.window, initial)
        dialog.pullRequested.connect(self.pull_image)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def pull_selected_again(self) -> None:
        for ref in sorted({i.reference for i in self.selected() if i.reference}):
            self.pull_image(ref)

    # -- run ----------------------------------------------------------------------------------------
    def run_selected(self) -> None:
        opener = getattr(self.window, "open_run_dialog", None)
        items = self.selected()
        if not callable(opener) or not items:
            return
        item = items[0]
        opener(image=item.reference or item.id)

    # -- remove -------------------------------------------------------------------------------------
    def remove_selected(self) -> None:
        items = self.selected()
        if not items:
            return
        keys = [i.key for i in items]
        model = self.window.images_model
        model.set_busy(keys, True)
        self.window.runner.submit(
            backend.plan_removal, self.window.service, items, name="images.plan-removal",
            on_result=self._confirm_removal, on_error=lambda exc: show_error(self.window, exc),
            on_finished=lambda: model.set_busy(keys, False))

    def _confirm_removal(self, plan: backend.RemovalPlan) -> None:
        dialog = RemoveImagesDialog(plan, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._remove(plan, dialog.force))
        self.dialog = dialog
        dialog.open()

    def _remove(self, plan: backend.RemovalPlan, force: bool) -> None:
        keys = [t.key for t in plan.removable]
        model = self.window.images_model
        model.set_busy(keys, True)
        self.window.runner.submit(
            backend.remove_images, self.window.service, plan, force, name="images.remove",
            on_result=self._removed, on_error=lambda exc: show_error(self.window, exc),
            on_finished=lambda: model.set_busy(keys, False))

    def _removed(self, outcome: backend.RemovalOutcome) -> None:
        parts = []
        if outcome.deleted:
            n = len(outcome.deleted)
            parts.append(self.tr("Removed 1 image") if n == 1 else self.tr("Removed %1 images").replace("%1", str(n)))
        names = [u for u in outcome.untagged if "@" not in u]
        if names and not outcome.deleted:
            parts.append(self.tr("Untagged %1").replace("%1", ", ".join(names)))
        if parts:
            self.window.statusBar().showMessage(" · ".join(parts), 8000)
        if outcome.failures:
            lines = [error_text(f.error) for f in outcome.failures]
            message = (self.tr("%1 could not be removed:").replace("%1", ", ".join(f.target.label for f in
                                                                              outcome.failures))
                       + " " + " ".join(lines))
            exc = Exception(message)
            exc.berth_traceback = "\n".join(f"{f.target.label}: {f.error.detail or f.error}"  # type: ignore[attr-defined]
                                            for f in outcome.failures)
            show_error(self.window, exc, self.tr("Remove Images"))
        self.removed.emit(outcome)

    # -- prune --------------------------------------------------------------------------------------
    def open_prune_dialog(self) -> PruneImagesDialog:
        dialog = PruneImagesDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.pruneRequested.connect(self._prune)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _prune(self, all_unused: bool, preview: backend.PrunePreview) -> None:
        self.window.statusBar().showMessage(self.tr("Removing unused images…"))
        self.window.runner.submit(
            backend.prune_images, self.window.service, all_unused, name="images.prune",
            on_result=lambda result: self._pruned(preview, result),
            on_error=lambda exc: show_error(self.window, exc))

    def _pruned(self, preview: backend.PrunePreview, result: backend.PruneResult) -> None:
        self.last_prune = (preview, result)
        n = len(result.deleted)
        text = self.tr("Removed 1 image and freed %2.") if n == 1 else \
            self.tr("Removed %1 images and freed %2.")
        self.window.statusBar().showMessage(
            text.replace("%1", str(n)).replace("%2", pres.human_size(result.space_reclaimed)), 10000)
        self.pruned.emit(result)

    # -- log-in -------------------------------------------------------------------------------------
    def open_login_dialog(self, registry: str = "", reason: str = "") -> LoginDialog:
        dialog = LoginDialog(self.window, self.credentials, registry, reason)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.loggedIn.connect(self._logged_in)
        self.dialog = dialog
        dialog.open()
        return dialog

    def login_for_entry(self, entry: PullEntry) -> LoginDialog:
        reason = error_text(entry.error) if entry.error else ""
        return self.open_login_dialog(entry.reference.registry_host, reason)

    def _logged_in(self, result: backend.LoginResult) -> None:
        self.window.statusBar().showMessage(
            self.tr("Logged in to %1.").replace("%1", backend.registry_display(result.server)), 8000)
        # Pulls that stopped for want of a log-in to that registry go again.
        for entry in list(self.panel.entries):
            if entry.state is PullState.FAILED and entry.offers_login and \
                    backend.auth_server(entry.reference.registry_host) == result.server:
                entry.retry()
        self.loggedIn.emit(result)


def install(window) -> None:
    """Add the images feature's actions, menus, pull panel and details pane to *window*."""
    window.image_actions = ImageActions(window)
