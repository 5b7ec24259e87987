"""The Linux package end to end, as an integrator uses it: build the PyInstaller folder and the .deb
(``make package``'s two steps), ``apt-get install ./….deb`` without the network, run the installed
console (``--self-test``, the headless demo, the window's first picture with Russian texts), then
``apt-get purge`` and nothing of it is left.

Needs root, apt and dpkg-deb (the Linux CI runs as root: there it must not skip). It takes a few minutes,
most of them PyInstaller's; each step prints its time.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.parts import missing_part

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = (
    Path("/opt/cgrconsole"),
    Path("/usr/bin/cgrconsole"),
    Path("/usr/share/applications/cgrconsole.desktop"),
    Path("/usr/share/icons/hicolor/256x256/apps/cgrconsole.png"),
    Path("/lib/systemd/system/cgrconsole.service"),
    Path("/usr/share/doc/cgrconsole"),
)
OFFLINE_APT = ("apt-get", "-o", "Dir::Etc::SourceList=/dev/null", "-o", "Dir::Etc::SourceParts=/dev/null")
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]


def package_present() -> bool:
    """Installed, or removed with its configuration files left (dpkg still knows it)."""
    done = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "cgrconsole"], capture_output=True, text=True)
    return done.returncode == 0 and done.stdout.split()[-1:] not in ([], ["not-installed"])


def step(name: str, args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    done = subprocess.run(args, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    print(f"{name}: {time.monotonic() - started:.1f} s (exit {done.returncode})")
    assert done.returncode == 0, f"{name} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    return done


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's shell gives the installed console: no venv, no PYTHONPATH, a home of its own."""
    return {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        **extra,
    }


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb is built and installed on Linux only")
    for tool in ("apt-get", "dpkg-deb", "dpkg-query"):
        if shutil.which(tool) is None:
            missing_part(f"{tool} is missing: the .deb test needs Debian or Ubuntu")
    if sys.platform.startswith("linux") and os.geteuid() != 0:
        missing_part("installing the .deb needs root (the Linux CI runs as root)")
    if package_present():
        missing_part("cgrconsole is already installed on this machine (not by this test): purge it first")
    work = tmp_path_factory.mktemp("package")
    pyinstaller = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    step(
        "PyInstaller one-folder build",
        [
            "nice",
            "-n",
            "10",
            *pyinstaller,
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "cgrconsole.spec"),
        ],
        cwd=ROOT,
    )
    # zstd -3: seconds instead of xz's minutes; make package uses the measured choice (docs/benchmarks.md)
    step(
        "dpkg-deb",
        [
            sys.executable,
            str(ROOT / "packaging" / "build_deb.py"),
            "--dist",
            str(work / "dist" / "cgrconsole"),
            "--system-depends",
            str(work / "build" / "cgrconsole" / "system-depends.txt"),
            "--stage",
            str(work / "stage"),
            "--out",
            str(work),
            "--compression",
            "zstd",
            "--level",
            "3",
        ],
    )
    shutil.rmtree(work / "stage")
    deb = next(work.glob("cgrconsole_*.deb"))
    try:
        # No package sources at all (apt's --no-download refuses a local .deb): the package must install
        # from the file and what is on the PC, with no network
        step(
            "apt-get install",
            [*OFFLINE_APT, "install", "-y", "--no-install-recommends", str(deb)],
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
        yield work
    finally:
        if package_present():
            subprocess.run(["apt-get", "purge", "-y", "cgrconsole"], capture_output=True)


def test_the_package_carries_the_model_the_translations_and_the_notices(installed: Path) -> None:
    internal = Path("/opt/cgrconsole/_internal")
    assert Path("/usr/bin/cgrconsole").resolve() == Path("/opt/cgrconsole/cgrconsole")
    for part in (
        "resources/models/plate_net.onnx",
        "resources/player/hls.min.js",
        "resources/self_test/plate.jpg",
        "resources/translations/cgrconsole_ru.qm",
        "resources/translations/cgrconsole_kk.qm",
        "PySide6/Qt/translations/qtbase_ru.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "THIRD-PARTY-NOTICES.txt",
    ):
        assert (internal / part).is_file(), part
    for absent in ("torch", "easyocr", "rapidocr", "PySide6/Qt/plugins/platformthemes", "PySide6/Qt/qml"):
        assert not (internal / absent).exists(), absent
    assert not list(internal.glob("PySide6/Qt/translations/qtdeclarative_*"))
    notices = (internal / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "--enable-gpl" in notices and "GNU LESSER GENERAL PUBLIC LICENSE" in notices
    files = [p for p in Path("/opt/cgrconsole").rglob("*") if p.is_file() and not p.is_symlink()]
    size_mib = sum(p.stat().st_size for p in files) / 2**20  # as du counts: a link is not its target
    deb_mib = next(installed.glob("cgrconsole_*.deb")).stat().st_size / 2**20
    print(f"installed {size_mib:.0f} MiB, .deb (zstd -3) {deb_mib:.0f} MiB")
    assert size_mib <= 450


def test_the_installed_self_test_passes(installed: Path, tmp_path: Path) -> None:
    done = step(
        "cgrconsole --self-test",
        ["/usr/bin/cgrconsole", "--self-test", "--data-dir", str(tmp_path / "data")],
        cwd=tmp_path,
        env=clean_env(tmp_path / "home"),
        timeout=300,
    )
    print(done.stdout)
    assert re.search(r"^Plate recognition\s+OK\s", done.stdout, re.M), done.stdout
    assert "SELF-TEST PASSED" in done.stdout


def test_the_installed_demo_runs_headless(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    step(
        "cgrconsole --demo --headless --duration 20",
        ["/usr/bin/cgrconsole", "--demo", "--headless", "--duration", "20", "--data-dir", str(data)],
        cwd=tmp_path,
        env=clean_env(tmp_path / "home"),
        timeout=300,
    )
    log = (data / "logs" / "cgrconsole.log").read_text(encoding="utf-8")
    assert "archived" in log  # the recorder wrote segments
    assert list((data).rglob("*.mp4"))


def test_the_installed_window_paints_a_picture_in_russian(installed: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    step(
        "cgrconsole --demo (window, offscreen, ru) --duration 8",
        ["/usr/bin/cgrconsole", "--demo", "--lang", "ru", "--duration", "8", "--data-dir", str(data)],
        cwd=tmp_path,
        env=clean_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen", CGR_LAUNCHED_AT=repr(time.time())),
        timeout=300,
    )
    log = (data / "logs" / "cgrconsole.log").read_text(encoding="utf-8")
    assert "first picture on screen" in log
    missing = [line for line in log.splitlines() if "translation" in line and "missing" in line]
    assert missing == []  # ours (cgrconsole_ru.qm) and Qt's (qtbase_ru.qm) were both found


def test_purge_leaves_nothing_behind(installed: Path) -> None:
    step(
        "apt-get purge",
        ["apt-get", "purge", "-y", "cgrconsole"],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )
    assert not package_present()
    left = [str(p) for p in INSTALLED if p.exists() or p.is_symlink()]
    assert left == []
