"""The archive's settings (the ``[archive]`` table): plain data, validated by ``cgrconsole.config``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class ArchiveConfig:
    """Recording. ``segment_seconds`` ships as 300 (the customer's 5 minutes); tests shorten it."""

    enabled: bool = True
    segment_seconds: int = 300
    retention_days: int = 60
    allow_short_retention: bool = False  # required for retention_days < 60 (the contract says >= 60)
    min_free_gb: float = 5.0  # below this, the oldest files that may go (uploaded ones) are deleted
    critical_free_gb: float = 1.0  # below this, the oldest go even if not uploaded, with an alarm
    transcode_bitrate_kbps: int = 1200
    transcode_preset: Literal["ultrafast", "superfast", "veryfast", "faster", "fast", "medium"] = "veryfast"
