"""When the client may send: the server's status (busy windows) and our clock against the server's.

Seed 2.3 Bước 4 and Bảng 6: check getserverstatus about every 5 minutes and send only while it says
State 1 (ready); with State 2 (busy) wait until its NextUpdateTime. Seed 2.3 "Một số lưu ý": compare
our time with the server's regularly; Bảng 1: every server is synchronised with the national NTP
time and a time 15 minutes off is flagged (code 7). The seed also forbids altering data, so a
skewed clock is never "corrected" in GPSTime: the client raises an alarm for the admin (sync this PC
with NTP) and holds sending until the clocks agree again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from cgrconsole.core.uplink.destination import RetryLater
from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.drvn.session import DrvnSession

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DrvnHealth:
    """What the console shows about the link. Delivered through ``on_health`` on the uplink's thread."""

    server: Literal["unknown", "ready", "busy", "unreachable"] = "unknown"
    busy_until: float | None = None  # our wall clock
    server_message: str = ""
    skew_s: float | None = None  # server time minus ours
    skew_alarm: bool = False  # |skew| > 15 min: sync this PC's clock (NTP), nothing is sent meanwhile
    last_problem: str = ""


class ServerGate:
    """Decides before every delivery whether sending is allowed; calls the server only when due."""

    def __init__(
        self,
        session: DrvnSession,
        clock: Callable[[], float],
        on_health: Callable[[DrvnHealth], None] | None = None,
    ) -> None:
        self._session = session
        self._settings = session.settings
        self._clock = clock
        self._on_health = on_health
        self.health = DrvnHealth()
        self._next_status_check = 0.0
        self._next_time_check = 0.0
        self._hold_until = 0.0  # after a 429 / Retry-After

    async def clearance(self) -> RetryLater | None:
        """None: send now. Otherwise why not and for how long (no upload request is made)."""
        now = self._clock()
        if now >= self._next_time_check:
            await self.check_time()
        if self.health.skew_alarm:
            return RetryLater(self._skew_text(), after_s=self._settings.time_check_interval_s)
        if now < self._hold_until:
            return RetryLater("the server asked us to wait (429)", after_s=self._hold_until - now)
        busy_until = self.health.busy_until
        if busy_until is not None and now < busy_until:
            return RetryLater(f"ĐBVN server busy: {self.health.server_message}", after_s=busy_until - now)
        if now >= self._next_status_check or busy_until is not None:
            problem = await self._check_status()
            if problem is not None:
                return problem
        return None

    def hold(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (a 429's Retry-After)."""
        self._hold_until = max(self._hold_until, self._clock() + seconds)

    async def check_time(self) -> float | None:
        """getcurrentime: measure the skew (server minus ours, at the request's midpoint)."""
        started = self._clock()
        answer = await self._session.request("GET", wire.CURRENT_TIME, params={"ProviderID": self._pid})
        ended = self._clock()
        self._next_time_check = ended + self._settings.time_check_interval_s
        data = answer.envelope.data if isinstance(answer.envelope.data, dict) else {}
        server = wire.parse_server_time(data.get("CurrentTime")) if answer.ok else None
        if server is None:
            log.warning("drvn: cannot read the server's time (%s)", answer.error or answer.status)
            return None
        skew = server - (started + ended) / 2.0
        alarm = abs(skew) > self._settings.max_skew_s
        if alarm != self.health.skew_alarm:
            log.log(
                logging.ERROR if alarm else logging.INFO,
                "drvn: clock %s: this PC differs from the ĐBVN server by %.0f s",
                "ALARM" if alarm else "back in step",
                -skew,
            )
        self._update(skew_s=skew, skew_alarm=alarm)
        return skew

    async def _check_status(self) -> RetryLater | None:
        answer = await self._session.request("GET", wire.SERVER_STATUS, params={"ProviderID": self._pid})
        now = self._clock()
        data = answer.envelope.data if isinstance(answer.envelope.data, dict) else {}
        state = data.get("State")
        if not answer.ok or state not in (wire.STATE_READY, wire.STATE_BUSY):
            problem = answer.error or answer.envelope.message or f"server status unreadable ({answer.status})"
            self._update(server="unreachable", last_problem=problem)
            return RetryLater(f"server status unknown: {problem}", answer.retry_after_s, answer.status)
        message = str(data.get("StateMessage") or "")
        if state == wire.STATE_READY:
            self._next_status_check = now + self._settings.status_interval_s
            self._update(server="ready", busy_until=None, server_message=message, last_problem="")
            return None
        next_update = wire.parse_server_time(data.get("NextUpdateTime"))
        skew = self.health.skew_s or 0.0
        until = next_update - skew if next_update is not None else None
        if until is None or until <= now:  # no usable time: ask again after the usual period
            until = now + self._settings.status_interval_s
        log.info("drvn: server busy (%s); nothing is sent for %.0f s", message, until - now)
        self._update(server="busy", busy_until=until, server_message=message)
        return RetryLater(f"ĐBVN server busy: {message}", after_s=until - now)

    @property
    def _pid(self) -> int:
        return self._settings.provider_id

    def _skew_text(self) -> str:
        minutes = abs(self.health.skew_s or 0.0) / 60.0
        return (
            f"this PC's clock differs from the ĐBVN server by {minutes:.0f} min (> 15): "
            "synchronise it with NTP; nothing is sent until it is fixed"
        )

    def _update(self, **changes: object) -> None:
        new = replace(self.health, **changes)  # type: ignore[arg-type]
        if new != self.health:
            self.health = new
            if self._on_health is not None:
                self._on_health(new)
