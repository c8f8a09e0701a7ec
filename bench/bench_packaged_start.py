"""Packaged start: the PyInstaller bundle's start to populated lists, against the same start from source.

Run as root (it starts a private engine lab):

    python -m bench.bench_packaged_start [--quick] [--bundle dist/berth] [--runs N] [--containers N]

Both sides run `--self-test` (the real window, offscreen, against the lab) and are timed from the
process start to the moment its one line arrives on stdout, which it prints once both lists are
loaded. Runs alternate, after one warm-up each, so both see the same page cache and engine. The
figure is the ratio of the medians, packaged / source (target: at most 1.2x). The docker CLI's own
`docker ps -a` plus `docker images`, timed in the same run, is printed beside them.

Unless --bundle is given, the bundle is built from packaging/berth.spec into a temporary folder;
the .deb and the tarball are built from it too, for their sizes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.2


def timed_start(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning *command* --self-test to its success line on stdout."""
    started = time.perf_counter()
    proc = subprocess.Popen([*command, "--self-test"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    _, err = proc.communicate(timeout=60)
    if proc.returncode != 0 or not line.startswith("Berth "):
        raise SystemExit(f"{command[0]} --self-test failed ({proc.returncode}): {line}{err}")
    return elapsed


def timed_cli(env: dict[str, str]) -> float:
    started = time.perf_counter()
    for args in (["ps", "-a", "-q"], ["images", "-q"]):
        subprocess.run(["docker", *args], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def megabytes_du(path: Path) -> int:
    return int(subprocess.run(["du", "-s", "--block-size=1M", str(path)], capture_output=True, text=True,
                              check=True).stdout.split()[0])


def build(out: Path, want_deb: bool) -> tuple[Path, Path | None, Path | None, float]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "berth.spec"), "--noconfirm",
                    "--distpath", str(out / "dist"), "--workpath", str(out / "build"), "--log-level", "WARN"],
                   check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    bundle = out / "dist" / "berth"
    deb = tarball = None
    if want_deb and shutil.which("dpkg-deb"):
        deb = Path(subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "build-deb.sh"), "--bundle",
                                   str(bundle), "--output", str(out)], capture_output=True, text=True,
                                  check=True).stdout.strip())
    if want_deb:
        tarball = Path(subprocess.run(["bash", str(ROOT / "packaging" / "linux" / "build-tarball.sh"), "--bundle",
                                       str(bundle), "--output", str(out)], capture_output=True, text=True,
                                      check=True).stdout.strip())
    return bundle, deb, tarball, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="3 runs a side, no .deb or tarball")
    parser.add_argument("--bundle", type=Path, help="an already built bundle folder (holding berth)")
    parser.add_argument("--runs", type=int, help="timed runs a side (default 10, 3 with --quick)")
    parser.add_argument("--containers", type=int, default=30, help="containers in the lab (default 30)")
    args = parser.parse_args(argv)
    runs = args.runs or (3 if args.quick else 10)

    sys.path.insert(0, str(ROOT))
    from tests.lab import TEST_IMAGE, EngineLab

    scratch = Path(tempfile.mkdtemp(prefix="berth-bench-packaged-"))
    lab = EngineLab().start(registry=False)
    try:
        api = lab.api()
        for i in range(args.containers):
            api.create_container(TEST_IMAGE, "true", name=f"bench-{i:03d}")
        api.close()

        if args.bundle:
            bundle, deb, tarball, build_s = args.bundle.resolve(), None, None, None
        else:
            bundle, deb, tarball, build_s = build(scratch, want_deb=not args.quick)

        env = lab.env()
        for folder in ("config", "data", "cache"):
            (scratch / folder).mkdir(exist_ok=True)
        env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(scratch / "config"),
                   XDG_DATA_HOME=str(scratch / "data"), XDG_CACHE_HOME=str(scratch / "cache"),
                   LC_ALL="C.UTF-8", LANGUAGE="en")
        source = [sys.executable, "-m", "gui"]
        packaged = [str(bundle / "berth")]

        timed_start(source, env)  # warm-ups: page cache, engine caches
        timed_start(packaged, env)
        times: dict[str, list[float]] = {"source": [], "packaged": [], "cli": []}
        for _ in range(runs):
            times["source"].append(timed_start(source, env))
            times["packaged"].append(timed_start(packaged, env))
            times["cli"].append(timed_cli(env))
        median = {k: statistics.median(v) for k, v in times.items()}
        ratio = median["packaged"] / median["source"]

        print(f"lab: {args.containers} containers; {runs} timed runs a side")
        print(f"source   start to populated lists: median {median['source'] * 1000:.0f} ms "
              f"(min {min(times['source']) * 1000:.0f})")
        print(f"packaged start to populated lists: median {median['packaged'] * 1000:.0f} ms "
              f"(min {min(times['packaged']) * 1000:.0f})")
        print(f"docker CLI ps -a + images (the engine's own speed): median {median['cli'] * 1000:.0f} ms")
        verdict = "ok" if ratio <= TARGET_RATIO else "OVER TARGET"
        print(f"ratio packaged / source: {ratio:.2f}x (target <= {TARGET_RATIO}x): {verdict}")
        apparent = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
        print(f"bundle: {megabytes_du(bundle)} MiB on disk (du), {apparent / 1e6:.1f} MB of files")
        if build_s is not None:
            print(f"bundle build: {build_s:.0f} s")
        if deb:
            print(f".deb: {deb.stat().st_size / 1e6:.1f} MB ({deb.name})")
        if tarball:
            print(f"tarball: {tarball.stat().st_size / 1e6:.1f} MB ({tarball.name})")
        return 0 if ratio <= TARGET_RATIO else 1
    finally:
        lab.close()
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
