"""A keyring backend in a JSON file, for console processes started by tests.

Chosen with ``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`` (this folder on PYTHONPATH) and
``CGR_TEST_KEYRING=<file>``: the child process reads its secrets through the real ``keyring`` API,
as it would from the OS keyring, without a desktop session.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["CGR_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}/{username}", None)
        self._path().write_text(json.dumps(data), encoding="utf-8")


def child_environment(keyring_file: Path, secrets: dict[str, str]) -> dict[str, str]:
    """The environment for a console subprocess whose keyring holds ``secrets`` (keys like ``cgr/...``)."""
    keyring_file.write_text(json.dumps({f"cgrconsole/{k}": v for k, v in secrets.items()}), encoding="utf-8")
    support = str(Path(__file__).resolve().parent)
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "file_keyring.FileKeyring",
        "PYTHONPATH": os.pathsep.join(filter(None, [support, os.environ.get("PYTHONPATH", "")])),
        "CGR_TEST_KEYRING": str(keyring_file),
    }
