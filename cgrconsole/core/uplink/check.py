"""The destinations' *Test* in the settings: log in with the site's fields and read the server's state.

The same clients the dispatcher uses (``CgrClient``, ``DrvnSession`` + ``ServerGate``), with the
secret typed in the dialog (or the one stored) in a memory keyring of their own, so a test neither
needs the change saved first nor writes tokens anywhere. Blocking: run it off the GUI thread.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from dataclasses import dataclass

from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.uplink.cgr.auth import REGISTRATION_KEY
from cgrconsole.core.uplink.cgr.client import CgrClient
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.destination import Rejected, RetryLater
from cgrconsole.core.uplink.drvn.gate import ServerGate
from cgrconsole.core.uplink.drvn.session import PASSWORD_KEY, DrvnSession
from cgrconsole.core.uplink.drvn.settings import DrvnSettings
from cgrconsole.core.uplink.reasons import Reason, because


@dataclass(frozen=True)
class CheckResult:
    """``problem`` None: signed in and the server answered; then what it said."""

    problem: Reason | None = None
    queued_plates: int | None = None  # CarGoRuqsat: plates in today's queue
    server_ready: bool | None = None  # ĐBVN: getserverstatus said ready (False: busy)
    server_message: str = ""
    skew_s: float | None = None  # ĐBVN: the server's clock minus ours

    @property
    def ok(self) -> bool:
        return self.problem is None


def _store(key: str, value: str | None) -> SecretStore:
    return SecretStore(MemoryKeyring({key: value} if value else {}))


def check_cgr(settings: CgrSettings, registration_token: str | None) -> CheckResult:
    """Log in (Auth with the registration token) and read today's TruckNumbers."""
    settings = dataclasses.replace(settings, token_cache="memory", config_retry_s=0.0)

    async def run() -> CheckResult:
        client = CgrClient(settings, _store(REGISTRATION_KEY, registration_token))
        try:
            if settings.mode != "Checkpoint":  # the queue exists only for checkpoints: is it there at all?
                if await client.probe():
                    return CheckResult()
                return CheckResult(because("net.connect", url=settings.base_url, error="no answer"))
            answer = await client.fetch_truck_numbers()
        finally:
            await client.aclose()
        if isinstance(answer, RetryLater | Rejected):
            return CheckResult(answer.why)
        return CheckResult(queued_plates=len(answer))

    return asyncio.run(run())


def check_drvn(settings: DrvnSettings, password: str | None) -> CheckResult:
    """Log in (user/login) and read getserverstatus and getcurrentime."""
    settings = dataclasses.replace(settings, cache_token_in_keyring=False)

    async def run() -> CheckResult:
        session = DrvnSession(settings, _store(PASSWORD_KEY, password))
        gate = ServerGate(session, clock=time.time)
        try:
            blocked = await gate.check_status()
            if blocked is not None and gate.health.server != "busy":
                return CheckResult(blocked.why)
            await gate.check_time()
        finally:
            await session.aclose()
        health = gate.health
        return CheckResult(
            server_ready=health.server == "ready",
            server_message=health.server_message,
            skew_s=health.skew_s,
        )

    return asyncio.run(run())
