"""The confirmation of image removal (``removeImagesDialog``): each image, and exactly what removing it does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from .. import presentation as pres
from ..backend import images as backend

NOTE_STYLE = "color: #8a5a00;"
BLOCK_STYLE = "color: #d0473c;"


def _names(names, limit: int = 3) -> str:
    names = list(names)
    if len(names) <= limit:
        return ", ".join(names)
    return QCoreApplication.translate("RemoveImagesDialog", "%1 and %2 more").replace(
        "%1", ", ".join(names[:limit - 1])).replace("%2", str(len(names) - limit + 1))


class RemoveImagesDialog(QDialog):
    """Lists the plan; ``force`` is True when the user chose Force Remove. Nothing happens on Cancel."""

    def __init__(self, plan: backend.RemovalPlan, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("removeImagesDialog")
        self.setModal(True)
        self.plan = plan
        self.force = False
        targets = plan.targets
        count = len(targets)
        self.setWindowTitle(self.tr("Remove Images") if count > 1 else self.tr("Remove Image"))

        self.message = QLabel(self)
        self.message.setObjectName("removeImagesMessage")
        self.message.setWordWrap(True)
        removable = plan.removable
        if not removable:
            self.message.setText(self.tr("Nothing can be removed now:") if count > 1 else
                                 self.tr("This image can't be removed now."))
        elif count == 1:
            self.message.setText(self.tr("Remove %1?").replace("%1", targets[0].label))
        else:
            self.message.setText(self.tr("Remove these %1 images?").replace("%1", str(count)))

        self.list = QTreeWidget(self)
        self.list.setObjectName("removeImagesList")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([self.tr("Image"), self.tr("ID"), self.tr("Size"), self.tr("What happens")])
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        for t in targets:
            row = QTreeWidgetItem([t.label, t.image_id.split(":", 1)[-1][:12], pres.human_size(t.size),
                                   self.outcome_text(t)])
            row.setToolTip(0, t.image_id)
            row.setToolTip(3, self.outcome_text(t) + ("\n" + "\n".join(t.other_names) if t.other_names else ""))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if t.blocked:
                row.setForeground(3, pres.state_colour("dead"))
            self.list.addTopLevelItem(row)
        header = self.list.header()
        header.setStretchLastSection(False)
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        wanted = sum(self.list.sizeHintForColumn(c) + 24 for c in range(4))
        self.list.setMinimumWidth(min(1000, max(560, wanted)))
        self.list.setMaximumHeight(60 + 26 * min(8, count))

        notes = []
        blocked = plan.blocked
        if blocked:
            running = sorted({n for t in blocked for n in t.running})
            text = self.tr("Docker refuses to remove an image that a running container uses, even when forced. "
                           "Stop or remove the container %1 first; until then its image stays as it is.") \
                if len(running) == 1 else \
                self.tr("Docker refuses to remove an image that a running container uses, even when forced. "
                        "Stop or remove the containers %1 first; until then their images stay as they are.")
            notes.append((BLOCK_STYLE, text.replace("%1", _names(running))))
        forced = [t for t in targets if t.needs_force]
        if forced:
            users = sorted({n for t in forced for n in (*t.stopped, *t.running)})
            text = self.tr("The container %1 still uses its image, though it is stopped. Force Remove removes the "
                           "image anyway: the container stays, and shows the image's ID instead of its name.") \
                if len(users) == 1 else \
                self.tr("The containers %1 still use their images, though they are stopped. Force Remove removes "
                        "the images anyway: the containers stay, and show the image's ID instead of its name.")
            notes.append((NOTE_STYLE, text.replace("%1", _names(users))))
        if any(t.action == backend.RemoveAction.UNTAG for t in targets):
            notes.append(("", self.tr(
                "An image with several names is only untagged: removing one of its names leaves the image and "
                "its other names.")))
        self.notes = []
        for style, note in notes:
            label = QLabel(note, self)
            label.setWordWrap(True)
            label.setStyleSheet(style)
            label.setObjectName("removeImagesNote")
            self.notes.append(label)

        self.buttons = QDialogButtonBox(self)
        self.confirm = None
        self.force_button = None
        if plan.needs_force:
            self.force_button = self.buttons.addButton(self.tr("&Force Remove"),
                                                       QDialogButtonBox.ButtonRole.DestructiveRole)
            self.force_button.setObjectName("removeForce")
            self.force_button.clicked.connect(self._force)
        elif removable:
            self.confirm = self.buttons.addButton(self.tr("&Remove"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.confirm.setObjectName("removeConfirm")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel if removable
                                        else QDialogButtonBox.StandardButton.Close)
        cancel.setObjectName("removeCancel")
        cancel.setDefault(True)  # the safe choice is the default
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list)
        for label in self.notes:
            layout.addWidget(label)
        layout.addWidget(self.buttons)

    def _force(self) -> None:
        self.force = True
        self.accept()

    def outcome_text(self, t: backend.RemovalTarget) -> str:
        """What happens to one row, in a few words (the notes below the list say why)."""
        A = backend.RemoveAction
        if t.action == A.GONE:
            return self.tr("Already gone")
        if t.action == A.UNTAG:
            return self.tr("Untagged only: the image keeps %1").replace("%1", _names(t.other_names, limit=2))
        if t.action == A.KEEPS_IMAGE:
            text = self.tr("Untagged only: %1 other images are built on it").replace("%1", str(t.children))
            if t.running or t.stopped:
                text += " · " + self.tr("used by %1").replace("%1", _names((*t.running, *t.stopped)))
            return text
        if t.running:
            return self.tr("Kept: the running container %1 uses it").replace("%1", _names(t.running))
        if t.stopped:
            return self.tr("Deleted if forced: %1 uses it").replace("%1", _names(t.stopped))
        return self.tr("Deleted")
