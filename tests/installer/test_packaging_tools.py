"""The packaging scripts' own parts: the third-party notices and the safe strip (no build needed)."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING))

from notices import write_notices  # noqa: E402
from strip_elf import loads_aligned, stripped_copy  # noqa: E402


def test_the_notices_carry_each_bundled_licence_and_the_gpl_note_of_ffmpeg(tmp_path: Path) -> None:
    out = tmp_path / "NOTICES.txt"
    listed = write_notices(out, ["av.codec", "numpy", "PySide6.QtCore", "paramiko"])
    text = out.read_text(encoding="utf-8")
    assert {"av", "numpy", "paramiko"} <= set(listed)
    assert "cgrconsole" not in listed
    assert "--enable-gpl" in text and "libx264" in text  # PyAV's FFmpeg: the GPL note
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text  # Qt's LGPL, in full
    assert "GNU GENERAL PUBLIC LICENSE" in text
    assert "Apache License" in text  # hls.js, always bundled as a resource
    assert "Copyright (c) 2005-" in text  # numpy's own LICENSE.txt, read from its metadata
    assert "OpenCV (opencv-python-headless)" not in text  # no cv2 among the modules: no OpenCV note


def test_a_library_with_a_misaligned_load_segment_is_refused(tmp_path: Path) -> None:
    good = Path(sys.executable).resolve()
    assert loads_aligned(good)
    broken = tmp_path / "broken.so"
    data = bytearray(good.read_bytes()[:8192])
    (phoff,) = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    for i in range(phnum):
        at = phoff + i * phentsize
        if struct.unpack_from("<I", data, at)[0] == 1:  # the first PT_LOAD: move its address by 16 bytes
            (vaddr,) = struct.unpack_from("<Q", data, at + 16)
            struct.pack_into("<Q", data, at + 16, vaddr + 16)
            break
    broken.write_bytes(bytes(data))
    assert not loads_aligned(broken)
    assert loads_aligned(Path(__file__))  # not ELF: nothing to refuse


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("strip") is None, reason="Linux strip"
)
def test_a_stripped_copy_is_used_only_when_smaller(tmp_path: Path) -> None:
    src = tmp_path / "python"
    shutil.copyfile(Path(sys.executable).resolve(), src)
    once = stripped_copy(src, tmp_path / "once")
    again = stripped_copy(once, tmp_path / "again")
    assert again == once  # a stripped file gets no smaller: the original stays
    assert not (tmp_path / "again").exists()
