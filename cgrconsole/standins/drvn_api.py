"""The stand-in's protocol endpoints (seed 2.4–2.7): each turns one request into one ``Reply``."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cgrconsole.core.uplink.drvn import wire
from cgrconsole.standins.drvn_state import StandinState
from cgrconsole.standins.drvn_validate import Invalid, Rules, check_image

VEHICLE_INFO_LIMIT = 10_000
Multipart = Callable[[bytes], dict[str, tuple[str | None, bytes]]]


@dataclass
class Reply:
    status: int
    code: int
    message: str = ""
    data: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None  # a body that is not the envelope (garbage fault)
    drop: bool = False  # close the connection without answering

    def document(self) -> dict[str, Any]:
        message = self.message or ("Thành công" if self.code == wire.CODE_OK else "")
        return {
            "Code": self.code,
            "Message": message,
            "Data": self.data,
            "Extra": None,
            "Exception": None if self.code == wire.CODE_OK else message,
            "ExceptionMessage": None,
        }


class ProtocolApi:
    """Routes and answers protocol requests; faults are applied here, before and after the work."""

    def __init__(self, state: StandinState, rules: Rules, rate_per_s: float) -> None:
        self.state = state
        self.rules = rules
        self._rate_per_s = rate_per_s
        self._recent: deque[float] = deque()
        self._rate_lock = threading.Lock()

    def handle(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        query: dict[str, str],
        body: bytes,
        multipart: Multipart,
    ) -> Reply:
        state, faults = self.state, self.state.faults
        if state.take_fault("fail_next", path):
            return Reply(faults.fail_status, faults.fail_status, "injected failure")
        if state.take_fault("garbage_next", path):
            return Reply(200, 1, raw=b"<html>502 Bad Gateway</html>")
        if state.take_fault("rate_limit_next", path) or self._over_rate():
            return Reply(429, 429, "Gửi quá nhiều yêu cầu", headers=_retry_after(faults.retry_after_s))
        if method == "POST" and path == wire.LOGIN:
            return self._login(body)
        claims, refusal = self._auth(headers)
        if refusal is not None:
            return refusal
        pid = int(claims["pid"])
        parts = path.split("/")
        if method == "POST" and len(parts) == 4 and parts[2] in ("image", "images", "image2", "images2"):
            if parts[3] != str(pid):
                return Reply(403, 403, "ProviderID in the path does not match the login")
            if state.busy(state.now())[0]:
                with state.lock:
                    state.busy_violations += 1
                return Reply(429, 429, "Hệ thống đang bận", headers=_retry_after(faults.retry_after_s))
            reply = self._upload(parts[2], pid, headers, body, multipart)
            with state.lock:
                if faults.expire_tokens_after_uploads > 0:
                    faults.expire_tokens_after_uploads -= 1
                    if faults.expire_tokens_after_uploads == 0:
                        state.expire_tokens()
            if reply.status < 500 and state.take_fault("drop_after_commit_next", path):
                reply.drop = True
            return reply
        handlers = {
            (("POST", wire.LOGOUT)): lambda: self._logout(pid, body, headers),
            (("POST", wire.CHANGE_PASSWORD)): lambda: self._change_password(pid, body),
            (("GET", wire.CURRENT_TIME)): lambda: Reply(200, 1, data={"CurrentTime": _ms(state.now())}),
            (("GET", wire.SERVER_STATUS)): self._status,
            (("GET", wire.STATS_BY_PROVIDER)): lambda: self._stats_by_provider(pid, query),
            (("GET", wire.STATS_BY_VEHICLE)): lambda: self._stats_by_vehicle(pid, query),
            (("GET", wire.VEHICLE_INFO)): lambda: self._vehicle_info(pid, query),
        }
        handler = handlers.get((method, path))
        if handler is None:
            return Reply(404, 404, f"Không tìm thấy: {method} {path}")
        if method == "GET" and query.get("ProviderID") != str(pid):
            return Reply(
                400 if "ProviderID" not in query else 403, 400, "ProviderID is required and must match"
            )
        return handler()

    def _over_rate(self) -> bool:
        if self._rate_per_s <= 0:
            return False
        with self._rate_lock:
            now = time.monotonic()
            while self._recent and self._recent[0] < now - 1.0:
                self._recent.popleft()
            if len(self._recent) >= self._rate_per_s:
                return True
            self._recent.append(now)
            return False

    # -- session --------------------------------------------------------------------------------------
    def _login(self, body: bytes) -> Reply:
        doc = _json(body)
        pid, user, password = doc.get("ProviderID"), doc.get("UserName"), doc.get("Password")
        if not isinstance(pid, int) or not isinstance(user, str) or not isinstance(password, str):
            return Reply(400, 400, "ProviderID (Int), UserName and Password (String) are required")
        account = self.state.accounts.get(pid)
        if account is None or account.user_name != user or account.password != password:
            return Reply(self.state.faults.auth_status, 9, "Sai thông tin đăng nhập")
        return Reply(200, 1, data={"Token": self.state.issue_token(pid, user)})

    def _auth(self, headers: Mapping[str, str]) -> tuple[dict[str, Any], Reply | None]:
        value = headers.get("authorization") or ""
        token = value[7:].strip() if value.lower().startswith("bearer ") else value.strip()
        code, claims = self.state.check_token(token) if token else (9, {})
        if code != 1:
            text = "Token hết hạn" if code == 10 else "Chưa đăng nhập hệ thống hoặc mã Token sai"
            return {}, Reply(self.state.faults.auth_status, code, text)
        return claims, None

    def _logout(self, pid: int, body: bytes, headers: Mapping[str, str]) -> Reply:
        if _json(body).get("ProviderID") != pid:
            return Reply(403, 403, "ProviderID does not match the login")
        self.state.revoke((headers.get("authorization") or "")[7:].strip())
        return Reply(200, 1)

    def _change_password(self, pid: int, body: bytes) -> Reply:
        doc = _json(body)
        account = self.state.accounts[pid]
        if doc.get("ProviderID") != pid or doc.get("UserName") != account.user_name:
            return Reply(403, 403, "not this account")
        new = doc.get("NewPassword")
        if doc.get("Password") != account.password or not isinstance(new, str) or len(new) < 8:
            return Reply(400, 400, "wrong current password or a new one shorter than 8")
        account.password = new
        return Reply(200, 1)

    def _status(self) -> Reply:
        faults, now = self.state.faults, self.state.now()
        busy, changes = self.state.busy(now)
        if busy:
            data = {
                "State": wire.STATE_BUSY,
                "StateMessage": faults.busy_message,
                "NextUpdateTime": _ms(changes or now + 300),
            }
        else:
            upcoming = changes if changes is not None and faults.announce_busy else now + 300
            data = {"State": wire.STATE_READY, "StateMessage": "Sẵn sàng", "NextUpdateTime": _ms(upcoming)}
        return Reply(200, 1, data=data)

    # -- uploads --------------------------------------------------------------------------------------
    def _upload(
        self, kind: str, pid: int, headers: Mapping[str, str], body: bytes, multipart: Multipart
    ) -> Reply:
        listed = kind in ("images", "images2")
        items: list[tuple[dict[str, Any], bytes | None]]
        if kind in ("image", "images"):
            if "application/json" not in (headers.get("content-type") or ""):
                return Reply(400, 400, "Content-Type: application/json is required")
            doc = _json(body)
            entries: Any = doc.get("ImageList") if listed else [doc]
            if not isinstance(entries, list) or not entries:
                return Reply(400, 400, "ImageList (Array) is required")
            items = [(e if isinstance(e, dict) else {}, None) for e in entries]
        else:
            items = _form_items(multipart(body), listed)
            if not items:
                return Reply(400, 400, "multipart form with ImageData is required")
        method = "multipart" if kind.endswith("2") else "base64"
        results = [self._one(pid, fields, jpeg, method) for fields, jpeg in items]
        if listed:
            return Reply(200, 1, data=[{"ImageGuid": g, "Code": c, "Message": m} for g, c, m in results])
        guid, code, message = results[0]
        status = code if code >= 400 else 200
        return Reply(
            status, code, message if code != 1 else "", data={"ImageGuid": guid} if code == 1 else None
        )

    def _one(self, pid: int, fields: dict[str, Any], jpeg: bytes | None, method: str) -> tuple[str, int, str]:
        guid = str(fields.get("ImageGuid", ""))
        with self.state.lock:  # check and keep together: two copies of one guid race otherwise
            try:
                record = check_image(self.state, self.rules, pid, fields, jpeg, method)
            except Invalid as exc:
                if exc.code not in (409,):
                    self.state.failures.append((pid, self.state.now()))
                return guid, exc.code, str(exc)
            image = jpeg if jpeg is not None else _b64decode(fields["ImageData"])
            self.state.keep(record, image)
        return record.guid, 1, ""

    # -- reconciliation ------------------------------------------------------------------------------
    def _day(self, query: dict[str, str]) -> tuple[str, float] | Reply:
        try:
            stamp = int(query["Date"]) / 1000.0
        except (KeyError, ValueError):
            return Reply(400, 400, "Date (Long, Unix ms) is required")
        return self.state.vn_day(stamp), stamp

    def _stats_by_provider(self, pid: int, query: dict[str, str]) -> Reply:
        day = self._day(query)
        if isinstance(day, Reply):
            return day
        state = self.state
        with state.lock:
            mine = [
                r
                for r in state.received
                if r.provider_id == pid and state.vn_day(r.gps_time_ms / 1000) == day[0]
            ]
            failed = sum(1 for p, t in state.failures if p == pid and state.vn_day(t) == day[0])
        data = {
            "NumberOfSuccess": len(mine),
            "NumberOfFailures": failed,
            "NumberOfVehicles": len({r.plate for r in mine}),
        }
        return Reply(200, 1, data=data)

    def _stats_by_vehicle(self, pid: int, query: dict[str, str]) -> Reply:
        plate = (query.get("VehiclePlate") or query.get("VehiclePlace") or "").upper()
        day = self._day(query)
        if isinstance(day, Reply):
            return day
        state = self.state
        if not plate:
            return Reply(400, 400, "VehiclePlate is required")
        if day[1] < state.now() - wire.STATS_WINDOW_S - 86_400:
            return Reply(400, 400, "Dữ liệu chỉ cho phép query trong vòng 72h gần nhất")
        with state.lock:
            if any(r.plate == plate and r.provider_id != pid for r in state.received):
                return Reply(403, 403, "Biển kiểm soát xe thuộc Đơn vị truyền dữ liệu khác")
            recent = state.now() - wire.STATS_WINDOW_S
            guids = [
                r.guid
                for r in state.received
                if r.plate == plate
                and r.received_at >= recent
                and state.vn_day(r.gps_time_ms / 1000) == day[0]
            ]
        return Reply(200, 1, data={"ListImageGuid": guids, "VehiclePlate": plate, "State": 1})

    def _vehicle_info(self, pid: int, query: dict[str, str]) -> Reply:
        plate = (query.get("VehiclePlate") or "").upper()
        state = self.state
        with state.lock:
            key = (pid, state.vn_day(state.now()))
            state.vehicle_info_calls[key] = state.vehicle_info_calls.get(key, 0) + 1
            if state.vehicle_info_calls[key] > VEHICLE_INFO_LIMIT:
                return Reply(429, 429, "Vượt quá 10.000 yêu cầu/ngày", headers={"Retry-After": "3600"})
            mine = [r for r in state.received if r.plate == plate]
        if not plate:
            return Reply(400, 400, "VehiclePlate is required")
        if not mine:
            return Reply(404, 404, "Không tìm thấy dữ liệu")
        last = max(r.received_at for r in mine)
        data = {
            "LastImageTime": _ms(last),
            "CurrentProvider": f"Provider {mine[-1].provider_id}",
            "CurrentProvince": "29",
            "CurrentCompany": "Stand-in Transport Co.",
        }
        return Reply(200, 1, data=data)


def _form_items(
    parts: dict[str, tuple[str | None, bytes]], listed: bool
) -> list[tuple[dict[str, Any], bytes | None]]:
    """Group ``ImageList[i].Field`` parts (or plain ``Field`` parts) into items."""
    grouped: dict[int, dict[str, Any]] = {}
    files: dict[int, bytes] = {}
    for name, (_filename, value) in parts.items():
        index, field_name = 0, name
        if listed:
            if not name.startswith("ImageList[") or "]." not in name:
                continue
            head, field_name = name[len("ImageList[") :].split("].", 1)
            if not head.isdigit():
                continue
            index = int(head)
        if field_name == "ImageData":
            files[index] = value
        else:
            grouped.setdefault(index, {})[field_name] = value.decode("utf-8", "replace")
    return [(grouped.get(i, {}), files.get(i)) for i in sorted(set(grouped) | set(files))]


def _json(body: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return doc if isinstance(doc, dict) else {}


def _b64decode(text: str) -> bytes:
    return base64.b64decode(text)


def _retry_after(seconds: int) -> dict[str, str]:
    return {"Retry-After": str(seconds)} if seconds > 0 else {}


def _ms(unix_s: float) -> int:
    return round(unix_s * 1000)
