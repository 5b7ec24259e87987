"""Just enough of H.264 Annex B to find the parameter sets in a keyframe."""

from __future__ import annotations

_START_CODE = b"\x00\x00\x01"
_PARAMETER_SETS = {7, 8}  # SPS, PPS


def nal_units(data: bytes) -> list[bytes]:
    """The NAL units of an Annex B buffer, without start codes (a NAL never ends in a zero byte)."""
    units = (part.rstrip(b"\x00") for part in data.split(_START_CODE)[1:])
    return [unit for unit in units if unit]


def h264_parameter_sets(data: bytes) -> bytes:
    """SPS and PPS of an H.264 access unit as Annex B extradata (empty when absent)."""
    return b"".join(b"\x00\x00\x00\x01" + u for u in nal_units(data) if u[0] & 0x1F in _PARAMETER_SETS)
