"""The installer's own libvlc (Windows bundle) is preferred, and the console says which libvlc it uses."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cgrconsole import vlc_runtime


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def test_a_bundle_without_libvlc_leaves_the_discovery_to_python_vlc(bundle: Path) -> None:
    environ: dict[str, str] = {}
    assert vlc_runtime.use_bundled_vlc(environ) is None
    assert environ == {}


def test_the_bundled_libvlc_and_its_plugins_are_given_to_python_vlc(bundle: Path) -> None:
    folder = bundle / "vlc"
    (folder / "plugins").mkdir(parents=True)
    name = "libvlc.dll" if sys.platform == "win32" else "libvlc.so.5"
    (folder / name).write_bytes(b"")
    environ: dict[str, str] = {}
    assert vlc_runtime.use_bundled_vlc(environ) == folder
    assert environ == {
        "PYTHON_VLC_LIB_PATH": str(folder / name),
        "PYTHON_VLC_MODULE_PATH": str(folder / "plugins"),
    }
    assert vlc_runtime.problem_before_import(environ) is None
    found = vlc_runtime.Vlc(module=sys, instance=None, version="3.0.21", library=str(folder / name))
    assert found.origin == "bundled with the console"
    elsewhere = vlc_runtime.Vlc(module=sys, instance=None, version="3.0.21", library="/usr/lib/libvlc.so.5")
    assert elsewhere.origin in ("installed VLC", "system libvlc")


def test_an_admin_setting_wins_over_the_bundle(bundle: Path) -> None:
    (bundle / "vlc").mkdir()
    (bundle / "vlc" / "libvlc.dll").write_bytes(b"")
    environ = {"PYTHON_VLC_LIB_PATH": "C:/VLC/libvlc.dll"}
    assert vlc_runtime.use_bundled_vlc(environ) is None
    assert environ == {"PYTHON_VLC_LIB_PATH": "C:/VLC/libvlc.dll"}
