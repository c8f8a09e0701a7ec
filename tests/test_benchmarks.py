"""Each benchmark's quick form runs in CI, so that none of them rots. Their figures are not pass/fail here:
the test checks that the benchmark ran and printed its ratio against the engine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

BENCHES = {
    "bench_containers": "cold start to",
    "bench_pull": "pull wall time:",
    "bench_logs": "docker logs",
}


@pytest.mark.parametrize("name", sorted(BENCHES))
def test_benchmark_quick_run(name, lab):
    """(`lab` only makes this an engine test: each benchmark starts a private engine of its own.)"""
    out = subprocess.run([sys.executable, "-m", f"bench.{name}", "--quick"], cwd=ROOT, capture_output=True,
                         text=True, timeout=900)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-3000:]
    assert BENCHES[name] in out.stdout
    assert any(ch.isdigit() for ch in out.stdout)
