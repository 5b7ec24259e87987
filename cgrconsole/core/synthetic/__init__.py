"""Deterministic synthetic imagery (plates, drive-through scenes) for demos, tests and benchmarks."""
