"""The details pane of the containers view (``containerDetails``): what ``docker inspect`` says, readable.

It shows the selected container's configuration: image, command, ports (each published one a link that
opens it in the browser), mounts (a bind mount is a link that opens the folder), environment, restart
policy, exit code, and when it started and finished. It asks the engine afresh when the selection changes
and when an event about that container arrives.
"""

from __future__ import annotations

import html
import shlex
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from .. import presentation as pres
from ..backend import containers as backend
from ..i18n import error_text
from .details_common import details_frame

REFRESH_MS = 100


def local_time(value: str) -> str:
    """An engine time (RFC 3339) as local date and time; "" when never."""
    from ..backend.images import parse_time

    seconds = parse_time(value)
    if not seconds:
        return ""
    return datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M:%S")


class ContainerDetailsPane(QWidget):
    """Details of the one container selected in ``containersView``."""

    FIELDS = ("state", "image", "id", "created", "started", "finished", "exit_code", "command", "restart",
              "ports", "mounts", "network", "env", "workdir", "user")
    linkOpened = Signal(str)  # the URL opened (a port or a folder), for the status bar and tests

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("containerDetails")
        self.window_ = window
        self.current_id: str | None = None
        self.details: backend.ContainerDetails | None = None
        self._task = None
        self._again = False

        frame = details_frame(self, "containerDetails", self.tr("Select a container to see its details."))
        self.stack, self.placeholder, self.title, self.status, self.form = (
            frame.stack, frame.placeholder, frame.title, frame.status, frame.form)
        page = frame.page
        titles = {
            "state": self.tr("State"), "image": self.tr("Image"), "id": self.tr("ID"),
            "created": self.tr("Created"), "started": self.tr("Started"), "finished": self.tr("Finished"),
            "exit_code": self.tr("Exit code"), "command": self.tr("Command"), "restart": self.tr("Restart"),
            "ports": self.tr("Ports"), "mounts": self.tr("Mounts"), "network": self.tr("Network"),
            "env": self.tr("Environment"), "workdir": self.tr("Working folder"), "user": self.tr("User"),
        }
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        mono = ("id", "command", "env", "mounts")
        for key in self.FIELDS:
            label = QLabel(titles[key] + ":", page)
            value = QLabel(page)
            value.setObjectName("containerDetails_" + key)
            value.setWordWrap(True)
            value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
            value.setTextFormat(Qt.TextFormat.RichText)
            value.linkActivated.connect(self.open_link)
            if key in mono:
                value.setStyleSheet("font-family: monospace;")
            self.form.addRow(label, value)
            self.values[key] = value
            self.labels[key] = label

        inner = QVBoxLayout(page)
        inner.setContentsMargins(12, 8, 12, 8)
        inner.addWidget(self.title)
        inner.addWidget(self.status)
        inner.addLayout(self.form)
        inner.addStretch(1)
        self.page = frame.scroll_area(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setMinimumWidth(220)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._fetch)
        window.controller.eventReceived.connect(self._on_event)

    # -- what is shown ------------------------------------------------------------------------------
    def show_items(self, items: list) -> None:
        """Show the one selected container (a ContainerInfo), or a placeholder."""
        if len(items) != 1:
            self.current_id = None
            self.details = None
            self.placeholder.setText(self.tr("Select a container to see its details.") if not items else
                                     self.tr("%1 containers selected.").replace("%1", str(len(items))))
            self.stack.setCurrentWidget(self.placeholder)
            return
        item = items[0]
        if item.id != self.current_id:
            self.current_id = item.id
            self.details = None
            self.title.setText(item.name)
            self.status.setText(self.tr("Asking Docker…"))
            for value in self.values.values():
                value.clear()
            self.stack.setCurrentWidget(self.page)
            self._fetch()

    def _on_event(self, event) -> None:
        if event.type == "container" and self.current_id and event.id == self.current_id:
            self._timer.start()

    def _fetch(self) -> None:
        if not self.current_id:
            return
        if self._task is not None:
            self._again = True
            return
        cid = self.current_id
        self._task = self.window_.runner.submit(
            backend.inspect_container, self.window_.service, cid, name="containers.details",
            on_result=lambda d, cid=cid: self._show(cid, d),
            on_error=lambda exc, cid=cid: self._failed(cid, exc),
            on_finished=self._fetched)

    def _fetched(self) -> None:
        self._task = None
        if self._again:
            self._again = False
            self._fetch()

    def _failed(self, cid: str, exc: BaseException) -> None:
        if cid != self.current_id:
            return
        self.status.setText(error_text(exc))

    def _show(self, cid: str, d: backend.ContainerDetails) -> None:
        if cid != self.current_id:
            return
        self.details = d
        self.title.setText(d.name)
        self.status.setText("")
        esc = html.escape
        state = pres.state_text(d.state)
        if d.restart_count:
            state += " · " + self.tr("restarted %1 times").replace("%1", str(d.restart_count))
        if d.oom_killed:
            state += " · " + self.tr("stopped for want of memory")
        if d.error:
            state += " · " + d.error
        self._set("state", esc(state))
        self._set("image", esc(d.image))
        self._set("id", esc(d.id))
        self._set("created", esc(local_time(d.created)))
        self._set("started", esc(local_time(d.started_at)))
        self._set("finished", esc(local_time(d.finished_at) if not d.running else ""))
        self._set("exit_code", "" if d.exit_code is None else esc(str(d.exit_code)))
        self._set("command", esc(shlex.join(d.command)))
        policy = d.restart_policy or "no"
        if policy == "on-failure" and d.restart_retries:
            policy += f":{d.restart_retries}"
        if d.auto_remove:
            policy += " · " + self.tr("removed when it exits (--rm)")
        self._set("restart", esc(policy))
        ports = []
        host = self.window_.service.host
        for p in d.ports:
            text = esc(pres.format_port(p))
            url = pres.port_url(p, host)
            ports.append(f'<a href="{esc(url)}">{text}</a>' if url else text)
        self._set("ports", "<br>".join(ports))
        mounts = []
        local = bool(getattr(self.window_.service, "local", False))
        for m in d.mounts:
            mode = "" if m.rw else " " + esc(self.tr("(read-only)"))
            if m.type == "bind":
                source = esc(m.source)
                if local:
                    source = f'<a href="{esc(QUrl.fromLocalFile(m.source).toString())}">{source}</a>'
                mounts.append(f"{source} → {esc(m.destination)}{mode}")
            elif m.type == "volume":
                name = self.tr("anonymous volume") if m.anonymous else self.tr("volume %1").replace("%1", m.name)
                mounts.append(f"{esc(name)} → {esc(m.destination)}{mode}")
            else:
                mounts.append(f"{esc(m.type)} → {esc(m.destination)}{mode}")
        self._set("mounts", "<br>".join(mounts))
        self._set("network", esc(", ".join(d.networks) or d.network_mode))
        self._set("env", "<br>".join(esc(e) for e in d.env))
        self._set("workdir", esc(d.working_dir))
        self._set("user", esc(d.user))

    def _set(self, key: str, rich: str) -> None:
        value = self.values[key]
        value.setText(rich)
        shown = bool(rich) or key in ("state", "image", "id", "command")
        value.setVisible(shown)
        self.labels[key].setVisible(shown)

    def open_link(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
        self.linkOpened.emit(url)
