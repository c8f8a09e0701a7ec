"""The Korean catalogue is complete, matches the code, and its compiled .qm is the one shipped."""

from __future__ import annotations

import re
import textwrap

import pytest

from . import i18n_tool

PLACEHOLDER = re.compile(r"%\d|%n|\{[A-Za-z_][A-Za-z0-9_]*\}|\{\{|\}\}|<[^>]+>")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
DOCKER_COMMAND = re.compile(r"docker (?:run|pull|rm|rmi|stop|start|restart|kill|pause|unpause|logs|images|"
                            r"image prune|ps|login)\b(?: -{1,2}[a-z]+)*")
WORDS = re.compile(r"[A-Za-z]{2,}(?:[ ,'-]+[A-Za-z]{2,}){2,}")


@pytest.fixture(scope="module")
def tool():
    return i18n_tool()


@pytest.fixture(scope="module")
def extraction(tool):
    return tool.extract()


@pytest.fixture(scope="module")
def korean(tool):
    return tool.read_ts(tool.ts_path("ko"))


def _live(entries):
    return {k: e for k, e in entries.items() if e.kind not in ("vanished", "obsolete")}


def test_every_string_in_the_code_is_in_the_korean_catalogue(extraction, korean, tool):
    missing, stale = tool.catalogue_matches(extraction, korean)
    assert not missing, "run `python packaging/i18n.py update` and translate:\n" + "\n".join(
        f"  {k.context}: {k.source!r}" for k in sorted(missing))
    assert not stale, "messages the code no longer has are still live in the .ts:\n" + "\n".join(
        f"  {k.context}: {k.source!r}" for k in sorted(stale))


def test_the_korean_catalogue_has_no_unfinished_message(korean):
    unfinished = [k for k, e in _live(korean).items() if e.kind == "unfinished" or not e.translation]
    assert not unfinished, "untranslated:\n" + "\n".join(f"  {k.context}: {k.source!r}" for k in unfinished)


def test_translations_keep_every_placeholder(korean):
    wrong = [(k, e.translation) for k, e in _live(korean).items()
             if sorted(PLACEHOLDER.findall(k.source)) != sorted(PLACEHOLDER.findall(e.translation))]
    assert not wrong, "\n".join(f"  {k.source!r} -> {t!r}" for k, t in wrong)


def test_prose_is_really_translated(korean):
    """A sentence left in English (copied through) is caught: prose must come out with Hangul in it,
    unless it is a command, which is never translated."""
    copied = [k for k, e in _live(korean).items()
              if WORDS.search(k.source) and not HANGUL.search(e.translation)
              and not e.translation.lstrip("# ").startswith("docker ")]
    assert not copied, "\n".join(f"  {k.context}: {k.source!r}" for k in copied)


def test_commands_and_docker_terms_stay_as_they_are(korean):
    """Commands and options are never translated, and Korean keeps Docker's terms: 이미지, 컨테이너, 볼륨, 포트."""
    wrong = []
    terms = {"image": "이미지", "container": "컨테이너", "volume": "볼륨", "port": "포트"}
    for key, entry in _live(korean).items():
        for command in DOCKER_COMMAND.findall(key.source):
            if command not in entry.translation:
                wrong.append(f"{key.source!r} -> {entry.translation!r} lacks the command {command!r}")
        for option in re.findall(r"\((--?[a-z][a-z-]*(?:=[a-z]+)?)\)", key.source):
            if option not in entry.translation:
                wrong.append(f"{key.source!r} -> {entry.translation!r} lacks the option {option!r}")
        words = re.sub(r"\{[^}]*\}|\S*/\S*", " ", key.source)  # placeholders and paths are not words
        for english, term in terms.items():
            if re.search(rf"\b{english}s?\b", words, re.IGNORECASE) and HANGUL.search(entry.translation) \
                    and term not in entry.translation:
                wrong.append(f"{key.source!r} -> {entry.translation!r} lacks {term}")
    assert not wrong, "\n".join(wrong)


def test_the_shipped_qm_is_compiled_from_the_ts(tool, korean, qapp):
    """The .qm Berth ships says what the .ts says, message for message (compared through QTranslator, so
    that another lrelease version's byte layout does not matter)."""
    from PySide6.QtCore import QTranslator

    shipped = tool.qm_path("ko")
    assert shipped.exists(), f"{shipped} is missing: run `python packaging/i18n.py compile`"
    translator = QTranslator()
    assert translator.load(str(shipped))
    stale = [(k, e.translation, translator.translate(k.context, k.source, k.comment or None))
             for k, e in _live(korean).items()
             if translator.translate(k.context, k.source, k.comment or None) != e.translation]
    assert not stale, "the .qm is older than the .ts: run `python packaging/i18n.py compile`\n" + "\n".join(
        f"  {k.context}: {k.source!r}: .ts {t!r}, .qm {q!r}" for k, t, q in stale[:20])


def test_the_extractor_finds_everything_lupdate_finds(tool, extraction):
    """pyside6-lupdate is the reference for what counts as a translatable string: every source text it
    finds is found here too (here with the context Qt will look it up by)."""
    found = {k.source for k in extraction.messages}
    contexts = {k.context for k in extraction.messages}
    missed = []
    for key in tool.lupdate_sources():
        if key.source in found:
            continue
        if not key.context and key.source in contexts:
            continue  # lupdate read tr("Context", "text") through an alias as tr(source="Context")
        missed.append(key)
    assert not missed, missed


def test_the_extractor_resolves_contexts_as_qt_does(tool, tmp_path):
    source = tmp_path / "sample.py"
    source.write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication
        from .i18n import QT_TRANSLATE_NOOP
        CTX = "Module"

        def _tr(text):
            return QCoreApplication.translate(CTX, text)

        class Window:
            KIND = "Kinds"
            def build(self):
                self.tr("plain")
                tr = self.tr
                tr("aliased")
                self.tr("a" if x else "b")
                _tr("wrapped")
                QCoreApplication.translate("Other", "explicit", "a comment")
                QT_TRANSLATE_NOOP(CTX, "marked")
                QT_TRANSLATE_NOOP(self.KIND, "class constant")
                t = QCoreApplication.translate
                t("Alias", "through an alias")
                self.tr(f"{x} dynamic")

        def translate(exc, host):  # not Qt's: an error translator
            return exc

        translate("not", "a message")
    '''))
    out = tool.extract([source]) if False else None
    # extract() takes paths inside the repository; parse this one through the same classes.
    import ast
    tree = ast.parse(source.read_text())
    result = tool.Extraction()
    tool._Extractor(tool._ModuleScan(tree), "sample.py", result).visit(tree)
    got = {(k.context, k.source, k.comment) for k in result.messages}
    assert got == {
        ("Window", "plain", ""), ("Window", "aliased", ""), ("Window", "a", ""), ("Window", "b", ""),
        ("Module", "wrapped", ""), ("Other", "explicit", "a comment"), ("Module", "marked", ""),
        ("Kinds", "class constant", ""), ("Alias", "through an alias", ""),
    }
    assert out is None
    assert any("not a literal" in w for w in result.warnings)
