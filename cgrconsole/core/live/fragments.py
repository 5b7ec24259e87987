"""One camera session's fragmented MP4, written by PyAV into memory: an init, then a fragment per part.

FFmpeg's mp4 muxer (``empty_moov+default_base_moof``) writes ftyp+moov when the first packet is muxed,
then a moof+mdat *while muxing the packet that crosses* ``frag_duration`` (or that is a keyframe, with
``frag_keyframe``): the fragment holds every packet muxed before it, and the last sample's duration is
known because the next packet has arrived. So a part is complete one frame after its end, as in
gohlslib. ``frag_discont`` makes the fragments carry the packets' own decode times (tfdt), so the
media timeline can continue across sessions; ``skip_trailer`` keeps ``close()`` from writing an index
(mfra) after the last fragment. Never decodes.
"""

from __future__ import annotations

import contextlib
import io
import struct
from dataclasses import dataclass

import av

from cgrconsole.core.camera.packets import StreamInfo
from cgrconsole.core.camera.remux import OUT_TIME_BASE, add_copy_stream

MOVFLAGS = "empty_moov+default_base_moof+frag_keyframe+skip_trailer+negative_cts_offsets+frag_discont"


@dataclass(frozen=True, slots=True)
class Fragment:
    """One moof+mdat: ``samples`` packets, the oldest not yet in a fragment."""

    data: bytes
    samples: int


class _Sink(io.RawIOBase):
    """A non-seekable in-memory file: the muxer never seeks back, and bytes are collected per ``mux``."""

    def __init__(self) -> None:
        super().__init__()
        self._buffer = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._buffer += data
        return len(data)

    def take(self) -> bytes:
        data = bytes(self._buffer)
        self._buffer.clear()
        return data


class FragmentMuxer:
    """Stream copy of one session into init + fragments. Not thread-safe: the packager's thread owns it."""

    def __init__(self, info: StreamInfo, first_keyframe: bytes, frag_duration_s: float) -> None:
        self._sink = _Sink()
        options = {
            "movflags": MOVFLAGS,
            "frag_duration": str(max(1, int(frag_duration_s * 1_000_000))),
            "video_track_timescale": "90000",
            "flush_packets": "1",  # the fragment reaches the sink within mux(), not at the next buffer fill
        }
        self._container = av.open(self._sink, "w", format="mp4", options=options)
        self._stream = add_copy_stream(self._container, info, first_keyframe)
        self._pending = b""  # bytes of a box not complete yet (never across mux() in practice)
        self.init: bytes | None = None

    def mux(self, data: bytes, dts: int, pts: int, keyframe: bool) -> list[Fragment]:
        """Mux one packet (times in 1/90000 s); returns the fragments this completed (usually 0 or 1)."""
        packet = av.Packet(data)
        packet.dts, packet.pts, packet.time_base = dts, pts, OUT_TIME_BASE
        packet.is_keyframe = keyframe
        packet.stream = self._stream
        self._container.mux(packet)
        return self._collect()

    def close(self) -> list[Fragment]:
        """Flush the last fragment (the packets muxed since the previous one) and close."""
        try:
            self._container.close()
        finally:
            self._sink.close()
        return self._collect(final=True)

    def abort(self) -> None:
        """Close after an error, keeping nothing."""
        with contextlib.suppress(Exception):  # the muxer failed already; closing may fail again
            self._container.close()

    def _collect(self, final: bool = False) -> list[Fragment]:
        data = self._pending + self._sink.take()
        boxes, rest = split_boxes(data)
        self._pending = rest
        fragments: list[Fragment] = []
        moof: bytes | None = None
        init = b""
        for kind, box in boxes:
            if kind in (b"ftyp", b"moov"):
                init += box
            elif kind == b"moof":
                moof = box
            elif kind == b"mdat" and moof is not None:
                fragments.append(Fragment(moof + box, trun_samples(moof)))
                moof = None
        if moof is not None:  # a moof whose mdat has not come yet: keep it for the next call
            self._pending = moof + self._pending
        if init:
            self.init = (self.init or b"") + init
        if final and self._pending:
            raise ValueError(f"the muxer left {len(self._pending)} bytes of an incomplete box")
        return fragments


def split_boxes(data: bytes) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """The complete top-level ISO-BMFF boxes in ``data`` as (type, bytes), and the incomplete rest."""
    boxes: list[tuple[bytes, bytes]] = []
    offset = 0
    while len(data) - offset >= 8:
        size, kind = struct.unpack_from(">I4s", data, offset)
        if size == 1:
            if len(data) - offset < 16:
                break
            size = struct.unpack_from(">Q", data, offset + 8)[0]
        if size < 8:
            raise ValueError(f"a {kind!r} box of {size} bytes")
        if len(data) - offset < size:
            break
        boxes.append((kind, data[offset : offset + size]))
        offset += size
    return boxes, data[offset:]


def trun_samples(moof: bytes) -> int:
    """The samples of a fragment: the sum of the sample counts of the trun boxes in its trafs."""
    total = 0
    for kind, traf in split_boxes(moof[8:])[0]:
        if kind != b"traf":
            continue
        for inner, trun in split_boxes(traf[8:])[0]:
            if inner == b"trun":
                total += struct.unpack_from(">I", trun, 12)[0]  # after size, type, version/flags
    return total
