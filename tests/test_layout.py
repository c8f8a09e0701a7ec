"""Project rules that are checked mechanically."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import gui

ROOT = Path(__file__).resolve().parent.parent


def test_backend_imports_no_qt():
    """gui/backend stays Qt-free: checked on the source, and by importing it in a clean interpreter."""
    offenders = []
    for path in (ROOT / "gui" / "backend").rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.ImportFrom) and node.level > 0 and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6") for n in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"the backend imports Qt: {offenders}"
    modules = sorted(p.stem for p in (ROOT / "gui" / "backend").glob("*.py") if p.stem != "__init__")
    code = (
        "import sys\n"
        + "".join(f"import gui.backend.{m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_version_flag():
    for cmd in ([sys.executable, "-m", "gui", "--version"],):
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True, timeout=60)
        assert out.stdout.strip() == f"Berth {gui.__version__}"


def test_pyproject_version_matches_package():
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert meta["project"]["version"] == gui.__version__
    assert meta["project"]["gui-scripts"]["berth"] == "gui.__main__:main"


def _pytest_one_engine_test(env_extra: dict) -> subprocess.CompletedProcess:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTEST_ADDOPTS", "PYTEST_CURRENT_TEST")}
    env.update(env_extra, BERTH_LAB_DISABLE="1")
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/backend/test_service.py::test_info_and_lists"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_engine_skip_is_a_failure_under_ci():
    """Without a lab, engine tests skip with a how-to; with CI=true the same run fails."""
    local = _pytest_one_engine_test({})
    assert local.returncode == 0, local.stdout[-1500:]
    assert "1 skipped" in local.stdout and "BERTH_LAB_DISABLE" in local.stdout
    ci = _pytest_one_engine_test({"CI": "true"})
    assert ci.returncode != 0, ci.stdout[-1500:]
    assert "engine tests cannot run while CI=true" in ci.stdout


def test_berth_command_is_installed_beside_python():
    import shutil
    from pathlib import Path as P

    berth = P(sys.executable).with_name("berth")
    if not berth.exists():
        berth = shutil.which("berth")
    assert berth, "the berth command is not installed (pip install -e .)"
    out = subprocess.run([str(berth), "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == f"Berth {gui.__version__}"


def test_berth_never_runs_a_shell():
    """Everything goes through the engine's API: no subprocess, os.system or os.popen in the app."""
    offenders = []
    for path in (ROOT / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                if any(n.split(".")[0] in ("subprocess", "pty") for n in names):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {names}")
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os" \
                    and node.attr in ("system", "popen", "execv", "execvp", "spawnv", "spawnvp"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} os.{node.attr}")
    assert not offenders, offenders
