"""THE table: every answer code of the protocol (seed 2.8, Bảng 14) and what the client does with it.

Codes 1–10 come in the body's ``Code``; 400–500 are HTTP statuses (the server may also repeat them in
``Code``). A body code other than 1 wins over the HTTP status; otherwise the status decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from cgrconsole.core.uplink.reasons import Reason, coded


class Action(Enum):
    DELIVERED = "delivered"  # the server has the image
    ALREADY_THERE = "already_there"  # duplicate: counts as delivered
    RELOGIN = "relogin"  # log in again (once) and repeat the request
    RETRY = "retry"  # transient: RetryLater, the dispatcher backs off (Retry-After when given)
    HOLD = "hold"  # a site-wide problem the admin must fix; retry later, never drop events
    REJECT = "reject"  # this event cannot succeed unchanged: Rejected


@dataclass(frozen=True)
class Rule:
    action: Action
    why: Reason  # coded (reasons.ENGLISH): the UI translates it, logs use its English

    @property
    def reason(self) -> str:
        return self.why.english()


def _rule(action: Action, reason: str, /, **params: object) -> Rule:
    return Rule(action, coded(reason, params))


TABLE: dict[int, Rule] = {
    # 1 Thành công: the ĐBVN system has received the data.
    1: Rule(Action.DELIVERED, Reason.plain("received")),
    # 2 Ảnh không hợp lệ: not JPG, damaged (all black/white, incomplete, covered). A CRC mismatch is
    #   "không nguyên vẹn dữ liệu" too. The same bytes will fail again.
    2: _rule(Action.REJECT, "drvn.image_invalid"),
    # 3 Kích thước ảnh không hợp lệ: < 30 KB or > 512 KB (we fit images first, so this is a bug).
    3: _rule(Action.REJECT, "drvn.image_size"),
    # 4 Biển kiểm soát không hợp lệ: plate not in the prescribed format; the officer must correct it.
    4: _rule(Action.REJECT, "drvn.plate"),
    # 5 Tọa độ không hợp lệ: position unavailable or outside Vietnam: the site's gps_lat/gps_lon.
    5: _rule(Action.REJECT, "drvn.position"),
    # 6 Số giấy phép lái xe không hợp lệ: missing or malformed; the site's driver_license policy.
    6: _rule(Action.REJECT, "drvn.licence"),
    # 7 Thời gian không hợp lệ: time 15 min off the server's clock (online mode) or too old.
    #   The client checks its clock first: with a skewed clock this becomes a HOLD (see client).
    7: _rule(Action.REJECT, "drvn.time"),
    # 8 Sai tần suất: this vehicle is sent more often than one image per 3–5 minutes.
    8: _rule(Action.REJECT, "drvn.too_frequent"),
    # 9 Chưa đăng nhập hoặc Token sai: not logged in or wrong token.
    9: _rule(Action.RELOGIN, "drvn.not_logged_in"),
    # 10 Token hết hạn: token expired → log in again.
    10: _rule(Action.RELOGIN, "drvn.token_expired"),
    # 400 Dữ liệu đầu vào không đúng: the request's data is wrong; unchanged it fails again.
    400: _rule(Action.REJECT, "drvn.bad_data"),
    # 401 Yêu cầu chưa được chứng thực: not authenticated.
    401: _rule(Action.RELOGIN, "drvn.unauthenticated"),
    # 403 Không có quyền truy cập: IP not registered, account locked for a while, other provider's
    #   vehicle. Site-wide: hold, never drop the events.
    403: _rule(Action.HOLD, "drvn.forbidden"),
    # 404 Không tìm thấy dữ liệu: on an upload it means a wrong base_url / ProviderID (site-wide).
    #   Queries (statistics, vehicle info) read 404 as "no data" before this table is consulted.
    404: _rule(Action.HOLD, "drvn.not_found"),
    # 409 Dữ liệu đã tồn tại: the image is already there (a resend after a lost answer).
    409: _rule(Action.ALREADY_THERE, "delivered.already_status", status=409),
    # 429 Gửi quá nhiều yêu cầu: too many requests; honour Retry-After.
    429: _rule(Action.RETRY, "drvn.too_many"),
    # 500 Hệ thống xảy ra lỗi khi xử lý yêu cầu: server error; it may pass.
    500: _rule(Action.RETRY, "drvn.server_error"),
}
# Not in the seed: other 5xx and 408/413 are transient (gateways, a proxy's size limit); other 4xx
# are our mistake (REJECT); an unknown body code is treated as transient because the seed says the
# list "will be extended" and dropping an event on a code we do not know would lose it.
TRANSIENT_4XX = {408: "drvn.request_timeout", 413: "drvn.proxy_too_large"}
GARBAGE = _rule(Action.RETRY, "drvn.garbage")


def classify(http_status: int, code: int | None, body_ok: bool = True) -> Rule:
    """The rule for one answer (or one item of a list answer: pass its code and 200)."""
    if code is not None and code != 1:
        rule = TABLE.get(code)
        if rule is not None:
            return rule
        if not 200 <= http_status < 300:
            return _by_status(http_status)
        return _rule(Action.RETRY, "drvn.unknown_code", code=code)
    if not 200 <= http_status < 300:
        return _by_status(http_status)
    if code == 1:
        return TABLE[1]
    return GARBAGE if not body_ok else _rule(Action.RETRY, "drvn.no_code")


def _by_status(status: int) -> Rule:
    if status in TABLE:
        return TABLE[status]
    if status in TRANSIENT_4XX:
        return _rule(Action.RETRY, TRANSIENT_4XX[status])
    if status >= 500:
        return _rule(Action.RETRY, "drvn.server_unavailable", status=status)
    return _rule(Action.REJECT, "drvn.refused", status=status)
