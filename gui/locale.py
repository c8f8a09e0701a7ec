"""Berth's language: the system's by default, or the one picked in View ▸ Language (kept in QSettings).

``install()`` loads Berth's catalogue (resources/i18n/berth_<lang>.qm) and Qt's own (qtbase_<lang>.qm, for
the standard buttons and dialogs) before any widget is built. Every widget sets its texts once, when it is
made, so a language picked later applies from the next start: ``restart()`` starts Berth again with the
same arguments. English is the source language and needs no catalogue.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QProcess, QSettings, QTranslator

log = logging.getLogger("berth.locale")

SETTINGS_KEY = "ui/language"  # "" = follow the system; else a language code ("en", "ko")
SOURCE_LANGUAGE = "en"
#: Each language's name in that language: a menu of languages must be readable by whoever needs it.
NATIVE_NAMES = {"en": "English", "ko": "한국어"}

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def i18n_dir() -> Path:
    from .app import resources_dir

    return resources_dir() / "i18n"


def qt_translations_dir() -> Path:
    """Qt's own catalogues: PySide6's translations folder (or the bundle's, through Qt's library info)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def available_languages() -> list[str]:
    """English, then every language Berth has a compiled catalogue for."""
    found = sorted(p.stem.split("_", 1)[1] for p in i18n_dir().glob("berth_*.qm") if "_" in p.stem)
    return [SOURCE_LANGUAGE] + [code for code in found if code != SOURCE_LANGUAGE]


def _code(name: str) -> str:
    return name.replace("-", "_").split("_", 1)[0].lower()


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages that Berth speaks; English otherwise."""
    app = QCoreApplication.instance()
    if locale is None and app is not None and app.property("berthTest"):
        return SOURCE_LANGUAGE  # tests read the same texts whatever the machine's locale
    locale = locale or QLocale.system()
    available = available_languages()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = _code(name)
        if code in available:
            return code
        if code == "c" or code == "en":
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def saved_language() -> str:
    """The language picked in the menu, or "" to follow the system."""
    value = QSettings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) else ""


def save_language(code: str) -> None:
    s = QSettings()
    s.setValue(SETTINGS_KEY, code)
    s.sync()


def effective_language() -> str:
    saved = saved_language()
    if saved and saved in available_languages():
        return saved
    return system_language()


def current_language() -> str:
    """The language whose catalogues are installed now."""
    return _current


def install(language: str | None = None) -> str:
    """Install the catalogues of *language* (default: the effective one), replacing Berth's previous
    ones. Returns the language installed; widgets built afterwards use it."""
    global _current
    app = QCoreApplication.instance()
    language = language or effective_language()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = SOURCE_LANGUAGE
    if app is None:
        return _current
    if language != SOURCE_LANGUAGE:
        berth = QTranslator(app)
        if berth.load(f"berth_{language}", str(i18n_dir())):
            QCoreApplication.installTranslator(berth)
            _installed.append(berth)
            _current = language
        else:
            log.warning("no catalogue for %s in %s", language, i18n_dir())
            return _current
        qt = QTranslator(app)
        for folder in (qt_translations_dir(), i18n_dir()):
            if qt.load(f"qtbase_{language}", str(folder)):
                QCoreApplication.installTranslator(qt)
                _installed.append(qt)
                break
        else:
            log.info("Qt's own catalogue qtbase_%s was not found", language)
    app.setProperty("berthLanguage", _current)
    return _current


def ensure_installed() -> str:
    """Install the effective language once per application (later calls keep what is there)."""
    app = QCoreApplication.instance()
    if app is not None and app.property("berthLanguage"):
        return _current
    return install()


def translate_in(language: str, context: str, source: str) -> str:
    """*source* in *language* (which need not be the installed one), or "" when there is no translation."""
    if language == SOURCE_LANGUAGE:
        return source
    translator = QTranslator()
    if not translator.load(f"berth_{language}", str(i18n_dir())):
        return ""
    return translator.translate(context, source) or ""


def restart_command() -> tuple[str, list[str], str]:
    """(program, arguments, working folder) that start this Berth again with the same arguments."""
    args = sys.argv[1:]
    if getattr(sys, "frozen", False):
        return sys.executable, args, str(Path.cwd())
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.suffix != ".py" and argv0.exists() and argv0.name not in ("-c", "-m"):
        return str(argv0.resolve()), args, str(Path.cwd())  # the `berth` console script
    package_parent = Path(__file__).resolve().parent.parent
    return sys.executable, ["-m", "gui", *args], str(package_parent)


def restart(window=None) -> bool:
    """Close *window* (saving its settings and ending its streams), start Berth again, and quit."""
    program, args, folder = restart_command()
    if window is not None:
        window.close()
    started, _pid = QProcess.startDetached(program, args, folder)
    if started:
        QCoreApplication.quit()
    else:
        log.error("could not start %s %s again", program, args)
    return bool(started)
