"""The performance benchmark, a development tool kept out of the installed package:
`python -m benchmarks` (from the repository root) measures start-up as a person feels it,
loading, picking, ranking, repainting, memory and the command line against the targets of
docs/performance.md."""
