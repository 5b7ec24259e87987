"""The protocol's wire format (Decision 2480/QĐ-TCĐBVN v1.1-2021): paths, fields, limits, encodings.

Shared by the client and the local stand-in so both speak exactly the same field names.
"""

from __future__ import annotations

import base64
import json
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

# -- paths (seed 2.4–2.7); {p} is the ProviderID ---------------------------------------------------
LOGIN = "api/v1/user/login"
LOGOUT = "api/v1/user/logout"
CHANGE_PASSWORD = "api/v1/user/changepassword"
CURRENT_TIME = "api/v1/server/getcurrentime"  # sic: the seed spells it "getcurrentime"
SERVER_STATUS = "api/v1/server/getserverstatus"
STATS_BY_PROVIDER = "api/v1/server/getstatisticbyprovider"
STATS_BY_VEHICLE = "api/v1/server/getstatisticbyvehicle"
VEHICLE_INFO = "api/v1/server/getvehicleinfo"
IMAGE = "api/v1/image/{p}"  # one image, JSON + Base64
IMAGES = "api/v1/images/{p}"  # a list, JSON + Base64
IMAGE2 = "api/v1/image2/{p}"  # one image, multipart form
IMAGES2 = "api/v1/images2/{p}"  # a list, multipart form

# -- limits (seed Bảng 1) ------------------------------------------------------------------------
MIN_IMAGE_BYTES = 30 * 1024  # 30 KB: smaller cannot be recognised; the server answers code 3
MAX_IMAGE_BYTES = 512 * 1024  # 512 KB: larger must be re-compressed before sending
MAX_REQUEST_BYTES = 10 * 1024 * 1024  # "Truyền theo danh sách: tối đa 10MB" per request
MAX_SKEW_S = 15 * 60  # beyond 15 minutes the server flags the time (code 7)
RESEND_WINDOW_S = 5 * 86_400  # resends accepted within 5 days (seed 2.6)
STATS_WINDOW_S = 72 * 3600  # getstatisticbyvehicle answers for the last 72 h only
STATE_READY, STATE_BUSY = 1, 2  # getserverstatus State
CODE_OK = 1

# One fixed namespace: ImageGuid = uuid5(namespace, event_id), so a resend carries the same guid.
GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:cgrconsole:drvn:image")


def image_guid(event_id: str) -> str:
    """The ImageGuid of an event: deterministic, so a resend after a lost answer meets 409."""
    return str(uuid.uuid5(GUID_NAMESPACE, event_id))


def image_checksum(jpeg: bytes, of: Literal["jpeg", "base64"] = "jpeg") -> str:
    """ImageCheckSUM: CRC32 (zlib/IEEE 802.3) as 8 upper-case hex digits.

    The seed says "Mã CRC32 của ImageData". In the multipart method ImageData *is* the JPEG file,
    so there the CRC can only cover the raw JPEG bytes. We read the JSON method the same way (CRC of
    the JPEG bytes the Base64 text decodes to, not of the Base64 text): one checksum per image
    whichever method carries it, it checks the image the server stores rather than a transport
    encoding, and Base64 text may legitimately differ (line breaks) for the same image. The
    literal alternative ("base64": CRC of the ASCII Base64 text) is a setting, in case ĐBVN's
    sample code says otherwise during the trial transmission (seed 1.3, Bước 4).
    """
    data = base64.b64encode(jpeg) if of == "base64" else jpeg
    return f"{zlib.crc32(data) & 0xFFFFFFFF:08X}"


def unix_ms(moment: datetime) -> int:
    """GPSTime and every DateTime we send: Unix time in milliseconds, UTC (seed Bảng 1)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the event's time must carry its time zone")
    return round(moment.astimezone(UTC).timestamp() * 1000)


def parse_server_time(value: Any) -> float | None:
    """A DateTime from the server as Unix seconds: Unix ms or s (number) or ISO 8601 text (UTC if naive)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) / 1000.0 if abs(value) > 1e11 else float(value)
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if text.lstrip("-").isdigit():
            return parse_server_time(int(text))
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp()
    return None


@dataclass(frozen=True)
class ImageItem:
    """One image ready to go: the protocol's fields (without ImageData) and the JPEG bytes."""

    event_id: str
    guid: str
    fields: dict[str, Any]  # ImageGuid, VehiclePlate, GPSTime, ... ImageCheckSUM, ProviderID, CameraID
    jpeg: bytes

    def json_object(self) -> dict[str, Any]:
        return {**self.fields, "ImageData": base64.b64encode(self.jpeg).decode("ascii")}

    def json_size(self) -> int:
        """Bytes this item adds to a JSON list request (Base64 grows the image by 4/3)."""
        return len(json.dumps(self.fields)) + 4 * ((len(self.jpeg) + 2) // 3) + 16


def multipart_parts(
    items: list[ImageItem], listed: bool
) -> tuple[dict[str, str], list[tuple[str, tuple[str, bytes, str]]]]:
    """Form fields and files for image2 / images2.

    A list uses ASP.NET model-binding names (``ImageList[0].VehiclePlate``, file ``ImageList[0].ImageData``):
    the server is .NET (Guid, List<Guid> in the seed's tables) and the seed's list tables name the
    array ``ImageList``.
    """
    data: dict[str, str] = {}
    files: list[tuple[str, tuple[str, bytes, str]]] = []
    for index, item in enumerate(items):
        prefix = f"ImageList[{index}]." if listed else ""
        for key, value in item.fields.items():
            data[prefix + key] = str(value)
        files.append((prefix + "ImageData", (f"{item.guid}.jpg", item.jpeg, "image/jpeg")))
    return data, files


@dataclass(frozen=True)
class Envelope:
    """The common answer (seed 2.1): Code (1 = success), Message, Data, Extra, Exception..."""

    code: int | None
    message: str
    data: Any
    raw_ok: bool  # False: the body was not the JSON object the protocol promises

    @classmethod
    def parse(cls, body: bytes) -> Envelope:
        try:
            doc = json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, ValueError):
            return cls(None, "", None, False)
        if not isinstance(doc, dict):
            return cls(None, "", doc, False)
        code = doc.get("Code")
        if isinstance(code, str) and code.strip().lstrip("-").isdigit():
            code = int(code)
        if isinstance(code, bool) or not isinstance(code, int):
            code = None
        parts = [str(p) for p in (doc.get(k) for k in ("Message", "Exception", "ExceptionMessage")) if p]
        message = "; ".join(dict.fromkeys(parts))  # a server repeating its message says it once
        data = doc.get("Data")
        if data is None:  # some answers carry their fields at the top level (Token, State...)
            data = {k: v for k, v in doc.items() if k not in ("Code", "Message", "Extra")}
        return cls(code, message[:300], data, True)
