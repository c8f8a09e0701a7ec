"""Pull benchmark: the GUI thread's longest stall during a large pull, and the pull's wall time against
``docker pull`` of the same image, measured in the same run on a private engine.

    python -m bench.bench_pull            # a ~200 MB image in 5 random layers, 5 rounds
    python -m bench.bench_pull --quick    # a ~10 MB image, 2 rounds (for CI)

Each round pulls the image once with the docker CLI and once through Berth's real window (the pull panel),
alternating which goes first, removing the image (and so its layers) in between. A 5 ms QTimer heartbeat
on the GUI thread records the longest gap between its ticks while Berth pulls; the same heartbeat measured
on an idle window is printed as the floor of the measurement. Layers hold random bytes, so that neither
compression nor the engine's layer cache make the pull cheaper than a real one.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HEARTBEAT_MS = 5
STALL_TARGET_MS = 50.0
RATIO_TARGET = 1.1


def build_image(lab, ref: str, layers: list[int], seed_mb: int) -> int:
    """A FROM-scratch image: a random seed file, busybox, then one RUN per layer writing random bytes with
    busybox dd from /dev/urandom. Returns the image's size in bytes."""
    ctx = Path(tempfile.mkdtemp(prefix="bench-pull-", dir=lab.root))
    (ctx / "seed.bin").write_bytes(os.urandom(seed_mb * 1_000_000))
    shutil.copy2("/bin/busybox", ctx / "busybox")
    runs = "".join(f'RUN ["/bin/busybox","dd","if=/dev/urandom","of=/layer{i}.bin","bs=1000000","count={mb}"]\n'
                   for i, mb in enumerate(layers))
    (ctx / "Dockerfile").write_text(f'FROM scratch\nCOPY seed.bin /seed.bin\nCOPY busybox /bin/busybox\n{runs}'
                                    'CMD ["/bin/sh"]\n')
    api = lab.api(timeout=600)
    try:
        for chunk in api.build(path=str(ctx), tag=ref, rm=True, decode=True):
            if "error" in chunk:
                raise RuntimeError(chunk["error"])
        size = api.inspect_image(ref)["Size"]
        repo, _, tag = ref.rpartition(":")
        for chunk in api.push(repo, tag=tag, stream=True, decode=True):
            if "error" in chunk:
                raise RuntimeError(chunk["error"])
        return size
    finally:
        api.close()
        shutil.rmtree(ctx, ignore_errors=True)


def remove_image(lab, ref: str) -> None:
    api = lab.api(timeout=600)
    try:
        image_id = api.inspect_image(ref)["Id"]
        api.remove_image(ref, force=True)
        if any(i["Id"] == image_id for i in api.images(all=True)):
            raise RuntimeError("the image stayed after removal")
    finally:
        api.close()


class Heartbeat:
    """A GUI-thread timer; the longest gap between ticks, less the interval, is the longest stall."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0
        self.gaps: list[float] = []
        self.cpu = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last:
            gap = now - self.last - self.interval
            self.gaps.append(gap)
            self.worst = max(self.worst, gap)
        self.last = now
        self.ticks += 1

    def start(self) -> None:
        self.last = 0.0
        self.worst = 0.0
        self.ticks = 0
        self.gaps = []
        self.cpu = time.thread_time()  # CPU time of the GUI thread (this one)
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self.cpu = time.thread_time() - self.cpu
        return max(0.0, self.worst) * 1000

    def p99(self) -> float:
        if not self.gaps:
            return 0.0
        ordered = sorted(self.gaps)
        return max(0.0, ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]) * 1000


def wait_for(app, predicate, timeout: float) -> None:
    """Run the event loop (as the app does, no busy waiting) until *predicate* holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError("timed out")


def idle(app, seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def berth_pull(app, window, ref: str, image_size: int) -> dict:
    from gui.views.pull_panel import PullState

    beat = Heartbeat()
    beat.start()
    idle(app, 0.5)
    floor = beat.stop()
    beat.start()
    started = time.perf_counter()
    entry = window.pull_image(ref)
    wait_for(app, lambda: not entry.running, 1800)
    finished = time.perf_counter() - started
    wait_for(app, lambda: any(i.reference == ref for i in window.images_model.items()), 60)
    listed = time.perf_counter() - started
    stall = beat.stop()
    if entry.state is not PullState.SUCCEEDED:
        raise RuntimeError(f"Berth's pull failed: {entry.error}")
    wait_for(app, lambda: not entry.task_running, 60)
    return {"wall": finished, "listed": listed, "stall_ms": stall, "p99_ms": beat.p99(), "floor_ms": floor,
            "ticks": beat.ticks, "updates": len(entry.events), "gui_cpu": beat.cpu}


def cli_pull(app, lab, ref: str) -> tuple[float, float]:
    """``docker pull`` of *ref*; the window stays idle meanwhile, and the heartbeat measures how long the GUI
    thread waits for the CPU while the engine works (the machine's own floor for the stall figure)."""
    import subprocess

    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    proc = subprocess.Popen(["docker", "pull", "--quiet", ref], env=lab.env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    wait_for(app, lambda: proc.poll() is not None, 1800)
    wall = time.perf_counter() - started
    stall = beat.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"docker pull failed: {proc.stderr.read().decode(errors='replace')}")
    proc.stderr.close()
    return wall, stall, beat.cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench_pull", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small image and two rounds, for CI")
    parser.add_argument("--rounds", type=int, default=None)
    args = parser.parse_args(argv)
    layers, seed = ([2, 3, 2, 2], 1) if args.quick else ([40, 40, 40, 40, 39], 1)
    rounds = args.rounds or (2 if args.quick else 5)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.lab import EngineLab, unavailable_reason

    reason = unavailable_reason()
    if reason:
        print(f"bench_pull cannot run: {reason}.", file=sys.stderr)
        return 2
    lab = EngineLab().start()
    os.environ["DOCKER_CONFIG"] = str(lab.config_dir)  # no one's real credentials
    try:
        ref = f"{lab.registry.host}/bench/pull:1"
        t = time.perf_counter()
        size = build_image(lab, ref, layers, seed)
        remove_image(lab, ref)
        print(f"image {ref}: {size / 1e6:.1f} MB in {len(layers) + 2} layers "
              f"(built and pushed in {time.perf_counter() - t:.1f} s)")

        from PySide6.QtCore import QCoreApplication, QStandardPaths

        from gui.app import create_window, ensure_application

        QStandardPaths.setTestModeEnabled(True)
        app = ensure_application(["berth-bench"])
        app.setProperty("berthTest", True)
        QCoreApplication.setOrganizationName("BerthBench")
        QCoreApplication.setApplicationName("berth-bench")
        window = create_window(lab.docker_host)
        window.resize(1100, 700)
        window.show()
        wait_for(app, lambda: window.controller.state.connected and window.images_page._loaded, 30)

        cli_times, berth, loaded_floor = [], [], []
        for n in range(rounds):
            order = ("cli", "berth") if n % 2 == 0 else ("berth", "cli")
            for who in order:
                if who == "cli":
                    wall, idle_stall, idle_cpu = cli_pull(app, lab, ref)
                    cli_times.append(wall)
                    loaded_floor.append(idle_stall)
                    print(f"  round {n + 1}: docker pull {wall:6.2f} s · an idle Berth window meanwhile: "
                          f"longest GUI stall {idle_stall:.1f} ms, GUI thread CPU {idle_cpu * 1000:.0f} ms")
                else:
                    r = berth_pull(app, window, ref, size)
                    berth.append(r)
                    print(f"  round {n + 1}: Berth       {r['wall']:6.2f} s (in the list after {r['listed']:.2f} s)"
                          f" · longest GUI stall {r['stall_ms']:.1f} ms, 99th percentile {r['p99_ms']:.1f} ms"
                          f" (idle floor {r['floor_ms']:.1f} ms), GUI thread CPU {r['gui_cpu'] * 1000:.0f} ms,"
                          f" {r['updates']} layer updates")
                remove_image(lab, ref)
                idle(app, 0.2)
        window.close()
        wait_for(app, lambda: window.runner.active == 0, 30)

        cli_median = statistics.median(cli_times)
        berth_median = statistics.median(r["wall"] for r in berth)
        ratio = berth_median / cli_median
        stall = max(r["stall_ms"] for r in berth)
        floor = max(r["floor_ms"] for r in berth)
        print(f"docker pull median {cli_median:.2f} s, Berth median {berth_median:.2f} s "
              f"({size / 1e6 / berth_median:.0f} MB/s); load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} CPUs")
        print(f"pull wall time: {ratio:.2f}x docker pull (target <= {RATIO_TARGET}x) "
              f"{'PASS' if ratio <= RATIO_TARGET else 'FAIL'}")
        print(f"GUI thread's longest stall during pulls: {stall:.1f} ms (target <= {STALL_TARGET_MS:.0f} ms; "
              f"idle floor {floor:.1f} ms, idle window during docker pull {max(loaded_floor):.1f} ms) "
              f"{'PASS' if stall <= STALL_TARGET_MS else 'FAIL'}")
        return 0
    finally:
        lab.close()


if __name__ == "__main__":
    sys.exit(main())
