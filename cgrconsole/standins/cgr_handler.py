"""The CarGoRuqsat stand-in's request handler: protocol paths, the ``/__standin/`` control API, faults.

Logged per request: method, path (never the query: it carries the registration token), status.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from cgrconsole.standins.cgr_rules import EventProblems, check_event, problem_details
from cgrconsole.standins.cgr_state import Fault, StandinState
from cgrconsole.standins.server import CONTROL_REFUSED, control_allowed

if TYPE_CHECKING:
    from cgrconsole.standins.cgr import CgrStandin

log = logging.getLogger("cgrconsole.standins.cgr")
_ROUTE = re.compile(r"/(checkpoint|waitingarea)/(auth|camevent|trucknumbers)/?", re.IGNORECASE)
_MODES = {"checkpoint": "Checkpoint", "waitingarea": "WaitingArea"}
_METHODS = {"auth": "GET", "camevent": "POST", "trucknumbers": "GET"}


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def _json(status: int, data: Any, headers: dict[str, str] | None = None) -> Answer:
    return Answer(status, json.dumps(data, ensure_ascii=False).encode(), headers=headers or {})


class CgrRequestHandler(BaseHTTPRequestHandler):
    """One connection; HTTP/1.1 keep-alive as a real server, so clients reuse connections."""

    protocol_version = "HTTP/1.1"
    wbufsize = 1 << 16  # one write per answer: headers and body apart meet Nagle + delayed ACK (40 ms)
    disable_nagle_algorithm = True
    server_version = "Kestrel"

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    @property
    def _standin(self) -> CgrStandin:
        return self.server.standin  # type: ignore[attr-defined, no-any-return]

    @property
    def _state(self) -> StandinState:
        return self._standin.state

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if url.path.startswith("/__standin/"):
            if not control_allowed(self, self._standin.name):
                self._send(_json(403, {"message": CONTROL_REFUSED}))
                return
            self._send(self._control(method, url.path[len("/__standin/") :], body))
            return
        fault = self._state.take_fault(url.path)
        if fault is not None and fault.delay_s:
            time.sleep(fault.delay_s)
        misbehaves = fault is not None and (fault.status is not None or fault.drop)
        if fault is not None and misbehaves and not fault.commit:
            self._misbehave(fault)
            return
        answer = self._protocol(method, url.path, dict(parse_qsl(url.query)), body)
        if fault is not None and misbehaves:
            self._misbehave(fault)  # after the work was done: the event is stored, the answer is not
            return
        self._send(answer)

    # -- protocol -----------------------------------------------------------------------
    def _protocol(self, method: str, path: str, query: dict[str, str], body: bytes) -> Answer:
        route = _ROUTE.fullmatch(path)
        if route is None:
            return _json(404, {"title": "Not Found", "status": 404})
        mode, endpoint = _MODES[route[1].lower()], route[2].lower()
        if method != _METHODS[endpoint]:
            return _json(405, {"title": "Method Not Allowed", "status": 405})
        if endpoint == "auth":
            return self._auth(mode, query)
        check = self._state.check_token(self.headers.get("Authorization"), mode)
        if check in ("missing", "unknown", "expired"):
            why = "The token expired" if check == "expired" else "The token is not valid"
            challenge = f'Bearer error="invalid_token", error_description="{why}"'
            return Answer(401, b"", headers={"WWW-Authenticate": challenge})
        if check == "wrong_mode":
            return _json(403, {"message": f"This token is not registered for {mode}"})
        if endpoint == "trucknumbers":
            return self._truck_numbers(mode)
        return self._cam_event(body)

    def _auth(self, mode: str, query: dict[str, str]) -> Answer:
        given = next((v for k, v in query.items() if k.lower() == "registrationtoken"), "")
        if not given:
            return _json(
                400, problem_details(400, {"RegistrationToken": ["The RegistrationToken field is required."]})
            )
        config = self._state.config
        if given != config.registration_token or mode != config.mode:
            return _json(401, {"message": "Invalid registration token"})
        token = self._state.issue_token()
        ttl = int(config.token_ttl_s)
        shapes: dict[str, Any] = {
            "json_string": token,
            "token": {"token": token},
            "accessToken": {"accessToken": token},
            "access_token": {"access_token": token, "token_type": "Bearer", "expires_in": ttl},
            "data": {"success": True, "data": {"token": token}},
        }
        if config.auth_shape == "text":
            return Answer(200, token.encode(), "text/plain; charset=utf-8")
        return _json(200, shapes[config.auth_shape])

    def _cam_event(self, body: bytes) -> Answer:
        if not (self.headers.get("Content-Type") or "").startswith("application/json"):
            return _json(415, {"title": "Unsupported Media Type", "status": 415})
        try:
            data = json.loads(body)
        except ValueError:
            return _json(400, problem_details(400, {"$": ["The JSON value could not be parsed."]}))
        try:
            record = check_event(data, self._state.config)
        except EventProblems as problems:
            return _json(problems.status, problem_details(problems.status, problems.errors))
        stored, number = self._state.commit_event(record)
        if not stored:
            return _json(409, {"message": f"Event {record['event_id']} already exists"})
        return _json(200, {"id": number, "success": True})

    def _truck_numbers(self, mode: str) -> Answer:
        if mode != "Checkpoint":
            return _json(404, {"title": "Not Found", "status": 404})
        plates = list(self._state.truck_numbers)
        shape = self._state.config.truck_numbers_shape
        if shape == "strings":
            return _json(200, plates)
        objects = [{"truckNumber": p, "queueNumber": i} for i, p in enumerate(plates, 1)]
        return _json(200, objects if shape == "objects" else {shape: objects})

    # -- control and faults -------------------------------------------------------------
    def _control(self, method: str, action: str, body: bytes) -> Answer:
        data = json.loads(body) if body.strip() else {}
        standin = self._standin
        if method == "GET" and action == "events":
            return _json(200, {"events": standin.received})
        if method == "GET" and action == "state":
            return _json(200, self._state.snapshot())
        if method == "POST" and action == "faults":
            standin.inject(Fault.from_json(data))
        elif method == "POST" and action == "expire-tokens":
            standin.expire_tokens(data.get("after_uses"))
        elif method in ("POST", "PUT") and action == "truck-numbers":
            standin.set_truck_numbers(data.get("plates", []))
        elif method == "POST" and action == "refuse":
            standin.refuse_for(float(data.get("seconds", 1.0)))
        elif method == "POST" and action == "reset":
            self._state.reset()
        else:
            return _json(404, {"message": f"unknown control {method} /__standin/{action}"})
        return _json(200, {"ok": True})

    def _misbehave(self, fault: Fault) -> None:
        if fault.drop:
            self.close_connection = True  # no answer at all: the client sees the connection close
            return
        status = fault.status or 500
        self._send(Answer(status, fault.body.encode(), headers=dict(fault.headers)))

    def _send(self, answer: Answer) -> None:
        try:
            self.send_response(answer.status)
            if answer.body:
                self.send_header("Content-Type", answer.content_type)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)
        except OSError:  # the client gave up (its timeout) before the answer
            self.close_connection = True

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.info("cgr stand-in %s %s -> %s", self.command, urlsplit(self.path).path, code)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("cgr stand-in: %s", (format % args).split("?")[0])
