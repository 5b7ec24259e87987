"""The Debian package of the PyInstaller folder (``make package``; tests/installer builds it too).

Layout: ``/opt/cgrconsole`` (the folder), ``/usr/bin/cgrconsole`` (a link to its executable), a desktop entry
and icon, the headless systemd unit (not enabled), the notices and README in ``/usr/share/doc/cgrconsole``.
Depends: the Debian packages owning the system libraries the spec left out of the folder
(``system-depends.txt``, written by packaging/cgrconsole.spec), libvlc with its base plugins, and the GUI
libraries of Qt's xcb platform plugin (given by the Makefile's GUI_PACKAGES). Nothing runs at install time
that needs the network.

Usage: python packaging/build_deb.py --dist dist/cgrconsole --system-depends build/.../system-depends.txt
       [--depends "pkg pkg"] [--compression xz|zstd|gzip|none] [--level N] [--out dist]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PACKAGE = "cgrconsole"
# The archive player (libvlc and its base plugins), Qt >= 6.5's xcb plugin, the GL libraries PyInstaller never
# bundles, and a font with Cyrillic letters; the Makefile adds the rest of the window's libraries.
ALWAYS = ("libvlc5", "vlc-plugin-base", "libxcb-cursor0", "libegl1", "libgl1", "fonts-dejavu-core")
# Symbol-versioned: the build's own versions are the floor (glibc 2.36 = Debian 12, Ubuntu 22.10).
VERSIONED = ("libc6", "libstdc++6")


def version() -> str:
    text = (ROOT / "cgrconsole" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found, "cgrconsole/__init__.py has no __version__"
    return found.group(1)


def installed_upstream(package: str) -> str | None:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout:
        return None
    return done.stdout.split(":")[-1].split("-")[0].split("+")[0]


def depends(system_depends: Path | None, extra: list[str]) -> str:
    names = set(ALWAYS) | set(extra)
    if system_depends and system_depends.is_file():
        names |= {line.split()[1] for line in system_depends.read_text().splitlines() if line.strip()}
    items = []
    for name in sorted(names):
        floor = installed_upstream(name) if name in VERSIONED else None
        items.append(f"{name} (>= {floor})" if floor else name)
    return ", ".join(items)


def install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def stage(dist: Path, root: Path, deps: str) -> None:
    """The package's file tree under ``root`` with DEBIAN/ control files."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(dist, root / "opt" / PACKAGE, symlinks=True)
    for path in (root / "opt").rglob("*"):  # a build umask must not leak into the package
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    linux = HERE / "linux"
    install(linux / "cgrconsole.desktop", root / "usr/share/applications/cgrconsole.desktop")
    install(HERE / "cgrconsole.png", root / "usr/share/icons/hicolor/256x256/apps/cgrconsole.png")
    install(linux / "cgrconsole.service", root / "lib/systemd/system/cgrconsole.service")
    doc = root / "usr/share/doc" / PACKAGE
    install(ROOT / "README.md", doc / "README.md")
    notices = dist / "_internal" / "THIRD-PARTY-NOTICES.txt"
    install(notices, doc / "copyright")  # Debian's place for the licences of what the package carries
    control = root / "DEBIAN"
    control.mkdir()
    for script in ("postinst", "prerm", "postrm"):
        install(linux / script, control / script, 0o755)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    (control / "control").write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version()}\n"
        f"Architecture: {arch.stdout.strip()}\n"
        "Maintainer: cgrconsole developers <cgrconsole@localhost>\n"
        f"Installed-Size: {size_kib}\n"
        f"Depends: {deps}\n"
        "Section: video\n"
        "Priority: optional\n"
        "Description: operator console for vehicle checkpoints\n"
        " Live RTSP cameras, a 5-minute segment archive uploaded over SFTP, plate\n"
        " recognition (plate_net, offline) and the CarGoRuqsat uplink. Run\n"
        " 'cgrconsole --self-test' after installing.\n",
        encoding="utf-8",
    )


def build(root: Path, out: Path, compression: str, level: int | None) -> tuple[float, float]:
    """Build the .deb; returns (wall seconds, CPU seconds of dpkg-deb and its compressor)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    args = ["dpkg-deb", "--root-owner-group", f"-Z{compression}"]
    if level is not None and compression != "none":
        args.append(f"-z{level}")
    started, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([*args, "--build", str(root), str(out)], check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return time.monotonic() - started, cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / PACKAGE)
    parser.add_argument(
        "--system-depends", type=Path, default=ROOT / "build/pyinstaller/cgrconsole/system-depends.txt"
    )
    parser.add_argument("--depends", default="", help="more Debian packages, space-separated")
    parser.add_argument("--compression", default="xz", choices=("xz", "zstd", "gzip", "none"))
    parser.add_argument("--level", type=int, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--stage", type=Path, default=ROOT / "build" / "deb-root")
    args = parser.parse_args(argv)
    if not (args.dist / PACKAGE).is_file():
        print(f"{args.dist}: no PyInstaller folder (run make package)", file=sys.stderr)
        return 1
    stage(args.dist, args.stage, depends(args.system_depends, args.depends.split()))
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True)
    out = args.out / f"{PACKAGE}_{version()}_{arch.stdout.strip()}.deb"
    seconds, cpu = build(args.stage, out, args.compression, args.level)
    size = out.stat().st_size
    level = "" if args.level is None else f" -{args.level}"
    print(
        f"{out}: {size / 1e6:.1f} MB = {size / 2**20:.1f} MiB "
        f"({args.compression}{level}; {seconds:.0f} s, CPU {cpu:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
