"""Berth's translations: extract every translatable string from gui/, merge it into the .ts files, and
compile them to the .qm files Berth ships.

    python packaging/i18n.py update    # sources -> resources/i18n/berth_<lang>.ts, then .ts -> .qm
    python packaging/i18n.py compile   # .ts -> .qm only (pyside6-lrelease)
    python packaging/i18n.py check     # exit 1 if a .ts is out of date, unfinished, or a .qm is stale
    python packaging/i18n.py unfinished [lang]   # list the messages still to translate

Why not pyside6-lupdate alone: its Python parser files ``tr = self.tr; tr("…")`` and module-level
``tr("…")`` helpers under an empty context, skips wrappers such as ``_tr("Name")`` around
``QCoreApplication.translate(CTX, text)``, and cannot resolve a context held in a constant
(``QT_TRANSLATE_NOOP(CTX, "…")``). At run time Qt looks a message up by its exact context, so each of those
strings would stay English. This extractor reads the code with Python's ``ast`` and resolves the context the
way Qt will at run time: the enclosing class for ``self.tr`` (PySide6 looks the class names of the
object's MRO up), the literal or module constant for ``translate`` and ``QT_TRANSLATE_NOOP``, and the
constant inside one-line wrapper functions. ``lupdate_sources()`` runs pyside6-lupdate as a cross-check: the
tests require every string lupdate finds to be found here too.

The .ts files keep their translations across updates. A message whose English text already has a finished
translation in another context gets that translation (same English, same Korean); everything else new is
``unfinished`` until someone translates it. Messages that left the code are kept as ``vanished`` (lrelease
skips them) so that a string that comes back keeps its translation.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ko",)  # English is the source language and needs no catalogue

TRANSLATE_NAMES = {"translate"}  # QCoreApplication.translate(ctx, text[, disambiguation[, n]])
TRANSLATE_OWNERS = {"QCoreApplication", "QGuiApplication", "QApplication"}
NOOP_NAMES = {"QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}
TR_NOOP_NAMES = {"QT_TR_NOOP"}


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Extraction:
    messages: dict[Key, set[str]] = field(default_factory=dict)  # key -> relative file names
    warnings: list[str] = field(default_factory=list)

    def add(self, key: Key, filename: str) -> None:
        self.messages.setdefault(key, set()).add(filename)


# -- extraction ---------------------------------------------------------------------------------------
def _strings(node: ast.AST | None) -> list[str] | None:
    """The literal strings an argument can be: a constant, an implicit or + concatenation, or both
    branches of ``a if c else b``. None if it is not literal."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _strings(node.left), _strings(node.right)
        if left is not None and right is not None and len(left) == 1 and len(right) == 1:
            return [left[0] + right[0]]
        return None
    if isinstance(node, ast.IfExp):
        a, b = _strings(node.body), _strings(node.orelse)
        if a is not None and b is not None:
            return a + b
    return None


def _call_name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _ModuleScan(ast.NodeVisitor):
    """Module-level string constants, class-level string constants, and translate wrappers."""

    def __init__(self, tree: ast.Module) -> None:
        self.constants: dict[str, str] = {}
        self.class_constants: dict[str, dict[str, str]] = {}
        self.wrappers: dict[str, tuple[str | None, int]] = {}  # name -> (context or None = class, arg index)
        for node in tree.body:
            self._constant(node, self.constants)
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                consts: dict[str, str] = {}
                for item in node.body:
                    self._constant(item, consts)
                self.class_constants[node.name] = consts
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self._wrapper(node)

    @staticmethod
    def _constant(node: ast.AST, into: dict[str, str]) -> None:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            value = _strings(node.value)
            if value is not None and len(value) == 1:
                into[node.targets[0].id] = value[0]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            value = _strings(node.value)
            if value is not None and len(value) == 1:
                into[node.target.id] = value[0]

    def _wrapper(self, fn: ast.FunctionDef) -> None:
        params = [a.arg for a in fn.args.args]
        if not params:
            return
        for node in ast.walk(fn):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            if not (isinstance(node.func, ast.Attribute) and node.func.attr in TRANSLATE_NAMES
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in TRANSLATE_OWNERS):
                continue
            ctx_node, src_node = node.args[0], node.args[1]
            if isinstance(src_node, ast.Name) and src_node.id in params:
                ctx = None
                if isinstance(ctx_node, ast.Constant) and isinstance(ctx_node.value, str):
                    ctx = ctx_node.value
                elif isinstance(ctx_node, ast.Name):
                    ctx = self.constants.get(ctx_node.id)
                if ctx is not None:
                    self.wrappers[fn.name] = (ctx, params.index(src_node.id))
                    return


class _Extractor(ast.NodeVisitor):
    def __init__(self, scan: _ModuleScan, filename: str, out: Extraction) -> None:
        self.scan = scan
        self.filename = filename
        self.out = out
        self.classes: list[str] = []
        self.scopes: list[dict[str, str]] = [{}]  # local aliases: name -> "tr" | "translate"

    # scopes ----------------------------------------------------------------------------------------
    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self.scopes.append({})
        self.generic_visit(node)
        self.scopes.pop()

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802
        # tr = self.tr  /  tr = QCoreApplication.translate
        if len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Attribute):
            attr = node.value.attr
            if attr == "tr":
                self.scopes[-1][node.targets[0].id] = "tr"
            elif attr in TRANSLATE_NAMES and isinstance(node.value.value, ast.Name) and \
                    node.value.value.id in TRANSLATE_OWNERS:
                self.scopes[-1][node.targets[0].id] = "translate"
        self.generic_visit(node)

    def _alias(self, name: str) -> str | None:
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        return None

    # contexts --------------------------------------------------------------------------------------
    def _context(self, node: ast.AST, lineno: int) -> str | None:
        values = _strings(node)
        if values is not None and len(values) == 1:
            return values[0]
        if isinstance(node, ast.Name):
            if self.classes and node.id in self.scan.class_constants.get(self.classes[-1], {}):
                return self.scan.class_constants[self.classes[-1]][node.id]
            if node.id in self.scan.constants:
                return self.scan.constants[node.id]
        if isinstance(node, ast.Attribute):
            # self.CTX / ClassName.CTX
            owner = node.value
            cls = None
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and self.classes:
                cls = self.classes[-1]
            elif isinstance(owner, ast.Name):
                cls = owner.id
            if cls and node.attr in self.scan.class_constants.get(cls, {}):
                return self.scan.class_constants[cls][node.attr]
            # type(self).__name__ / self.__class__.__name__
            if node.attr == "__name__" and self.classes:
                return self.classes[-1]
        self.out.warnings.append(f"{self.filename}:{lineno}: cannot tell the translation context")
        return None

    def _add(self, context: str | None, node: ast.AST, comment_node: ast.AST | None, lineno: int,
             what: str) -> None:
        if context is None:
            return
        sources = _strings(node)
        if sources is None:
            self.out.warnings.append(f"{self.filename}:{lineno}: {what}() of a text that is not a literal "
                                     "string: it cannot be extracted")
            return
        comment = ""
        if comment_node is not None:
            c = _strings(comment_node)
            if c is not None and len(c) == 1:
                comment = c[0]
        for source in sources:
            if source:
                self.out.add(Key(context, source, comment), self.filename)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        func = node.func
        name = _call_name(func)
        args = node.args
        lineno = node.lineno
        class_ctx = self.classes[-1] if self.classes else None
        if isinstance(func, ast.Attribute) and name == "tr" and args:
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id not in ("self", "cls") and owner.id in \
                    self.scan.class_constants:
                ctx = owner.id
            else:
                ctx = class_ctx
            if ctx is None:
                self.out.warnings.append(f"{self.filename}:{lineno}: tr() outside a class")
            self._add(ctx, args[0], args[1] if len(args) > 1 else None, lineno, "tr")
        elif isinstance(func, ast.Name) and self._alias(name) == "tr" and args:
            self._add(class_ctx, args[0], args[1] if len(args) > 1 else None, lineno, "tr")
        elif len(args) >= 2 and ((isinstance(func, ast.Attribute) and name in TRANSLATE_NAMES
                                  and isinstance(func.value, ast.Name) and func.value.id in TRANSLATE_OWNERS)
                                 or (isinstance(func, ast.Name) and self._alias(name) == "translate")):
            ctx = self._context(args[0], lineno)
            self._add(ctx, args[1], args[2] if len(args) > 2 else None, lineno, "translate")
        elif name in NOOP_NAMES and len(args) >= 2:
            ctx = self._context(args[0], lineno)
            self._add(ctx, args[1], args[2] if len(args) > 2 else None, lineno, "QT_TRANSLATE_NOOP")
        elif name in TR_NOOP_NAMES and args:
            self._add(class_ctx, args[0], None, lineno, "QT_TR_NOOP")
        elif isinstance(func, ast.Name) and name in self.scan.wrappers and self._alias(name) is None:
            ctx, index = self.scan.wrappers[name]
            if len(args) > index:
                self._add(ctx, args[index], None, lineno, name)
        self.generic_visit(node)


def source_files(root: Path = SOURCES) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def extract(files: list[Path] | None = None) -> Extraction:
    out = Extraction()
    for path in files if files is not None else source_files():
        rel = path.resolve().relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        scan = _ModuleScan(tree)
        _Extractor(scan, rel, out).visit(tree)
    return out


# -- .ts files ----------------------------------------------------------------------------------------
@dataclass
class Entry:
    translation: str = ""
    kind: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"
    files: set[str] = field(default_factory=set)


def ts_path(language: str) -> Path:
    return I18N / f"berth_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"berth_{language}.qm"


def _repo_relative(ts_file: Path, filename: str) -> str:
    """A <location filename> (relative to the .ts) as a path relative to the repository."""
    full = Path(os.path.normpath(ts_file.resolve().parent / filename))
    try:
        return full.relative_to(ROOT).as_posix()
    except ValueError:
        return filename


def read_ts(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            text = (tr.text or "") if tr is not None else ""
            files = {_repo_relative(path, loc.get("filename", "")) for loc in message.iter("location")}
            entries[Key(name, source, comment)] = Entry(text, kind, files)
    return entries


def _indent(elem: ET.Element, level: int = 0) -> None:
    pad = "\n" + "    " * level
    if len(elem):
        if not (elem.text or "").strip():
            elem.text = pad + "    "
        for child in elem:
            _indent(child, level + 1)
        if not (child.tail or "").strip():  # noqa: F821 - the last child
            child.tail = pad
    if level and not (elem.tail or "").strip():
        elem.tail = pad


def write_ts(path: Path, language: str, entries: dict[Key, Entry]) -> None:
    root = ET.Element("TS", {"version": "2.1", "language": {"ko": "ko_KR"}.get(language, language),
                             "sourcelanguage": "en"})
    by_context: dict[str, list[Key]] = {}
    for key in entries:
        by_context.setdefault(key.context, []).append(key)
    for ctx in sorted(by_context):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for key in sorted(by_context[ctx]):
            entry = entries[key]
            m = ET.SubElement(c, "message")
            for filename in sorted(entry.files):
                ET.SubElement(m, "location", {"filename": os.path.relpath(ROOT / filename, path.parent)
                                              .replace(os.sep, "/")})
            ET.SubElement(m, "source").text = key.source
            if key.comment:
                ET.SubElement(m, "comment").text = key.comment
            t = ET.SubElement(m, "translation")
            if entry.kind:
                t.set("type", entry.kind)
            t.text = entry.translation
    _indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def merged(extraction: Extraction, old: dict[Key, Entry], ts_file: Path) -> dict[Key, Entry]:
    """The new catalogue: every extracted message, with its old translation where there is one."""
    known: dict[str, str] = {}
    for key, entry in old.items():
        if entry.kind in ("", "vanished", "obsolete") and entry.translation and entry.kind != "unfinished":
            known.setdefault(key.source, entry.translation)
    out: dict[Key, Entry] = {}
    for key, files in extraction.messages.items():
        rel = {f for f in files}
        previous = old.get(key)
        if previous is not None and previous.translation and previous.kind != "unfinished":
            out[key] = Entry(previous.translation, "", rel)
        elif previous is not None and previous.translation:
            out[key] = Entry(previous.translation, "unfinished", rel)
        elif key.source in known:
            out[key] = Entry(known[key.source], "", rel)
        else:
            out[key] = Entry("", "unfinished", rel)
    for key, entry in old.items():
        if key not in out and entry.translation and entry.kind != "unfinished":
            out[key] = Entry(entry.translation, "vanished", set())
    return out


def catalogue_matches(extraction: Extraction, entries: dict[Key, Entry]) -> tuple[set[Key], set[Key]]:
    """(messages in the code but not live in the .ts, live .ts messages the code no longer has)."""
    live = {k for k, e in entries.items() if e.kind not in ("vanished", "obsolete")}
    code = set(extraction.messages)
    return code - live, live - code


# -- tools --------------------------------------------------------------------------------------------
def qt_tool(name: str) -> str:
    """pyside6-lrelease / pyside6-lupdate: the binary inside PySide6's folder, else on PATH."""
    try:
        import PySide6

        folder = Path(PySide6.__file__).resolve().parent
        for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
            if candidate.exists():
                return str(candidate)
    except ImportError:
        pass
    for candidate in (f"pyside6-{name}", name):
        found = shutil.which(candidate)
        if found:
            return found
    raise FileNotFoundError(f"{name} was not found: install PySide6 (it ships {name})")


def compile_qm(language: str, out: Path | None = None) -> Path:
    target = out or qm_path(language)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)], check=True)
    return target


def lupdate_sources(files: list[Path] | None = None) -> set[Key]:
    """What pyside6-lupdate finds in the same files (a cross-check of the extractor)."""
    files = files if files is not None else source_files()
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "lupdate_ko.ts"
        subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "none", *map(str, files), "-ts", str(ts)],
                       check=True, capture_output=True)
        return set(read_ts(ts))


# -- commands -----------------------------------------------------------------------------------------
def update(languages=LANGUAGES) -> int:
    extraction = extract()
    for warning in extraction.warnings:
        print("warning:", warning, file=sys.stderr)
    for language in languages:
        path = ts_path(language)
        entries = merged(extraction, read_ts(path), path)
        write_ts(path, language, entries)
        todo = sum(1 for e in entries.values() if e.kind == "unfinished")
        live = sum(1 for e in entries.values() if e.kind not in ("vanished", "obsolete"))
        print(f"{path.relative_to(ROOT)}: {live} messages, {todo} unfinished")
        compile_qm(language)
    return 0


def check(languages=LANGUAGES) -> int:
    extraction = extract()
    problems: list[str] = []
    for language in languages:
        entries = read_ts(ts_path(language))
        missing, stale = catalogue_matches(extraction, entries)
        problems += [f"{language}: not in the .ts: {k.context}: {k.source!r}" for k in sorted(missing)]
        problems += [f"{language}: no longer in the code: {k.context}: {k.source!r}" for k in sorted(stale)]
        problems += [f"{language}: unfinished: {k.context}: {k.source!r}" for k, e in sorted(entries.items())
                     if e.kind == "unfinished"]
        with tempfile.TemporaryDirectory() as tmp:
            fresh = compile_qm(language, Path(tmp) / "fresh.qm")
            if not qm_path(language).exists() or fresh.read_bytes() != qm_path(language).read_bytes():
                problems.append(f"{language}: {qm_path(language).name} is older than its .ts")
    for p in problems:
        print(p)
    if problems:
        print("Run: python packaging/i18n.py update, translate the unfinished messages, then update again.")
    return 1 if problems else 0


def unfinished(languages=LANGUAGES) -> int:
    for language in languages:
        for key, entry in sorted(read_ts(ts_path(language)).items()):
            if entry.kind == "unfinished":
                print(f"{language}\t{key.context}\t{key.source!r}")
    return 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    languages = tuple(argv[1:]) or LANGUAGES
    if command == "update":
        return update(languages)
    if command == "compile":
        for language in languages:
            compile_qm(language)
        return 0
    if command == "check":
        return check(languages)
    if command == "unfinished":
        return unfinished(languages)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
