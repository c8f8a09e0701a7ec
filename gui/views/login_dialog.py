"""The registry log-in dialog (``loginDialog``): checked with the engine, kept as ``docker login`` keeps it.

With a credential helper in Docker's config (``credsStore`` or ``credHelpers``) the log-in goes to it. Without
one, the user chooses: Docker's config file (where the password is only base64-encoded, which the dialog
says), or this session only (the default: nothing is written without being asked).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..backend import images as backend
from ..i18n import error_text, render

ERROR_STYLE = "color: #d0473c;"
NOTE_STYLE = "color: #8a5a00;"


class LoginDialog(QDialog):
    """Registry, user name and password; ``loggedIn(LoginResult)`` once the engine accepted them."""

    loggedIn = Signal(object)  # backend.LoginResult

    def __init__(self, window, credentials: backend.SessionCredentials, registry: str = "",
                 reason: str = "") -> None:
        super().__init__(window)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log In to a Registry"))
        self.setModal(True)
        self.window_ = window
        self.credentials = credentials
        self.handle = None
        self.stored_in: backend.StoredIn | None = None
        self.location = None

        self.reason = QLabel(reason, self)
        self.reason.setObjectName("loginReason")
        self.reason.setWordWrap(True)
        self.reason.setVisible(bool(reason))

        self.registry = QLineEdit(self)
        self.registry.setObjectName("loginRegistry")
        self.registry.setPlaceholderText(self.tr("Docker Hub (leave empty), or registry.example.com:5000"))
        self.registry.setAccessibleName(self.tr("Registry"))
        shown = "" if not registry or backend.registry_host_of(registry) == "docker.io" else registry
        self.registry.setText(shown)
        self.registry_error = QLabel(self)
        self.registry_error.setObjectName("loginRegistryError")
        self.registry_error.setStyleSheet(ERROR_STYLE)
        self.registry_error.setWordWrap(True)
        self.registry_error.hide()
        self.user = QLineEdit(self)
        self.user.setObjectName("loginUser")
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("password or access token"))

        form = QFormLayout()
        form.addRow(self.tr("&Registry:"), self.registry)
        form.addRow("", self.registry_error)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)

        # Where the log-in is kept.
        self.storage = QWidget(self)
        self.storage.setObjectName("loginStorage")
        self.helper_note = QLabel(self.storage)
        self.helper_note.setObjectName("loginHelperNote")
        self.helper_note.setWordWrap(True)
        self.session_only = QRadioButton(self.tr("Remember it only until Berth closes"), self.storage)
        self.session_only.setObjectName("loginSessionOnly")
        self.save_file = QRadioButton(self.storage)
        self.save_file.setObjectName("loginSaveFile")
        self.file_warning = QLabel(self.tr(
            "Docker's configuration file keeps the password only base64-encoded, not encrypted: anyone who can "
            "read the file can read the password. A credential helper (credsStore) keeps it safer."), self.storage)
        self.file_warning.setObjectName("loginFileWarning")
        self.file_warning.setWordWrap(True)
        self.file_warning.setStyleSheet(NOTE_STYLE)
        self.where = QButtonGroup(self)
        self.where.addButton(self.session_only)
        self.where.addButton(self.save_file)
        self.session_only.setChecked(True)
        storage_layout = QVBoxLayout(self.storage)
        storage_layout.setContentsMargins(0, 6, 0, 0)
        storage_layout.addWidget(self.helper_note)
        storage_layout.addWidget(self.session_only)
        storage_layout.addWidget(self.save_file)
        storage_layout.addWidget(self.file_warning)
        self.save_file.toggled.connect(self._update_storage)

        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.status = QLabel(self)
        self.status.setObjectName("loginStatus")

        self.buttons = QDialogButtonBox(self)
        self.submit = self.buttons.addButton(self.tr("&Log In"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit.setObjectName("loginSubmit")
        self.submit.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("loginCancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.storage)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # The dialog follows its contents (the warning and the error come and go), at a width that lets
        # the explanations wrap.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        for label in (self.reason, self.helper_note, self.file_warning, self.error, self.registry_error):
            label.setFixedWidth(480)

        self.registry.textChanged.connect(self._update_storage)
        self._update_storage()
        self.user.setFocus()

    # -- storage choice -----------------------------------------------------------------------------
    def helper(self) -> str | None:
        try:
            registry = backend.parse_registry(self.registry.text())
        except backend.InvalidRegistry:
            return None
        return backend.credential_helper(registry)

    def _update_storage(self, *args) -> None:
        helper = self.helper()
        self.helper_note.setVisible(bool(helper))
        self.session_only.setVisible(not helper)
        self.save_file.setVisible(not helper)
        self.file_warning.setVisible(not helper and self.save_file.isChecked())
        if helper:
            self.helper_note.setText(self.tr(
                "Docker keeps this log-in with its credential helper docker-credential-%1, as docker login "
                "does.").replace("%1", helper))
        self.save_file.setText(self.tr("Save it in Docker's configuration file (%1)").replace(
            "%1", str(backend.config_file())))

    def chosen_storage(self) -> backend.StoredIn:
        if self.helper():
            return backend.StoredIn.HELPER
        return backend.StoredIn.FILE if self.save_file.isChecked() else backend.StoredIn.SESSION

    # -- logging in ---------------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for w in (self.registry, self.user, self.password, self.storage, self.submit):
            w.setEnabled(not busy)

    def accept(self) -> None:
        if self.handle is not None:
            return
        self.error.hide()
        try:
            registry = backend.parse_registry(self.registry.text())
        except backend.InvalidRegistry as exc:
            self.registry_error.setText(render(exc.text))
            self.registry_error.show()
            self.registry.setFocus()
            return
        self.registry_error.hide()
        if not self.user.text().strip():
            self._fail(self.tr("Type your user name."))
            self.user.setFocus()
            return
        if not self.password.text():
            self._fail(self.tr("Type your password or access token."))
            self.password.setFocus()
            return
        where = self.chosen_storage()
        self.stored_in = where
        self._set_busy(True)
        self.status.setText(self.tr("Checking with %1…").replace("%1", backend.registry_display(registry)))
        self.handle = self.window_.runner.submit(
            backend.log_in, self.window_.service, registry, self.user.text().strip(), self.password.text(),
            where, self.credentials, name="images.login",
            on_result=self._done, on_error=self._failed, on_finished=self._finished)

    def _finished(self) -> None:
        self.handle = None

    def _done(self, outcome) -> None:
        result, location = outcome
        self.location = location
        self.status.setText("")
        self.loggedIn.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText("")
        self._fail(error_text(exc))
        self.password.setFocus()
        self.password.selectAll()

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def reject(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        super().reject()
