"""Containers, as `docker ps -a` lists them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from .. import presentation as pres
from ..backend.types import ContainerInfo
from .base import Column, KeyedTableModel

CTX = "ContainersModel"
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ContainersModel(KeyedTableModel[ContainerInfo]):
    NAME, IMAGE, STATE, STATUS, PORTS, CREATED, ID = range(7)

    def __init__(self, parent=None) -> None:
        columns = [
            Column(_tr("Name"), lambda c: c.name, lambda c: c.name.lower(), lambda c: c.id),
            Column(_tr("Image"), lambda c: c.image, lambda c: c.image.lower()),
            Column(_tr("State"), lambda c: pres.state_text(c.state), lambda c: c.state),
            Column(_tr("Status"), lambda c: c.status, lambda c: c.status),
            Column(_tr("Ports"), lambda c: pres.format_ports(c.ports),
                   lambda c: " ".join(f"{p.private_port:05d}/{p.protocol}/{p.public_port or 0:05d}"
                                      for p in c.ports),
                   lambda c: _tr("Click a published port to open it in your browser") if any(
                       p.published for p in c.ports) else None),
            Column(_tr("Created"), lambda c: pres.human_age(c.created), lambda c: c.created,
                   lambda c: _created_tooltip(c.created)),
            Column(_tr("ID"), lambda c: c.short_id, lambda c: c.id, lambda c: c.id),
        ]
        super().__init__(columns, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def extra_data(self, item: ContainerInfo, column: int, role: int):
        if column == self.STATE:
            if role == _FOREGROUND:
                return pres.state_colour(item.state)
            if role == _FONT and item.state == "running":
                return self._bold
        if role == _FOREGROUND and self.is_busy(item.key):
            return pres.state_colour("exited")
        return None

    def image_usage(self) -> dict[str, int]:
        """How many containers use each image id."""
        usage: dict[str, int] = {}
        for c in self._items:
            usage[c.image_id] = usage.get(c.image_id, 0) + 1
        return usage


def _created_tooltip(epoch: int) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M:%S") if epoch else ""
