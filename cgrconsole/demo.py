"""The built-in demo: four synthetic cameras and local stand-ins of both APIs; no network, no config file."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from cgrconsole.config import CameraConfig, Config, SiteConfig, UplinkConfig
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.drvn.settings import DrvnCamera, DrvnSettings

log = logging.getLogger(__name__)

DEMO_CAMERAS = (
    CameraConfig(
        "Entry1",
        "synthetic://Entry1?seed=1&direction=entry",
        "entry",
        auto_send=True,  # a trusted camera: confident readings go out without the officer
        title="Entry lane 1",
    ),
    CameraConfig("Exit1", "synthetic://Exit1?seed=2&direction=exit", "exit", title="Exit lane 1"),
    CameraConfig("Entry2", "synthetic://Entry2?seed=3&direction=entry&gap=9", "entry", title="Entry lane 2"),
    CameraConfig(
        "Yard", "synthetic://Yard?seed=4&direction=both&gap=11", "entry", anpr=False, title="Waiting zone"
    ),
)
# The demo's names in the window's language, as a site's admin would write them in its config (they are the
# site's data, not the console's texts, so they are not in the .ts files).
DEMO_NAMES: dict[str, dict[str, str]] = {
    "en": {"site": "Demo checkpoint"},
    "ru": {
        "site": "Демо-пункт пропуска",
        "Entry1": "Въезд 1",
        "Exit1": "Выезд 1",
        "Entry2": "Въезд 2",
        "Yard": "Зона ожидания",
    },
    "kk": {
        "site": "Демо өткізу пункті",
        "Entry1": "Кіру 1",
        "Exit1": "Шығу 1",
        "Entry2": "Кіру 2",
        "Yard": "Күту аймағы",
    },
}
# Test values of the stand-ins only; a real site stores its own with `cgrconsole secret set ...`.
DEMO_SECRETS = {"cgr/registration_token": "demo-registration-token", "drvn/password": "demo-password"}


def demo_cameras(language: str = "en") -> tuple[CameraConfig, ...]:
    """The demo's cameras titled in ``language`` (ru, kk, en; anything else: English)."""
    names = DEMO_NAMES.get(language, {})
    return tuple(replace(c, title=names.get(c.name, c.title)) for c in DEMO_CAMERAS)


def demo_config(uplink: UplinkConfig | None = None, language: str = "en") -> Config:
    names = DEMO_NAMES.get(language, DEMO_NAMES["en"])
    return Config(
        site=SiteConfig(name=names.get("site", DEMO_NAMES["en"]["site"]), timezone="Asia/Almaty"),
        cameras=demo_cameras(language),
        uplink=uplink or UplinkConfig(),
        # Loopback only, with the self-signed certificate made in the demo's data folder; another
        # program on 8443 moves the demo to a free port (Engine(live_port_fallback=True) says which).
        live=LiveConfig(bind="127.0.0.1", port=8443, tls="auto"),
    )


@dataclass
class DemoStandins:
    """The CarGoRuqsat and ĐBVN stand-ins the demo sends to, on free loopback ports."""

    servers: list = field(default_factory=list)

    def start(self) -> UplinkConfig:
        from cgrconsole.standins.cgr import CgrStandin
        from cgrconsole.standins.drvn import DrvnStandin
        from cgrconsole.standins.drvn_validate import Rules

        cgr = CgrStandin().start()
        cgr.set_truck_numbers(["123ABC01", "777KZA02", "505AAA13"])
        drvn = DrvnStandin(rules=Rules(require_vietnam=False, min_interval_s=0)).start()
        self.servers = [cgr, drvn]
        log.info("demo stand-ins: CarGoRuqsat %s, ĐBVN %s", cgr.url, drvn.url)
        return UplinkConfig(
            cgr=replace(CgrSettings(), enabled=True, base_url=cgr.url, truck_numbers_poll_s=60),
            drvn=replace(
                DrvnSettings(),
                enabled=True,
                base_url=drvn.url,
                provider_id=1001,
                user_name="demo",
                gps_lat=43.2,  # the demo checkpoint's position (the stand-in accepts any)
                gps_lon=76.9,
                default_camera=DrvnCamera(camera_id=1),
            ),
        )

    def stop(self) -> None:
        for server in self.servers:
            server.stop()
        self.servers = []
