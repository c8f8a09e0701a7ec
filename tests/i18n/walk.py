"""Walk a widget tree for every string a user can see, and judge whether a string was left in English."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from . import i18n_tool

HANGUL = re.compile(r"[\uac00-\ud7a3]")
#: Three or more English words in a row: prose, not a name, an id, a path or a number.
PROSE = re.compile(r"[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){2,}")
TAGS = re.compile(r"<[^>]+>")
SHORTCUT_SUFFIX = re.compile(r"\s*\((?:(?:Ctrl|Shift|Alt|Meta|F\d+|Del|Delete|End|Home|Esc)[+A-Za-z0-9]*)+\)$")
#: Text that is never translated: docker commands, addresses, and names that are the same in every language.
UNTRANSLATED_OK = re.compile(r"^(?:#\s*)?docker |://|^/|^[\w.-]+$")


def plain(text: str) -> str:
    text = TAGS.sub(" ", text or "").replace("&nbsp;", " ").replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.split("\t", 1)[0]
    text = re.sub(r"\s+", " ", text).strip()
    return SHORTCUT_SUFFIX.sub("", text).strip()


def widget_strings(root: QWidget):
    """(where, text) for the texts of *root* and its children, their actions and menus."""
    seen_actions = set()

    def action_strings(owner: str, actions):
        for action in actions:
            if id(action) in seen_actions:
                continue
            seen_actions.add(id(action))
            where = f"{owner} > action {action.objectName() or action.text()!r}"
            yield where, action.text()
            yield where + " tooltip", action.toolTip()
            yield where + " status tip", action.statusTip()
            if action.menu() is not None:
                menu = action.menu()
                yield where + " menu", menu.title()
                yield from action_strings(where, menu.actions())

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName() or '?'}"
        if w.isWindow():
            yield name + " title", w.windowTitle()
        yield name + " tooltip", w.toolTip()
        yield name + " status tip", w.statusTip()
        yield name + " whatsThis", w.whatsThis()
        yield name + " accessible name", w.accessibleName()
        yield name + " accessible description", w.accessibleDescription()
        if isinstance(w, QLabel):
            yield name + " text", w.text()
        if isinstance(w, QAbstractButton):
            yield name + " text", w.text()
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            yield name + " placeholder", w.placeholderText()
        if isinstance(w, QGroupBox):
            yield name + " title", w.title()
        if isinstance(w, QDockWidget):
            yield name + " title", w.windowTitle()
        if isinstance(w, QMenu):
            yield name + " title", w.title()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
                yield f"{name} tab {i} tooltip", w.tabToolTip(i)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                if (w.objectName(), w.itemText(i)) not in DATA:
                    yield f"{name} item {i}", w.itemText(i)
                yield f"{name} item {i} tooltip", str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        if isinstance(w, QHeaderView) and w.model() is not None:
            for i in range(w.count()):
                yield f"{name} section {i}", str(w.model().headerData(i, w.orientation()) or "")
                yield f"{name} section {i} tooltip", str(
                    w.model().headerData(i, w.orientation(), Qt.ItemDataRole.ToolTipRole) or "")
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None \
                and not isinstance(w.parent(), QComboBox) and not isinstance(w.window(), QComboBox) \
                and not _is_combo_popup(w):
            # The main lists' cells are engine data (names, Docker's own status text): only their tooltips
            # are Berth's words there.
            data_view = w.objectName() in ("containersView", "imagesView")
            model = w.model()
            for r in range(min(model.rowCount(), 50)):
                for c in range(model.columnCount()):
                    index = model.index(r, c)
                    if not data_view:
                        yield f"{name} cell {r},{c}", str(index.data() or "")
                    yield f"{name} cell {r},{c} tooltip", str(index.data(Qt.ItemDataRole.ToolTipRole) or "")
        yield from action_strings(name, w.actions())


def _is_combo_popup(view) -> bool:
    parent = view.parent()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parent()
    return False


#: Engine data that happens to spell an English word of the catalogue: Docker's network names.
DATA = {("runNetwork", "none"), ("runNetwork", "host"), ("runNetwork", "bridge")}


class Catalogue:
    """The English source texts, and what Korean makes of each."""

    def __init__(self) -> None:
        tool = i18n_tool()
        self.entries = tool.read_ts(tool.ts_path("ko"))
        self.sources = {}
        for key, entry in self.entries.items():
            if entry.kind in ("vanished", "obsolete"):
                continue
            for form in {plain(key.source), key.source.strip()}:
                if form and entry.translation and plain(entry.translation) != form:
                    self.sources.setdefault(form, key)

    def english_left(self, text: str) -> str | None:
        """Why *text* is English that should have been Korean, or None."""
        shown = plain(text)
        if not shown or HANGUL.search(shown):
            return None
        key = self.sources.get(shown)
        if key is not None:
            return f"untranslated ({key.context}: {key.source!r})"
        if PROSE.search(shown) and not UNTRANSLATED_OK.search(shown):
            return "English text that is not in the catalogue (no tr()?)"
        return None


def english_strings(root: QWidget, catalogue: Catalogue) -> list[str]:
    problems = []
    for where, text in widget_strings(root):
        why = catalogue.english_left(text)
        if why:
            problems.append(f"{where}: {text!r}: {why}")
    return sorted(set(problems))
