"""The CarGoRuqsat client: a ``Destination`` that logs in with the registration token and posts CamEvents.

Events of a batch go one by one, oldest first. The first transient failure (RetryLater) ends the
batch: the later events get the same answer unsent, so the service sees them in time order. A
Rejected event does not hold back the others (the officer corrects it and sends it again).
A 401 costs one login and one resend per request; the bearer token is cached (keyring or memory)
and renewed ahead of a known expiry. Every call is logged as method, path, status and ms: never
the query (it carries the registration token) nor a header.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.cgr.auth import (
    REGISTRATION_KEY,
    BearerToken,
    TokenCache,
    TokenFormatError,
    parse_token_response,
)
from cgrconsole.core.uplink.cgr.payload import build_body
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.cgr.statuses import (
    AlreadyThere,
    outcome_for,
    retry_after_s,
    rule_for,
    server_message,
)
from cgrconsole.core.uplink.cgr.trucks import parse_truck_numbers
from cgrconsole.core.uplink.destination import OutboundEvent, Outcome, Rejected, RetryLater
from cgrconsole.core.uplink.http_problems import redirect_of, transport_reason
from cgrconsole.core.uplink.jpeg import ImageNotUsable
from cgrconsole.core.uplink.reasons import because

log = logging.getLogger(__name__)
# httpx logs every request URL at INFO; the Auth URL carries the registration token in its query.
# Our own line per call replaces it.
logging.getLogger("httpx").setLevel(logging.WARNING)

Answer = httpx.Response | RetryLater | Rejected  # Rejected: a redirect (the base_url is wrong)


class CgrClient:
    """The CarGoRuqsat API for one site (``settings.mode``: Checkpoint or WaitingArea).

    Asyncio only: ``deliver``, ``fetch_truck_numbers`` and ``aclose`` run on the caller's loop.
    ``on_secret`` receives every bearer token obtained (the log redactor). ``transport`` is for tests.
    """

    name = "cgr"

    def __init__(
        self,
        settings: CgrSettings,
        secrets: SecretStore,
        *,
        clock: Callable[[], float] = time.time,
        on_secret: Callable[[str], None] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.max_batch = settings.max_batch
        self.probe_every_s = settings.probe_interval_s
        self._settings = settings
        self._already = AlreadyThere(settings.already_there_codes, settings.already_there_phrases)
        self._secrets = secrets
        self._clock = clock
        self._on_secret = on_secret
        self._transport = transport
        scope = f"{settings.base_url.rstrip('/')}|{settings.mode}"
        self._tokens = TokenCache(secrets, scope, use_keyring=settings.token_cache == "keyring")
        self._auth_lock = asyncio.Lock()
        self._http: httpx.AsyncClient | None = None

    async def deliver(self, events: Sequence[OutboundEvent]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for index, event in enumerate(events):
            outcome = await self._deliver_one(event)
            outcomes.append(outcome)
            if isinstance(outcome, RetryLater):
                outcomes += [outcome] * (len(events) - index - 1)  # keep time order: the rest wait
                break
        return outcomes

    async def fetch_truck_numbers(self) -> list[str] | RetryLater | Rejected:
        """The day's queued plates, normalized; or why they could not be had."""
        answer = await self._authorized("GET", self._settings.truck_numbers_path)
        if isinstance(answer, RetryLater | Rejected):
            return answer
        if not answer.is_success:
            outcome = self._outcome(answer)
            if isinstance(outcome, RetryLater | Rejected):
                return outcome
            return RetryLater(because("cgr.unexpected", status=answer.status_code), None, answer.status_code)
        try:
            return parse_truck_numbers(answer.json())
        except ValueError as exc:
            return RetryLater(because("cgr.trucks_unreadable", error=exc), http_status=answer.status_code)

    async def probe(self) -> bool:
        """Does the service answer at all? A GET of the base address: any answer but 5xx/408/429 says yes.

        No token and no event are involved, so it is cheap and cannot post anything twice.
        """
        try:
            answer = await self._client().request("GET", "/")
        except (httpx.HTTPError, ssl.SSLError, OSError) as exc:
            log.debug("cgr: probe: no answer (%s)", type(exc).__name__)
            return False
        log.debug("cgr: probe: HTTP %d", answer.status_code)
        return answer.status_code < 500 and answer.status_code not in (408, 425, 429)

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    # -- one event ------------------------------------------------------------------
    async def _deliver_one(self, event: OutboundEvent) -> Outcome:
        try:
            body = build_body(event, self._settings)
        except ImageNotUsable as exc:
            return Rejected("bad_photo", exc.why)
        except ValueError as exc:
            return Rejected("bad_event", because("cgr.bad_event", error=exc))
        answer = await self._authorized("POST", self._settings.path("CamEvent"), json=body)
        if isinstance(answer, RetryLater | Rejected):
            if isinstance(answer, Rejected):
                log.error("cgr: event %s %s", event.event_id, _describe(answer))
            return answer
        outcome = self._outcome(answer)
        if answer.is_success and not _is_json(answer.content):
            log.warning(
                "cgr: event %s: HTTP %d with a body that is not JSON; counted as delivered",
                event.event_id,
                answer.status_code,
            )
        if not isinstance(outcome, RetryLater):
            log.info("cgr: event %s %s", event.event_id, _describe(outcome))
        return outcome

    def _outcome(self, answer: httpx.Response) -> Outcome:
        return outcome_for(
            answer.status_code,
            answer.content,
            answer.headers.get("Retry-After"),
            self._clock(),
            self._already,
            mode=self._settings.mode,
        )

    # -- authorization --------------------------------------------------------------
    async def _authorized(self, method: str, path: str, **kwargs: Any) -> Answer:
        """``method path`` with the bearer token; after a 401, one login and one resend."""
        refused: BearerToken | None = None
        for _attempt in range(2):
            token = await self._bearer(refused)
            if isinstance(token, RetryLater | Rejected):
                return token
            headers = {"Authorization": f"Bearer {token.value}"}
            answer = await self._request(method, path, headers=headers, **kwargs)
            if isinstance(answer, RetryLater | Rejected) or rule_for(answer.status_code).action != "reauth":
                return answer
            refused = token
        return RetryLater(because("cgr.token_refused_again"), http_status=401)

    async def _bearer(self, refused: BearerToken | None) -> BearerToken | RetryLater | Rejected:
        async with self._auth_lock:  # the poller and the dispatcher must not log in twice at once
            token = self._tokens.get()
            margin = self._settings.token_refresh_margin_s
            if token is not None and token is not refused and token.usable(self._clock(), margin):
                return token
            return await self._login()

    async def _login(self) -> BearerToken | RetryLater | Rejected:
        registration = self._secrets.get(REGISTRATION_KEY)
        if not registration:
            return RetryLater(because("cgr.no_registration_token"), after_s=self._settings.config_retry_s)
        answer = await self._request(
            "GET", self._settings.path("Auth"), params={"RegistrationToken": registration}
        )
        if isinstance(answer, RetryLater | Rejected):
            return answer
        status = answer.status_code
        if not answer.is_success:
            message = server_message(_json_or_none(answer), answer.content)
            if rule_for(status).action == "retry":
                after = retry_after_s(answer.headers.get("Retry-After"), self._clock())
                return RetryLater(because("cgr.auth_failed", server=message, status=status), after, status)
            refused = because("cgr.registration_refused", server=message, status=status)
            return RetryLater(refused, self._settings.config_retry_s, status)
        try:
            token = parse_token_response(answer.content, self._clock())
        except TokenFormatError as exc:
            return RetryLater(because("cgr.auth_unreadable", error=exc), http_status=status)
        if self._on_secret is not None:
            self._on_secret(token.value)
        self._tokens.put(token)
        return token

    # -- transport ------------------------------------------------------------------
    async def _request(self, method: str, path: str, **kwargs: Any) -> Answer:
        started = time.perf_counter()
        try:
            answer = await self._client().request(method, path, **kwargs)
        except (httpx.HTTPError, ssl.SSLError, OSError) as exc:
            elapsed = (time.perf_counter() - started) * 1000
            s = self._settings
            why = transport_reason(
                exc, "uplink.cgr", s.base_url, s.connect_timeout_s, s.timeout_s, s.ca_bundle
            )
            log.warning("cgr %s %s -> failed in %.0f ms: %s", method, path, elapsed, why.english())
            return RetryLater(why)
        elapsed = (time.perf_counter() - started) * 1000
        log.info("cgr %s %s -> %d in %.0f ms", method, path, answer.status_code, elapsed)
        redirect = redirect_of(answer, "uplink.cgr", self._settings.base_url)
        if redirect is not None:
            log.error("cgr %s %s: %s", method, path, redirect.english())
            return Rejected("redirect", redirect, answer.status_code)
        return answer

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            s = self._settings
            # A missing ca_bundle raises OSError here, which _request turns into RetryLater.
            verify: ssl.SSLContext | bool = (
                ssl.create_default_context(cafile=s.ca_bundle) if s.ca_bundle else True
            )
            self._http = httpx.AsyncClient(
                base_url=s.base_url.rstrip("/"),
                timeout=httpx.Timeout(s.timeout_s, connect=s.connect_timeout_s),
                verify=verify,
                transport=self._transport,
                trust_env=False,  # no proxy or CA from the environment: the VPN route is the only path
                headers={"Accept": "application/json"},
            )
        return self._http


def _is_json(body: bytes) -> bool:
    return _json_or_none(body) is not None or not body.strip()


def _json_or_none(data: httpx.Response | bytes) -> Any:
    raw = data.content if isinstance(data, httpx.Response) else data
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, Rejected):
        return f"rejected ({outcome.code}): {outcome.reason}"
    if isinstance(outcome, RetryLater):
        return f"retry later: {outcome.reason}"
    return "already there" if outcome.already_there else f"delivered (ref {outcome.remote_ref})"
