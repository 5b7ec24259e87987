"""The stand-in's checks of one uploaded image, in the order a strict server would make them.

Each check answers the seed's code (Bảng 14): 400 malformed, 403 other provider, 409 duplicate,
2 not a JPEG / damaged / CRC mismatch ("không nguyên vẹn dữ liệu"), 3 size, 4 plate, 5 position,
6 driving licence, 7 time, 8 frequency.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from cgrconsole.core.uplink.drvn import wire
from cgrconsole.core.uplink.jpeg import JPEG_MAGIC
from cgrconsole.standins.drvn_state import Received, StandinState

PLATE = re.compile(r"[A-Za-z0-9]{4,12}")
LICENSE = re.compile(r"[A-Za-z0-9]{6,20}")
VIETNAM = (8.0, 23.5, 102.0, 110.0)  # lat min/max, lon min/max: a box around Vietnam's mainland


@dataclass(frozen=True)
class Rules:
    """How strict the stand-in is; the defaults are what we expect of the real server."""

    checksum_of: str = "jpeg"  # see wire.image_checksum
    require_vietnam: bool = True  # code 5 outside Vietnam
    require_driver_license: bool = False  # True: an empty DriverLicense is code 6
    strict_online: bool = False  # True: GPSTime older than 15 min is code 7 (else flagged "late")
    min_interval_s: float = 180.0  # code 8: one image per vehicle every 3 min at most


class Invalid(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def _typed(fields: Mapping[str, Any], name: str, kind: type, text: bool, required: bool = True) -> Any:
    """A field of the expected type; multipart sends text, which is converted like a form binder would."""
    if name not in fields or fields[name] is None:
        if required:
            raise Invalid(400, f"{name} is required")
        return None
    value = fields[name]
    if text and isinstance(value, str) and kind is not str:
        try:
            return kind(value)
        except ValueError:
            raise Invalid(400, f"{name} must be {kind.__name__}") from None
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise Invalid(400, f"{name} must be {kind.__name__}, got {type(value).__name__}")
    return value


def check_image(
    state: StandinState,
    rules: Rules,
    provider_id: int,
    fields: Mapping[str, Any],
    jpeg: bytes | None,
    method: str,
) -> Received:
    """Validate one image (``jpeg`` given for multipart, else Base64 in ``ImageData``); raise ``Invalid``."""
    text = method == "multipart"
    guid_text = _typed(fields, "ImageGuid", str, text)
    try:
        guid = str(uuid.UUID(guid_text))
    except ValueError:
        raise Invalid(400, "ImageGuid is not a GUID") from None
    plate = _typed(fields, "VehiclePlate", str, text)
    gps_time = _typed(fields, "GPSTime", int, text)
    license_ = _typed(fields, "DriverLicense", str, text)
    lat = _typed(fields, "GPSLat", float, text)
    lon = _typed(fields, "GPSLon", float, text)
    view = _typed(fields, "CameraView", int, text, required=False) or 0
    checksum = _typed(fields, "ImageCheckSUM", str, text)
    pid = _typed(fields, "ProviderID", int, text)
    camera_id = _typed(fields, "CameraID", int, text)
    link = _typed(fields, "SenderImageLink", str, text, required=False)
    if pid != provider_id:
        raise Invalid(403, "ProviderID does not match the login")
    if view & ~0b00010101 or not 0 <= view <= 255:
        raise Invalid(400, "CameraView: only bits 0b000Z0Y0X")
    if camera_id <= 0:
        raise Invalid(400, "CameraID must be a registered camera")
    if link and not link.startswith("https://"):
        raise Invalid(400, "SenderImageLink must be an HTTPS link")
    if jpeg is None:
        data = _typed(fields, "ImageData", str, text)
        try:
            jpeg = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError):
            raise Invalid(400, "ImageData is not Base64") from None
    if state.has(guid):
        raise Invalid(409, "Dữ liệu đã tồn tại")
    if not jpeg.startswith(JPEG_MAGIC):
        raise Invalid(2, "Ảnh không đúng định dạng JPG")
    if not wire.MIN_IMAGE_BYTES <= len(jpeg) <= wire.MAX_IMAGE_BYTES:
        raise Invalid(3, f"Kích thước ảnh không hợp lệ: {len(jpeg)} bytes")
    expected = wire.image_checksum(jpeg, "base64" if rules.checksum_of == "base64" else "jpeg")
    if checksum.strip().upper() != expected:
        raise Invalid(2, "ImageCheckSUM không khớp: dữ liệu không nguyên vẹn")
    image = cv2.imdecode(np.frombuffer(jpeg, dtype=np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None or not jpeg.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise Invalid(2, "Ảnh bị hỏng")
    if float(image.std()) < 2.0:
        raise Invalid(2, "Ảnh toàn màu đen/trắng")
    if not PLATE.fullmatch(plate):
        raise Invalid(4, "Biển kiểm soát xe không hợp lệ")
    lat_ok = -90 <= lat <= 90 and -180 <= lon <= 180 and not (lat == 0 and lon == 0)
    if not lat_ok or (
        rules.require_vietnam and not (VIETNAM[0] <= lat <= VIETNAM[1] and VIETNAM[2] <= lon <= VIETNAM[3])
    ):
        raise Invalid(5, "Tọa độ không hợp lệ")
    if (license_ or rules.require_driver_license) and not LICENSE.fullmatch(license_):
        raise Invalid(6, "Số giấy phép lái xe không hợp lệ")
    now = state.now()
    age = now - gps_time / 1000.0
    if (
        age < -wire.MAX_SKEW_S
        or age > wire.RESEND_WINDOW_S
        or (rules.strict_online and age > wire.MAX_SKEW_S)
    ):
        raise Invalid(7, "Thời gian không hợp lệ")
    with state.lock:
        for other in state.received:
            same = other.plate.upper() == plate.upper() and other.provider_id == provider_id
            if same and abs(other.gps_time_ms - gps_time) < rules.min_interval_s * 1000:
                raise Invalid(8, "Sai tần suất truyền ảnh")
    return Received(
        guid,
        pid,
        plate.upper(),
        gps_time,
        camera_id,
        view,
        lat,
        lon,
        license_,
        len(jpeg),
        expected,
        method,
        now,
        age > wire.MAX_SKEW_S,
    )
