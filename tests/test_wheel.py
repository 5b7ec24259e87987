"""A built wheel carries the translations, and the installed console finds them (not only a checkout)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from cgrconsole import resources

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("cgrconsole", "resources", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md")

PROBE = """
import json, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
import cgrconsole
from cgrconsole.core.camera.status import CameraState
from cgrconsole.resources import resource_dir
from cgrconsole.ui.i18n import install_translator
from cgrconsole.ui.status_text import state_text
app = QApplication([])
installed = install_translator(app, sys.argv[1]) is not None
print(json.dumps({
    "package": cgrconsole.__file__,
    "resources": str(resource_dir()),
    "installed": installed,
    "live": state_text(CameraState.LIVE),
    "cancel": QCoreApplication.translate("QPlatformTheme", "Cancel"),
    "player": sorted(p.name for p in (resource_dir() / "player").iterdir()),
    "models": sorted(p.name for p in (resource_dir() / "models").iterdir()),
    "self_test": sorted(p.name for p in (resource_dir() / "self_test").iterdir()),
}))
"""


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.mark.slow
def test_the_installed_wheel_speaks_russian(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for name in SOURCES:  # a clean copy: no compiled .qm, no build leftovers of the checkout
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
        else:
            shutil.copy2(origin, source / name)
    dist = tmp_path / "dist"
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)]
    subprocess.run([*build, str(source)], check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("cgrconsole-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv_python(venv)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies (PySide6 ...) come from the test's own environment, appended after the new venv's
    # site-packages: a plain path line, so that environment's editable cgrconsole is not picked up.
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "-q",
        "--no-deps",
        "--no-index",
    ]
    subprocess.run([*install, str(wheel)], check=True, capture_output=True, timeout=300)

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(
        [str(python), "-c", PROBE, "ru"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(Path(site)), "the installed package, not the checkout"
    assert Path(seen["resources"]) == Path(site) / "cgrconsole" / "_resources"
    assert seen["installed"], "cgrconsole_ru.qm is in the wheel"
    assert (seen["live"], seen["cancel"]) == ("В эфире", "Отмена")
    assert {"hls.min.js", "LICENSE.hls.js.txt", "player.html", "player.js"} <= set(seen["player"])
    assert "plate_net.onnx" in seen["models"], "the plate recognizer's weights are in the wheel"
    assert seen["self_test"] == ["plate.jpg"], "the self-test's plate is in the wheel"


def test_resources_of_a_checkout_and_of_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resources.resource_dir() == ROOT / "resources"
    assert (resources.resource_dir() / "translations" / "cgrconsole_ru.ts").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # what PyInstaller's boot sets
    assert resources.resource_dir() == tmp_path / "resources"
