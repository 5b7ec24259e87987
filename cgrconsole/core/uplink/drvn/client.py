"""The ``Destination`` for the Vietnamese national camera-image protocol ("drvn", seed 004)."""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.destination import Delivered, OutboundEvent, Outcome, Rejected, RetryLater
from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.drvn.budget import DailyBudget
from cgrconsole.core.uplink.drvn.errors import Action, Rule, classify
from cgrconsole.core.uplink.drvn.gate import DrvnHealth, ServerGate
from cgrconsole.core.uplink.drvn.queries import DrvnQueries
from cgrconsole.core.uplink.drvn.session import Answer, DrvnSession
from cgrconsole.core.uplink.drvn.settings import DrvnSettings
from cgrconsole.core.uplink.jpeg import ImageNotUsable, fit_jpeg
from cgrconsole.core.uplink.reasons import Reason, because

log = logging.getLogger(__name__)
PLATE = re.compile(r"[A-Za-z0-9]{4,12}")  # "viết liền, không có ký tự đặc biệt" (seed Bảng 1)
HOLD_S = 600.0  # a site-wide refusal (403/404): look again in 10 minutes
SETTINGS_PAUSE_S = 300.0


@dataclass(frozen=True)
class _Pending:
    index: int  # position in the batch handed to deliver()
    item: wire.ImageItem


class DrvnClient:
    """Sends confirmed events to the ĐBVN server, one outcome per event, never raising for I/O.

    Per call: events older than 5 days are rejected (``too_old``); photos are fitted to 30–512 KB;
    the gate checks the clock and the server status (nothing is sent while busy or skewed); the rest
    goes out in time order, in list requests of ≤ ``max_batch`` images and ≤ ``max_request_bytes``.
    After a transient failure the later requests of the batch are not sent (time order, seed 3.1).
    ``on_health`` fires on the thread running the event loop.
    """

    name = "drvn"

    def __init__(
        self,
        settings: DrvnSettings,
        secrets: SecretStore,
        *,
        clock: Callable[[], float] = time.time,
        budget_path: Path | None = None,
        on_health: Callable[[DrvnHealth], None] | None = None,
        on_secret: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self.max_batch = settings.max_batch
        self.probe_every_s = settings.probe_interval_s
        self._clock = clock
        self.session = DrvnSession(settings, secrets, clock, on_secret)
        self.gate = ServerGate(self.session, clock, on_health)
        budget = DailyBudget(
            settings.vehicle_info_daily_limit, budget_path, clock, settings.stats_day_utc_offset_h
        )
        self.queries = DrvnQueries(self.session, budget)

    async def aclose(self) -> None:
        await self.session.aclose()

    async def probe(self) -> bool:
        """getserverstatus: True when the server answers "ready" (it also refreshes the health line)."""
        if self.settings.problems():
            return False
        return await self.gate.check_status() is None

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        outcomes: list[Outcome | None] = [None] * len(events)
        problems = self.settings.problems()
        if problems:
            wait = RetryLater(because("drvn.not_configured", problem=problems[0]), SETTINGS_PAUSE_S)
            return [wait] * len(events)
        pending: list[_Pending] = []
        for index, event in enumerate(events):
            prepared = await self._prepare(event)
            if isinstance(prepared, Rejected):
                outcomes[index] = prepared
            else:
                pending.append(_Pending(index, prepared))
        if pending:
            blocked = await self.gate.clearance()
            if blocked is not None:
                return [o if o is not None else blocked for o in outcomes]
        held: RetryLater | None = None
        for chunk in self._chunks(pending):
            results: list[Outcome] = [held] * len(chunk) if held is not None else await self._send(chunk)
            for entry, outcome in zip(chunk, results, strict=True):
                outcomes[entry.index] = outcome
                if isinstance(outcome, RetryLater) and held is None:
                    held = RetryLater(because("drvn.behind", cause=outcome.why), outcome.after_s)
        return [o if o is not None else RetryLater(because("drvn.not_attempted")) for o in outcomes]

    # -- one event → one protocol item ------------------------------------------------------------
    async def _prepare(self, event: OutboundEvent) -> wire.ImageItem | Rejected:
        age = self._clock() - event.time.timestamp()
        if age > self.settings.max_age_days * 86_400:
            return Rejected("too_old", because("drvn.too_old", days=f"{age / 86_400:.1f}"))
        if not PLATE.fullmatch(event.plate):
            return Rejected("drvn_code_4", because("drvn.plate_format", plate=event.plate))
        try:
            fitted = await asyncio.to_thread(fit_jpeg, event.photo_jpeg)
        except ImageNotUsable as exc:
            return Rejected("drvn_image", exc.why)
        guid = wire.image_guid(event.event_id)
        camera = self.settings.camera(event.camera)
        fields: dict[str, object] = {
            "ImageGuid": guid,
            "VehiclePlate": event.plate.upper(),
            "GPSTime": wire.unix_ms(event.time),
            "DriverLicense": self.settings.driver_license,
            "GPSLat": self.settings.gps_lat,  # the seed's Vietnamese labels swap kinh/vĩ độ; names win
            "GPSLon": self.settings.gps_lon,
            "CameraView": camera.camera_view,
            "ImageCheckSUM": wire.image_checksum(fitted.data, self.settings.checksum_of),
            "ProviderID": self.settings.provider_id,
            "CameraID": camera.camera_id,
        }
        if self.settings.sender_image_link:
            fields["SenderImageLink"] = self.settings.sender_image_link.replace("{guid}", guid)
        return wire.ImageItem(event.event_id, guid, fields, fitted.data)

    def _chunks(self, pending: list[_Pending]) -> Iterator[list[_Pending]]:
        chunk: list[_Pending] = []
        size = 0
        for entry in pending:
            cost = entry.item.json_size()
            if chunk and (len(chunk) >= self.max_batch or size + cost > self.settings.max_request_bytes):
                yield chunk
                chunk, size = [], 0
            chunk.append(entry)
            size += cost
        if chunk:
            yield chunk

    # -- sending ----------------------------------------------------------------------------------------
    async def _send(self, chunk: list[_Pending]) -> list[Outcome]:
        items = [entry.item for entry in chunk]
        pid = self.settings.provider_id
        listed = len(items) > 1
        if self.settings.method == "multipart":
            path = (wire.IMAGES2 if listed else wire.IMAGE2).format(p=pid)
            data, files = wire.multipart_parts(items, listed)
            answer = await self.session.request("POST", path, data=data, files=files)
        else:
            path = (wire.IMAGES if listed else wire.IMAGE).format(p=pid)
            body: object = (
                {"ImageList": [i.json_object() for i in items]} if listed else items[0].json_object()
            )
            answer = await self.session.request("POST", path, json=body)
        if answer.status is None:
            problem = answer.problem or because("drvn.not_attempted")
            if answer.redirect:
                return [Rejected("redirect", problem)] * len(items)
            return [RetryLater(problem, answer.retry_after_s)] * len(items)
        whole = classify(answer.status, answer.envelope.code, answer.envelope.raw_ok)
        per_item = answer.envelope.data if isinstance(answer.envelope.data, list) else None
        if not listed or per_item is None or whole.action in (Action.RELOGIN, Action.RETRY, Action.HOLD):
            first = await self._outcome(whole, answer, items[0].guid, answer.envelope.code)
            if isinstance(first, Delivered):  # one answer for the whole request: each image by its guid
                return [Delivered(i.guid, first.already_there, first.why) for i in items]
            return [first] * len(items)  # asked once (a 429 asks the status once, not per image)
        return await self._list_outcomes(items, per_item, answer)

    async def _list_outcomes(
        self, items: list[wire.ImageItem], per_item: list[object], answer: Answer
    ) -> list[Outcome]:
        """Images2/images answer "List<ImageGuid>": a guid (received) or {ImageGuid, Code, Message}."""
        by_guid: dict[str, tuple[int, str]] = {}
        for entry in per_item:
            if isinstance(entry, str):
                by_guid[entry.lower()] = (wire.CODE_OK, "")
            elif isinstance(entry, dict) and isinstance(entry.get("ImageGuid"), str):
                code = entry.get("Code", wire.CODE_OK)
                by_guid[entry["ImageGuid"].lower()] = (
                    code if isinstance(code, int) else -1,
                    str(entry.get("Message") or ""),
                )
        outcomes: list[Outcome] = []
        refusals: dict[tuple[int, str], Outcome] = {}  # one clock or status check per kind of refusal
        for item in items:
            found = by_guid.get(item.guid)
            if found is None:  # a resend is safe: the same guid meets 409 if the server has it
                outcomes.append(RetryLater(because("drvn.not_mentioned")))
                continue
            code, message = found
            item_answer = Answer(200, wire.Envelope(code, message, None, True), answer.retry_after_s)
            rule = classify(200, code)
            if rule.action in (Action.DELIVERED, Action.ALREADY_THERE):
                outcomes.append(await self._outcome(rule, item_answer, item.guid, code))
                continue
            if (code, message) not in refusals:
                refusals[code, message] = await self._outcome(rule, item_answer, item.guid, code)
            outcomes.append(refusals[code, message])
        return outcomes

    async def _outcome(self, rule: Rule, answer: Answer, guid: str, code: int | None) -> Outcome:
        status = answer.status
        why = Reason(rule.why.code, rule.why.params, answer.envelope.message, text=rule.why.text)
        if rule.action is Action.DELIVERED:
            return Delivered(remote_ref=guid)
        if rule.action is Action.ALREADY_THERE:
            return Delivered(remote_ref=guid, already_there=True, why=why)
        if rule.action is Action.RELOGIN:  # the session already logged in again once
            return RetryLater(because("drvn.login_did_not_help", cause=why), None, status)
        if rule.action is Action.HOLD:
            return RetryLater(why, HOLD_S, status)
        if rule.action is Action.RETRY:
            if status == 429 or code == 429:  # busy or rate-limited: the status says until when
                return await self.gate.after_rate_limit(answer.retry_after_s, why, status)
            return RetryLater(why, answer.retry_after_s, status)
        if code == 7:  # our clock may be the culprit: then hold the event instead of losing it
            await self.gate.check_time()
            if self.gate.health.skew_alarm:
                return RetryLater(because("drvn.clock_off", cause=why), None, status)
        key = f"drvn_code_{code}" if code is not None and code < 100 else f"http_{code or status}"
        return Rejected(key, why, status)
