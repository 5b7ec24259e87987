"""Build hook: a wheel carries the top-level ``resources/`` as ``cgrconsole/_resources``, .qm compiled.

Everything else is in pyproject.toml. The customer's layout keeps ``resources/`` beside the package, where
setuptools' package-data cannot reach; ``cgrconsole.resources.resource_dir()`` finds the copy once installed.
A wheel without its compiled translations would show an English console: the build fails instead.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"


def lrelease() -> str | None:
    """PySide6's translation compiler, when PySide6 is where the build runs (``--no-build-isolation``)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads resources/ from the checkout itself
            return
        target = Path(self.build_lib) / "cgrconsole" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.ts", "*.qm"))
        for ts in sorted(RESOURCES.glob("translations/*.ts")):
            self.compile_translation(ts, target / "translations" / f"{ts.stem}.qm")

    def compile_translation(self, ts: Path, qm: Path) -> None:
        tool = lrelease()
        if tool is not None:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            return
        compiled = ts.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < ts.stat().st_mtime:
            raise SystemExit(
                f"{compiled.relative_to(HERE)} is missing or older than its .ts and pyside6-lrelease is not "
                "available here: run 'make translations' first, or build with --no-build-isolation"
            )
        shutil.copy2(compiled, qm)


setup(cmdclass={"build_py": BuildPyWithResources})
