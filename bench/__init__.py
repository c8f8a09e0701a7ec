"""Berth's benchmarks: each prints its figure as a ratio against the engine's own speed, measured in the same run."""
