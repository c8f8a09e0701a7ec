"""Containers list at scale: cold start, refresh, idle CPU and memory with N created containers.

Run as root (it starts a private engine lab):  python -m bench.bench_containers [--quick] [--count N]

Figures, each against the engine's own speed measured in the same run:
- cold start to a populated list, against the floor: `import PySide6.QtWidgets, docker` plus one raw
  /containers/json?all=1 (target 1.3x);
- refresh: list requests per refresh (must be 1), model diff when nothing changed (target 10 ms), refresh
  time against the raw call (target 1.2x);
- idle CPU of the running app with the list loaded (target 0.5% of a core), beside dockerd's own;
- RSS of the app with the list loaded (target 120 MB), beside the floor process's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FLOOR = r"""
import sys, time, json
t0 = time.perf_counter()
import PySide6.QtWidgets, docker
api = docker.APIClient(base_url=sys.argv[1], version="1.41")
rows = api.containers(all=True)
import psutil
print(json.dumps({"rows": len(rows), "rss": psutil.Process().memory_info().rss, "at": time.time()}))
"""

CHILD = r"""
import sys, time, json, os
host, expected, idle_s = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
# The same start as `berth` (gui/__main__.py): the early list requests go out before Qt is imported.
from gui.backend import prefetch
prefetch.start(host)
from PySide6.QtCore import QTimer
from gui.app import create_window, ensure_application
app = ensure_application()
window = create_window(host)
window.show()
result = {}

def check():
    if window.containers_model.rowCount() >= expected:
        result["populated"] = True
        timer.stop()
        print("POPULATED", time.time(), flush=True)
        if idle_s > 0:
            QTimer.singleShot(100, wait_settled)
        else:
            window.close(); app.quit()

def wait_settled():
    # Idle means: connected, the event stream open, nothing left to do. Then measure.
    if not window.controller.state.connected or window.runner.active > 1:
        QTimer.singleShot(100, wait_settled)
        return
    QTimer.singleShot(2000, measure)

def measure():
    import psutil
    proc = psutil.Process()
    t = proc.cpu_times()
    start_cpu, start = t.user + t.system, time.monotonic()

    def done():
        t2 = proc.cpu_times()
        result["idle_cpu_pct"] = 100 * (t2.user + t2.system - start_cpu) / (time.monotonic() - start)
        result["rss"] = proc.memory_info().rss
        result["list_requests"] = window.controller.list_requests
        print(json.dumps(result), flush=True)
        window.close(); app.quit()

    QTimer.singleShot(int(idle_s * 1000), done)

timer = QTimer()
timer.timeout.connect(check)
timer.start(5)
app.exec()
"""


def timed_run(args: list[str], env: dict) -> tuple[float, str]:
    """Seconds from spawning the process to the moment it had its list (both sides print the time)."""
    t0 = time.time()
    out = subprocess.run(args, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    for line in out.stdout.splitlines():
        if line.startswith("POPULATED "):
            return float(line.split()[1]) - t0, out.stdout
        if line.startswith("{"):
            return json.loads(line)["at"] - t0, out.stdout
    raise RuntimeError(f"no timing in output: {out.stdout[-500:]}")


def make_containers(api, image: str, count: int) -> None:
    def one(i: int) -> None:
        api.create_container(image, ["true"], name=f"bench-{i:05d}",
                             ports=[80], host_config=api.create_host_config(port_bindings={80: None}))

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(one, range(count)))


def cpu_seconds(pid: int) -> float:
    import psutil

    total = 0.0
    procs = [psutil.Process(pid)]
    for p in procs:
        t = p.cpu_times()
        total += t.user + t.system
    return total


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="100 containers, short idle window (for CI)")
    parser.add_argument("--count", type=int)
    parser.add_argument("--idle", type=float, help="seconds of idle CPU measurement")
    parser.add_argument("--repeat", type=int)
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    opts = parser.parse_args()
    count = opts.count or (100 if opts.quick else 1000)
    idle = opts.idle if opts.idle is not None else (5 if opts.quick else 60)
    repeat = opts.repeat or (2 if opts.quick else 5)

    sys.path.insert(0, str(ROOT))
    from tests.lab import TEST_IMAGE, EngineLab

    # An installed Berth starts from byte-compiled modules (pip compiles them), as the floor's libraries do.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "gui")], check=True)
    lab = EngineLab().start(registry=False)
    try:
        api = lab.api(timeout=120)
        t0 = time.perf_counter()
        make_containers(api, TEST_IMAGE, count)
        print(f"created {count} containers in {time.perf_counter() - t0:.1f} s", flush=True)
        env = dict(lab.env(), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(lab.root / "xdg"),
                   PYTHONPATH=str(ROOT))
        py = sys.executable

        # Warm the caches once for both, then alternate runs.
        floor_times, berth_times = [], []
        timed_run([py, "-c", FLOOR, lab.docker_host], env)
        timed_run([py, "-c", CHILD, lab.docker_host, str(count), "0"], env)
        floor_rss = 0
        for _ in range(repeat):
            t, out = timed_run([py, "-c", FLOOR, lab.docker_host], env)
            floor_times.append(t)
            floor_rss = json.loads(out.strip().splitlines()[-1])["rss"]
            t, _ = timed_run([py, "-c", CHILD, lab.docker_host, str(count), "0"], env)
            berth_times.append(t)
        floor_t, berth_t = statistics.median(floor_times), statistics.median(berth_times)

        # Refresh, in this process.
        refresh = measure_refresh(lab, count, repeat)

        # Idle CPU and RSS of the app, beside dockerd's own idle CPU over the same window.
        proc = subprocess.Popen([py, "-c", CHILD, lab.docker_host, str(count), str(idle)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout.readline().startswith("POPULATED")
        dockerd_before = cpu_seconds(lab.proc.pid)
        t_idle = time.monotonic()
        line = proc.stdout.readline()
        dockerd_pct = 100 * (cpu_seconds(lab.proc.pid) - dockerd_before) / (time.monotonic() - t_idle)
        proc.wait(60)
        idle_result = json.loads(line)

        figures = {
            "containers": count,
            "cold_start_s": round(berth_t, 3),
            "floor_s": round(floor_t, 3),
            "cold_start_ratio": round(berth_t / floor_t, 3),
            **refresh,
            "idle_seconds": idle,
            "idle_cpu_pct": round(idle_result["idle_cpu_pct"], 3),
            "dockerd_idle_cpu_pct": round(dockerd_pct, 3),
            "rss_mb": round(idle_result["rss"] / 1e6, 1),
            "floor_rss_mb": round(floor_rss / 1e6, 1),
            "rss_ratio": round(idle_result["rss"] / floor_rss, 3),
        }
        print(f"cold start to {count} rows: {berth_t:.3f} s vs floor {floor_t:.3f} s = "
              f"{figures['cold_start_ratio']:.2f}x (target 1.3x)")
        print(f"refresh: {refresh['requests_per_refresh']} list request(s); no-change diff "
              f"{refresh['diff_ms']:.2f} ms (target 10 ms); refresh {refresh['refresh_ms']:.1f} ms vs raw "
              f"{refresh['raw_ms']:.1f} ms = {refresh['refresh_ratio']:.2f}x (target 1.2x)")
        print(f"idle CPU over {idle:.0f} s: {figures['idle_cpu_pct']:.3f}% of a core (target 0.5%); "
              f"dockerd itself {figures['dockerd_idle_cpu_pct']:.3f}%")
        print(f"RSS: {figures['rss_mb']} MB (target 120 MB) vs floor {figures['floor_rss_mb']} MB = "
              f"{figures['rss_ratio']:.2f}x")
        if opts.json:
            Path(opts.json).write_text(json.dumps(figures, indent=2))
        return 0
    finally:
        lab.close()


def measure_refresh(lab, count: int, repeat: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from gui.app import create_window, ensure_application

    app = ensure_application()
    window = create_window(lab.docker_host)
    loop = QEventLoop()

    def spin_until(predicate, timeout_s=60):
        """Run the event loop (idle, as in the app) until *predicate* holds."""
        deadline = time.monotonic() + timeout_s
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    spin_until(lambda: window.containers_model.rowCount() >= count)
    controller = window.controller
    client = window.service.client
    sent = []
    original = client.send

    def counting(request, **kw):
        sent.append(request.url)
        return original(request, **kw)

    client.send = counting
    refresh_times, raw_times = [], []
    for _ in range(repeat):
        done = []
        def landed(kind):
            done.append(kind)
            loop.quit()

        controller.refreshed.connect(landed)
        before = len(sent)
        t0 = time.perf_counter()
        controller.refresh("containers")
        spin_until(lambda: "containers" in done)
        refresh_times.append(time.perf_counter() - t0)
        requests = len(sent) - before
        controller.refreshed.disconnect()
        t0 = time.perf_counter()
        client.containers(all=True)
        raw_times.append(time.perf_counter() - t0)
    items = window.containers_model.items()
    diffs = []
    for _ in range(20):
        t0 = time.perf_counter()
        window.containers_model.update(items)
        diffs.append(time.perf_counter() - t0)
    client.send = original
    window.close()
    spin_until(lambda: window.runner.active == 0)
    refresh_ms = statistics.median(refresh_times) * 1000
    raw_ms = statistics.median(raw_times) * 1000
    return {
        "requests_per_refresh": requests,
        "diff_ms": round(statistics.median(diffs) * 1000, 3),
        "refresh_ms": round(refresh_ms, 2),
        "raw_ms": round(raw_ms, 2),
        "refresh_ratio": round(refresh_ms / raw_ms, 3),
    }


if __name__ == "__main__":
    sys.exit(main())
