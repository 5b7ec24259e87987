"""The third-party notices of a bundle: every bundled Python distribution's licence texts, plus the native
parts that carry their own terms (FFmpeg with x264/x265 inside PyAV and OpenCV, Qt under the LGPL, libvlc,
CPython itself, hls.js).

Run by the PyInstaller spec with the top-level module names the build collected (so only what is in the
bundle is listed), or by hand: ``python packaging/notices.py OUT.txt [MODULE ...]`` (no modules: every
distribution importable here, a superset).
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LICENCE_NAMES = ("LICEN", "COPYING", "NOTICE", "AUTHORS")
RULE = "=" * 78

# Native components inside the wheels (not Python distributions of their own), with the terms that matter
# for anyone passing the installer on. The licence texts themselves are in packaging/licenses/.
NATIVE_NOTES = {
    "av": (
        "FFmpeg inside PyAV (av.libs / av): the PyAV wheels are built with --enable-gpl and link libx264 "
        "and libx265 (GPL-2.0-or-later), plus dav1d, SVT-AV1, libvpx, opus, lame, GnuTLS (LGPL) and others. "
        "The FFmpeg build as a whole is therefore under the GNU GPL version 2 or later (texts below). "
        "Source: https://github.com/PyAV-Org/pyav-ffmpeg (the build scripts) and https://ffmpeg.org, "
        "https://www.videolan.org/developers/x264.html, https://bitbucket.org/multicoreware/x265_git.",
        ("GPL-2", "GPL-3"),
    ),
    "cv2": (
        "OpenCV (opencv-python-headless) bundles its own FFmpeg (an LGPL-2.1 build) and other libraries; "
        "their notices are the wheel's LICENSE-3RD-PARTY.txt, reproduced with the "
        "opencv-python-headless entry.",
        ("LGPL-2.1",),
    ),
    "PySide6": (
        "Qt 6 and PySide6 (PySide6-Essentials, shiboken6) are used under the GNU LGPL version 3. The Qt "
        "libraries are shipped as separate shared libraries (PySide6/Qt/lib or the PySide6 folder) and may "
        "be "
        "replaced by the user with a compatible build. Source: https://download.qt.io/official_releases/qt/ "
        "and https://code.qt.io/cgit/pyside/pyside-setup.git.",
        ("LGPL-3", "GPL-3"),
    ),
    "vlc": (
        "libvlc (VLC media player's library) is used under the GNU LGPL version 2.1 or later. On Linux it is "
        "the system's package (libvlc5); the Windows installer bundles libvlc.dll, libvlccore.dll and "
        "plugins "
        "from the VideoLAN.LibVLC.Windows package. Source: https://code.videolan.org/videolan/vlc.",
        ("LGPL-2.1",),
    ),
}
RESOURCE_NOTES = (
    (
        "hls.js 1.7.4 (resources/player/hls.min.js), Apache-2.0",
        Path("resources") / "player" / "LICENSE.hls.js.txt",
    ),
)


def bundled_distributions(modules: Iterable[str] | None) -> list[metadata.Distribution]:
    """The distributions that provide ``modules`` (top-level names), or every installed one."""
    by_module = metadata.packages_distributions()
    names: set[str] = set()
    if modules is None:
        names = {d.metadata["Name"] for d in metadata.distributions()}
    else:
        for module in modules:
            names.update(by_module.get(module.split(".")[0], ()))
    found: dict[str, metadata.Distribution] = {}
    for name in names:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[dist.metadata["Name"].lower()] = dist
    return [found[k] for k in sorted(found)]


def licence_summary(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    declared = (meta.get("License") or "").strip().splitlines()
    if declared and len(declared[0]) < 100:
        return declared[0]
    classifiers = [
        c.split("::")[-1].strip() for c in meta.get_all("Classifier") or () if c.startswith("License")
    ]
    return ", ".join(classifiers) or "see the texts below"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for file in dist.files or ():
        name = file.name.upper()
        in_metadata = ".dist-info" in str(file) or ".egg-info" in str(file)
        if in_metadata and name.startswith(LICENCE_NAMES) and not name.endswith((".PY", ".PYC")):
            try:
                texts.append(
                    (str(file), Path(str(file.locate())).read_text(encoding="utf-8", errors="replace"))
                )
            except OSError:
                continue
    if not texts:
        declared = dist.metadata.get("License") or ""
        if len(declared) > 100:  # the licence text pasted into the metadata
            texts.append(("METADATA License field", declared))
    return texts


def write_notices(out: Path, modules: Iterable[str] | None, root: Path = HERE.parent) -> list[str]:
    """Write the notices file; returns the distribution names listed (for the build log and the tests)."""
    modules = None if modules is None else sorted(set(modules))
    top = None if modules is None else {m.split(".")[0] for m in modules}
    dists = [d for d in bundled_distributions(modules) if d.metadata["Name"].lower() != "cgrconsole"]
    parts = [
        "cgrconsole: third-party notices",
        "",
        "This console bundles the components listed below. Each is used under its own licence, reproduced",
        "here. Native libraries with special terms come first. Generated by packaging/notices.py.",
        "",
        RULE,
        f"Python {sys.version.split()[0]} (the interpreter and its standard library): PSF-2.0, see",
        "https://docs.python.org/3/license.html",
    ]
    used_licences: set[str] = set()
    for module, (note, licences) in NATIVE_NOTES.items():
        if top is None or module in top:
            parts += [RULE, textwrap.fill(note, 100, break_on_hyphens=False, break_long_words=False)]
            used_licences.update(licences)
    for title, path in RESOURCE_NOTES:
        parts += [RULE, title, "", (root / path).read_text(encoding="utf-8")]
    names = []
    for dist in dists:
        name, version = dist.metadata["Name"], dist.version
        names.append(name)
        parts += [RULE, f"{name} {version}: {licence_summary(dist)}"]
        home = dist.metadata.get("Home-page") or next(
            (u.split(",", 1)[1].strip() for u in dist.metadata.get_all("Project-URL") or ()), ""
        )
        if home:
            parts.append(home)
        for file, text in licence_texts(dist):
            parts += ["", f"--- {file} ---", text.rstrip()]
    for licence in sorted(used_licences):
        parts += [
            RULE,
            f"Full text: {licence}",
            "",
            (HERE / "licenses" / licence).read_text(encoding="utf-8"),
        ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return names


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "build" / "THIRD-PARTY-NOTICES.txt"
    listed = write_notices(target, sys.argv[2:] or None)
    print(f"{target}: {len(listed)} distributions")
