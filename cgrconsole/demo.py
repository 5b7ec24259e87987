"""The built-in demo: four synthetic cameras, no network, no configuration file."""

from __future__ import annotations

from cgrconsole.config import CameraConfig, Config, SiteConfig

DEMO_CAMERAS = (
    CameraConfig("Entry1", "synthetic://Entry1?seed=1&direction=entry", "entry", title="Entry lane 1"),
    CameraConfig("Exit1", "synthetic://Exit1?seed=2&direction=exit", "exit", title="Exit lane 1"),
    CameraConfig("Entry2", "synthetic://Entry2?seed=3&direction=entry&gap=9", "entry", title="Entry lane 2"),
    CameraConfig(
        "Yard", "synthetic://Yard?seed=4&direction=both&gap=11", "entry", anpr=False, title="Waiting zone"
    ),
)


def demo_config() -> Config:
    return Config(site=SiteConfig(name="Demo checkpoint", timezone="Asia/Almaty"), cameras=DEMO_CAMERAS)
