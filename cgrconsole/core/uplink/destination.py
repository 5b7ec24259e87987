"""What every destination client (CarGoRuqsat, the Vietnamese camera protocol) offers the dispatcher.

The dispatcher owns durability, order, retries and backoff; a client owns its protocol: how to
authenticate, how to encode an event, and what each answer of its server means. A client never
raises for a network or server problem: it answers with an ``Outcome`` per event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

Direction = Literal["entry", "exit"]


@dataclass(frozen=True)
class OutboundEvent:
    """A confirmed event as the officer left it; the same object on every attempt."""

    event_id: str  # stable idempotent id (32 hex chars); destinations derive their own ids from it
    camera: str
    time: datetime  # timezone-aware, the site's local time
    direction: Direction
    plate: str  # normalized: upper case, no spaces (e.g. 123ABC01, 30E00555)
    country: str | None  # KZ, RU, KG, UZ, CN, VN or None when the officer typed a plate of no known format
    confidence: float  # 0..1; 1.0 for a plate typed by the officer
    photo_jpeg: bytes  # the full frame; a client resizes or re-compresses it as its protocol requires
    crop_jpeg: bytes | None  # the plate crop, when there is one
    archive_path: str | None  # posix, relative to the archive root: Camera1/2025/08/18/11/Camera1_..._05.mp4


@dataclass(frozen=True)
class Delivered:
    """The server has the event. ``already_there``: it said so (409, duplicate); that counts as delivered."""

    remote_ref: str | None = None
    already_there: bool = False


@dataclass(frozen=True)
class RetryLater:
    """A transient problem (network, timeout, 5xx, 429, busy, expired token that re-login could not fix yet).

    ``after_s``: the server said when to come back (Retry-After, NextUpdateTime); None lets the
    dispatcher's backoff decide.
    """

    reason: str
    after_s: float | None = None
    http_status: int | None = None


@dataclass(frozen=True)
class Rejected:
    """A permanent problem with this event: sending it again unchanged cannot succeed.

    The officer or admin must act (correct and resend, or dismiss with a reason). ``code`` is a short
    machine-readable key (``http_400``, ``drvn_code_3``, ``too_old``...); ``reason`` is for people.
    """

    code: str
    reason: str
    http_status: int | None = None


Outcome = Delivered | RetryLater | Rejected


class Destination(Protocol):
    """One remote system. ``deliver`` gets at most ``max_batch`` events, oldest first."""

    name: str  # "cgr" | "drvn": the outbox's destination key
    max_batch: int

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        """Send ``events``; return one outcome per event, in the same order. Never raises for I/O."""
        ...

    async def aclose(self) -> None: ...
