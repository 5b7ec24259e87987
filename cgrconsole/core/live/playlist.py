"""The playlists as text: pure functions of a ``MediaWindow`` (no state, no I/O).

Media playlist (draft-pantos-hls-rfc8216bis-22): ``EXT-X-VERSION:6``, the lowest the tags allow
(EXT-X-MAP in a playlist without I-FRAMES-ONLY needs 6; EXT-X-PART, PRELOAD-HINT and SERVER-CONTROL
need none; delta updates, which would need 9, are not offered: with 7 short segments a delta saves
a few lines). TARGETDURATION never changes (the packager fixes it); SERVER-CONTROL offers blocking
reload with PART-HOLD-BACK = 3 × PART-TARGET (Apple's MUST, the spec's SHOULD). Every segment
carries its PROGRAM-DATE-TIME (the ingest clock, ms, UTC). Each camera session has an init of its own:
a new one brings EXT-X-DISCONTINUITY and EXT-X-MAP, before the first EXT-X-PART of its segment
(4.4.4.9). The client's query (its token) is repeated in every URI.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime

from cgrconsole.core.live.window import MediaWindow, Part, init_name

MEDIA_PLAYLIST = "media.m3u8"
VERSION = 6


def uri(name: str, query: str) -> str:
    """``name`` with the client's query (``_HLS_*`` already removed) appended."""
    query = query.lstrip("?")
    return f"{name}?{query}" if query else name


def program_date_time(epoch: float) -> str:
    """ISO 8601 with milliseconds and 'Z', e.g. 2026-12-02T14:50:00.123Z."""
    moment = datetime.fromtimestamp(epoch, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def advertised_part_target(part_target: float) -> float:
    """PART-TARGET as written: rounded up to the millisecond, so no part's DURATION exceeds it."""
    return math.ceil(round(part_target * 1000, 6)) / 1000


def part_hold_back(part_target: float) -> float:
    return round(3 * advertised_part_target(part_target), 3)


def advance_part_limit(part_target: float) -> float:
    """Spec 6.2.5.2: how many parts ahead a blocking request may ask for."""
    target = advertised_part_target(part_target)
    return 3 / target if target < 1 else 3.0


def render_multivariant(
    *, bandwidth: int, codecs: str, width: int, height: int, fps: float, query: str = ""
) -> str:
    """One variant: the camera's media playlist."""
    attributes = [f"BANDWIDTH={max(1, bandwidth)}", f'CODECS="{codecs}"']
    if width > 0 and height > 0:
        attributes.append(f"RESOLUTION={width}x{height}")
    if fps > 0:
        attributes.append(f"FRAME-RATE={fps:.3f}")
    lines = [
        "#EXTM3U",
        f"#EXT-X-VERSION:{VERSION}",
        "#EXT-X-INDEPENDENT-SEGMENTS",  # every segment starts with a keyframe
        "#EXT-X-STREAM-INF:" + ",".join(attributes),
        uri(MEDIA_PLAYLIST, query),
    ]
    return "\n".join(lines) + "\n"


def render_media(window: MediaWindow, query: str = "") -> str:
    """The whole media playlist of ``window`` (blocking reloads get it whole too)."""
    target = advertised_part_target(window.part_target)
    first = window.segments[0] if window.segments else window.open
    lines = [
        "#EXTM3U",
        f"#EXT-X-VERSION:{VERSION}",
        f"#EXT-X-TARGETDURATION:{window.target_duration}",
        f"#EXT-X-SERVER-CONTROL:CAN-BLOCK-RELOAD=YES,PART-HOLD-BACK={part_hold_back(target):.3f}",
        f"#EXT-X-PART-INF:PART-TARGET={target:.3f}",
        f"#EXT-X-MEDIA-SEQUENCE:{first.msn if first else 0}",
        f"#EXT-X-DISCONTINUITY-SEQUENCE:{first.discontinuity if first else 0}",
    ]
    session = ""
    listed = list(window.segments)
    if window.open is not None and window.open.parts:
        listed.append(window.open)
    for segment in listed:
        if segment.session != session:
            if session:  # not before the first segment: DISCONTINUITY-SEQUENCE already counts it
                lines.append("#EXT-X-DISCONTINUITY")
            lines.append(f'#EXT-X-MAP:URI="{uri(init_name(segment.session), query)}"')
            session = segment.session
        lines.append(f"#EXT-X-PROGRAM-DATE-TIME:{program_date_time(segment.wallclock)}")
        if segment.msn >= window.parts_from:
            lines.extend(_part_line(part, query) for part in segment.parts)
        if segment.complete:
            lines.append(f"#EXTINF:{segment.duration:.5f},")
            lines.append(uri(segment.name, query))
    lines.append(f'#EXT-X-PRELOAD-HINT:TYPE=PART,URI="{uri(window.hint, query)}"')
    return "\n".join(lines) + "\n"


def _part_line(part: Part, query: str) -> str:
    independent = ",INDEPENDENT=YES" if part.independent else ""
    return f'#EXT-X-PART:DURATION={part.duration:.5f},URI="{uri(part.name, query)}"{independent}'
