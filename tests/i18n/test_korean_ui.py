"""In Korean, nothing in the main window or its dialogs is left in English.

Each test installs the Korean catalogues (as a Korean system locale or the language menu would at start),
builds the real window against the lab engine, opens what there is to open, and walks every widget: text,
tooltip, placeholder, window title, accessible name, menu and action texts, tab and header labels. A string
fails if it is an English source text whose Korean differs, or English prose that is in no catalogue.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox

from gui import locale as berth_locale
from gui.backend.errors import translate
from tests.helpers import view_items, wait_loaded
from tests.lab import TEST_IMAGE

from .walk import Catalogue, english_strings

LIVE_MS = 5000


@pytest.fixture
def korean(qapp):
    assert berth_locale.install("ko") == "ko"
    yield Catalogue()
    berth_locale.install("en")


@pytest.fixture
def english(qapp):
    berth_locale.install("en")
    yield Catalogue()


def select_row(qtbot, page, predicate) -> None:
    view = page.view
    model = view.model()
    qtbot.waitUntil(lambda: any(predicate(i) for i in view_items(view)), timeout=LIVE_MS)
    row = next(r for r in range(model.rowCount()) if predicate(view_items(view)[r]))
    view.selectionModel().setCurrentIndex(model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)


def modal(qtbot, name: str):
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None
                    and QApplication.activeModalWidget().objectName() == name, timeout=LIVE_MS)
    return QApplication.activeModalWidget()


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, f"no action {name}"
    return found


@pytest.fixture
def busy_lab(engine):
    """The lab with a running container, so that every list, pane and confirmation has something to say."""
    engine.cli("run", "-d", "--name", "walk-web", "-p", "127.0.0.1::80", TEST_IMAGE, "httpd", "-f", "-p", "80")
    return engine


def test_the_checker_catches_english(english, busy_lab, make_window, qtbot):
    """The same walk in English finds the texts: a check that can fail."""
    window = make_window(busy_lab.docker_host)
    wait_loaded(qtbot, window)
    problems = english_strings(window, english)
    assert len(problems) > 50
    assert any("Filter containers by name" in p for p in problems)
    assert any("&File" in p or "'File'" in p for p in problems)


def test_main_window_in_korean(korean, busy_lab, make_window, qtbot):
    window = make_window(busy_lab.docker_host)
    wait_loaded(qtbot, window)
    select_row(qtbot, window.containers_page, lambda c: c.name == "walk-web")
    window.tabs.setCurrentWidget(window.images_page)
    select_row(qtbot, window.images_page, lambda i: i.reference == TEST_IMAGE)
    qtbot.waitUntil(lambda: window.runner.active <= 1, timeout=LIVE_MS)  # details read; events stay
    assert window.menus["file"].title() == "파일(&F)"
    assert not english_strings(window, korean), "\n".join(english_strings(window, korean))


def test_unreachable_engine_in_korean(korean, make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    qtbot.waitUntil(window.banner.isVisible, timeout=LIVE_MS)
    help_label = window.findChild(type(window.banner.label), "engineBannerHelp")
    qtbot.waitUntil(help_label.isVisible, timeout=LIVE_MS)
    assert "Docker 엔진" in help_label.text()
    assert not english_strings(window, korean), "\n".join(english_strings(window, korean))


def test_empty_lists_in_korean(korean, fresh_lab, make_window, qtbot):
    fresh_lab.api().remove_image(TEST_IMAGE, force=True)
    window = make_window(fresh_lab.docker_host)
    wait_loaded(qtbot, window)
    window.tabs.setCurrentWidget(window.containers_page)
    empty = window.containers_page.empty
    qtbot.waitUntil(empty.isVisible, timeout=LIVE_MS)
    assert "컨테이너" in empty.body.text()
    assert not english_strings(window, korean), "\n".join(english_strings(window, korean))


def check(dialog, catalogue) -> list[str]:
    return [f"[{dialog.objectName()}] {p}" for p in english_strings(dialog, catalogue)]


def test_dialogs_in_korean(korean, busy_lab, make_window, qtbot):
    window = make_window(busy_lab.docker_host)
    wait_loaded(qtbot, window)
    problems: list[str] = []

    # Qt's own buttons come from qtbase_ko.
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Cancel, window)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "취소"
    box.deleteLater()

    # The error dialog, with a real error sentence.
    from gui.views.error_dialog import show_error

    show_error(window, translate(ConnectionRefusedError(111, "Connection refused"), "tcp://127.0.0.1:9"))
    dialog = modal(qtbot, "errorDialog")
    problems += check(dialog, korean)
    dialog.close()

    # Pull and log-in.
    action(window, "actionPull").trigger()
    dialog = modal(qtbot, "pullDialog")
    problems += check(dialog, korean)
    dialog.reject()
    action(window, "actionLogin").trigger()
    dialog = modal(qtbot, "loginDialog")
    problems += check(dialog, korean)
    dialog.reject()

    # Prune, before and after it has worked out what it would remove.
    action(window, "actionPruneImages").trigger()
    dialog = modal(qtbot, "pruneImagesDialog")
    problems += check(dialog, korean)
    qtbot.waitUntil(lambda: window.runner.active <= 1, timeout=LIVE_MS)
    problems += check(dialog, korean)
    dialog.reject()

    # Remove an image the running container uses.
    window.tabs.setCurrentWidget(window.images_page)
    select_row(qtbot, window.images_page, lambda i: i.reference == TEST_IMAGE)
    qtbot.waitUntil(action(window, "actionRemoveImage").isEnabled, timeout=LIVE_MS)
    action(window, "actionRemoveImage").trigger()
    dialog = modal(qtbot, "removeImagesDialog")
    problems += check(dialog, korean)
    dialog.reject()

    # The run dialog, with its advanced options open and a field in error.
    action(window, "actionRun").trigger()
    dialog = modal(qtbot, "runDialog")
    toggle = dialog.findChild(QAbstractButton, "runAdvancedToggle")
    assert toggle is not None
    toggle.click()
    image = dialog.findChild(type(window.containers_page.filter), "runImage")
    if image is not None:
        image.setText("Not A Valid Name")
    qtbot.waitUntil(lambda: window.runner.active <= 1, timeout=LIVE_MS)
    problems += check(dialog, korean)
    dialog.reject()

    # Stop and remove confirmations of the running container, and its logs.
    window.tabs.setCurrentWidget(window.containers_page)
    select_row(qtbot, window.containers_page, lambda c: c.name == "walk-web")
    for name, dialog_name in (("actionStop", "confirmStop"), ("actionRemoveContainer", "confirmRemove")):
        qtbot.waitUntil(action(window, name).isEnabled, timeout=LIVE_MS)
        action(window, name).trigger()
        dialog = modal(qtbot, dialog_name)
        problems += check(dialog, korean)
        dialog.reject()
    container = next(c for c in view_items(window.containers_view) if c.name == "walk-web")
    viewer = window.open_logs(container.id)
    qtbot.waitUntil(lambda: viewer.isVisible(), timeout=LIVE_MS)
    problems += [f"[logs] {p}" for p in english_strings(window.logs_dock, korean)]

    # The language menu's restart question.
    window.language_menu.choose("en")
    dialog = modal(qtbot, "languageRestartDialog")
    # It also says it in the language chosen, for whoever chose it: that line is meant to be English.
    assert dialog.informativeText() == "Berth will use English from its next start."
    problems += [p for p in check(dialog, korean) if "qt_msgbox_informativelabel" not in p]
    dialog.reject()
    berth_locale.save_language("")

    # About (a blocking QMessageBox.about): read it from inside its own event loop.
    seen: list[QDialog] = []

    def read_about():
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, read_about)
            return
        seen.append(box)
        problems.extend(check(box, korean))
        box.close()

    QTimer.singleShot(0, read_about)
    action(window, "actionAbout").trigger()
    assert seen, "the About box did not open"

    assert not problems, "\n".join(problems)
