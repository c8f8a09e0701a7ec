"""Fixtures of the packaging tests: one bundle build per session, the .deb and tarball made from it,
a lab with containers and images in several states, and a private X server.

The tools come from Debian packages (named in each skip): the tests skip, saying which, when one
is missing; CI installs them all.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.berth.Berth"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
VERSION = PROJECT["version"]
SIZE_LIMIT_MB = 120
SELF_TEST_LINE = re.compile(
    r"^Berth (?P<version>\S+): Docker (?P<docker>\S+) \(API (?P<api>[\d.]+)\), "
    r"(?P<containers>\d+) containers?, (?P<images>\d+) images?$")
PREFIX = "berth-pkg"


def load_system_libs():
    """packaging/hooks/rth_system_libs.py as a module (it only checks anything when frozen)."""
    spec = importlib.util.spec_from_file_location("berth_rth_system_libs", PACKAGING / "hooks" / "rth_system_libs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian package {package})")
    return path


def need_root(why: str) -> None:
    if os.geteuid() != 0:
        pytest.skip(f"{why} needs root")


def run_env(lab=None, **extra: str) -> dict[str, str]:
    """The environment for a Berth process: the lab's DOCKER_HOST, English, and the session's
    throw-away XDG folders (set by tests/conftest.py)."""
    env = lab.env() if lab is not None else dict(os.environ)
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", LANGUAGE="en")
    env.update(extra)
    return env


def self_test(command: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([*command, "--self-test"], env=env, capture_output=True, text=True, timeout=timeout)


def parse_self_test(result: subprocess.CompletedProcess) -> dict[str, str]:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    match = SELF_TEST_LINE.match(lines[0])
    assert match, f"unexpected self-test line: {lines[0]!r}"
    return match.groupdict()


def lab_counts(lab) -> tuple[int, int]:
    """What the docker CLI shows: `docker ps -a` rows and `docker images` rows."""
    containers = lab.cli("ps", "-a", "-q").stdout.split()
    images = lab.cli("images", "--format", "{{.ID}} {{.Repository}}:{{.Tag}}").stdout.splitlines()
    return len(containers), len(images)


def assert_reports_lab(result: subprocess.CompletedProcess, lab) -> dict[str, str]:
    fields = parse_self_test(result)
    containers, images = lab_counts(lab)
    version = lab.api().version()
    assert fields["version"] == VERSION
    assert fields["docker"] == version["Version"]
    assert fields["api"] == version["ApiVersion"]
    assert (int(fields["containers"]), int(fields["images"])) == (containers, images)
    return fields


# -- lab state ------------------------------------------------------------------------------------
@pytest.fixture(scope="package")
def populated(lab):
    """The lab with containers in three states, an extra tag and a dangling image, like a real
    machine has; removed again when the packaging tests are done, so no other test sees them."""
    from tests.lab import TEST_IMAGE

    api = lab.api()
    made: list[str] = []
    try:
        made.append(api.create_container(TEST_IMAGE, "true", name=f"{PREFIX}-created")["Id"])
        exited = api.create_container(TEST_IMAGE, "true", name=f"{PREFIX}-exited")["Id"]
        made.append(exited)
        api.start(exited)
        api.wait(exited, timeout=30)
        running = api.create_container(TEST_IMAGE, ["sleep", "600"], name=f"{PREFIX}-running",
                                       stop_signal="SIGKILL")["Id"]
        made.append(running)
        api.start(running)
        api.tag(TEST_IMAGE, f"{PREFIX}/extra", "1")
        for n in (1, 2):  # the second build takes the tag: the first image is left dangling
            dockerfile = f"FROM {TEST_IMAGE}\nLABEL berth.packaging.build={n}\n".encode()
            for _ in api.build(fileobj=io.BytesIO(dockerfile), tag=f"{PREFIX}/dangling:1", rm=True, decode=True):
                pass
        assert lab.cli("images", "-q", "--filter", "dangling=true").stdout.split(), "no dangling image was made"
        yield lab
    finally:
        for cid in made:
            with contextlib.suppress(Exception):
                api.remove_container(cid, force=True)
        with contextlib.suppress(Exception):
            api.remove_image(f"{PREFIX}/extra:1")
        with contextlib.suppress(Exception):
            api.remove_image(f"{PREFIX}/dangling:1")
        for image_id in lab.cli("images", "-q", "--filter", "dangling=true", check=False).stdout.split():
            with contextlib.suppress(Exception):
                api.remove_image(image_id)
        api.close()


# -- builds ---------------------------------------------------------------------------------------
def _run_build(command: list[str], log: Path, what: str, timeout: float) -> str:
    started = time.monotonic()
    with open(log, "w") as out:
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=out, text=True, timeout=timeout, cwd=ROOT)
    if result.returncode != 0:
        tail = log.read_text(errors="replace")[-3000:]
        pytest.fail(f"{what} failed (exit {result.returncode}):\n{tail}", pytrace=False)
    sys.stderr.write(f"\n[{what}: {time.monotonic() - started:.0f} s]\n")
    return result.stdout.strip()


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """dist/berth, built once per session from packaging/berth.spec into a temporary folder."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    need("objdump", "binutils")  # PyInstaller reads ELF files with it
    out = tmp_path_factory.mktemp("pyinstaller")
    _run_build([sys.executable, "-m", "PyInstaller", str(PACKAGING / "berth.spec"), "--noconfirm",
                "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
               out / "pyinstaller.log", "PyInstaller build", timeout=900)
    path = out / "dist" / "berth"
    assert (path / "berth").is_file(), "the bundle has no berth executable"
    return path


@pytest.fixture(scope="session")
def deb(bundle, tmp_path_factory) -> Path:
    need("dpkg-deb", "dpkg")
    out = tmp_path_factory.mktemp("deb")
    path = _run_build(["bash", str(PACKAGING / "linux" / "build-deb.sh"), "--bundle", str(bundle),
                       "--output", str(out)], out / "build-deb.log", "build-deb.sh", timeout=900)
    return Path(path)


@pytest.fixture(scope="session")
def tarball(bundle, tmp_path_factory) -> Path:
    need("tar", "tar")
    out = tmp_path_factory.mktemp("tarball")
    path = _run_build(["bash", str(PACKAGING / "linux" / "build-tarball.sh"), "--bundle", str(bundle),
                       "--output", str(out)], out / "build-tarball.log", "build-tarball.sh", timeout=900)
    return Path(path)


# -- a private X server ---------------------------------------------------------------------------
class XServer:
    def __init__(self, display: str, proc: subprocess.Popen) -> None:
        self.display = display
        self.proc = proc

    def env(self, base: dict[str, str]) -> dict[str, str]:
        env = dict(base)
        env["DISPLAY"] = self.display
        env.pop("QT_QPA_PLATFORM", None)  # Qt's own choice, as on a desktop
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def run(self, *args: str, check: bool = True, timeout: float = 30) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), env=self.env(dict(os.environ)), capture_output=True, text=True,
                              check=check, timeout=timeout)


@pytest.fixture
def xserver():
    """Xvfb on a display number it picks itself (-displayfd), stopped after the test."""
    xvfb = need("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        if not number:
            pytest.fail("Xvfb did not start", pytrace=False)
        yield XServer(f":{number}", proc)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def wait_until(predicate, timeout: float, what: str, interval: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}", pytrace=False)
        time.sleep(interval)


def find_window(xserver: XServer, wm_class: str, proc: subprocess.Popen, timeout: float = 30) -> str:
    """The id of the first viewable top-level window whose WM_CLASS class is *wm_class*."""
    need("xdotool", "xdotool")

    def found():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the app exited with {proc.returncode} before showing a window:\n{out}\n{err}",
                        pytrace=False)
        result = xserver.run("xdotool", "search", "--onlyvisible", "--class", wm_class, check=False)
        ids = result.stdout.split()
        return ids[0] if ids else None

    return wait_until(found, timeout, f"a window of class {wm_class!r}")


def screenshot_when_settled(xserver: XServer, window: str, path: Path, timeout: float = 20) -> Path:
    """Grab the window until three grabs in a row are identical (it has finished drawing), then keep
    the last one as a PNG."""
    need("import", "imagemagick")
    raw = Path(f"{path}.rgba")
    state = {"last": None, "same": 0}

    def settled():
        xserver.run("import", "-window", window, f"rgba:{raw}")
        pixels = raw.read_bytes()
        state["same"] = state["same"] + 1 if pixels == state["last"] else 0
        state["last"] = pixels
        return state["same"] >= 2

    wait_until(settled, timeout, "the window to finish drawing", interval=0.3)
    raw.unlink()
    xserver.run("import", "-window", window, str(path))
    return path
