"""Writes the admin's changes back to the TOML file, keeping its comments and layout (tomlkit round-trip).

``ConfigEditor`` reads the file as a tomlkit document, changes only the keys that change, checks the
result with the loader itself (every problem named by its key, e.g. ``cameras[2].url``), and writes it
atomically. Passwords never go into the file: ``save`` stores them in the keyring under the keys the
console reads (``camera/<name>``), and a URL that carries a password is refused by the check.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from cgrconsole.config import Config, ConfigError, parse_config_report
from cgrconsole.core.camera.settings import CameraConfig
from cgrconsole.core.camera.url import parse_camera_url
from cgrconsole.core.files import write_atomically
from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.source_factory import camera_secret_key

CAMERA_KEYS = ("name", "title", "url", "direction", "enabled", "anpr", "auto_send", "transport")
OPTIONAL_CAMERA_KEYS = ("roi", "entry_motion")  # written only when set


def url_with_user(url: str, user: str) -> str:
    """``url`` with ``user`` as its user name (no password: that goes to the keyring)."""
    parsed = parse_camera_url(url)
    return dataclasses.replace(parsed, username=user.strip()).with_password(None)


class ConfigEditor:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.document = (
            tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
        )

    def text(self) -> str:
        return tomlkit.dumps(self.document)

    def problems(self) -> list[str]:
        """Every problem of the edited file, named by key, as the loader reports them."""
        return list(parse_config_report(self.text(), str(self.path)).problems)

    def config(self) -> Config:
        return parse_config_report(self.text(), str(self.path)).config

    def set_value(self, section: str, key: str, value: Any) -> Any:
        """Set ``[section] key`` (``section`` may be dotted: ``uplink.cgr``); returns the old value."""
        table: Any = self.document
        for part in section.split("."):
            if part not in table:
                table[part] = tomlkit.table()
            table = table[part]
        old = table.get(key)
        if old != value:
            table[key] = value
        return old.unwrap() if hasattr(old, "unwrap") else old

    def set_cameras(self, cameras: Sequence[CameraConfig]) -> None:
        """The ``[[cameras]]`` tables become ``cameras``, in this order; a kept camera keeps its comments."""
        existing: dict[str, Table] = {}
        old = self.document.get("cameras")
        if isinstance(old, AoT | list):
            for table in old:
                existing.setdefault(str(table.get("name", "")), table)
        tables = [self._camera_table(existing.get(c.name), c) for c in cameras]
        if "cameras" in self.document:
            if not tables:
                del self.document["cameras"]
                return
            array = self.document["cameras"]
            array.clear()
            for table in tables:
                array.append(table)
        elif tables:
            self.document.append("cameras", tomlkit.aot())
            for table in tables:
                self.document["cameras"].append(table)

    @staticmethod
    def _camera_table(table: Table | None, camera: CameraConfig) -> Table:
        table = table if table is not None else tomlkit.table()
        defaults = CameraConfig(camera.name, camera.url)
        for key in CAMERA_KEYS:
            value = getattr(camera, key)
            if key in table:
                if table[key] != value:
                    table[key] = value
            elif value != getattr(defaults, key) or key in ("name", "url"):
                table[key] = value
        for key in OPTIONAL_CAMERA_KEYS:
            value = getattr(camera, key)
            if value is None:
                table.pop(key, None)
            elif key not in table or table[key] != (list(value) if isinstance(value, tuple) else value):
                table[key] = list(value) if isinstance(value, tuple) else value
        return table

    def save(self, secrets: SecretStore | None = None, passwords: Mapping[str, str] | None = None) -> Config:
        """Check, store the passwords (``{camera name: password}``) in the keyring, write the file atomically.

        Raises ``ConfigError`` (nothing written, nothing stored) when the edited file has problems.
        """
        report = parse_config_report(self.text(), str(self.path))
        if report.problems:
            raise ConfigError(str(self.path), list(report.problems))
        if passwords:
            if secrets is None:
                raise ValueError("passwords need a secret store")
            for name, password in passwords.items():
                secrets.set(camera_secret_key(name), password)
        write_atomically(self.path, self.text().encode("utf-8"))  # whole or not at all, also on Windows
        return report.config


def changed_sections(old: Config, new: Config) -> list[str]:
    """The top-level sections that differ (cameras apart): what needs a restart to take effect."""
    return [
        f.name
        for f in dataclasses.fields(Config)
        if f.name != "cameras" and getattr(old, f.name) != getattr(new, f.name)
    ]
