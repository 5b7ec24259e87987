"""Local stand-ins of the remote systems (demo and tests only; never used in production paths)."""
