"""RFC 6381 codec strings (the playlist's CODECS) read from the camera's sequence parameter set.

A browser decides from this string whether it can play the stream at all
(``MediaSource.isTypeSupported``), so it must name the real profile and level: ``avc1.PPCCLL`` for
H.264 (profile_idc, constraint flags, level_idc of the SPS), and
``hvc1.<space><profile>.<compat>.<tier><level>.<constraints>`` for H.265 (ISO/IEC 14496-15 Annex E).
The parameter sets come as Annex B NAL units (RTSP, the synthetic camera) or inside an avcC/hvcC
record (other sources); both are read.
"""

from __future__ import annotations

from cgrconsole.core.camera.annexb import nal_units

FALLBACK = {"h264": "avc1.42e01e", "hevc": "hvc1.1.6.L93.B0"}  # Baseline 3.0 / Main 3.1: when no SPS is found


def _unescape(nal: bytes) -> bytes:
    """The RBSP: emulation-prevention bytes (00 00 03) removed."""
    return nal.replace(b"\x00\x00\x03", b"\x00\x00")


def avc_codec_string(sps: bytes) -> str:
    """``avc1.PPCCLL`` from an H.264 SPS NAL unit (with its one-byte header)."""
    rbsp = _unescape(sps)
    if len(rbsp) < 4:
        raise ValueError("an H.264 SPS has at least 4 bytes")
    return f"avc1.{rbsp[1]:02x}{rbsp[2]:02x}{rbsp[3]:02x}"


def _hevc_from_profile_tier_level(ptl: bytes) -> str:
    """The string from the 12 bytes of general_profile_tier_level (the same layout in the SPS and hvcC)."""
    if len(ptl) < 12:
        raise ValueError("an H.265 profile_tier_level has 12 bytes")
    space = ("", "A", "B", "C")[ptl[0] >> 6]
    tier = "H" if ptl[0] & 0x20 else "L"
    profile = ptl[0] & 0x1F
    flags = int.from_bytes(ptl[1:5], "big")
    compat = int(f"{flags:032b}"[::-1], 2)  # written with the bit order reversed (14496-15 E.3)
    constraints = list(ptl[5:11])
    while constraints and constraints[-1] == 0:  # trailing zero bytes are left out
        constraints.pop()
    text = f"hvc1.{space}{profile}.{compat:x}.{tier}{ptl[11]}"
    return text + "".join(f".{byte:x}" for byte in constraints).upper()


def hevc_codec_string(sps: bytes) -> str:
    """``hvc1.…`` from an H.265 SPS NAL unit (with its two-byte header)."""
    rbsp = _unescape(sps)
    # 2 bytes NAL header, 1 byte vps id / max_sub_layers / temporal_id_nesting, then profile_tier_level
    return _hevc_from_profile_tier_level(rbsp[3:15])


def codec_string(codec: str, *sources: bytes) -> str:
    """The RFC 6381 string of ``codec`` ("h264"/"hevc") from the first SPS found in ``sources``.

    Each source is Annex B (extradata, a keyframe) or an avcC/hvcC record. Falls back to a common
    profile when none holds an SPS (the string then only says which codec it is).
    """
    for data in sources:
        if not data:
            continue
        try:
            found = _from_record(codec, data) if data[0] == 1 else _from_annexb(codec, data)
        except ValueError:
            found = None
        if found:
            return found
    return FALLBACK.get(codec, codec)


def _from_annexb(codec: str, data: bytes) -> str | None:
    for nal in nal_units(data):
        if codec == "h264" and nal[0] & 0x1F == 7:
            return avc_codec_string(nal)
        if codec == "hevc" and (nal[0] >> 1) & 0x3F == 33:
            return hevc_codec_string(nal)
    return None


def _from_record(codec: str, data: bytes) -> str | None:
    """avcC (profile, compatibility, level in bytes 1–3) or hvcC (profile_tier_level in bytes 1–12)."""
    if codec == "h264" and len(data) >= 4:
        return f"avc1.{data[1]:02x}{data[2]:02x}{data[3]:02x}"
    if codec == "hevc" and len(data) >= 13:
        return _hevc_from_profile_tier_level(data[1:13])
    return None
