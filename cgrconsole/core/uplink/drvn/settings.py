"""Site settings of the Vietnamese camera-image uplink (``[uplink.drvn]`` in the TOML file).

Everything here is what the checkpoint cannot observe by itself: the account issued by ĐBVN
(Tổng cục Đường bộ Việt Nam), the registered camera models, the site's position. The password is
never here: it lives in the OS keyring under ``drvn/password`` (``cgrconsole secret set drvn/password``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from cgrconsole.core.problem import QT_TRANSLATE_NOOP, Problem

# CameraView is 0b000Z0Y0X (seed, Bảng 6): X driver, Y passenger door, Z passenger cabin.
CAMERA_VIEW_BITS = 0b00010101


@dataclass(frozen=True)
class DrvnCamera:
    """What ĐBVN knows about one of our cameras."""

    camera_id: int = 0  # CameraID: the camera model registered with ĐBVN (Phụ lục 1, "CameraID")
    camera_view: int = 0  # CameraView bitmask; a plate camera sees none of driver/door/cabin → 0


@dataclass(frozen=True)
class DrvnSettings:
    """One ĐBVN account (ProviderID + UserName) and how this site reports to it."""

    enabled: bool = False
    base_url: str = "https://camera.drvn.gov.vn"  # the channel URL ĐBVN sends by e-mail (Bước 3)
    provider_id: int = 0
    user_name: str = ""
    # "base64": api/v1/image(s) with JSON; "multipart": api/v1/image2 / images2 (seed 2.5 a / b)
    method: Literal["base64", "multipart"] = "base64"
    # Which bytes ImageCheckSUM covers; see wire.image_checksum for why "jpeg" is the default.
    checksum_of: Literal["jpeg", "base64"] = "jpeg"
    cameras: dict[str, DrvnCamera] = field(default_factory=dict)  # by our camera name
    default_camera: DrvnCamera = field(default_factory=DrvnCamera)  # for a camera not listed above
    gps_lat: float = 0.0  # the checkpoint's position, WGS84 decimal degrees
    gps_lon: float = 0.0
    # The checkpoint never sees a driving licence; this text goes in DriverLicense of every image.
    # Leave empty unless ĐBVN answers code 6 and agrees a placeholder with the site.
    driver_license: str = ""
    # HTTPS link to the image on our server ("{guid}" is replaced), optional (seed 2.7 d)
    sender_image_link: str = ""
    max_batch: int = 20  # images per list request
    max_request_bytes: int = 9_500_000  # list upload ≤ 10 MB per request, with room for the envelope
    timeout_s: float = 90.0  # the seed recommends 60–120 s
    verify_tls: bool = True
    ca_bundle: str = ""  # PEM file of a private CA; empty: the system's trust store
    status_interval_s: float = 300.0  # getserverstatus "5 phút/lần" (and at once after a 429)
    busy_recheck_s: float = 60.0  # busy without a usable NextUpdateTime: ask again after this long
    probe_interval_s: float = 15.0  # while events wait for an unreachable server, ask its status this often
    time_check_interval_s: float = 300.0  # getcurrentime: "thường xuyên kiểm tra thời gian"
    max_skew_s: float = 900.0  # 15 minutes: beyond it the server flags every image (code 7)
    max_age_days: float = 5.0  # the server accepts resends only within 5 days (seed 2.6)
    vehicle_info_daily_limit: int = 10_000  # getvehicleinfo: 10 000 requests/day/provider
    stats_day_utc_offset_h: int = 7  # ĐBVN counts days in Vietnam time (UTC+7)
    cache_token_in_keyring: bool = False  # keep the JWT across restarts under drvn/token

    def camera(self, name: str) -> DrvnCamera:
        return self.cameras.get(name, self.default_camera)

    def problems(self) -> list[str]:
        """What stops this account from sending, in the config's key names (empty: ready)."""
        found: list[str] = []
        if not self.base_url.startswith(("https://", "http://")):
            found.append(
                Problem(
                    "uplink.drvn.base_url", QT_TRANSLATE_NOOP("ConfigProblem", "must start with https://")
                )
            )
        if self.provider_id <= 0:
            found.append(
                Problem(
                    "uplink.drvn.provider_id",
                    QT_TRANSLATE_NOOP("ConfigProblem", "the ProviderID issued by ĐBVN is missing"),
                )
            )
        if not self.user_name:
            found.append(
                Problem(
                    "uplink.drvn.user_name",
                    QT_TRANSLATE_NOOP("ConfigProblem", "the UserName issued by ĐBVN is missing"),
                )
            )
        if not (-90.0 <= self.gps_lat <= 90.0 and -180.0 <= self.gps_lon <= 180.0) or (
            self.gps_lat == 0.0 and self.gps_lon == 0.0
        ):
            found.append(
                Problem(
                    "uplink.drvn.gps_lat/gps_lon",
                    QT_TRANSLATE_NOOP("ConfigProblem", "the checkpoint's position is not set"),
                )
            )
        named = {"uplink.drvn.default_camera": self.default_camera}
        named.update({f"uplink.drvn.cameras.{k}": v for k, v in self.cameras.items()})
        for key, cam in named.items():
            if cam.camera_view & ~CAMERA_VIEW_BITS or cam.camera_view < 0:
                template = QT_TRANSLATE_NOOP("ConfigProblem", "only bits 0, 2 and 4 (0b000Z0Y0X) may be set")
                found.append(Problem(f"{key}.camera_view", template))
            if cam.camera_id <= 0 and key != "uplink.drvn.default_camera":
                template = QT_TRANSLATE_NOOP("ConfigProblem", "the CameraID registered with ĐBVN is missing")
                found.append(Problem(f"{key}.camera_id", template))
        if self.default_camera.camera_id <= 0 and not self.cameras:
            found.append(
                Problem(
                    "uplink.drvn.default_camera.camera_id",
                    QT_TRANSLATE_NOOP("ConfigProblem", "no CameraID is set for any camera"),
                )
            )
        if not 1 <= self.max_batch <= 500:
            found.append(
                Problem(
                    "uplink.drvn.max_batch", QT_TRANSLATE_NOOP("ConfigProblem", "must be between 1 and 500")
                )
            )
        if not 600_000 <= self.max_request_bytes <= 10 * 1024 * 1024:
            found.append(
                Problem(
                    "uplink.drvn.max_request_bytes",
                    QT_TRANSLATE_NOOP("ConfigProblem", "must be between 600000 and 10 MB"),
                )
            )
        if not 1.0 <= self.timeout_s <= 300.0:
            found.append(
                Problem(
                    "uplink.drvn.timeout_s",
                    QT_TRANSLATE_NOOP("ConfigProblem", "must be between 1 and 300 seconds (60–120 advised)"),
                )
            )
        return found
