"""When the client may send: the server's status (busy windows) and our clock against the server's.

Seed 2.3 Bước 4 and Bảng 10: check getserverstatus about every 5 minutes and send only while it says
State 1 (ready); with State 2 (busy) wait until its NextUpdateTime ("the time new information is
available"). A ready answer's NextUpdateTime is when the state may change, so the status is asked
again then; a 429 makes the client ask at once. Seed 2.3 "Một số lưu ý": compare
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

from cgrconsole.core.uplink.destination import Outcome, Rejected, RetryLater
from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.drvn.session import DrvnSession
from cgrconsole.core.uplink.reasons import Reason, because

log = logging.getLogger(__name__)
# Arrive this long after the announced NextUpdateTime: the measured skew is only good to about half a
# round trip, and arriving a hair early meets "busy" again and costs another round.
BUSY_MARGIN_S = 0.2


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
    """Decides before every delivery whether sending is allowed; calls the server only when due.

    The status is asked every ``status_interval_s`` (seed: 5 minutes), and also at once whenever the
    server may have changed its mind: at the ``NextUpdateTime`` it announced, and right after a 429,
    so a busy window is waited out exactly until its ``NextUpdateTime`` rather than for a fixed time.
    """

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
        self._hold_until = 0.0  # a 429's Retry-After while the status says ready

    async def clearance(self) -> RetryLater | Rejected | None:
        """None: send now. Otherwise why not and for how long (no upload request is made)."""
        now = self._clock()
        if now >= self._next_time_check:
            await self.check_time()
        if self.health.skew_alarm:
            return RetryLater(self._skew_reason(), after_s=self._settings.time_check_interval_s)
        if now < self._hold_until:
            wait = self._hold_until - now
            return RetryLater(because("drvn.wait_asked", seconds=f"{wait:.0f}"), after_s=wait)
        busy_until = self.health.busy_until
        if busy_until is not None and now < busy_until:
            busy = because("drvn.busy", server=self.health.server_message)
            return RetryLater(busy, after_s=busy_until - now)
        if now >= self._next_status_check or busy_until is not None:
            return await self.check_status()
        return None

    async def after_rate_limit(self, retry_after_s: float | None, why: Reason, status: int | None) -> Outcome:
        """A 429 (too many requests, or busy): ask the status at once instead of waiting blind.

        Busy: wait exactly until its NextUpdateTime. Ready: the server's Retry-After, when it gave
        one, else the outbox's backoff (2 s, 4 s…).
        """
        blocked = await self.check_status()
        if isinstance(blocked, Rejected):
            return blocked
        if blocked is not None and self.health.server == "busy":
            return RetryLater(blocked.why, blocked.after_s, status)
        if retry_after_s is not None:
            self._hold_until = max(self._hold_until, self._clock() + retry_after_s)
        return RetryLater(why, retry_after_s, status)

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

    async def check_status(self) -> RetryLater | Rejected | None:
        """getserverstatus now: None when ready; otherwise why not, waiting until its NextUpdateTime."""
        answer = await self._session.request("GET", wire.SERVER_STATUS, params={"ProviderID": self._pid})
        now = self._clock()
        data = answer.envelope.data if isinstance(answer.envelope.data, dict) else {}
        state = data.get("State")
        if answer.redirect and answer.problem is not None:
            self._update(server="unreachable", last_problem=answer.error)
            return Rejected("redirect", answer.problem)
        if not answer.ok or state not in (wire.STATE_READY, wire.STATE_BUSY):
            problem = answer.problem or because(
                "drvn.status_unreadable", server=answer.envelope.message, status=answer.status or "—"
            )
            self._update(server="unreachable", last_problem=problem.english())
            return RetryLater(problem, answer.retry_after_s, answer.status)
        message = str(data.get("StateMessage") or "")
        next_update = wire.parse_server_time(data.get("NextUpdateTime"))
        changes_at = next_update - (self.health.skew_s or 0.0) if next_update is not None else None
        if state == wire.STATE_READY:
            self._next_status_check = now + self._settings.status_interval_s
            if changes_at is not None and changes_at > now:  # the server said when it may change
                self._next_status_check = max(now + 1.0, min(self._next_status_check, changes_at))
            self._hold_until = 0.0 if self.health.server == "busy" else self._hold_until
            self._update(server="ready", busy_until=None, server_message=message, last_problem="")
            return None
        if changes_at is None:  # no usable time: look again soon rather than after the usual period
            until = now + self._settings.busy_recheck_s
        elif changes_at + BUSY_MARGIN_S > now:
            until = changes_at + BUSY_MARGIN_S
        else:  # its NextUpdateTime has passed and it is still busy: it is late, look again shortly
            until = now + 1.0
        log.info("drvn: server busy (%s); nothing is sent for %.1f s", message, until - now)
        self._update(server="busy", busy_until=until, server_message=message)
        return RetryLater(because("drvn.busy", server=message), after_s=until - now)

    @property
    def _pid(self) -> int:
        return self._settings.provider_id

    def _skew_reason(self) -> Reason:
        minutes = abs(self.health.skew_s or 0.0) / 60.0
        return because("drvn.skew", minutes=f"{minutes:.0f}")

    def _update(self, **changes: object) -> None:
        new = replace(self.health, **changes)  # type: ignore[arg-type]
        if new != self.health:
            self.health = new
            if self._on_health is not None:
                self._on_health(new)
