"""Benchmarks: run by hand, never in CI; they report figures, they do not pass or fail."""
