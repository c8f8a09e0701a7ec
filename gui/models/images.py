"""Images, as `docker images` lists them: one row per repository:tag, untagged ones as <none>."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from .. import presentation as pres
from ..backend.types import ImageInfo
from .base import Column, KeyedTableModel
from .containers import _created_tooltip

CTX = "ImagesModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


class ImagesModel(KeyedTableModel[ImageInfo]):
    REPOSITORY, TAG, ID, SIZE, CREATED, IN_USE = range(6)

    def __init__(self, parent=None) -> None:
        self._usage: dict[str, int] = {}
        right = Qt.AlignmentFlag.AlignRight
        columns = [
            Column(_tr("Repository"), lambda i: i.repository, lambda i: i.repository.lower(), lambda i: i.id),
            Column(_tr("Tag"), lambda i: i.tag, lambda i: i.tag),
            Column(_tr("ID"), lambda i: i.short_id, lambda i: i.id, lambda i: i.id),
            Column(_tr("Size"), lambda i: pres.human_size(i.size), lambda i: i.size, None, right),
            Column(_tr("Created"), lambda i: pres.human_age(i.created), lambda i: i.created,
                   lambda i: _created_tooltip(i.created)),
            Column(_tr("In use"), self._in_use_text, lambda i: self._usage.get(i.id, 0), self._in_use_tip, right),
        ]
        super().__init__(columns, parent)

    def _in_use_text(self, image: ImageInfo) -> str:
        n = self._usage.get(image.id, 0)
        return str(n) if n else ""

    def _in_use_tip(self, image: ImageInfo) -> str:
        n = self._usage.get(image.id, 0)
        if not n:
            return _tr("No container uses this image")
        return _tr("Used by 1 container") if n == 1 else _tr("Used by %1 containers").replace("%1", str(n))

    def usage(self, image_id: str) -> int:
        return self._usage.get(image_id, 0)

    def set_usage(self, usage: dict[str, int]) -> None:
        """Container counts per image id, from the containers list (no extra request)."""
        if usage == self._usage:
            return
        changed_ids = {k for k in usage.keys() | self._usage.keys() if usage.get(k) != self._usage.get(k)}
        self._usage = dict(usage)
        for row, item in enumerate(self._items):
            if item.id in changed_ids:
                ix = self.index(row, self.IN_USE)
                self.dataChanged.emit(ix, ix)
