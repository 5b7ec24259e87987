"""Real servers and helpers the tests and benchmarks share."""
