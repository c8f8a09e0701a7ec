"""Soak: thousands of engine events while the window is open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psutil

from tests.helpers import view_ids, wait_loaded

PAIRS = 5000

SCRIPT = r"""
import sys
from concurrent.futures import ThreadPoolExecutor
import docker
host, image, pairs, progress = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
api = docker.APIClient(base_url=host, version="1.41", timeout=120)
done = 0
def pair(i):
    cid = api.create_container(image, ["true"], name=f"soak-{i}")["Id"]
    api.remove_container(cid)
with ThreadPoolExecutor(4) as pool:
    for start in range(0, pairs, 100):
        list(pool.map(pair, range(start, min(pairs, start + 100))))
        done = min(pairs, start + 100)
        with open(progress, "w") as f:
            f.write(str(done))
"""


def _progress(path: Path) -> int:
    try:
        return int(path.read_text() or 0)
    except (OSError, ValueError):
        return 0


def test_soak_create_remove(engine, make_window, qtbot, tmp_path):
    window = make_window(engine.docker_host)
    wait_loaded(qtbot, window)
    progress = tmp_path / "progress"
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, engine.docker_host, "berth-test/busybox:latest",
                             str(PAIRS), str(progress)], stderr=subprocess.PIPE, text=True)
    me = psutil.Process()
    try:
        qtbot.waitUntil(lambda: _progress(progress) >= 500 or proc.poll() is not None, timeout=300_000)
        qtbot.wait(200)  # let the refresh for the first 500 land before reading the baseline
        rss_500 = me.memory_info().rss
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=1_200_000)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read()[-2000:]
    truth = set(engine.cli("ps", "-a", "-q", "--no-trunc").stdout.split())
    qtbot.waitUntil(lambda: set(view_ids(window.containers_view)) == truth, timeout=10_000)
    qtbot.waitUntil(lambda: window.runner.active <= 1, timeout=10_000)  # only the event stream remains
    assert window.runner.live_names() == ["engine.events"]
    rss_end = me.memory_info().rss
    growth = (rss_end - rss_500) / rss_500
    print(f"\nsoak: {PAIRS} create/remove pairs; RSS after 500 pairs {rss_500 / 1e6:.1f} MB, at the end "
          f"{rss_end / 1e6:.1f} MB ({growth:+.1%}); list requests {window.controller.list_requests}")
    assert growth < 0.10
