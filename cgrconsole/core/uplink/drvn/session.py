"""HTTP and the login session: bearer JWT, one re-login on code 9/10/401, one log line per call.

Never logs a password, a token or a body: only method, path, HTTP status, answer code and time.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from cgrconsole.core.secrets import SecretStore
from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.drvn.errors import Action, classify
from cgrconsole.core.uplink.drvn.settings import DrvnSettings
from cgrconsole.core.uplink.http_problems import redirect_of, transport_reason
from cgrconsole.core.uplink.reasons import Reason, because

log = logging.getLogger(__name__)
PASSWORD_KEY = "drvn/password"
TOKEN_KEY = "drvn/token"
TOKEN_MARGIN_S = 60.0  # log in again this long before the token's own expiry
LOGIN_FAILED_PAUSE_S = 300.0  # do not hammer the login with a wrong password (the server may lock us)


@dataclass(frozen=True)
class Answer:
    """One HTTP exchange. ``status`` is None when no usable answer came (network, TLS, timeout, login,
    a redirect); ``problem`` says why. ``redirect``: the base_url is wrong, permanently (not retried)."""

    status: int | None
    envelope: wire.Envelope
    retry_after_s: float | None = None
    problem: Reason | None = None
    redirect: bool = False

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300 and self.envelope.code == wire.CODE_OK

    @property
    def error(self) -> str:
        """What went wrong without an answer, in English ("" when an answer came)."""
        return self.problem.english() if self.problem is not None else ""


NO_BODY = wire.Envelope(None, "", None, False)


def token_expiry(token: str) -> float | None:
    """The JWT's ``exp`` (Unix seconds) read without verifying it, or None when there is none."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        exp = claims.get("exp")
        return float(exp) if isinstance(exp, int | float) else None
    except (IndexError, ValueError, AttributeError):
        return None


def _connect_timeout(settings: DrvnSettings) -> float:
    return min(15.0, settings.timeout_s)


class DrvnSession:
    """The account's session with the ĐBVN server. Constructing it does no I/O."""

    def __init__(
        self,
        settings: DrvnSettings,
        secrets: SecretStore,
        clock: Callable[[], float] = time.time,
        on_secret: Callable[[str], None] | None = None,
    ) -> None:
        self.settings = settings
        self._secrets = secrets
        self._clock = clock
        self._on_secret = on_secret
        self._http: httpx.AsyncClient | None = None
        self._token: str | None = None
        self._token_exp: float | None = None
        self._login_lock = asyncio.Lock()
        self._login_blocked_until = 0.0
        self.logins = 0  # successful logins (tests and the status line)

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            verify: ssl.SSLContext | bool = True
            if not self.settings.verify_tls:
                log.warning("drvn: TLS certificate verification is OFF (uplink.drvn.verify_tls = false)")
                verify = False
            elif self.settings.ca_bundle:
                verify = ssl.create_default_context(cafile=self.settings.ca_bundle)
            timeout = httpx.Timeout(self.settings.timeout_s, connect=_connect_timeout(self.settings))
            self._http = httpx.AsyncClient(
                base_url=self.settings.base_url.rstrip("/") + "/",
                verify=verify,
                timeout=timeout,
                headers={"Accept": "application/json"},
            )
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    # -- raw exchange ------------------------------------------------------------------------------
    async def send(self, method: str, path: str, token: str | None = None, **kwargs: Any) -> Answer:
        """One request, logged; never raises for I/O."""
        headers = {"Authorization": f"Bearer {token}"} if token else None
        started = time.perf_counter()
        try:
            response = await self._client().request(method, path, headers=headers, **kwargs)
        except (httpx.HTTPError, ssl.SSLError, OSError) as exc:
            s = self.settings
            problem = transport_reason(
                exc, "uplink.drvn", s.base_url, _connect_timeout(s), s.timeout_s, s.ca_bundle
            )
            log.warning(
                "drvn %s %s -> no answer: %s (%.0f ms)", method, path, problem.english(), _ms(started)
            )
            return Answer(None, NO_BODY, problem=problem)
        redirect = redirect_of(response, "uplink.drvn", self.settings.base_url)
        if redirect is not None:
            log.error("drvn %s %s -> %d: %s", method, path, response.status_code, redirect.english())
            return Answer(None, NO_BODY, problem=redirect, redirect=True)
        envelope = wire.Envelope.parse(response.content)
        log.info(
            "drvn %s %s -> %d code=%s (%.0f ms)",
            method,
            path,
            response.status_code,
            envelope.code,
            _ms(started),
        )
        return Answer(response.status_code, envelope, _retry_after(response.headers.get("Retry-After")))

    # -- authenticated requests -----------------------------------------------------------------
    async def request(self, method: str, path: str, **kwargs: Any) -> Answer:
        """An authenticated request; on code 9/10 or 401 it logs in again once and repeats it."""
        for attempt in (1, 2):
            token = await self._valid_token()
            if token is None:
                return self._login_failure
            answer = await self.send(method, path, token=token, **kwargs)
            if answer.status is None or attempt == 2:
                return answer
            if (
                classify(answer.status, answer.envelope.code, answer.envelope.raw_ok).action
                is not Action.RELOGIN
            ):
                return answer
            log.info("drvn: the server refused the token (%s); logging in again", answer.envelope.code)
            self._forget_token(token)
        return answer

    async def _valid_token(self) -> str | None:
        async with self._login_lock:
            if self._token is None and self.settings.cache_token_in_keyring:
                self._adopt(self._secrets.get(TOKEN_KEY), from_store=True)
            if self._token is not None and (
                self._token_exp is None or self._clock() < self._token_exp - TOKEN_MARGIN_S
            ):
                return self._token
            if self._clock() < self._login_blocked_until:
                return None
            await self.login()
            return self._token

    async def login(self) -> Answer:
        """POST api/v1/user/login with ProviderID, UserName, Password → Token."""
        password = self._secrets.get(PASSWORD_KEY)
        if not password:
            self._login_failure = Answer(None, NO_BODY, LOGIN_FAILED_PAUSE_S, because("drvn.no_password"))
            return self._login_failure
        body = {
            "ProviderID": self.settings.provider_id,
            "UserName": self.settings.user_name,
            "Password": password,
        }
        answer = await self.send("POST", wire.LOGIN, json=body)
        if answer.redirect:
            self._login_failure = answer
            return answer
        data = answer.envelope.data if isinstance(answer.envelope.data, dict) else {}
        token = data.get("Token")
        if answer.ok and isinstance(token, str) and token:
            self._adopt(token, from_store=False)
            self.logins += 1
            return answer
        rule = classify(answer.status or 0, answer.envelope.code, answer.envelope.raw_ok)
        message = answer.envelope.message
        if answer.status is None or rule.action in (Action.RETRY,):
            cause = answer.problem or Reason(rule.why.code, rule.why.params, message)
            self._login_failure = Answer(
                None, NO_BODY, answer.retry_after_s, because("drvn.login_failed", cause=cause)
            )
        else:  # refused credentials: pause, a wrong password repeated may lock the account
            self._login_blocked_until = self._clock() + LOGIN_FAILED_PAUSE_S
            cause = Reason(rule.why.code, rule.why.params, message)
            problem = because("drvn.login_refused", cause=cause)
            log.error("drvn: %s", problem.english())
            self._login_failure = Answer(None, NO_BODY, LOGIN_FAILED_PAUSE_S, problem)
        return answer

    _login_failure = Answer(None, NO_BODY, LOGIN_FAILED_PAUSE_S, because("drvn.login_paused"))

    def _adopt(self, token: str | None, from_store: bool) -> None:
        if not token:
            return
        if self._on_secret is not None:
            self._on_secret(token)
        self._token, self._token_exp = token, token_expiry(token)
        self._login_blocked_until = 0.0
        if not from_store and self.settings.cache_token_in_keyring:
            try:
                self._secrets.set(TOKEN_KEY, token)
            except Exception as exc:  # keyring backends raise their own errors; the token still works
                log.warning("drvn: cannot keep the token in the keyring (%s)", type(exc).__name__)

    def _forget_token(self, token: str) -> None:
        if self._token == token:
            self._token, self._token_exp = None, None

    async def logout(self) -> Answer:
        """POST api/v1/user/logout; the token is forgotten whatever the answer."""
        token = self._token
        if token is None:
            return Answer(200, wire.Envelope(wire.CODE_OK, "", None, True))
        answer = await self.send(
            "POST", wire.LOGOUT, token=token, json={"ProviderID": self.settings.provider_id}
        )
        self._forget_token(token)
        if self.settings.cache_token_in_keyring:
            with contextlib.suppress(Exception):  # nothing stored is fine
                self._secrets.delete(TOKEN_KEY)
        return answer

    async def change_password(self, new_password: str) -> Answer:
        """POST api/v1/user/changepassword; on success the keyring gets the new password."""
        old = self._secrets.get(PASSWORD_KEY) or ""
        if self._on_secret is not None:
            self._on_secret(new_password)
        body = {
            "ProviderID": self.settings.provider_id,
            "UserName": self.settings.user_name,
            "Password": old,
            "NewPassword": new_password,
        }
        answer = await self.request("POST", wire.CHANGE_PASSWORD, json=body)
        if answer.ok:
            self._secrets.set(PASSWORD_KEY, new_password)
        return answer


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000.0


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP-date: rare; the dispatcher's backoff decides
