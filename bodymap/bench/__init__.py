"""The performance benchmark: `python -m bodymap.bench` measures start-up, loading, picking,
ranking, repainting and memory against the targets of docs/performance.md."""
