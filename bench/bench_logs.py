"""The log viewer at scale: loading a big log, following a fast producer, memory at a million lines.

Run as root (it starts a private engine lab):  python -m bench.bench_logs [--quick]

Figures, each measured in the same run as the engine's own speed:
- load: 200,000 lines, from opening the viewer to its last row on screen, against
  `docker logs <id> > /dev/null` of the same container (target 1.3x);
- follow: a producer writing as fast as the engine takes it, for 10 s (3 s with --quick): the rate, lines
  lost (target 0) and the longest GUI stall, from a 5 ms heartbeat timer (target 50 ms);
- memory: RSS growth of the app with 1,000,000 lines of ~75 characters loaded (250,000 with --quick;
  target 150 MB at a million).

The app runs in a child process (offscreen) so that its RSS is its own.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, json, sys, time
mode, host, cid = sys.argv[1], sys.argv[2], sys.argv[3]
from PySide6.QtCore import QElapsedTimer, QTimer
from gui.app import create_window, ensure_application
from gui.models.logs import MARKER
import psutil

app = ensure_application()
window = create_window(host)
window.resize(1200, 800)
window.show()
result = {}
proc = psutil.Process()


class Heartbeat:
    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.worst = 0
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def tick(self):
        self.worst = max(self.worst, self.clock.restart())

    def stop(self):
        self.timer.stop()
        return self.worst


beat = Heartbeat()
state = {}


def poll(predicate, then, interval=2):
    def check():
        if predicate():
            timer.stop()
            then()
    timer = QTimer(window)
    timer.timeout.connect(check)
    timer.start(interval)


def last_row_visible(viewer):
    view = viewer.view
    model = view.model()
    n = model.rowCount()
    if n == 0:
        return False
    return view.viewport().rect().intersects(view.visualRect(model.index(n - 1, 0)))


def lines_of(viewer):
    store = viewer.model.store
    return store.stdout_lines + store.stderr_lines


def finish():
    print(json.dumps(result), flush=True)
    window.close()
    app.quit()


def connected():
    return window.controller.state.connected and window.containers_page._loaded


def start():
    gc.collect()
    result["rss_before"] = proc.memory_info().rss
    if mode == "load":
        expected = int(sys.argv[4])
        beat.start()
        state["t0"] = time.perf_counter()
        viewer = window.open_logs(cid)
        def loaded():
            result["load_s"] = time.perf_counter() - state["t0"]
            result["stall_ms"] = beat.stop()
            result["rows"] = viewer.view.model().rowCount()
            QTimer.singleShot(0, finish)
        poll(lambda: lines_of(viewer) >= expected and last_row_visible(viewer), loaded)
    elif mode == "rss":
        expected = int(sys.argv[4])
        viewer = window.open_logs(cid)
        def loaded():
            gc.collect()
            def measure():
                gc.collect()
                result["rss_after"] = proc.memory_info().rss
                store = viewer.model.store
                result["rows"] = lines_of(viewer)
                result["spilled"] = store.spilled
                result["spill_mb"] = store.spill_bytes / 1e6
                result["hot_mb"] = store.hot_bytes / 1e6
                finish()
            QTimer.singleShot(1000, measure)
        poll(lambda: lines_of(viewer) >= expected, loaded, 20)
    elif mode == "idle":
        seconds = float(sys.argv[4])
        beat.start()
        def done():
            result["stall_ms"] = beat.stop()
            finish()
        QTimer.singleShot(int(seconds * 1000), done)
    elif mode == "follow":
        seconds = float(sys.argv[4])
        viewer = window.open_logs(cid)
        print("OPENED", flush=True)
        def started():
            beat.start()
            state["t0"] = time.perf_counter()
            QTimer.singleShot(int(seconds * 1000), stop)
        def stop():
            result["stall_ms"] = beat.stop()
            result["followed_s"] = time.perf_counter() - state["t0"]
            result["rows_at_stop"] = lines_of(viewer)
            print("STOP", flush=True)  # the parent kills the producer now
            poll(lambda: viewer.state == "ended" and not viewer.streaming, ended, 20)
        def ended():
            import hashlib
            store = viewer.model.store
            digest = hashlib.sha256()
            expected = 1
            gaps = 0
            for i in range(len(store)):
                if store.streams[i] == MARKER:
                    continue
                text = store.text(i)
                digest.update(text.encode() + b"\n")
                if text != str(expected):
                    gaps += 1
                    expected = int(text) if text.isdigit() else expected
                expected += 1
            result["rows"] = lines_of(viewer)
            result["sha256"] = digest.hexdigest()
            result["out_of_sequence"] = gaps
            result["spilled"] = store.spilled
            finish()
        poll(lambda: lines_of(viewer) > 0, started, 1)


poll(connected, start, 20)
app.exec()
"""


def child(env: dict, *args: str, stdin_lines=None, on_line=None, timeout: float = 900) -> dict:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    result = None
    try:
        for line in proc.stdout:
            line = line.strip()
            if on_line is not None and not line.startswith("{"):
                on_line(line)
            if line.startswith("{"):
                result = json.loads(line)
        proc.wait(timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
    if result is None:
        raise RuntimeError(f"child {args[0]} failed: {proc.stderr.read()[-3000:]}")
    return result


def docker_logs_seconds(lab, cid: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(["docker", "logs", cid], env=lab.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True, timeout=600)
    return time.perf_counter() - t0


def wait_log_lines(api, cid: str, expected: int, timeout: float = 300) -> None:
    """Until the engine has all *expected* lines of *cid*'s log (its last one holds the number *expected*)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tail = api.logs(cid, tail=1).strip()
        if str(expected).encode() in tail.split(b" "):
            return
        time.sleep(0.2)
    raise TimeoutError(f"the engine never logged {expected} lines")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 3 s follow, 250,000 lines of RSS")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    opts = parser.parse_args()
    repeat = 1 if opts.quick else 3
    follow_s = 3.0 if opts.quick else 10.0
    rss_lines = 250_000 if opts.quick else 1_000_000
    load_lines = 200_000

    sys.path.insert(0, str(ROOT))
    from tests.lab import TEST_IMAGE, EngineLab

    lab = EngineLab().start(registry=False)
    try:
        api = lab.api(timeout=300)
        env = dict(lab.env(), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(lab.root / "xdg"),
                   XDG_DATA_HOME=str(lab.root / "xdg-data"), PYTHONPATH=str(ROOT))
        figures: dict = {}

        # -- load -----------------------------------------------------------------------------------
        cid = api.create_container(TEST_IMAGE, ["sh", "-c", f"seq 1 {load_lines}; sleep 100000"],
                                   name="bench-load", stop_signal="SIGKILL")["Id"]
        api.start(cid)
        wait_log_lines(api, cid, load_lines)
        docker_logs_seconds(lab, cid)  # warm the caches
        loads, floors, stalls = [], [], []
        for _ in range(repeat):
            floors.append(docker_logs_seconds(lab, cid))
            res = child(env, "load", lab.docker_host, cid, str(load_lines))
            assert res["rows"] == load_lines, res
            loads.append(res["load_s"])
            stalls.append(res["stall_ms"])
        load_s, floor_s = statistics.median(loads), statistics.median(floors)
        figures.update(load_lines=load_lines, load_s=round(load_s, 3), docker_logs_s=round(floor_s, 3),
                       load_ratio=round(load_s / floor_s, 3), load_worst_stall_ms=max(stalls))
        print(f"load {load_lines:,} lines: open to last row {load_s:.3f} s vs `docker logs > /dev/null` "
              f"{floor_s:.3f} s = {load_s / floor_s:.2f}x (target 1.3x); worst stall while loading "
              f"{max(stalls)} ms", flush=True)
        api.remove_container(cid, force=True)

        # -- follow ---------------------------------------------------------------------------------
        # The same app, idle, for as long: how much this machine alone delays a 5 ms timer.
        idle = child(env, "idle", lab.docker_host, "-", str(follow_s))
        figures.update(idle_worst_stall_ms=idle["stall_ms"], load_average=round(os.getloadavg()[0], 2))
        cid = api.create_container(TEST_IMAGE, ["seq", "1", "2000000000"], name="bench-follow",
                                   stop_signal="SIGKILL")["Id"]
        timing = {}

        def on_line(line: str) -> None:
            if line == "OPENED":
                api.start(cid)
                timing["start"] = time.perf_counter()
            elif line == "STOP":
                api.kill(cid)
                timing["stop"] = time.perf_counter()

        res = child(env, "follow", lab.docker_host, cid, str(follow_s), on_line=on_line)
        engine_log = subprocess.run(["docker", "logs", cid], env=lab.env(), capture_output=True, check=True,
                                    timeout=600).stdout.split(b"\n")
        if engine_log and engine_log[-1] == b"":
            engine_log.pop()
        engine_lines = len(engine_log)
        digest = hashlib.sha256()
        for line in engine_log:
            digest.update(line + b"\n")
        identical = digest.hexdigest() == res["sha256"]
        # The kill may cut the last line short: the engine logs that piece as it is, and so does the viewer.
        in_sequence = res["out_of_sequence"] - (0 if engine_log[-1] == str(engine_lines).encode() else 1)
        produced_s = timing["stop"] - timing["start"]
        lost = engine_lines - res["rows"]
        figures.update(follow_s=round(res["followed_s"], 2), follow_engine_lines=engine_lines,
                       follow_rate_lines_per_s=round(engine_lines / produced_s),
                       follow_viewer_lines=res["rows"], follow_lost=lost, follow_identical_to_docker_logs=identical,
                       follow_out_of_sequence=in_sequence, follow_worst_stall_ms=res["stall_ms"])
        print(f"follow {res['followed_s']:.1f} s of a producer at engine speed: {engine_lines:,} lines "
              f"({engine_lines / produced_s:,.0f} lines/s the engine took), viewer has {res['rows']:,}: "
              f"{lost} lost, {in_sequence} out of sequence (target 0), identical to `docker logs`: "
              f"{identical}; longest GUI stall {res['stall_ms']} ms (target 50 ms; the idle app's own "
              f"worst on this machine: {idle['stall_ms']} ms, load average {os.getloadavg()[0]:.1f})",
              flush=True)
        api.remove_container(cid, force=True)

        # -- memory ---------------------------------------------------------------------------------
        script = (f"seq 1 {rss_lines} | sed 's/.*/2024-05-01 10:00:00.000 INFO request & served in 12 ms "
                  f"path=\\/api\\/v1\\/items status=200/'; sleep 100000")
        cid = api.create_container(TEST_IMAGE, ["sh", "-c", script], name="bench-rss", stop_signal="SIGKILL")["Id"]
        api.start(cid)
        wait_log_lines(api, cid, rss_lines)
        res = child(env, "rss", lab.docker_host, cid, str(rss_lines))
        growth = (res["rss_after"] - res["rss_before"]) / 1e6
        figures.update(rss_lines=rss_lines, rss_growth_mb=round(growth, 1),
                       rss_before_mb=round(res["rss_before"] / 1e6, 1), rss_after_mb=round(res["rss_after"] / 1e6, 1),
                       rss_spilled_lines=res["spilled"], rss_spill_file_mb=round(res["spill_mb"], 1),
                       rss_in_memory_text_mb=round(res["hot_mb"], 1))
        print(f"memory: {rss_lines:,} lines of ~75 characters: RSS {res['rss_before'] / 1e6:.0f} -> "
              f"{res['rss_after'] / 1e6:.0f} MB, growth {growth:.0f} MB (target 150 MB at 1,000,000); "
              f"{res['spilled']:,} lines spilled ({res['spill_mb']:.0f} MB on disk), "
              f"{res['hot_mb']:.0f} MB of text in memory", flush=True)
        api.remove_container(cid, force=True)

        if opts.json:
            Path(opts.json).write_text(json.dumps(figures, indent=2))
        return 0
    finally:
        lab.close()


if __name__ == "__main__":
    sys.exit(main())
