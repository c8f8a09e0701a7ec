"""A table model updated by keyed diffs: exact inserts, removals and dataChanged, never a reset."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Hashable, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

T = TypeVar("T")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)

SortRole = Qt.ItemDataRole.UserRole + 1
ItemRole = Qt.ItemDataRole.UserRole + 2  # the whole item (a frozen dataclass)
KeyRole = Qt.ItemDataRole.UserRole + 3
BusyRole = Qt.ItemDataRole.UserRole + 4
_SORT, _ITEM, _KEY, _BUSY = (_USER + n for n in (1, 2, 3, 4))


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # already translated
    display: Callable[[T], Any]
    sort: Callable[[T], Any] | None = None
    tooltip: Callable[[T], Any] | None = None
    alignment: Qt.AlignmentFlag | None = None


class KeyedTableModel(QAbstractTableModel, Generic[T]):
    """Rows are items with a ``key``. ``update(items)`` applies the difference from the current rows."""

    def __init__(self, columns: Sequence[Column[T]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._items: list[T] = []
        self._rows: dict[Hashable, int] = {}
        self._busy: set[Hashable] = set()

    # -- the diff -----------------------------------------------------------------------------------
    def update(self, items: Sequence[T]) -> tuple[int, int, int]:
        """Make the rows equal *items* (by key); returns (inserted, removed, changed).

        Removals and changes are emitted in place; new items are inserted as one block at the top."""
        new: dict[Hashable, T] = {}
        for item in items:
            new[self.key(item)] = item
        old_items = self._items

        removed_rows = [row for row, item in enumerate(old_items) if self.key(item) not in new]
        for first, last in _ranges_descending(removed_rows):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._items[first:last + 1]
            self.endRemoveRows()
        if removed_rows:
            self._rows = {self.key(item): row for row, item in enumerate(self._items)}

        changed = 0
        last_col = len(self._columns) - 1
        for row, item in enumerate(self._items):
            fresh = new[self.key(item)]
            if fresh != item:
                self._items[row] = fresh
                changed += 1
                self.dataChanged.emit(self.index(row, 0), self.index(row, last_col))

        additions = [item for key, item in new.items() if key not in self._rows]
        if additions:
            # New rows go on top, in the engine's order: `docker ps -a` and `docker images` list newest first.
            self.beginInsertRows(QModelIndex(), 0, len(additions) - 1)
            self._items[0:0] = additions
            self._rows = {self.key(item): row for row, item in enumerate(self._items)}
            self.endInsertRows()
        gone = self._busy - new.keys()
        self._busy -= gone
        return len(additions), len(removed_rows), changed

    @staticmethod
    def key(item: T) -> Hashable:
        return item.key  # type: ignore[attr-defined]

    # -- access ---------------------------------------------------------------------------------------
    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T:
        return self._items[row]

    def item_for_key(self, key: Hashable) -> T | None:
        row = self._rows.get(key)
        return None if row is None else self._items[row]

    def row_for_key(self, key: Hashable) -> int | None:
        return self._rows.get(key)

    def set_busy(self, keys, busy: bool = True) -> None:
        """Mark rows as waiting for the engine (an action is running on them)."""
        for key in keys:
            if busy:
                self._busy.add(key)
            else:
                self._busy.discard(key)
            row = self._rows.get(key)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def is_busy(self, key) -> bool:
        return key in self._busy

    def refresh_column(self, column: int) -> None:
        """Repaint one column (relative ages) without touching the data."""
        if self._items:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._items) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole])

    # -- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        # Called thousands of times from C++: plain int comparisons, the common roles first.
        row = index.row()
        if row < 0 or row >= len(self._items):
            return None
        item = self._items[row]
        column = self._columns[index.column()]
        role = int(role)
        if role == _DISPLAY:
            return column.display(item)
        if role == _SORT:
            return (column.sort or column.display)(item)
        if role == _USER:
            return self.engine_id(item) if index.column() == 0 else None
        if role == _TOOLTIP:
            return column.tooltip(item) if column.tooltip else None
        if role == _ITEM:
            return item
        if role == _KEY:
            return self.key(item)
        if role == _BUSY:
            return self.key(item) in self._busy
        if role == _ALIGN and column.alignment is not None:
            return int((column.alignment | Qt.AlignmentFlag.AlignVCenter).value)
        return self.extra_data(item, index.column(), role)

    def engine_id(self, item: T) -> str:
        return item.id  # type: ignore[attr-defined]

    def extra_data(self, item: T, column: int, role: int):
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _ranges_descending(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous (first, last) runs of sorted *rows*, last run first, so removals keep indices valid."""
    ranges: list[tuple[int, int]] = []
    for row in rows:
        if ranges and ranges[-1][1] == row - 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    return ranges[::-1]
