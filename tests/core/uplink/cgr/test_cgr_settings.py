"""The ``[uplink.cgr]`` settings: defaults, overrides key by key, and every mistake named."""

from __future__ import annotations

import tomllib

from cgrconsole.config_toml import build as _build  # the loader [uplink.cgr] is read with
from cgrconsole.core.uplink.cgr.settings import DEFAULT_FIELD_MAPPING, CgrSettings, DirectionValues

TOML = """
base_url = "https://127.0.0.1:8443"
mode = "WaitingArea"
photo_max_kb = 120
archive_link_prefix = "\\\\\\\\nas01\\\\archive\\\\"
[field_mapping]
plate = "grnz"
country = ""
[direction_values]
entry = "1"
exit = "2"
as_number = true
"""


def test_the_defaults_are_valid_and_documented() -> None:
    settings = CgrSettings()
    assert settings.problems() == []
    assert settings.mapping == DEFAULT_FIELD_MAPPING
    assert settings.path("CamEvent") == "/Checkpoint/CamEvent"
    assert (settings.direction_values.value("entry"), settings.direction_values.value("exit")) == (
        "In",
        "Out",
    )


def test_a_toml_table_overrides_only_what_it_names() -> None:
    problems: list[str] = []
    settings = _build(CgrSettings, tomllib.loads(TOML), "uplink.cgr", problems)
    assert problems == [] and settings.problems() == []
    assert settings.mapping == {**DEFAULT_FIELD_MAPPING, "plate": "grnz", "country": ""}
    assert settings.direction_values.value("exit") == 2
    assert settings.archive_link_prefix == "\\\\nas01\\archive\\"
    assert settings.path("Auth") == "/WaitingArea/Auth"


def test_every_mistake_is_named_by_key() -> None:
    settings = CgrSettings(
        base_url="cgr-api.qoldau.kz",
        field_mapping={"plat": "x", "camera": "truckNumber", "event_id": ""},
        direction_values=DirectionValues("In", "Out", as_number=True),
        photo_max_kb=2,
        timeout_s=0,
    )
    assert settings.problems() == [
        "uplink.cgr.base_url: expected http(s)://host[:port], got 'cgr-api.qoldau.kz'",
        "uplink.cgr.field_mapping.plat: unknown field; known: " + ", ".join(DEFAULT_FIELD_MAPPING),
        "uplink.cgr.field_mapping: the JSON name 'truckNumber' is used twice",
        "uplink.cgr.field_mapping.event_id: cannot be left out (the service needs it)",
        'uplink.cgr.direction_values: as_number needs whole numbers, e.g. entry = "1"',
        "uplink.cgr.timeout_s: must be above 0",
        "uplink.cgr.photo_max_kb: at least 8 (a readable photo needs it)",
    ]
