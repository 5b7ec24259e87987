"""Symbols off the bundle's Linux libraries, without breaking the ones auditwheel patched.

PyInstaller's ``strip=True`` strips every library; on libraries rewritten by patchelf (auditwheel's repair of
manylinux wheels) binutils' strip can leave LOAD segments whose address and offset differ modulo the page
size, and the loader refuses them: numpy's OpenBLAS then fails with "ELF load command address/offset not
page-aligned". Here each library is stripped into a copy, and the copy is used only when it is smaller and
its LOAD segments are still page-congruent; otherwise the original goes in unchanged.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

PAGE = 4096
PT_LOAD = 1


def loads_aligned(path: Path, page: int = PAGE) -> bool:
    """True when every LOAD segment of the 64-bit little-endian ELF ``path`` can be mapped (or not ELF64)."""
    with path.open("rb") as f:
        header = f.read(64)
        if len(header) < 64 or header[:4] != b"\x7fELF" or header[4] != 2 or header[5] != 1:
            return True
        (phoff,) = struct.unpack_from("<Q", header, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", header, 0x36)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
    for i in range(phnum):
        p_type, _flags, offset, vaddr = struct.unpack_from("<IIQQ", table, i * phentsize)
        if p_type == PT_LOAD and (vaddr - offset) % page:
            return False
    return True


def stripped_copy(src: Path, target: Path) -> Path:
    """``target`` (a stripped copy of ``src``) when that is smaller and loadable, else ``src``."""
    if shutil.which("strip") is None:
        return src
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["strip", "-o", str(target), str(src)], capture_output=True)
    if done.returncode != 0 or not target.is_file():
        return src
    if target.stat().st_size >= src.stat().st_size or not loads_aligned(target):
        target.unlink()
        return src
    return target
