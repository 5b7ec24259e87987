"""A camera's settings (one ``[[cameras]]`` table) and how ingest retries: plain data, no parsing.

The configuration loader (``cgrconsole.config``) builds these from the TOML file; the core only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class CameraConfig:
    """One IP camera. ``name`` is used in archive paths, so it is restricted to A-Z a-z 0-9 _ -."""

    name: str
    url: str
    direction: Literal["entry", "exit"] = "entry"
    enabled: bool = True
    anpr: bool = True
    auto_send: bool = False  # a trusted camera: confident readings go out without the officer
    transport: Literal["tcp", "udp"] = "tcp"
    roi: tuple[float, float, float, float] | None = None  # x1, y1, x2, y2 as fractions of the frame
    title: str = ""  # shown on the tile; may be in any language
    # a camera seeing both directions: each event's direction from the vehicle's motion, this motion
    # being entry (its plate goes down/up the picture, comes towards / drives away from the camera);
    # None: every event takes ``direction``. The same names as cgrconsole.core.anpr.tracker.ENTRY_MOTIONS.
    entry_motion: Literal["down", "up", "towards", "away"] | None = None
    # set by the loader, never read from the file: why this camera is switched off
    problem: str = field(default="", metadata={"config": False})

    @property
    def label(self) -> str:
        return self.title or self.name


@dataclass(frozen=True)
class IngestConfig:
    open_timeout_s: float = 10.0
    read_timeout_s: float = 10.0
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 30.0
    offline_after_s: float = 60.0
    frozen_picture_after_s: float = 5.0  # a live camera showing the same image this long is "frozen"
