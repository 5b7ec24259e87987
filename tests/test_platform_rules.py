"""The code runs on Windows too: POSIX-only calls appear only behind a platform check (docs/platform.md).

Read from the source, so it holds on Linux by construction: a POSIX-only call in a code path Windows
takes fails here before it fails on a site's PC.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
POSIX_ONLY_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix", "crypt"}
POSIX_ONLY_OS = {
    "link", "symlink", "fork", "forkpty", "kill", "killpg", "getuid", "geteuid", "getgid", "getegid",
    "chown", "lchown", "setsid", "getpgid", "sync", "statvfs", "mkfifo", "sched_getaffinity", "getloadavg",
}  # fmt: skip
PORTABLE_SIGNALS = {"SIGINT", "SIGTERM", "SIGABRT", "signal", "default_int_handler", "SIG_DFL", "SIG_IGN"}
FILES_MODULE = ROOT / "cgrconsole" / "core" / "files.py"
ONLY_IN_FILES = {"fsync", "rename", "replace"}  # Windows: fsync needs a writable handle; renames refuse


def _platform_check(node: ast.AST) -> bool:
    text = ast.unparse(node)
    return any(word in text for word in ("sys.platform", "os.name", "WINDOWS", "platform.system"))


class Finder(ast.NodeVisitor):
    """Collects POSIX-only uses that no platform check guards."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: list[str] = []
        self._guarded = 0

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def visit_Module(self, node: ast.Module) -> None:
        marks = [
            s for s in node.body if isinstance(s, ast.Assign) and "pytestmark" in ast.unparse(s.targets[0])
        ]
        self._guarded += any(_platform_check(mark.value) for mark in marks)
        self.generic_visit(node)

    def visit_If(self, node: ast.If) -> None:
        guard = _platform_check(node.test)
        self._guarded += guard
        self.generic_visit(node)
        self._guarded -= guard

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        guard = any(_platform_check(decorator) for decorator in node.decorator_list)
        self._guarded += guard
        self.generic_visit(node)
        self._guarded -= guard

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] in POSIX_ONLY_MODULES and not self._guarded:
                self.found.append(f"{self._where(node)}: import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if (node.module or "").split(".")[0] in POSIX_ONLY_MODULES and not self._guarded:
            self.found.append(f"{self._where(node)}: from {node.module} import …")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if isinstance(node.value, ast.Name) and not self._guarded:
            owner, name = node.value.id, node.attr
            if owner == "os" and name in POSIX_ONLY_OS:
                self.found.append(f"{self._where(node)}: os.{name} (POSIX only, or differs on Windows)")
            if owner == "signal" and name not in PORTABLE_SIGNALS:
                self.found.append(f"{self._where(node)}: signal.{name} (not on Windows)")
        self.generic_visit(node)


def python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_posix_only_calls_sit_behind_a_platform_check() -> None:
    found = []
    for path in python_files("cgrconsole", "tests"):
        finder = Finder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += finder.found
    assert found == [], "\n".join(found)


def test_fsync_and_renames_happen_only_in_the_files_module() -> None:
    """One place knows Windows' rules: fsync through a writable handle, renames that refuse, folder fsync."""
    found = []
    only_there = {("os", name) for name in ONLY_IN_FILES} | {("shutil", "move")}
    for path in python_files("cgrconsole"):
        if path == FILES_MODULE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
                continue
            if (node.value.id, node.attr) in only_there:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr}")
    assert found == [], "use cgrconsole.core.files:\n" + "\n".join(found)


def test_the_finder_sees_what_it_must() -> None:
    source = (
        "import os, signal, sys\nimport fcntl\nos.link('a', 'b')\nsignal.SIGKILL\n"
        "if sys.platform == 'linux':\n    os.geteuid()\n"
    )
    finder = Finder(ROOT / "x.py")
    finder.visit(ast.parse(source))
    assert [line.split(": ", 1)[1].split(" ")[0] for line in finder.found] == [
        "import",
        "os.link",
        "signal.SIGKILL",
    ]


def test_the_site_time_zone_resolves_without_a_system_zone_database(tmp_path: Path) -> None:
    """Windows has no IANA database: zoneinfo then reads the tzdata package, a Windows dependency."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "tzdata" in pyproject and "sys_platform == 'win32'" in pyproject
    if importlib.util.find_spec("tzdata") is None:
        pytest.skip("tzdata is not installed here (it is a Windows-only dependency)")
    check = "import zoneinfo; assert zoneinfo.TZPATH == (); print(zoneinfo.ZoneInfo('Asia/Almaty').key)"
    env = {**os.environ, "PYTHONTZPATH": ""}  # no system database, as on Windows
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == "Asia/Almaty", result.stderr
