"""THE table: every answer code of the protocol (seed 2.8, Bảng 14) and what the client does with it.

Codes 1–10 come in the body's ``Code``; 400–500 are HTTP statuses (the server may also repeat them in
``Code``). A body code other than 1 wins over the HTTP status; otherwise the status decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


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
    reason: str  # English, for logs and the outbox's state column


TABLE: dict[int, Rule] = {
    # 1 Thành công: the ĐBVN system has received the data.
    1: Rule(Action.DELIVERED, "received"),
    # 2 Ảnh không hợp lệ: not JPG, damaged (all black/white, incomplete, covered). A CRC mismatch is
    #   "không nguyên vẹn dữ liệu" too. The same bytes will fail again.
    2: Rule(Action.REJECT, "image refused as invalid (not JPEG, damaged, black/white or covered)"),
    # 3 Kích thước ảnh không hợp lệ: < 30 KB or > 512 KB (we fit images first, so this is a bug).
    3: Rule(Action.REJECT, "image size refused (must be 30–512 KB)"),
    # 4 Biển kiểm soát không hợp lệ: plate not in the prescribed format; the officer must correct it.
    4: Rule(Action.REJECT, "plate refused: not in the format ĐBVN accepts; correct it and resend"),
    # 5 Tọa độ không hợp lệ: position unavailable or outside Vietnam: the site's gps_lat/gps_lon.
    5: Rule(Action.REJECT, "position refused: check uplink.drvn.gps_lat / gps_lon, then resend"),
    # 6 Số giấy phép lái xe không hợp lệ: missing or malformed; the site's driver_license policy.
    6: Rule(Action.REJECT, "driving licence refused: agree uplink.drvn.driver_license with ĐBVN"),
    # 7 Thời gian không hợp lệ: time 15 min off the server's clock (online mode) or too old.
    #   The client checks its clock first: with a skewed clock this becomes a HOLD (see client).
    7: Rule(Action.REJECT, "time refused: more than 15 min from the server's clock or older than 5 days"),
    # 8 Sai tần suất: this vehicle is sent more often than one image per 3–5 minutes.
    8: Rule(Action.REJECT, "too frequent: ĐBVN accepts one image per vehicle every 3–5 minutes"),
    # 9 Chưa đăng nhập hoặc Token sai: not logged in or wrong token.
    9: Rule(Action.RELOGIN, "not logged in or token refused"),
    # 10 Token hết hạn: token expired → log in again.
    10: Rule(Action.RELOGIN, "token expired"),
    # 400 Dữ liệu đầu vào không đúng: the request's data is wrong; unchanged it fails again.
    400: Rule(Action.REJECT, "the server refused the data (400)"),
    # 401 Yêu cầu chưa được chứng thực: not authenticated.
    401: Rule(Action.RELOGIN, "not authenticated (401)"),
    # 403 Không có quyền truy cập: IP not registered, account locked for a while, other provider's
    #   vehicle. Site-wide: hold, never drop the events.
    403: Rule(Action.HOLD, "access denied (403): is this PC's IP registered with ĐBVN, the account active?"),
    # 404 Không tìm thấy dữ liệu: on an upload it means a wrong base_url / ProviderID (site-wide).
    #   Queries (statistics, vehicle info) read 404 as "no data" before this table is consulted.
    404: Rule(Action.HOLD, "not found (404): check uplink.drvn.base_url and provider_id"),
    # 409 Dữ liệu đã tồn tại: the image is already there (a resend after a lost answer).
    409: Rule(Action.ALREADY_THERE, "already received (409)"),
    # 429 Gửi quá nhiều yêu cầu: too many requests; honour Retry-After.
    429: Rule(Action.RETRY, "too many requests (429)"),
    # 500 Hệ thống xảy ra lỗi khi xử lý yêu cầu: server error; it may pass.
    500: Rule(Action.RETRY, "server error (500)"),
}
# Not in the seed: other 5xx and 408/413 are transient (gateways, a proxy's size limit); other 4xx
# are our mistake (REJECT); an unknown body code is treated as transient because the seed says the
# list "will be extended" and dropping an event on a code we do not know would lose it.
UNKNOWN_5XX = Rule(Action.RETRY, "server unavailable")
UNKNOWN_4XX = Rule(Action.REJECT, "request refused")
TRANSIENT_4XX = {408: "request timeout (408)", 413: "request too large for a proxy (413)"}
UNKNOWN_CODE = Rule(Action.RETRY, "unknown answer code")
GARBAGE = Rule(Action.RETRY, "the answer was not the protocol's JSON")


def classify(http_status: int, code: int | None, body_ok: bool = True) -> Rule:
    """The rule for one answer (or one item of a list answer: pass its code and 200)."""
    if code is not None and code != 1:
        rule = TABLE.get(code)
        if rule is not None:
            return rule
        if not 200 <= http_status < 300:
            return _by_status(http_status)
        return Rule(UNKNOWN_CODE.action, f"{UNKNOWN_CODE.reason} {code}")
    if not 200 <= http_status < 300:
        return _by_status(http_status)
    if code == 1:
        return TABLE[1]
    return GARBAGE if not body_ok else Rule(Action.RETRY, "the answer carried no Code")


def _by_status(status: int) -> Rule:
    if status in TABLE:
        return TABLE[status]
    if status in TRANSIENT_4XX:
        return Rule(Action.RETRY, TRANSIENT_4XX[status])
    if status >= 500:
        return Rule(UNKNOWN_5XX.action, f"{UNKNOWN_5XX.reason} ({status})")
    return Rule(UNKNOWN_4XX.action, f"{UNKNOWN_4XX.reason} ({status})")
