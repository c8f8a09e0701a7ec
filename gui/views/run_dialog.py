"""The run dialog (``runDialog``): ``docker run`` for people who never typed it.

Every field reads into one frozen :class:`RunSpec`; the equivalent command (``runCommandPreview``) is
formatted from it after every change, so it is always current. A pasted ``docker run`` command
(``runPaste`` + ``runPasteApply``) fills every field. Problems are shown beside the field concerned, and
the Run button stays disabled while any is blocking.

Run checks the names and host ports again on a fresh look-up, pulls the image first when it is not on this
computer (with the pull panel's progress), then creates and starts the container on a task. If it was
created but did not start, the user chooses to remove it or keep it. With "Run in the background" off, the
container's output opens in the log viewer as it runs.
"""

from __future__ import annotations

import os
import posixpath
import shlex
from dataclasses import replace

from PySide6.QtCore import QDir, QSettings, QSignalBlocker, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..backend import runspec as rs
from ..backend.i18n import QT_TRANSLATE_NOOP, Text, text
from ..backend.runspec import Issue, PortMapping, RestartPolicy, RunSpec, RunSpecError, VolumeMount
from ..i18n import error_text, render

CTX = "RunDialog"
DOCS_URL = "https://docs.docker.com/reference/cli/docker/container/run/"
SETTINGS_BASE = "run/relativeBase"
ERROR_STYLE = "color: #c0392b;"
WARNING_STYLE = "color: #b35c00;"
HINT_STYLE = "color: #6b7079;"
INVALID_ROW = QColor("#fbe3e0")
WARNING_ROW = QColor("#fdf1dc")

# Advanced options that hold several values, edited as shell words on one line: (field, objectName, flag).
LIST_FIELDS = (
    ("mounts", "runMounts", "--mount"),
    ("tmpfs", "runTmpfs", "--tmpfs"),
    ("volumes_from", "runVolumesFrom", "--volumes-from"),
    ("labels", "runLabels", "--label"),
    ("network_aliases", "runNetworkAliases", "--network-alias"),
    ("links", "runLinks", "--link"),
    ("add_hosts", "runAddHosts", "--add-host"),
    ("dns", "runDns", "--dns"),
    ("cap_add", "runCapAdd", "--cap-add"),
    ("cap_drop", "runCapDrop", "--cap-drop"),
    ("security_opts", "runSecurityOpts", "--security-opt"),
    ("devices", "runDevices", "--device"),
    ("ulimits", "runUlimits", "--ulimit"),
    ("sysctls", "runSysctls", "--sysctl"),
    ("log_opts", "runLogOpts", "--log-opt"),
)
# Advanced options that hold one string: (field, objectName, flag).
TEXT_FIELDS = (
    ("workdir", "runWorkdir", "-w"),
    ("user", "runUser", "-u"),
    ("hostname", "runHostname", "-h"),
    ("platform", "runPlatform", "--platform"),
    ("memory", "runMemory", "-m"),
    ("cpus", "runCpus", "--cpus"),
    ("shm_size", "runShmSize", "--shm-size"),
    ("log_driver", "runLogDriver", "--log-driver"),
)
# Advanced switches: (field, objectName, flag).
BOOL_FIELDS = (
    ("interactive", "runInteractive", "-i"),
    ("tty", "runTty", "-t"),
    ("publish_all", "runPublishAll", "-P"),
    ("privileged", "runPrivileged", "--privileged"),
    ("read_only", "runReadOnly", "--read-only"),
)
ADVANCED = {f for f, _, _ in LIST_FIELDS} | {f for f, _, _ in TEXT_FIELDS} | {f for f, _, _ in BOOL_FIELDS} | {
    "entrypoint", "init", "stop_timeout"}


def _words(values) -> str:
    return shlex.join(values) if values else ""


class FieldMessage(QLabel):
    """The inline message beside a field: red for errors, orange for warnings, hidden when empty."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()
        self.severity = ""

    def show_messages(self, lines: list[str], severity: str) -> None:
        self.severity = severity if lines else ""
        self.setText("\n".join(lines))
        self.setStyleSheet(ERROR_STYLE if severity == "error" else WARNING_STYLE)
        self.setVisible(bool(lines))


class RunDialog(QDialog):
    """Create and start a container. ``started(container_id)`` is emitted once it runs."""

    started = Signal(str)
    created = Signal(str)  # created, whether or not it started

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("runDialog")
        self.setWindowTitle(self.tr("Run a Container"))
        self.window_ = window
        self.runner = window.runner
        self.service = window.service
        self._loading = False
        self._busy = False
        self._spec = RunSpec()
        self._issues: list[Issue] = []
        self._facts = None
        self._exposed: dict[str, tuple[str, ...]] = {}
        self._exposed_pending: set[str] = set()
        self._networks: list[str] = []
        self._port_rows: list[int] = []  # spec.ports index -> table row
        self._volume_rows: list[int] = []
        self._env_rows: list[int] = []
        self._pull_entry = None
        self._pull_task = None
        self.last_outcome = None
        self._messages: dict[str, FieldMessage] = {}
        self._build()
        self.resize(820, 780)

    # ==============================================================================================
    # Building
    # ==============================================================================================
    def _message(self, field: str, name: str, parent: QWidget) -> FieldMessage:
        label = FieldMessage(name, parent)
        self._messages[field] = label
        return label

    def _section(self, layout: QVBoxLayout, title: str) -> None:
        label = QLabel(title, self.body)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 2)
        layout.addWidget(label)

    def _hint(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setStyleSheet(HINT_STYLE)
        return label

    def _build(self) -> None:
        tr = self.tr
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)

        scroll = QScrollArea(self)
        scroll.setObjectName("runScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(scroll)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(4)
        outer.addWidget(scroll, 1)

        # -- paste --------------------------------------------------------------------------------
        self._section(layout, tr("Paste a docker run command (optional)"))
        paste_row = QHBoxLayout()
        self.paste = QPlainTextEdit(self.body)
        self.paste.setObjectName("runPaste")
        self.paste.setPlaceholderText(tr("docker run -d -p 8080:80 -v ~/site:/usr/share/nginx/html nginx"))
        self.paste.setAccessibleName(tr("docker run command to fill the form from"))
        self.paste.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.paste.setTabChangesFocus(True)
        self.paste.textChanged.connect(lambda: self._messages["paste"].show_messages([], ""))
        self.paste_apply = QPushButton(tr("Fill In"), self.body)
        self.paste_apply.setObjectName("runPasteApply")
        self.paste_apply.setToolTip(tr("Fill every field below from the pasted command"))
        self.paste_apply.clicked.connect(self.apply_paste)
        paste_row.addWidget(self.paste, 1)
        paste_row.addWidget(self.paste_apply, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(paste_row)
        layout.addWidget(self._message("paste", "runPasteError", self.body))

        # -- the container --------------------------------------------------------------------------
        self._section(layout, tr("Container"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(form)

        self.image = QLineEdit(self.body)
        self.image.setObjectName("runImage")
        self.image.setPlaceholderText(tr("for example nginx, or busybox:1.36"))
        self.image.setAccessibleName(tr("Image"))
        self.image_list = QStringListModel(self.image)
        self.image_completer = QCompleter(self.image_list, self.image)
        self.image_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.image_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.image.setCompleter(self.image_completer)
        self.image.textChanged.connect(self._on_image_changed)
        self.image_hint = self._hint("", self.body)
        self.image_hint.setObjectName("runImageHint")
        form.addRow(tr("&Image:"), self._stack(self.image, self._message("image", "runImageError", self.body),
                                                self.image_hint))

        self.name = QLineEdit(self.body)
        self.name.setObjectName("runName")
        self.name.setPlaceholderText(tr("leave empty and Docker picks a name"))
        self.name.setAccessibleName(tr("Container name"))
        self.name.textChanged.connect(self._changed)
        form.addRow(tr("&Name:"), self._stack(self.name, self._message("name", "runNameError", self.body)))

        self.command = QLineEdit(self.body)
        self.command.setObjectName("runCommand")
        self.command.setPlaceholderText(tr("leave empty to run the image's own command"))
        self.command.setAccessibleName(tr("Command and arguments"))
        self.command.setToolTip(tr("The command and its arguments, as you would type them after the image: "
                                   "httpd -f -p 80"))
        self.command.textChanged.connect(self._changed)
        form.addRow(tr("&Command:"), self._stack(self.command, self._message("command", "runCommandError",
                                                                             self.body)))

        self.detach = QCheckBox(tr("Run in the &background (-d)"), self.body)
        self.detach.setObjectName("runDetach")
        self.detach.setChecked(True)
        self.detach.setToolTip(tr("Off: Berth shows the container's output as it runs, as a terminal would"))
        self.detach.toggled.connect(self._changed)
        self.auto_remove = QCheckBox(tr("Remove the container when it &exits (--rm)"), self.body)
        self.auto_remove.setObjectName("runAutoRemove")
        self.auto_remove.toggled.connect(self._changed)
        switches = QHBoxLayout()
        switches.addWidget(self.detach)
        switches.addWidget(self.auto_remove)
        switches.addStretch(1)
        form.addRow("", switches)

        restart_row = QHBoxLayout()
        self.restart = QComboBox(self.body)
        self.restart.setObjectName("runRestart")
        self.restart.setAccessibleName(tr("Restart policy"))
        for name, label in (("no", tr("Never (no)")), ("always", tr("Always (always)")),
                            ("unless-stopped", tr("Unless I stop it (unless-stopped)")),
                            ("on-failure", tr("When it fails (on-failure)"))):
            self.restart.addItem(label, name)
        self.restart.currentIndexChanged.connect(self._changed)
        self.retries = QSpinBox(self.body)
        self.retries.setObjectName("runRestartRetries")
        self.retries.setRange(-(2**31), 2**31 - 1)
        self.retries.setValue(0)
        self.retries.setToolTip(tr("How many times Docker restarts a container that fails (on-failure only); "
                                   "0 means no limit"))
        self.retries.valueChanged.connect(self._changed)
        retries_label = QLabel(tr("attempts:"), self.body)
        restart_row.addWidget(self.restart, 1)
        restart_row.addWidget(retries_label)
        restart_row.addWidget(self.retries)
        form.addRow(tr("&Restart:"), self._stack(restart_row, self._message("restart", "runRestartError",
                                                                            self.body)))

        self.network = QComboBox(self.body)
        self.network.setObjectName("runNetwork")
        self.network.setEditable(True)
        self.network.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.network.lineEdit().setPlaceholderText(tr("the default network"))
        self.network.setAccessibleName(tr("Network"))
        self._set_network_items([])
        self.network.currentTextChanged.connect(self._changed)
        form.addRow(tr("Ne&twork:"), self._stack(self.network, self._message("network", "runNetworkError",
                                                                             self.body)))

        # -- ports ------------------------------------------------------------------------------------
        self._section(layout, tr("Ports"))
        layout.addWidget(self._hint(tr("Publish a port to reach the container from this computer: the host "
                                       "port is on this computer, the container port inside. Leave the host "
                                       "port empty for any free port."), self.body))
        self.ports = self._table("runPorts", [tr("Host port"), tr("Container port"), tr("Protocol"),
                                              tr("Host address")])
        self.ports.setAccessibleName(tr("Published ports"))
        layout.addWidget(self.ports)
        row = QHBoxLayout()
        add = self._button("runPortsAdd", tr("Add Port"), lambda: self.add_port_row())
        remove = self._button("runPortsRemove", tr("Remove"), lambda: self._remove_rows(self.ports))
        self.ports_offer = self._button("runPortsOffer", "", self.publish_exposed)
        self.ports_offer.hide()
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(self.ports_offer)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._message("ports", "runPortsError", self.body))

        # -- volumes ----------------------------------------------------------------------------------
        self._section(layout, tr("Folders and volumes"))
        layout.addWidget(self._hint(tr("Share a folder of this computer with the container, or keep data in a "
                                       "named volume. Leave the source empty for an anonymous volume."),
                                    self.body))
        self.volumes = self._table("runVolumes", [tr("Folder or volume name"), tr("Path in the container"),
                                                  tr("Read-only")])
        self.volumes.setAccessibleName(tr("Folders and volumes"))
        self.volumes.horizontalHeader().setStretchLastSection(False)
        self.volumes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.volumes.setColumnWidth(1, 240)
        layout.addWidget(self.volumes)
        row = QHBoxLayout()
        row.addWidget(self._button("runVolumesAdd", tr("Add Folder…"), self.add_folder))
        row.addWidget(self._button("runVolumesAddVolume", tr("Add Volume"), lambda: self.add_volume_row()))
        row.addWidget(self._button("runVolumesRemove", tr("Remove"), lambda: self._remove_rows(self.volumes)))
        self.create_folder = self._button("runVolumesCreateFolder", tr("Create the Folder"), self._create_folder)
        self.create_folder.setToolTip(tr("Create the missing folder now, owned by you"))
        self.create_folder.hide()
        row.addWidget(self.create_folder)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._message("volumes", "runVolumesError", self.body))
        base_row = QHBoxLayout()
        base_label = QLabel(tr("Relative paths from:"), self.body)
        self.base = QLineEdit(self.body)
        self.base.setObjectName("runRelativeBase")
        self.base.setAccessibleName(tr("Folder that ./ and ../ paths start from"))
        self.base.setToolTip(tr("Paths such as ./site or ../data start from this folder, as they would in a "
                                "terminal opened there"))
        base_label.setBuddy(self.base)
        stored = QSettings().value(SETTINGS_BASE)
        self.base.setText(stored if isinstance(stored, str) and stored else QDir.homePath())
        self.base.textChanged.connect(self._changed)
        base_row.addWidget(base_label)
        base_row.addWidget(self.base, 1)
        base_row.addWidget(self._button("runRelativeBaseBrowse", tr("Choose…"), self._choose_base))
        layout.addLayout(base_row)
        layout.addWidget(self._message("base", "runRelativeBaseError", self.body))

        # -- environment --------------------------------------------------------------------------------
        self._section(layout, tr("Environment variables"))
        self.env = self._table("runEnv", [tr("Name"), tr("Value")])
        self.env.setAccessibleName(tr("Environment variables"))
        layout.addWidget(self.env)
        row = QHBoxLayout()
        row.addWidget(self._button("runEnvAdd", tr("Add Variable"), lambda: self.add_env_row()))
        row.addWidget(self._button("runEnvRemove", tr("Remove"), lambda: self._remove_rows(self.env)))
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self._message("env", "runEnvError", self.body))

        # -- advanced -----------------------------------------------------------------------------------
        self.advanced_toggle = QToolButton(self.body)
        self.advanced_toggle.setObjectName("runAdvancedToggle")
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setAutoRaise(True)
        self.advanced_toggle.toggled.connect(self._toggle_advanced)
        layout.addWidget(self.advanced_toggle)
        self.advanced = QWidget(self.body)
        self.advanced.setObjectName("runAdvanced")
        self.advanced.hide()
        layout.addWidget(self.advanced)
        self._build_advanced()
        self._update_advanced_title()
        layout.addStretch(1)

        # -- the command, and the buttons ------------------------------------------------------------
        preview_label = QLabel(tr("The same in a terminal:"), self)
        outer.addWidget(preview_label)
        preview_row = QHBoxLayout()
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("runCommandPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("Equivalent docker command"))
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        preview_label.setBuddy(self.preview)
        copy = self._button("runCopyCommand", tr("Copy"), self.copy_command, parent=self)
        copy.setToolTip(tr("Copy the command to the clipboard"))
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(copy, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(preview_row)
        self.general = self._message("", "runGeneralError", self)
        outer.addWidget(self.general)

        bottom = QHBoxLayout()
        self.help_link = QLabel(f'<a href="{DOCS_URL}">{tr("What does this do?")}</a>', self)
        self.help_link.setObjectName("runHelpLink")
        self.help_link.setToolTip(tr("Docker's documentation of docker run, in your browser"))
        self.help_link.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.help_link.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.status = QLabel(self)
        self.status.setObjectName("runStatus")
        self.status.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(self)
        self.run_button = self.buttons.addButton(tr("Run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("runRunButton")
        self.run_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("runCancelButton")
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.help_link)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

    def _build_advanced(self) -> None:
        tr = self.tr
        grid = QGridLayout(self.advanced)
        grid.setContentsMargins(16, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.texts: dict[str, QLineEdit] = {}
        self.lists: dict[str, QLineEdit] = {}
        self.bools: dict[str, QCheckBox] = {}
        labels = {
            "workdir": tr("Working folder"), "user": tr("User"), "hostname": tr("Host name"),
            "platform": tr("Platform"), "memory": tr("Memory limit"), "cpus": tr("CPUs"),
            "shm_size": tr("Shared memory size"), "log_driver": tr("Log driver"),
            "mounts": tr("Mounts"), "tmpfs": tr("Temporary file systems"), "volumes_from": tr("Volumes from"),
            "labels": tr("Labels"), "network_aliases": tr("Network aliases"), "links": tr("Links"),
            "add_hosts": tr("Extra hosts"), "dns": tr("DNS servers"), "cap_add": tr("Add capabilities"),
            "cap_drop": tr("Drop capabilities"), "security_opts": tr("Security options"),
            "devices": tr("Devices"), "ulimits": tr("Limits (ulimit)"), "sysctls": tr("Kernel settings (sysctl)"),
            "log_opts": tr("Log options"),
        }
        examples = {
            "workdir": "/app", "user": "1000:1000", "hostname": "web", "platform": "linux/amd64",
            "memory": "512m", "cpus": "1.5", "shm_size": "64m", "log_driver": "json-file",
            "mounts": "type=bind,src=./site,dst=/srv", "tmpfs": "/run /tmp:size=64m", "volumes_from": "other",
            "labels": "app=web tier=front", "network_aliases": "db", "links": "db:database",
            "add_hosts": "printer:192.168.1.9", "dns": "1.1.1.1", "cap_add": "NET_ADMIN", "cap_drop": "ALL",
            "security_opts": "no-new-privileges", "devices": "/dev/fuse", "ulimits": "nofile=1024:2048",
            "sysctls": "net.core.somaxconn=1024", "log_opts": "max-size=10m max-file=3",
        }
        row = 0

        def add(label: str, flag: str, widget: QWidget, field: str, name: str) -> None:
            nonlocal row
            text = QLabel(f"{label} ({flag}):", self.advanced)
            text.setBuddy(widget)
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._stack(widget, self._message(field, name + "Error", self.advanced)), row, 1)
            row += 1

        for field, name, flag in TEXT_FIELDS:
            edit = QLineEdit(self.advanced)
            edit.setObjectName(name)
            edit.setAccessibleName(labels[field])
            edit.setPlaceholderText(tr("for example %1").replace("%1", examples[field]))
            edit.textChanged.connect(self._changed)
            self.texts[field] = edit
            add(labels[field], flag, edit, field, name)

        entry_row = QHBoxLayout()
        self.entrypoint = QLineEdit(self.advanced)
        self.entrypoint.setObjectName("runEntrypoint")
        self.entrypoint.setAccessibleName(tr("Entrypoint"))
        self.entrypoint.setPlaceholderText(tr("leave empty for the image's own"))
        self.entrypoint.textChanged.connect(self._changed)
        self.entrypoint_clear = QCheckBox(tr("none at all"), self.advanced)
        self.entrypoint_clear.setObjectName("runEntrypointClear")
        self.entrypoint_clear.setToolTip(tr("Run the command without the image's entrypoint (--entrypoint '')"))
        self.entrypoint_clear.toggled.connect(self._changed)
        self.entrypoint_clear.toggled.connect(lambda on: self.entrypoint.setEnabled(not on))
        holder = QWidget(self.advanced)
        entry_row.setContentsMargins(0, 0, 0, 0)
        entry_row.addWidget(self.entrypoint, 1)
        entry_row.addWidget(self.entrypoint_clear)
        holder.setLayout(entry_row)
        add(tr("Entrypoint"), "--entrypoint", holder, "entrypoint", "runEntrypoint")

        self.stop_timeout = QLineEdit(self.advanced)
        self.stop_timeout.setObjectName("runStopTimeout")
        self.stop_timeout.setAccessibleName(tr("Stop timeout in seconds"))
        self.stop_timeout.setPlaceholderText(tr("seconds; empty for Docker's 10"))
        self.stop_timeout.textChanged.connect(self._changed)
        add(tr("Stop timeout"), "--stop-timeout", self.stop_timeout, "stop_timeout", "runStopTimeout")

        self.init = QComboBox(self.advanced)
        self.init.setObjectName("runInit")
        self.init.setAccessibleName(tr("Init process"))
        self.init.addItem(tr("Docker's default"), None)
        self.init.addItem(tr("Yes (--init)"), True)
        self.init.addItem(tr("No (--init=false)"), False)
        self.init.currentIndexChanged.connect(self._changed)
        add(tr("Init process"), "--init", self.init, "init", "runInit")

        switches = QGridLayout()
        texts = {"interactive": tr("Keep standard input open"), "tty": tr("Give it a terminal"),
                 "publish_all": tr("Publish every exposed port"), "privileged": tr("Full access to this computer"),
                 "read_only": tr("Read-only file system")}
        for i, (field, name, flag) in enumerate(BOOL_FIELDS):
            box = QCheckBox(f"{texts[field]} ({flag})", self.advanced)
            box.setObjectName(name)
            box.toggled.connect(self._changed)
            self.bools[field] = box
            switches.addWidget(box, i // 2, i % 2)
            self._message(field, name + "Error", self.advanced)
        grid.addLayout(switches, row, 1)
        row += 1
        for field in ("interactive", "tty", "publish_all", "privileged", "read_only"):
            grid.addWidget(self._messages[field], row, 1)
            row += 1

        hint = self._hint(tr("The options below take several values, separated by spaces; put quotes around a "
                             "value that has spaces."), self.advanced)
        grid.addWidget(hint, row, 0, 1, 2)
        row += 1
        for field, name, flag in LIST_FIELDS:
            edit = QLineEdit(self.advanced)
            edit.setObjectName(name)
            edit.setAccessibleName(labels[field])
            edit.setPlaceholderText(tr("for example %1").replace("%1", examples[field]))
            edit.textChanged.connect(self._changed)
            self.lists[field] = edit
            add(labels[field], flag, edit, field, name)
        grid.setColumnStretch(1, 1)

    def _stack(self, field, *below: QWidget) -> QWidget:
        holder = QWidget(self.body)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        for widget in below:
            box.addWidget(widget)
        return holder

    def _button(self, name: str, text: str, slot, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(text, parent or self.body)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self.body)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        table.itemChanged.connect(self._on_item_changed)
        model = table.model()
        model.rowsInserted.connect(lambda *a, t=table: self._fit_table(t))
        model.rowsRemoved.connect(lambda *a, t=table: self._fit_table(t))
        for column in range(len(headers)):
            table.setColumnWidth(column, 200 if column < 2 else 110)
        self._fit_table(table)
        return table

    @staticmethod
    def _fit_table(table: QTableWidget) -> None:
        """As tall as its rows (one empty row at least, six at most), so that short tables stay short."""
        rows = min(max(table.rowCount(), 1), 6)
        height = table.horizontalHeader().sizeHint().height() + rows * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    # ==============================================================================================
    # Table rows
    # ==============================================================================================
    def _item(self, text: str) -> QTableWidgetItem:
        return QTableWidgetItem(text)

    def add_port_row(self, host: str = "", container: str = "", protocol: str = "tcp", ip: str = "") -> int:
        table = self.ports
        row = table.rowCount()
        with QSignalBlocker(table):
            table.insertRow(row)
            table.setItem(row, 0, self._item(host))
            table.setItem(row, 1, self._item(container))
            combo = QComboBox(table)
            combo.addItems(list(rs.PROTOCOLS))
            if protocol not in rs.PROTOCOLS:
                combo.addItem(protocol)
            combo.setCurrentText(protocol)
            combo.currentTextChanged.connect(self._changed)
            table.setCellWidget(row, 2, combo)
            table.setItem(row, 3, self._item(ip))
        self._changed()
        return row

    def add_volume_row(self, source: str = "", target: str = "", mode: str = "") -> int:
        table = self.volumes
        row = table.rowCount()
        with QSignalBlocker(table):
            table.insertRow(row)
            table.setItem(row, 0, self._item(source))
            target_item = self._item(target)
            target_item.setData(Qt.ItemDataRole.UserRole, mode)
            table.setItem(row, 1, target_item)
            box = QCheckBox(table)
            box.setToolTip(self.tr("The container can read this folder or volume, but not change it"))
            box.setChecked(VolumeMount("x", "/x", mode).read_only)
            box.toggled.connect(lambda on, item=target_item: self._toggle_read_only(item, on))
            holder = QWidget(table)
            lay = QHBoxLayout(holder)
            lay.setContentsMargins(6, 0, 0, 0)
            lay.addWidget(box)
            holder.setProperty("checkbox", box)
            table.setCellWidget(row, 2, holder)
        self._changed()
        return row

    def read_only_box(self, row: int) -> QCheckBox:
        return self.volumes.cellWidget(row, 2).property("checkbox")

    def _toggle_read_only(self, item: QTableWidgetItem, on: bool) -> None:
        mode = item.data(Qt.ItemDataRole.UserRole) or ""
        item.setData(Qt.ItemDataRole.UserRole, VolumeMount("x", "/x", mode).with_read_only(on).mode)
        self._changed()

    def add_env_row(self, name: str = "", value: str | None = "") -> int:
        table = self.env
        row = table.rowCount()
        with QSignalBlocker(table):
            table.insertRow(row)
            table.setItem(row, 0, self._item(name))
            value_item = self._item(value or "")
            if value is None:  # a bare -e NAME that the environment did not set
                value_item.setData(Qt.ItemDataRole.UserRole, "unset")
                value_item.setToolTip(self.tr("Not set here: Docker leaves this variable unset"))
                value_item.setForeground(QColor("#8a8f98"))
            table.setItem(row, 1, value_item)
        self._changed()
        return row

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.tableWidget() is self.env and item.column() == 1 and item.data(Qt.ItemDataRole.UserRole):
            with QSignalBlocker(self.env):
                item.setData(Qt.ItemDataRole.UserRole, None)
                item.setToolTip("")
                item.setData(Qt.ItemDataRole.ForegroundRole, None)
        self._changed()

    def _remove_rows(self, table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()} or
                      ({table.currentRow()} if table.currentRow() >= 0 else set()), reverse=True)
        with QSignalBlocker(table):
            for row in rows:
                table.removeRow(row)
        self._changed()

    def _clear_table(self, table: QTableWidget) -> None:
        with QSignalBlocker(table):
            table.setRowCount(0)

    def add_folder(self) -> None:
        start = self.base_folder() or QDir.homePath()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a Folder to Share"), start)
        if not folder:
            return
        name = posixpath.basename(folder.rstrip("/")) or "data"
        row = self.add_volume_row(folder, f"/{name}")
        self.volumes.setCurrentCell(row, 1)

    def _choose_base(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Relative Paths Start From"),
                                                  self.base_folder() or QDir.homePath())
        if folder:
            self.base.setText(folder)

    def _create_folder(self) -> None:
        path = self.create_folder.property("path")
        if not path:
            return
        try:
            os.makedirs(path, exist_ok=True)
        except OSError as exc:
            self._messages["volumes"].show_messages(
                [self.tr("Berth could not create %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc))],
                "error")
            return
        self._changed()

    # ==============================================================================================
    # Spec <-> fields
    # ==============================================================================================
    def base_folder(self) -> str:
        return self.base.text().strip()

    def reset(self, image: str | None = None) -> None:
        """Empty form (detached, as most runs are), with *image* filled in."""
        with QSignalBlocker(self.paste):
            self.paste.clear()
        self._messages["paste"].show_messages([], "")
        self.set_spec(RunSpec(image=image or "", detach=True))
        self.advanced_toggle.setChecked(False)
        self.status.clear()

    def set_spec(self, spec: RunSpec) -> None:
        """Show *spec* in every field."""
        self._loading = True
        try:
            self.image.setText(spec.image)
            self.name.setText(spec.name)
            self.command.setText(_words(spec.command))
            self.detach.setChecked(spec.detach)
            self.auto_remove.setChecked(spec.auto_remove)
            index = self.restart.findData(spec.restart.name)
            if index < 0:
                self.restart.addItem(spec.restart.name or self.tr("Docker's default ('')"), spec.restart.name)
                index = self.restart.count() - 1
            self.restart.setCurrentIndex(index)
            self.retries.setValue(spec.restart.max_retries)
            self.network.setCurrentText(spec.network)
            self._clear_table(self.ports)
            for p in spec.ports:
                self.add_port_row(p.host_port_text, str(p.container_port), p.protocol, p.host_ip)
            self._clear_table(self.volumes)
            for m in spec.volumes:
                self.add_volume_row(m.source or "", m.target, m.mode)
            self._clear_table(self.env)
            for key, value in spec.env:
                self.add_env_row(key, value)
            for field, edit in self.texts.items():
                edit.setText(getattr(spec, field))
            for field, edit in self.lists.items():
                if field == "labels":
                    edit.setText(_words([f"{k}={v}" for k, v in spec.labels]))
                else:
                    edit.setText(_words(getattr(spec, field)))
            for field, box in self.bools.items():
                box.setChecked(getattr(spec, field))
            self.entrypoint_clear.setChecked(spec.entrypoint == "")
            self.entrypoint.setText(spec.entrypoint or "")
            self.stop_timeout.setText("" if spec.stop_timeout is None else str(spec.stop_timeout))
            self.init.setCurrentIndex(self.init.findData(spec.init) if spec.init is not None else 0)
        finally:
            self._loading = False
        if self._advanced_in_use(spec):
            self.advanced_toggle.setChecked(True)
        self.refresh()

    @staticmethod
    def _advanced_in_use(spec: RunSpec) -> bool:
        default = RunSpec()
        return any(getattr(spec, f) != getattr(default, f) for f in ADVANCED)

    def _split(self, text_value: str) -> list[str]:
        return rs.split_command(text_value, env=os.environ, cwd=self.base_folder() or QDir.homePath())

    def read(self) -> tuple[RunSpec, list[Issue]]:
        """The spec the fields describe, and the problems found while reading them (row-indexed)."""
        problems: list[Issue] = []
        base = self.base_folder() or QDir.homePath()
        values: dict = {}

        def fail(field: str, message: Text, index: int | None = None) -> None:
            problems.append(Issue(field, message, index=index))

        if not base.startswith("/"):
            fail("base", text(CTX, QT_TRANSLATE_NOOP(
                "RunDialog", "The folder '{path}' must be a full path, starting with '/'."), path=base))
        values["image"] = self.image.text().strip()
        values["name"] = self.name.text().strip()
        try:
            values["command"] = tuple(self._split(self.command.text()))
        except RunSpecError as error:
            fail("command", error.message)
        values["detach"] = self.detach.isChecked()
        values["auto_remove"] = self.auto_remove.isChecked()
        values["restart"] = RestartPolicy(self.restart.currentData() if self.restart.currentData() is not None
                                          else "no", self.retries.value())
        values["network"] = self.network.currentText()

        # ports: each row is one -p value, read by the CLI's own parser
        mappings: list[tuple[int, PortMapping]] = []
        for row in range(self.ports.rowCount()):
            host = self._cell(self.ports, row, 0).strip()
            container = self._cell(self.ports, row, 1).strip()
            combo = self.ports.cellWidget(row, 2)
            protocol = combo.currentText() if combo is not None else "tcp"
            ip = self._cell(self.ports, row, 3).strip()
            if not (host or container or ip):
                continue
            if not container:
                fail("ports", text(CTX, QT_TRANSLATE_NOOP(
                    "RunDialog", "Give the port inside the container (the container port).")), row)
                continue
            value = container
            if ip:
                shown = f"[{ip}]" if ":" in ip and not ip.startswith("[") else ip
                value = f"{shown}:{host}:{container}"
            elif host:
                value = f"{host}:{container}"
            value += f"/{protocol}"
            try:
                for mapping in rs.parse_publish(value):
                    mappings.append((row, mapping))
            except RunSpecError as error:
                fail("ports", error.message, row)
        ordered = sorted(mappings, key=lambda rm: (rm[1].container_port, rm[1].protocol))
        self._port_rows = [row for row, _ in ordered]
        values["ports"] = tuple(m for _, m in ordered)

        volumes: list[VolumeMount] = []
        self._volume_rows = []
        for row in range(self.volumes.rowCount()):
            source = self._cell(self.volumes, row, 0)
            target = self._cell(self.volumes, row, 1)
            item = self.volumes.item(row, 1)
            mode = (item.data(Qt.ItemDataRole.UserRole) if item is not None else "") or ""
            if not (source.strip() or target.strip()):
                continue
            if not target.strip():
                fail("volumes", text(CTX, QT_TRANSLATE_NOOP(
                    "RunDialog", "Give the path inside the container where {source} appears."), source=source), row)
                continue
            value = f"{source}:{target}" if source else target
            if source and mode:
                value += f":{mode}"
            try:
                volumes.append(rs.parse_volume(value, cwd=base))
                self._volume_rows.append(row)
            except RunSpecError as error:
                fail("volumes", error.message, row)
        values["volumes"] = tuple(volumes)

        env: list[tuple[str, str | None]] = []
        self._env_rows = []
        for row in range(self.env.rowCount()):
            key = self._cell(self.env, row, 0)
            item = self.env.item(row, 1)
            value = item.text() if item is not None else ""
            unset = item is not None and item.data(Qt.ItemDataRole.UserRole) == "unset"
            if not key and not value:
                continue
            env.append((key, None if unset else value))
            self._env_rows.append(row)
        values["env"] = tuple(env)

        for field, edit in self.texts.items():
            values[field] = edit.text()
        for field, edit in self.lists.items():
            try:
                words = self._split(edit.text())
            except RunSpecError as error:
                fail(field, error.message)
                continue
            if field == "labels":
                values["labels"] = tuple((k, v) for k, _, v in (w.partition("=") for w in words))
            elif field == "mounts":
                values["mounts"] = tuple(rs._resolve_mount(w, base) for w in words)
            else:
                values[field] = tuple(words)
        for field, box in self.bools.items():
            values[field] = box.isChecked()
        if self.entrypoint_clear.isChecked():
            values["entrypoint"] = ""
        else:
            values["entrypoint"] = self.entrypoint.text() or None
        timeout = self.stop_timeout.text().strip()
        if timeout:
            number = rs._go_parse_int(timeout, base0=True)
            if number is None:
                fail("stop_timeout", text(CTX, QT_TRANSLATE_NOOP(
                    "RunDialog", "The stop timeout '{value}' is not a whole number of seconds."), value=timeout))
            else:
                values["stop_timeout"] = number
        values["init"] = self.init.currentData()
        return RunSpec(**values), problems

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""

    def spec(self) -> RunSpec:
        return self.read()[0]

    # ==============================================================================================
    # Validation and the preview
    # ==============================================================================================
    def set_facts(self, facts) -> None:
        """Names taken and host ports published (gui.backend.containers.EngineFacts)."""
        self._facts = facts
        self.refresh()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.refresh()

    def _local(self) -> bool:
        return bool(getattr(self.service, "local", False))

    def issues(self) -> list[Issue]:
        return list(self._issues)

    def blocking(self) -> bool:
        return any(i.blocking for i in self._issues)

    def refresh(self) -> None:
        """Read the fields, validate, show each problem beside its field, and update the preview."""
        spec, problems = self.read()
        self._spec = spec
        facts = self._facts
        local = self._local()
        issues = rs.validate(
            spec,
            taken_names=facts.names if facts else (),
            published_host_ports=facts.published if facts else (),
            path_exists=os.path.exists if local else None,
            port_is_free=rs.host_port_is_free if local else None,
        )
        rows = {"ports": self._port_rows, "volumes": self._volume_rows, "env": self._env_rows}
        mapped: list[Issue] = list(problems)
        for issue in issues:
            if issue.field in rows and issue.index is not None and issue.index < len(rows[issue.field]):
                issue = replace(issue, index=rows[issue.field][issue.index])
            mapped.append(issue)
        if not any(i.blocking for i in mapped):
            try:
                rs.to_create_kwargs(spec)
            except RunSpecError as error:
                mapped.append(Issue(error.field or "", error.message))
        self._issues = mapped
        self._show_issues()
        self.preview.setPlainText(rs.format_run_command(spec))
        if any(i.blocking for i in problems):
            self.preview.appendPlainText(self.tr("# Some fields are not complete yet; fix the ones marked in red."))
        self.run_button.setEnabled(not self._busy and not self.blocking())

    def _show_issues(self) -> None:
        by_field: dict[str, list[Issue]] = {}
        for issue in self._issues:
            field = issue.field if issue.field in self._messages else ""
            by_field.setdefault(field, []).append(issue)
        for field, label in self._messages.items():
            found = by_field.get(field, [])
            lines = []
            for issue in found:
                message = render(issue.message)
                table = {"ports": self.ports, "volumes": self.volumes, "env": self.env}.get(field)
                if table is not None and issue.index is not None and table.rowCount() > 1:
                    message = self.tr("Row %1: %2").replace("%1", str(issue.index + 1)).replace("%2", message)
                lines.append(message)
            severity = "error" if any(i.blocking for i in found) else "warning"
            label.show_messages(lines, severity)
        # mark the fields themselves
        for field, widget in self._field_widgets().items():
            found = by_field.get(field, [])
            bad = any(i.blocking for i in found)
            widget.setProperty("berthInvalid", bad)
            widget.setStyleSheet("QLineEdit, QComboBox { border: 1px solid #c0392b; }" if bad else "")
            if widget.property("berthTip") is None:
                widget.setProperty("berthTip", widget.toolTip())
            widget.setToolTip("\n".join(render(i.message) for i in found) or widget.property("berthTip") or "")
        for field, table in (("ports", self.ports), ("volumes", self.volumes), ("env", self.env)):
            marks = {}
            for issue in by_field.get(field, []):
                if issue.index is not None:
                    marks[issue.index] = INVALID_ROW if issue.blocking or marks.get(issue.index) == INVALID_ROW \
                        else WARNING_ROW
            with QSignalBlocker(table):
                for row in range(table.rowCount()):
                    for column in range(table.columnCount()):
                        item = table.item(row, column)
                        if item is not None:
                            item.setData(Qt.ItemDataRole.BackgroundRole, marks.get(row))
        warning = next((i for i in by_field.get("volumes", []) if not i.blocking and i.subject), None)
        self.create_folder.setVisible(warning is not None and self._local())
        self.create_folder.setProperty("path", warning.subject if warning else "")
        self._update_advanced_title()

    def _field_widgets(self) -> dict[str, QWidget]:
        widgets: dict[str, QWidget] = {"image": self.image, "name": self.name, "command": self.command,
                                       "network": self.network, "restart": self.restart, "base": self.base,
                                       "entrypoint": self.entrypoint, "stop_timeout": self.stop_timeout}
        widgets.update(self.texts)
        widgets.update(self.lists)
        return widgets

    # ==============================================================================================
    # Paste, image facts, networks
    # ==============================================================================================
    def apply_paste(self) -> bool:
        """Fill every field from the pasted command; a parse error is shown under the paste box."""
        source = self.paste.toPlainText()
        try:
            spec = rs.parse_run_command(source, env=os.environ, cwd=self.base_folder() or QDir.homePath())
        except RunSpecError as error:
            self._messages["paste"].show_messages([render(error.message)], "error")
            return False
        self._messages["paste"].show_messages([], "")
        self.set_spec(spec)
        return True

    def _image_key(self, image: str) -> str | None:
        """The local name of *image* when it is on this computer, per the images list; else None."""
        if not image:
            return None
        model = getattr(self.window_, "images_model", None)
        if model is None:
            return None
        from ..backend.reference import InvalidReference, parse_reference

        wanted = {image}
        try:
            wanted.add(parse_reference(image).with_default_tag.familiar)
        except InvalidReference:
            pass
        for info in model.items():
            if info.reference in wanted or info.id == image or info.id.split(":")[-1] == image \
                    or info.id.split(":")[-1].startswith(image) and len(image) >= 12 \
                    or any(d in wanted for d in info.digests):
                return info.id
        return None

    def update_completer(self) -> None:
        model = getattr(self.window_, "images_model", None)
        refs = sorted({i.reference for i in model.items() if i.reference}) if model is not None else []
        self.image_list.setStringList(refs)

    def _on_image_changed(self, *_args) -> None:
        self._changed()
        self._update_image_hint()

    def _update_image_hint(self) -> None:
        image = self.image.text().strip()
        if not image or rs.check_image_reference(image) is not None:
            self.image_hint.setText("")
            self.ports_offer.hide()
            return
        image_id = self._image_key(image)
        if image_id is None:
            self.image_hint.setText(self.tr("Not on this computer yet: Berth pulls it before running."))
            self.ports_offer.hide()
            return
        exposed = self._exposed.get(image_id)
        if exposed is None:
            self.image_hint.setText(self.tr("On this computer."))
            self._fetch_exposed(image_id)
            self.ports_offer.hide()
            return
        if exposed:
            self.image_hint.setText(self.tr("On this computer. It listens on %1.").replace("%1", ", ".join(exposed)))
        else:
            self.image_hint.setText(self.tr("On this computer."))
        self._update_offer()

    def _fetch_exposed(self, image_id: str) -> None:
        if image_id in self._exposed_pending:
            return
        self._exposed_pending.add(image_id)
        from ..backend import containers as backend

        def done(ports, image_id=image_id):
            self._exposed[image_id] = tuple(ports)
            self._update_image_hint()

        self.runner.submit(backend.image_exposed_ports, self.service, image_id, name="run.exposed-ports",
                           on_result=done, on_error=lambda exc: None,
                           on_finished=lambda: self._exposed_pending.discard(image_id))

    def exposed_ports(self) -> tuple[str, ...]:
        image_id = self._image_key(self.image.text().strip())
        return self._exposed.get(image_id, ()) if image_id else ()

    def _unpublished_exposed(self) -> list[tuple[int, str]]:
        mapped = {(p.container_port, p.protocol) for p in self._spec.ports}
        out = []
        for key in self.exposed_ports():
            number, _, protocol = key.partition("/")
            try:
                port = int(number)
            except ValueError:
                continue
            if (port, protocol or "tcp") not in mapped:
                out.append((port, protocol or "tcp"))
        return out

    def _update_offer(self) -> None:
        todo = self._unpublished_exposed()
        if todo:
            self.ports_offer.setText(self.tr("Publish %1").replace("%1", ", ".join(f"{p}/{proto}" for p, proto in todo)))
            self.ports_offer.setToolTip(self.tr("Add the ports this image listens on to the table"))
        self.ports_offer.setVisible(bool(todo))

    def publish_exposed(self) -> None:
        """Add a row for each port the image EXPOSEs and the table does not publish yet. The host port is
        the same number when that is free here, else left to Docker."""
        published = {(ip, port, proto) for ip, port, proto in (self._facts.published if self._facts else ())}
        for port, protocol in self._unpublished_exposed():
            clash = any(p == port and proto == protocol for _, p, proto in published)
            free = not clash and (not self._local() or rs.host_port_is_free("", port, protocol))
            self.add_port_row(str(port) if free and port >= 1024 else "", str(port), protocol)
        self._update_offer()

    def _set_network_items(self, names: list[str]) -> None:
        current = self.network.currentText()
        with QSignalBlocker(self.network):
            self.network.clear()
            for name in ["", "bridge", "host", "none"] + [n for n in names if n not in ("bridge", "host", "none")]:
                self.network.addItem(name)
            self.network.setCurrentText(current)

    def fetch_networks(self) -> None:
        from ..backend import containers as backend

        self.runner.submit(backend.network_names, self.service, name="run.networks",
                           on_result=self._set_network_items, on_error=lambda exc: None)

    def command_text(self) -> str:
        """The equivalent command, exactly (the preview may show control characters as line breaks)."""
        return rs.format_run_command(self._spec)

    def copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.command_text())
        self.status.setText(self.tr("Command copied."))

    # ==============================================================================================
    # Advanced section
    # ==============================================================================================
    def _toggle_advanced(self, on: bool) -> None:
        self.advanced.setVisible(on)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def _update_advanced_title(self) -> None:
        count = sum(1 for i in self._issues if i.field in ADVANCED and i.blocking)
        title = self.tr("Advanced options")
        if count:
            title = self.tr("Advanced options (%1 to fix)").replace("%1", str(count))
        self.advanced_toggle.setText(title)

    # ==============================================================================================
    # Running
    # ==============================================================================================
    def set_busy(self, busy: bool, status: str = "") -> None:
        self._busy = busy
        self.status.setText(status)
        self.body.setEnabled(not busy)
        self.run_button.setEnabled(not busy and not self.blocking())

    @property
    def busy(self) -> bool:
        return self._busy

    def run(self) -> None:
        """Check again on fresh facts, pull the image if it is missing, then create and start."""
        self.refresh()
        if self._busy or self.blocking():
            return
        spec = self._spec
        from ..backend import containers as backend

        def prepare(service, image):
            return backend.engine_facts(service), backend.image_present(service, image)

        self.set_busy(True, self.tr("Checking…"))
        self.runner.submit(prepare, self.service, spec.image, name="run.prepare",
                           on_result=lambda value: self._prepared(spec, *value),
                           on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        from .error_dialog import show_error

        show_error(self, exc, self.tr("Run a Container"))

    def _prepared(self, spec: RunSpec, facts, present: bool) -> None:
        self._facts = facts
        self.set_busy(False)
        self.refresh()
        if self.blocking() or self._spec != spec:
            return  # the fresh look-up found a problem: it is shown beside its field
        if present:
            self._create(spec)
        else:
            self._offer_pull(spec)

    def _offer_pull(self, spec: RunSpec) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Pull the Image?"),
                          self.tr("The image %1 is not on this computer. Pull it now, then run the container?")
                          .replace("%1", spec.image), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("runPullConfirm")
        box.setInformativeText(self.tr("The same as: %1").replace("%1", shlex.join(["docker", "pull", spec.image])))
        pull = box.addButton(self.tr("Pull and Run"), QMessageBox.ButtonRole.AcceptRole)
        pull.setObjectName("runPullConfirmPull")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(pull)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._pull(spec))
        box.open()

    def _pull(self, spec: RunSpec) -> None:
        from ..backend.reference import InvalidReference

        puller = getattr(self.window_, "pull_image", None)
        self.set_busy(True, self.tr("Pulling %1… (progress in the Pulls panel)").replace("%1", spec.image))
        if callable(puller):
            try:
                entry = puller(spec.image)
            except InvalidReference as exc:
                self._failed(exc)
                return
            self._pull_entry = entry

            def finished(ok: bool, entry=entry) -> None:
                try:
                    entry.finished.disconnect(finished)
                except (RuntimeError, TypeError):
                    pass
                self._pull_entry = None
                if ok:
                    self.set_busy(False)
                    self._create(spec)
                else:
                    error = getattr(entry, "error", None)
                    self._failed(error if error is not None else RuntimeError(
                        self.tr("The pull of %1 did not finish.").replace("%1", spec.image)))

            entry.finished.connect(finished)
            return
        # No pull panel in this window: pull here, with a simple progress line.
        from ..backend import images

        def progress(update) -> None:
            snapshot = getattr(update, "snapshot", None)
            fraction = getattr(snapshot, "fraction", None)
            if isinstance(fraction, float):
                self.status.setText(self.tr("Pulling %1… %2%").replace("%1", spec.image)
                                    .replace("%2", str(int(fraction * 100))))

        def pulled(_result) -> None:
            self.set_busy(False)
            self._create(spec)

        self._pull_task = self.runner.submit(images.pull, self.service, spec.image, with_context=True,
                                             name="run.pull", on_progress=progress, on_result=pulled,
                                             on_error=self._failed)

    def _create(self, spec: RunSpec) -> None:
        from ..backend import containers as backend

        self.set_busy(True, self.tr("Creating and starting the container…"))
        self.runner.submit(backend.run, self.service, spec, name="run.create",
                           on_result=lambda outcome: self._ran(spec, outcome),
                           on_error=lambda exc: self._create_failed(spec, exc))

    def _create_failed(self, spec: RunSpec, exc: BaseException) -> None:
        from ..backend import containers as backend

        if isinstance(exc, backend.ImageMissing):  # removed in the meantime
            self.set_busy(False)
            self._offer_pull(spec)
            return
        self._failed(exc)

    def _ran(self, spec: RunSpec, outcome) -> None:
        self.last_outcome = outcome
        self.set_busy(False)
        self.created.emit(outcome.id)
        if not outcome.started:
            self._offer_cleanup(spec, outcome)
            return
        self._finish(spec, outcome)

    def _finish(self, spec: RunSpec, outcome) -> None:
        QSettings().setValue(SETTINGS_BASE, self.base_folder())
        self.accept()
        self.window_.statusBar().showMessage(self.tr("Started %1.").replace("%1", outcome.name), 8000)
        self.started.emit(outcome.id)
        if not spec.detach:
            opener = getattr(self.window_, "open_logs", None)
            if callable(opener):
                opener(outcome.id, from_start=True)

    def _offer_cleanup(self, spec: RunSpec, outcome) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The Container Did Not Start"),
                          self.tr("Berth created the container %1, but it did not start: %2")
                          .replace("%1", outcome.name).replace("%2", error_text(outcome.start_error)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("runStartFailed")
        box.setInformativeText(self.tr("Remove it, so that you can change the settings and run it again? Or keep "
                                       "it, stopped, to look at it."))
        remove = box.addButton(self.tr("Remove It"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("runStartFailedRemove")
        keep = box.addButton(self.tr("Keep It"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("runStartFailedKeep")
        box.setDefaultButton(remove)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(button) -> None:
            if button is remove:
                self._remove_created(outcome)
            else:
                QSettings().setValue(SETTINGS_BASE, self.base_folder())
                self.accept()
                self.window_.statusBar().showMessage(
                    self.tr("Kept %1; it is not running.").replace("%1", outcome.name), 8000)

        box.buttonClicked.connect(chosen)
        box.open()

    def _remove_created(self, outcome) -> None:
        from ..backend import containers as backend

        self.set_busy(True, self.tr("Removing %1…").replace("%1", outcome.name))

        def removed(_value) -> None:
            self.set_busy(False, self.tr("Removed %1. Change the settings and run it again.")
                          .replace("%1", outcome.name))
            self.refresh()

        self.runner.submit(backend.act_one, self.service, backend.Verb.REMOVE, backend.Target(outcome.id, outcome.name),
                           force=True, volumes=True, name="run.remove-created", on_result=removed,
                           on_error=self._failed)

    # ==============================================================================================
    def closeEvent(self, event) -> None:  # noqa: N802
        QSettings().setValue(SETTINGS_BASE, self.base_folder())
        super().closeEvent(event)
