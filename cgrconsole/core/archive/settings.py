"""The archive's settings (the ``[archive]`` table): plain data, validated by ``cgrconsole.config``.

The table also holds how long the console keeps its own data (plate events with their pictures and
delivery history, the audit log), and the free-space floors, which apply to every disk it writes.
"""

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
    # plate events with their pictures, outbox rows and attempts; None: as long as the archive
    events_retention_days: int | None = None
    audit_retention_days: int | None = None  # the audit log; None: as long as the events
    min_free_gb: float = 5.0  # below this on any disk, the oldest of what may go is deleted
    critical_free_gb: float = 1.0  # below this, the oldest archive files go even if not uploaded
    transcode_bitrate_kbps: int = 1200
    transcode_preset: Literal["ultrafast", "superfast", "veryfast", "faster", "fast", "medium"] = "veryfast"

    @property
    def events_days(self) -> int:
        """Days plate events are kept once delivered (undelivered ones are kept however old)."""
        return self.retention_days if self.events_retention_days is None else self.events_retention_days

    @property
    def audit_days(self) -> int:
        return self.events_days if self.audit_retention_days is None else self.audit_retention_days
