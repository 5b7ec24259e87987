"""What every destination client (CarGoRuqsat, the Vietnamese camera protocol) offers the dispatcher.

The dispatcher owns durability, order, retries and backoff; a client owns its protocol: how to
authenticate, how to encode an event, and what each answer of its server means. A client never
raises for a network or server problem: it answers with an ``Outcome`` per event.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from cgrconsole.core.uplink.reasons import Reason

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


def wire_id(event_id: str, revision: int) -> str:
    """The idempotent id a destination gets for revision ``revision`` of ``event_id``: the event's own id
    at first; for a correction sent again after delivery an id derived from both (stable, 32 hex), or
    the server would answer "already there" and keep the old plate."""
    if revision <= 0:
        return event_id
    return uuid.uuid5(uuid.UUID(hex=event_id), f"revision {revision}").hex


def _as_reason(value: Reason | str) -> Reason:
    return value if isinstance(value, Reason) else Reason.plain(value)


@dataclass(frozen=True)
class Delivered:
    """The server has the event. ``already_there``: it said so (409, a structured field); that counts.

    ``why`` says on what evidence an "already there" counted as delivered (shown per attempt).
    """

    remote_ref: str | None = None
    already_there: bool = False
    why: Reason | None = None


@dataclass(frozen=True)
class RetryLater:
    """A transient problem (network, timeout, 5xx, 429, busy, expired token that re-login could not fix yet).

    ``after_s``: the server said when to come back (Retry-After, NextUpdateTime); None lets the
    dispatcher's backoff decide. ``why`` may be given as plain text (tests, scripted answers).
    """

    why: Reason
    after_s: float | None = None
    http_status: int | None = None

    def __init__(self, why: Reason | str, after_s: float | None = None, http_status: int | None = None):
        object.__setattr__(self, "why", _as_reason(why))
        object.__setattr__(self, "after_s", after_s)
        object.__setattr__(self, "http_status", http_status)

    @property
    def reason(self) -> str:
        """In English, for logs."""
        return self.why.english()


@dataclass(frozen=True)
class Rejected:
    """A permanent problem with this event: sending it again unchanged cannot succeed.

    The officer or admin must act (correct and resend, or dismiss with a reason). ``code`` is a short
    machine-readable key (``http_400``, ``drvn_code_3``, ``too_old``, ``redirect``...); ``why`` is for
    people (coded, so the UI translates it).
    """

    code: str
    why: Reason
    http_status: int | None = None

    def __init__(self, code: str, why: Reason | str, http_status: int | None = None):
        object.__setattr__(self, "code", code)
        object.__setattr__(self, "why", _as_reason(why))
        object.__setattr__(self, "http_status", http_status)

    @property
    def reason(self) -> str:
        """In English, for logs."""
        return self.why.english()


Outcome = Delivered | RetryLater | Rejected


class Destination(Protocol):
    """One remote system. ``deliver`` gets at most ``max_batch`` events, oldest first."""

    name: str  # "cgr" | "drvn": the outbox's destination key
    max_batch: int
    probe_every_s: float  # while rows wait for the link, ``probe()`` at most this often

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        """Send ``events``; return one outcome per event, in the same order. Never raises for I/O."""
        ...

    async def probe(self) -> bool:
        """A cheap check that the server answers (and, where it says so, is ready). Never raises for I/O.

        True ends the wait of rows that could not reach the server (``reasons.NO_LINK``), so sending
        resumes as soon as the link is back instead of after their backoff.
        """
        ...

    async def aclose(self) -> None: ...
