"""Language choice: the system's language by default, a remembered menu override, both catalogues loaded."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from gui import locale as berth_locale


@pytest.fixture(autouse=True)
def restore(qapp):
    yield
    berth_locale.save_language("")
    berth_locale.install("en")


@pytest.mark.parametrize("name, expected", [
    ("ko_KR", "ko"), ("ko", "ko"), ("en_US", "en"), ("en_GB", "en"), ("fr_FR", "en"), ("C", "en"),
])
def test_the_system_language_is_used_when_berth_speaks_it(name, expected):
    assert berth_locale.system_language(QLocale(name)) == expected


def test_the_menu_choice_overrides_the_system_and_is_remembered():
    assert berth_locale.saved_language() == ""
    assert berth_locale.effective_language() == "en"  # tests read English whatever the machine's locale
    berth_locale.save_language("ko")
    assert berth_locale.effective_language() == "ko"
    berth_locale.save_language("xx")  # a language Berth no longer ships: back to the system's
    assert berth_locale.effective_language() == "en"


def test_install_switches_both_catalogues_and_does_not_stack():
    assert berth_locale.install("ko") == "ko"
    assert QCoreApplication.translate("MainWindow", "&File") == "파일(&F)"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "취소"  # qtbase_ko
    assert berth_locale.install("ko") == "ko"
    assert berth_locale.install("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Cancel"


def test_a_language_without_a_catalogue_falls_back_to_english():
    assert berth_locale.install("xx") == "en"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_languages_are_named_in_their_own_language():
    assert berth_locale.available_languages() == ["en", "ko"]
    assert berth_locale.NATIVE_NAMES["ko"] == "한국어"
    assert berth_locale.translate_in("ko", "LanguageMenu", "Language") == "언어"
    assert berth_locale.translate_in("en", "LanguageMenu", "Language") == "Language"


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(make_window, qtbot, tmp_path):
    window = make_window(f"unix://{tmp_path}/absent.sock")
    menu = window.language_menu
    assert menu.menu in [a.menu() for a in window.menus["view"].actions()]
    assert set(menu.actions) == {"", "en", "ko"}
    assert menu.actions[""].isChecked() and menu.actions[""].text() == "System Default (English)"
    assert menu.actions["ko"].text() == "한국어"
    note = window.findChild(type(menu.actions["ko"]), "actionLanguageNote")
    assert not note.isEnabled() and "restarts" in note.text()

    menu.actions["ko"].trigger()
    assert berth_locale.saved_language() == "ko"
    dialog = menu.dialog
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=3000)
    assert dialog.objectName() == "languageRestartDialog"
    assert dialog.text() == "Berth will use 한국어 from its next start."
    assert dialog.informativeText() == "Berth를 다음에 시작하면 언어가 바뀝니다: 한국어"
    later = dialog.findChild(type(dialog.buttons()[0]), "languageRestartLater")
    later.click()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert window.isVisible()  # "Later" keeps Berth as it is

    # Back to the system's language (English here): nothing to restart for, so no question.
    menu.actions[""].trigger()
    assert berth_locale.saved_language() == ""
    assert QApplication.activeModalWidget() is None


def test_a_restart_starts_the_same_berth_again(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["/somewhere/gui/__main__.py", "--host", "unix:///x.sock"])
    program, args, folder = berth_locale.restart_command()
    assert program == sys.executable and args == ["-m", "gui", "--host", "unix:///x.sock"]
    assert (berth_locale.Path(folder) / "gui" / "__main__.py").exists()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    program, args, _ = berth_locale.restart_command()
    assert program == sys.executable and args == ["--host", "unix:///x.sock"]
