"""Containers feature: Run…, the lifecycle actions, port links and the details pane.

``install(window)`` adds ``actionRun`` (Ctrl+R), ``actionStart``, ``actionStop``, ``actionRestart``,
``actionKill``, ``actionPause`` (a toggle that unpauses), ``actionRemoveContainer`` (Delete, in the
containers view) and ``actionStopAll`` to the toolbar, the Containers menu and the view's context menu,
and gives the window ``open_run_dialog(image=None)``.

Every action looks the selected containers up afresh on a task before it decides anything, asks for
confirmation where it interrupts or removes something (listing the targets and the equivalent docker
command), runs on a task, and keeps the rows busy until the engine's event has updated them. Failures are
sentences in the error dialog.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QMenu,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .. import presentation as pres
from ..backend import containers as backend
from ..backend.containers import Target, Verb
from ..i18n import error_text
from ..models import ItemRole
from .container_details import ContainerDetailsPane
from .error_dialog import show_error

SPLITTER_KEY = "containers/detailsSplitter"
FALLBACK_UNBUSY_MS = 3000


# ==================================================================================================
# Ports as links
# ==================================================================================================

class PortsDelegate(QStyledItemDelegate):
    """Paints the Ports column with each published TCP port as a link; a click on one opens it."""

    linkActivated = Signal(str)

    def __init__(self, view, engine_host: str) -> None:
        super().__init__(view)
        self.view = view
        self.engine_host = engine_host

    def _segments(self, option, index) -> list[tuple[QRect, str, str | None]]:
        item = index.data(ItemRole)
        if item is None:
            return []
        metrics = option.fontMetrics
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        x = option.rect.left() + margin
        out = []
        ports = sorted(item.ports, key=lambda p: p.sort_key())
        for i, port in enumerate(ports):
            text = pres.format_port(port) + (", " if i < len(ports) - 1 else "")
            label = pres.format_port(port)
            width = metrics.horizontalAdvance(label)
            rect = QRect(x, option.rect.top(), width, option.rect.height())
            out.append((rect, label, pres.port_url(port, self.engine_host)))
            x += metrics.horizontalAdvance(text)
        return out

    def url_at(self, option, index, pos) -> str | None:
        for rect, _label, url in self._segments(option, index):
            if url and rect.contains(pos):
                return url
        return None

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        segments = self._segments(opt, index)
        if not any(url for _, _, url in segments):
            super().paint(painter, option, index)
            return
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        normal = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        link = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link)
        font = opt.font
        clip = opt.rect
        painter.setClipRect(clip)
        for i, (rect, label, url) in enumerate(segments):
            f = type(font)(font)
            f.setUnderline(bool(url))
            painter.setFont(f)
            painter.setPen(link if url else normal)
            painter.drawText(rect.adjusted(0, 0, 2, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             label)
            if i < len(segments) - 1:
                painter.setFont(font)
                painter.setPen(normal)
                painter.drawText(QRect(rect.right() + 1, rect.top(), 20, rect.height()),
                                 int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), ",")
        painter.restore()

    def option_for(self, index) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.rect = self.view.visualRect(index)
        option.font = self.view.font()
        option.fontMetrics = self.view.fontMetrics()
        return option

    def url_under(self, pos) -> str | None:
        """The link under *pos* (viewport coordinates), if any."""
        index = self.view.indexAt(pos)
        if not index.isValid() or index.column() != self.view.model().sourceModel().PORTS:
            return None
        return self.url_at(self.option_for(index), index, pos)

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton \
                and not event.modifiers():
            url = self.url_at(option, index, event.position().toPoint())
            if url:
                QDesktopServices.openUrl(QUrl(url))
                self.linkActivated.emit(url)
        return False  # selection goes on as usual

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - the viewport: a hand over links
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            if self.url_under(event.position().toPoint()):
                obj.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                obj.unsetCursor()
        elif kind == QEvent.Type.Leave:
            obj.unsetCursor()
        return False


# ==================================================================================================
# Busy rows
# ==================================================================================================

class BusyRows(QObject):
    """Rows stay busy from the moment an action starts until the engine's event has reached the list.

    Each verb ends with one event (a stop with "stop", a removal with "destroy" ...): a row is cleared once
    its task has ended, that event has arrived, and a list refresh after it has updated the row. Earlier
    events of the same action (the "kill" a stop begins with) do not count."""

    FINAL_EVENT = {"start": "start", "stop": "stop", "restart": "restart", "kill": "die", "pause": "pause",
                   "unpause": "unpause", "rm": "destroy"}

    def __init__(self, window) -> None:
        super().__init__(window)
        self.model = window.containers_model
        self._state: dict[str, dict] = {}
        window.controller.eventReceived.connect(self._on_event)
        window.controller.refreshed.connect(self._on_refreshed)

    def begin(self, keys, verb: Verb | None = None) -> None:
        """Mark *keys* busy; with a *verb*, until its final event has updated the rows (after ``done``)."""
        keys = list(keys)
        final = self.FINAL_EVENT.get(verb.value) if verb is not None else None
        for key in keys:
            self._state[key] = {"done": False, "seen": False, "dirty": False, "final": final}
        self.model.set_busy(keys, True)

    def clear(self, keys) -> None:
        keys = [k for k in keys if k in self._state or self.model.is_busy(k)]
        for key in keys:
            self._state.pop(key, None)
        self.model.set_busy(keys, False)

    def done(self, keys) -> None:
        """The action's task ended well: clear once the list shows what the engine did."""
        later = []
        for key in keys:
            state = self._state.get(key)
            if state is None:
                continue
            state["done"] = True
            if state["seen"] and not state["dirty"]:
                self.clear([key])
            else:
                later.append(key)
        if later:  # an action that changed nothing sends no event
            QTimer.singleShot(FALLBACK_UNBUSY_MS, self, lambda: self.clear(
                [k for k in later if k in self._state and self._state[k]["done"]]))

    def _on_event(self, event) -> None:
        state = self._state.get(event.id) if event.type == "container" else None
        if state is None:
            return
        if event.action == state["final"] or event.action == "destroy":
            state["seen"] = True
        if state["seen"]:
            state["dirty"] = True

    def _on_refreshed(self, kind: str) -> None:
        if kind != "containers":
            return
        ready = []
        for key, state in self._state.items():
            state["dirty"] = False
            if state["done"] and state["seen"]:
                ready.append(key)
        if ready:
            self.clear(ready)

    def busy(self) -> list[str]:
        return list(self._state)


# ==================================================================================================
# The feature
# ==================================================================================================

def _names(targets) -> str:
    return ", ".join(t.name for t in targets)


class ContainerActions(QObject):
    """The wiring of the containers feature; one per window (``window.container_actions``)."""

    finished = Signal(object)  # backend.ActionOutcome, after every action
    confirmationShown = Signal(object)  # the QMessageBox, for tests and the curious

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.page = window.containers_page
        self.view = window.containers_view
        self.model = window.containers_model
        self.stop_timeout: int | None = None  # None: the container's own, else the engine's 10 s
        self.run_dialog = None
        self.dialog = None
        self.busy = BusyRows(window)
        self._select_after: str | None = None

        self._build_details()
        self._build_actions()

        self.ports_delegate = PortsDelegate(self.view, window.service.host)
        self.view.setItemDelegateForColumn(self.model.PORTS, self.ports_delegate)
        self.view.setMouseTracking(True)
        self.view.viewport().installEventFilter(self.ports_delegate)
        self.ports_delegate.linkActivated.connect(
            lambda url: window.statusBar().showMessage(self.tr("Opened %1 in the browser.").replace("%1", url), 5000))

        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self.update_selection)
        self.view.selectionModel().selectionChanged.connect(lambda *a: self._selection_timer.start())
        proxy = self.page.proxy
        for signal in (proxy.rowsRemoved, proxy.rowsInserted, proxy.dataChanged, proxy.modelReset,
                       proxy.layoutChanged):
            signal.connect(lambda *a: self._selection_timer.start())
        self.model.rowsInserted.connect(self._maybe_select_new)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.update_selection()

    # -- building -----------------------------------------------------------------------------------
    def _build_details(self) -> None:
        def make(parent):
            self.details = ContainerDetailsPane(self.window, parent)
            return self.details

        self.splitter = self.page.add_side_pane(make, "containersSplitter", SPLITTER_KEY, (700, 340))

    def _build_actions(self) -> None:
        w = self.window
        tr = self.tr
        view = self.view
        self.action_run = w.make_action("actionRun", tr("&Run…"), QKeySequence("Ctrl+R"),
                                        tr("Create and start a new container from an image"))
        self.action_run.triggered.connect(lambda: self.open_run_dialog())
        self.action_start = w.make_action("actionStart", tr("&Start"), QKeySequence("Ctrl+Shift+S"),
                                          tr("Start the selected containers"), scope=view)
        self.action_start.triggered.connect(lambda: self.request(Verb.START))
        self.action_stop = w.make_action("actionStop", tr("S&top…"), QKeySequence("Ctrl+Shift+X"),
                                         tr("Stop the selected containers, letting them finish their work"),
                                         scope=view)
        self.action_stop.triggered.connect(lambda: self.request(Verb.STOP))
        self.action_restart = w.make_action("actionRestart", tr("R&estart…"), QKeySequence("Ctrl+Shift+R"),
                                            tr("Stop the selected containers and start them again"), scope=view)
        self.action_restart.triggered.connect(lambda: self.request(Verb.RESTART))
        self.action_kill = w.make_action("actionKill", tr("&Kill…"), None,
                                         tr("Stop the selected containers at once, without letting them finish"),
                                         scope=view)
        self.action_kill.triggered.connect(lambda: self.request(Verb.KILL))
        self.action_pause = w.make_action("actionPause", tr("&Pause"), QKeySequence("Ctrl+Shift+P"),
                                          tr("Freeze the selected containers; again to let them go on"), scope=view)
        self.action_pause.setCheckable(True)
        self.action_pause.triggered.connect(lambda checked: self.request(Verb.PAUSE))
        self.action_remove = w.make_action("actionRemoveContainer", tr("Re&move…"), QKeySequence(Qt.Key.Key_Delete),
                                           tr("Remove the selected containers"), scope=view)
        self.action_remove.triggered.connect(lambda: self.request(Verb.REMOVE))
        self.action_stop_all = w.make_action("actionStopAll", tr("Stop &All…"), None,
                                             tr("Stop every running container"))
        self.action_stop_all.triggered.connect(self.request_stop_all)
        self.selection_actions = (self.action_start, self.action_stop, self.action_restart, self.action_kill,
                                  self.action_pause, self.action_remove)

        menu = w.menus["containers"]
        menu.addAction(self.action_run)
        menu.addSeparator()
        for action in self.selection_actions[:-1]:
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_remove)
        menu.addAction(self.action_stop_all)
        menu.addSeparator()
        toolbar = w.toolbar
        toolbar.addSeparator()
        for action in (self.action_run, self.action_start, self.action_stop, self.action_restart,
                       self.action_remove):
            toolbar.addAction(action)

    # -- selection ----------------------------------------------------------------------------------
    def selected(self) -> list:
        return self.page.selected_items()

    def update_selection(self) -> None:
        items = self.selected()
        w = self.window
        running = [i for i in items if i.running]
        w.set_selection_enabled(self.action_start, any(not i.running for i in items))
        w.set_selection_enabled(self.action_stop, bool(running))
        w.set_selection_enabled(self.action_restart, bool(items))
        w.set_selection_enabled(self.action_kill, any(i.state in ("running", "restarting") for i in items))
        w.set_selection_enabled(self.action_pause, any(i.state in ("running", "paused") for i in items))
        w.set_selection_enabled(self.action_remove, bool(items))
        all_paused = bool(running) and all(i.state == "paused" for i in running)
        self.action_pause.setChecked(all_paused)
        self.action_pause.setText(self.tr("Un&pause") if all_paused else self.tr("&Pause"))
        w.set_selection_enabled(self.action_stop_all, any(i.running for i in self.model.items()))
        self.details.show_items(items)

    def _context_menu(self, pos) -> None:
        self.update_selection()
        menu = QMenu(self.view)
        menu.setObjectName("containersContextMenu")
        index = self.view.indexAt(pos)
        if index.isValid():
            for action in self.selection_actions[:-1]:
                menu.addAction(action)
            logs = getattr(self.window, "action_logs", None)
            if logs is not None:
                menu.addSeparator()
                menu.addAction(logs)
            item = index.siblingAtColumn(0).data(ItemRole)
            urls = [u for u in (pres.port_url(p, self.window.service.host) for p in (item.ports if item else ()))
                    if u]
            if urls:
                menu.addSeparator()
                for url in dict.fromkeys(urls):
                    action = menu.addAction(self.tr("Open %1").replace("%1", url))
                    action.triggered.connect(lambda checked=False, url=url: QDesktopServices.openUrl(QUrl(url)))
            menu.addSeparator()
            menu.addAction(self.action_remove)
        menu.addSeparator()
        menu.addAction(self.action_run)
        menu.addAction(self.action_stop_all)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # -- the run dialog ------------------------------------------------------------------------------
    def open_run_dialog(self, image: str | None = None):
        """Open the run dialog (built on first use), empty or with *image* filled in."""
        if self.run_dialog is None:
            from .run_dialog import RunDialog

            self.run_dialog = RunDialog(self.window)
            self.run_dialog.created.connect(self._created)
        dialog = self.run_dialog
        if dialog.busy and dialog.isVisible():  # still pulling or creating: keep what it is doing
            dialog.raise_()
            return dialog
        dialog.update_completer()
        dialog.reset(image)
        dialog.set_facts(backend.facts_from(self.model.items()))
        dialog.fetch_networks()
        dialog.open()
        dialog.image.setFocus(Qt.FocusReason.OtherFocusReason)
        if image:
            dialog.name.setFocus(Qt.FocusReason.OtherFocusReason)
        return dialog

    def _created(self, container_id: str) -> None:
        if not self.page.select_key(container_id):
            self._select_after = container_id

    def _maybe_select_new(self, *_args) -> None:
        if self._select_after and self.page.select_key(self._select_after):
            self._select_after = None

    # -- actions ------------------------------------------------------------------------------------
    def request(self, verb: Verb, ids: list[str] | None = None) -> None:
        """Act on the selection (or *ids*): look the containers up afresh, confirm, then act."""
        ids = list(ids if ids is not None else self.page.selected_keys())
        if not ids:
            return
        self.busy.begin(ids)
        self.window.runner.submit(
            backend.look_up, self.window.service, ids, name=f"containers.look-up.{verb.value}",
            on_result=lambda found: self._decide(verb, ids, found),
            on_error=lambda exc: self._failed(ids, exc))

    def request_stop_all(self) -> None:
        def found(containers) -> None:
            targets = [Target(c.id, c.name) for c in containers]
            if not targets:
                self.window.statusBar().showMessage(self.tr("No container is running."), 5000)
                return
            self._confirm(Verb.STOP, targets, [], stop_all=True)

        self.window.runner.submit(backend.running_containers, self.window.service, name="containers.running",
                                  on_result=found, on_error=lambda exc: show_error(self.window, exc))

    def _failed(self, ids, exc: BaseException) -> None:
        self.busy.clear(ids)
        show_error(self.window, exc)

    def _decide(self, verb: Verb, ids: list[str], found: backend.LookUp) -> None:
        tr = self.tr
        present = list(found.found)
        if verb is Verb.START:
            targets = [c for c in present if not c.running]
            skipped = [c for c in present if c.running]
        elif verb in (Verb.STOP, Verb.KILL):
            targets = [c for c in present if c.running and (verb is Verb.STOP or c.state != "paused")]
            skipped = [c for c in present if c not in targets]
        elif verb is Verb.PAUSE:
            live = [c for c in present if c.state in ("running", "paused")]
            if live and all(c.paused for c in live):
                verb = Verb.UNPAUSE
                targets = live
            else:
                targets = [c for c in live if c.state == "running"]
            skipped = [c for c in present if c not in targets]
        else:  # restart, remove
            targets = present
            skipped = []
        target_ids = {c.id for c in targets}
        if verb not in (Verb.START, Verb.PAUSE, Verb.UNPAUSE):
            target_ids = set()  # not busy while the user decides
        self.busy.clear([i for i in ids if i not in target_ids])
        if found.gone:
            self.window.statusBar().showMessage(
                tr("%1 of the selected containers no longer exist.").replace("%1", str(len(found.gone))), 8000)
        if not targets:
            messages = {
                Verb.START: tr("The selected containers are already running."),
                Verb.STOP: tr("None of the selected containers is running."),
                Verb.KILL: tr("None of the selected containers is running."),
                Verb.PAUSE: tr("None of the selected containers is running."),
            }
            if present:
                self.window.statusBar().showMessage(messages.get(verb, ""), 6000)
            return
        if verb in (Verb.START, Verb.PAUSE, Verb.UNPAUSE):
            self._execute(verb, [Target.of(c) for c in targets])
            return
        self._confirm(verb, [Target.of(c) for c in targets], skipped, details=targets)

    # -- confirmations ------------------------------------------------------------------------------
    def _confirm(self, verb: Verb, targets: list[Target], skipped, *, stop_all: bool = False,
                 details=()) -> QMessageBox:
        tr = self.tr
        n = len(targets)
        running = [d for d in details if d.running] if verb is Verb.REMOVE else []
        running_ids = {d.id for d in running}
        anonymous = sum(len(d.anonymous_volumes) for d in details) if verb is Verb.REMOVE else 0
        named = sorted({m.name for d in details for m in d.named_volumes}) if verb is Verb.REMOVE else []
        one = targets[0].name
        if stop_all:
            title = tr("Stop All Containers")
            question = tr("Stop the running container %1?").replace("%1", one) if n == 1 else \
                tr("Stop all %1 running containers?").replace("%1", str(n))
            accept_text = tr("Stop All")
            name = "confirmStopAll"
        else:
            texts = {
                Verb.STOP: (tr("Stop Containers"), tr("Stop %1?"), tr("Stop these %1 containers?"), tr("Stop")),
                Verb.RESTART: (tr("Restart Containers"), tr("Restart %1?"), tr("Restart these %1 containers?"),
                               tr("Restart")),
                Verb.KILL: (tr("Kill Containers"), tr("Kill %1 at once?"), tr("Kill these %1 containers at once?"),
                            tr("Kill")),
                Verb.REMOVE: (tr("Remove Containers"), tr("Remove %1?"), tr("Remove these %1 containers?"),
                              tr("Remove")),
            }
            title, single, several, accept_text = texts[verb]
            question = single.replace("%1", one) if n == 1 else several.replace("%1", str(n))
            if running:
                accept_text = tr("Force Remove")
            name = {Verb.STOP: "confirmStop", Verb.RESTART: "confirmRestart", Verb.KILL: "confirmKill",
                    Verb.REMOVE: "confirmRemove"}[verb]

        box = QMessageBox(QMessageBox.Icon.Question if verb is not Verb.REMOVE else QMessageBox.Icon.Warning,
                          title, question, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName(name)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        accept.setObjectName("confirmAccept")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("confirmCancel")
        box.setDefaultButton(cancel if verb in (Verb.KILL, Verb.REMOVE) else accept)
        box.setEscapeButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        checkbox = None
        if verb is Verb.REMOVE:
            checkbox = QCheckBox(tr("Also remove the anonymous volumes of these containers (-v)") if n > 1 else
                                 tr("Also remove the anonymous volumes of this container (-v)"), box)
            checkbox.setObjectName("confirmRemoveVolumes")
            checkbox.setToolTip(tr("Volumes Docker made without a name. Named volumes are always kept."))
            checkbox.setEnabled(anonymous > 0)
            box.setCheckBox(checkbox)

        def commands(volumes: bool) -> list[str]:
            timeout = self.stop_timeout
            if verb is Verb.REMOVE:
                forced = [t.name for t in targets if t.id in running_ids]
                plain = [t.name for t in targets if t.id not in running_ids]
                out = []
                if plain:
                    out.append(backend.docker_command(Verb.REMOVE, plain, volumes=volumes))
                if forced:
                    out.append(backend.docker_command(Verb.REMOVE, forced, force=True, volumes=volumes))
                return out
            return [backend.docker_command(verb, [t.name for t in targets],
                                           timeout=timeout if verb in (Verb.STOP, Verb.RESTART) else None)]

        def informative(volumes: bool) -> str:
            esc = html.escape
            parts = []
            items = "".join(f"<li>{esc(t.name)}</li>" for t in targets)
            parts.append(f"<ul style='margin-top:0'>{items}</ul>")
            if running:
                names = esc(_names(running))
                parts.append("<p>" + esc(tr("%1 is running. Removing it needs force: Docker stops it at once, "
                                            "without letting it finish, then removes it.") if len(running) == 1 else
                                         tr("%1 are running. Removing them needs force: Docker stops them at "
                                            "once, without letting them finish, then removes them."))
                             .replace("%1", f"<b>{names}</b>") + "</p>")
            if verb is Verb.STOP:
                wait = self.stop_timeout
                parts.append("<p>" + esc(tr("Each gets a signal to finish its work, and is stopped for good after "
                                            "%1 seconds.").replace("%1", str(wait)) if wait is not None else
                                         tr("Each gets a signal to finish its work, and is stopped for good after "
                                            "its stop timeout (10 seconds unless set otherwise).")) + "</p>")
            if verb is Verb.KILL:
                parts.append("<p>" + esc(tr("Killing stops the processes at once; unsaved work in them is lost."))
                             + "</p>")
            if named:
                parts.append("<p>" + esc(tr("Named volumes are kept: %1.").replace("%1", ", ".join(named))) + "</p>")
            if skipped:
                parts.append("<p>" + esc(tr("Left alone, as they are not running: %1.").replace(
                    "%1", _names(skipped))) + "</p>")
            lines = "<br>".join(esc(c) for c in commands(volumes))
            parts.append("<p>" + esc(tr("The same in a terminal:")) + f"<br><code>{lines}</code></p>")
            return "".join(parts)

        box.setInformativeText(informative(False))
        box.setProperty("berthCommand", "\n".join(commands(False)))
        box.setProperty("berthTargets", [t.name for t in targets])
        if checkbox is not None:
            def toggled(on: bool) -> None:
                box.setInformativeText(informative(on))
                box.setProperty("berthCommand", "\n".join(commands(on)))

            checkbox.toggled.connect(toggled)

        def finished(result: int) -> None:
            if box.clickedButton() is accept:
                volumes = bool(checkbox is not None and checkbox.isChecked())
                self._execute(verb, targets, running_ids=running_ids, volumes=volumes)
            self.dialog = None

        box.finished.connect(finished)
        self.dialog = box
        box.open()
        self.confirmationShown.emit(box)
        return box

    # -- doing it -------------------------------------------------------------------------------------
    def _execute(self, verb: Verb, targets: list[Target], *, running_ids=frozenset(), volumes: bool = False) -> None:
        service = self.window.service
        timeout = self.stop_timeout if verb in (Verb.STOP, Verb.RESTART) else None
        ids = [t.id for t in targets]
        self.busy.begin(ids, verb)

        def work():
            if verb is Verb.REMOVE:
                plain = [t for t in targets if t.id not in running_ids]
                forced = [t for t in targets if t.id in running_ids]
                first = backend.act(service, verb, plain, volumes=volumes)
                second = backend.act(service, verb, forced, force=True, volumes=volumes)
                return backend.ActionOutcome(verb, first.done + second.done, first.failures + second.failures)
            return backend.act(service, verb, targets, timeout=timeout)

        self.window.runner.submit(work, name=f"containers.{verb.value}",
                                  on_result=self._done, on_error=lambda exc: self._failed(ids, exc))

    def _done(self, outcome: backend.ActionOutcome) -> None:
        tr = self.tr
        self.busy.done([t.id for t in outcome.done])
        self.busy.clear([f.target.id for f in outcome.failures])
        if outcome.done:
            past = {Verb.START: tr("Started %1."), Verb.STOP: tr("Stopped %1."), Verb.RESTART: tr("Restarted %1."),
                    Verb.KILL: tr("Killed %1."), Verb.PAUSE: tr("Paused %1."), Verb.UNPAUSE: tr("Unpaused %1."),
                    Verb.REMOVE: tr("Removed %1.")}[outcome.verb]
            self.window.statusBar().showMessage(past.replace("%1", _names(outcome.done)), 8000)
        if outcome.failures:
            if len(outcome.failures) == 1:
                exc = outcome.failures[0].error
            else:
                exc = Exception(" ".join(error_text(f.error) for f in outcome.failures))
                exc.berth_traceback = "\n".join(  # type: ignore[attr-defined]
                    f"{f.target.name}: {f.error.detail or f.error}" for f in outcome.failures)
            show_error(self.window, exc)
        self.finished.emit(outcome)


def install(window) -> None:
    """Add the containers feature's actions, menus, details pane and run dialog to *window*."""
    feature = ContainerActions(window)
    window.container_actions = feature
    window.open_run_dialog = feature.open_run_dialog
