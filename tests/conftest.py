"""Test set-up: user-state isolation, the private engine lab, and a fixture that fails leaked work.

Engine tests are marked ``engine``. Where the lab cannot run (no root, no dockerd) they skip with a message
that says how to enable them; with CI=true such a skip fails the run instead.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

import pytest

# -- isolation of the user's state (before Qt or docker are imported anywhere) ----------------------------
_STATE = Path(tempfile.mkdtemp(prefix="berth-tests-"))
os.environ["DOCKER_CONFIG"] = str(_STATE / "docker-config")
(_STATE / "docker-config").mkdir()
(_STATE / "docker-config" / "config.json").write_text("{}")
os.environ["XDG_CONFIG_HOME"] = str(_STATE / "config")
os.environ["XDG_DATA_HOME"] = str(_STATE / "data")
os.environ["XDG_CACHE_HOME"] = str(_STATE / "cache")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never use the default engine: an unset DOCKER_HOST would mean /var/run/docker.sock.
os.environ["DOCKER_HOST"] = "unix://" + str(_STATE / "no-default-engine.sock")
for _var in ("DOCKER_CONTEXT", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"):
    os.environ.pop(_var, None)

from tests import lab as lab_module  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_configure(config) -> None:
    config._berth_engine_skips = []


@pytest.fixture(scope="session")
def qapp_args():
    return ["berth-tests"]


@pytest.fixture(scope="session", autouse=True)
def _qt_test_mode(qapp):
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    qapp.setProperty("berthTest", True)
    QCoreApplication.setOrganizationName("BerthTests")
    QCoreApplication.setApplicationName("berth-tests")
    yield


def _lab_or_skip():
    reason = lab_module.unavailable_reason()
    if reason:
        message = f"{reason}. The README's test command sets this up."
        if IN_CI:
            pytest.fail(f"engine tests cannot run while CI=true: {message}", pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="session")
def lab():
    """The session-wide private engine, with the busybox test image and a seeded loopback registry."""
    _lab_or_skip()
    the_lab = lab_module.EngineLab().start()
    yield the_lab
    the_lab.close()


@pytest.fixture
def fresh_lab():
    """An engine of the test's own, for tests that kill, restart or empty it."""
    _lab_or_skip()
    the_lab = lab_module.EngineLab().start(registry=False)
    yield the_lab
    the_lab.close()


@pytest.fixture
def engine(lab):
    """The session lab, with every container a test made removed afterwards."""
    api = lab.api()
    before = {c["Id"] for c in api.containers(all=True)}
    yield lab
    for c in api.containers(all=True):
        if c["Id"] not in before:
            try:
                api.remove_container(c["Id"], force=True, v=True)
            except Exception:  # noqa: BLE001 - already gone
                pass
    api.close()


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        if {"lab", "fresh_lab", "engine"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.engine)


def pytest_runtest_logreport(report) -> None:
    if report.skipped and "engine" in report.keywords:
        _engine_skips.append(report.nodeid)


_engine_skips: list[str] = []


def pytest_sessionfinish(session, exitstatus) -> None:
    if IN_CI and _engine_skips:
        session.config._berth_failed_skips = list(_engine_skips)
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    skips = getattr(config, "_berth_failed_skips", None)
    if skips:
        terminalreporter.write_line(
            f"CI=true, but {len(skips)} engine test(s) were skipped: the run fails.", red=True)


# -- leaked work ------------------------------------------------------------------------------------------
@pytest.fixture(autouse=True)
def no_leaked_work(request):
    """Fail a test that leaves tasks, pool threads or Berth threads running."""
    threads_before = set(threading.enumerate())
    yield
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    from gui import tasks

    app = QCoreApplication.instance()
    deadline = QDeadlineTimer(10_000)

    def busy():
        runners = tasks.live_runners()
        return [(r, r.active, r.pool.activeThreadCount()) for r in runners
                if r.active or r.pool.activeThreadCount()]

    while busy() and not deadline.hasExpired():
        if app is not None:
            app.processEvents()
        threading.Event().wait(0.01)
    leftovers = busy()
    if leftovers:
        names = [n for r, _, _ in leftovers for n in r.live_names()]
        for r, _, _ in leftovers:
            r.shutdown(2000)
        pytest.fail(f"test left work running: {names or 'pool threads'}", pytrace=False)
    new_threads = [t for t in set(threading.enumerate()) - threads_before
                   if t.is_alive() and t.name.startswith("berth")]
    if new_threads:
        pytest.fail(f"test left threads running: {[t.name for t in new_threads]}", pytrace=False)


@pytest.fixture
def make_window(qtbot):
    """Build the real main window (gui.app.create_window) and close it, with all its work, afterwards."""
    from gui.app import create_window

    windows = []

    def make(docker_host: str | None = None, show: bool = True):
        window = create_window(docker_host)
        windows.append(window)
        if show:
            window.show()
        return window

    yield make
    for window in windows:
        window.close()
        runner = window.runner
        qtbot.waitUntil(lambda: runner.active == 0, timeout=10_000)
        window.deleteLater()
