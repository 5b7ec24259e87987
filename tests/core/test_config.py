from pathlib import Path

import pytest

from cgrconsole.config import (
    CameraConfig,
    Config,
    ConfigError,
    load_config,
    parse_config,
    parse_config_report,
    read_config,
)

GOOD = """
[site]
name = "Nur Zholy"
timezone = "Asia/Almaty"

[[cameras]]
name = "Camera1"
title = "Въезд 1"
url = "rtsp://admin@192.0.2.10:554/Streaming/Channels/101"
direction = "entry"
roi = [0.1, 0.3, 0.9, 1]

[[cameras]]
name = "Camera2"
url = "rtsp://192.0.2.11/live"
direction = "exit"
enabled = false
anpr = false
transport = "udp"
"""


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(text, "config.toml")
    return info.value.problems


def test_a_good_config_loads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(GOOD, encoding="utf-8")
    config = load_config(path)
    assert config.site.name == "Nur Zholy"
    assert config.cameras[0] == CameraConfig(
        "Camera1",
        "rtsp://admin@192.0.2.10:554/Streaming/Channels/101",
        "entry",
        roi=(0.1, 0.3, 0.9, 1.0),
        title="Въезд 1",
    )
    assert config.cameras[1].enabled is False and config.cameras[1].transport == "udp"
    assert config.ingest.backoff_max_s == 30.0
    assert config.cameras[0].label == "Въезд 1" and config.cameras[1].label == "Camera2"


def test_syntax_error_says_where() -> None:
    found = problems('[site]\nname = "x"\ntimezone = \n')
    assert len(found) == 1 and "TOML syntax error" in found[0] and "line 3" in found[0]


def test_unknown_key_is_named_with_a_suggestion() -> None:
    found = problems(GOOD.replace('direction = "exit"', 'direction = "exit"\nenabeld = true'))
    assert found == ["cameras[2].enabeld: unknown key (did you mean 'enabled'?)"]
    assert problems("[sight]\nname = 'x'\n")[0].startswith("sight: unknown key (did you mean 'site'?)")


def test_wrong_types_are_named_each() -> None:
    text = GOOD.replace("enabled = false", 'enabled = "no"').replace('direction = "entry"', "direction = 1")
    text = text.replace("[site]", '[ingest]\nread_timeout_s = "ten"\n[site]')
    assert sorted(problems(text)) == [
        "cameras[1].direction: must be one of 'entry', 'exit', got 1",
        "cameras[2].enabled: expected true or false, got text 'no'",
        "ingest.read_timeout_s: expected a number, got text 'ten'",
    ]


def test_duplicate_camera_names_are_refused_ignoring_case() -> None:
    found = problems(GOOD.replace('name = "Camera2"', 'name = "camera1"'))
    assert found == ["cameras[2].name: duplicate camera name 'camera1' (also cameras[1])"]


@pytest.mark.parametrize("name", ["CON", "nul", "Com1", "LPT9", "aux"])
def test_windows_device_names_are_refused(name: str) -> None:
    found = problems(GOOD.replace('name = "Camera2"', f'name = "{name}"'))
    assert found == [
        f"cameras[2].name: {name!r} is a device name on Windows, where no archive folder can have it;"
        " choose another name (e.g. Camera1) and put the text in 'title'"
    ]
    assert (
        parse_config(GOOD.replace('name = "Camera2"', 'name = "CONTROL"'), "c.toml").cameras[1].name
        == "CONTROL"
    )


def test_semantic_checks() -> None:
    text = (
        GOOD.replace('"Asia/Almaty"', '"Mars/Olympus"')
        .replace("[0.1, 0.3, 0.9, 1]", "[0.9, 0.3, 0.1, 1]")
        .replace('name = "Camera2"', 'name = "Camera 2/x"')
        .replace("rtsp://192.0.2.11/live", "rtsp://admin:hunter2@192.0.2.11/live")
    )
    found = problems(text)
    assert any(p.startswith("site.timezone: unknown time zone 'Mars/Olympus'") for p in found)
    assert any(p.startswith("cameras[1].roi: must be") for p in found)
    assert any(p.startswith("cameras[2].name: 'Camera 2/x' must be") for p in found)
    assert any(p.startswith("cameras[2].url: contains a password") for p in found)
    assert not any("hunter2" in p for p in found)


def test_missing_required_key_and_missing_file(tmp_path: Path) -> None:
    assert problems('[[cameras]]\nname = "A"\n') == ["cameras[1].url: required key is missing"]
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "absent.toml")


def test_the_readme_example_is_a_valid_configuration() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    config = parse_config(example, "README.md")
    assert config.uplink.cgr.enabled and config.cameras[0].name == "Camera1"
    assert config.uplink.drvn.cameras["Camera1"].camera_id == 0


def test_the_window_gets_a_usable_config_with_only_the_broken_parts_off(tmp_path: Path) -> None:
    path = tmp_path / "site.toml"
    path.write_text(
        GOOD.replace("rtsp://192.0.2.11/live", "htp:/garbage")
        + '\n[uplink.cgr]\nenabled = true\nbase_url = "ftp://nowhere"\n'
        + "[uplink.drvn]\nenabled = false\n[archive]\nretention_days = 30\n",
        encoding="utf-8",
    )
    report = read_config(path)
    assert len(report.problems) == 3
    first, second = report.config.cameras
    assert first.enabled and first.problem == "", "the good camera runs"
    assert not second.enabled and second.problem.startswith("cameras[2].url: unknown scheme 'htp'")
    assert not report.config.uplink.cgr.enabled and not report.config.archive.enabled
    assert [(p.part, p.name) for p in report.switched_off] == [
        ("cgr", ""),
        ("archive", ""),
        ("camera", "Camera2"),
    ]
    with pytest.raises(ConfigError) as strict:
        load_config(path)
    assert strict.value.problems == list(report.problems), "headless and config-check refuse the same file"


def test_a_broken_value_in_a_shared_section_falls_back_to_its_default() -> None:
    report = parse_config_report('[site]\ntimezone = "Mars/Olympus"\nname = "Nur Zholy"\n', "x.toml")
    assert report.config.site.timezone == "Asia/Almaty" and report.config.site.name == "Nur Zholy"
    assert report.problems and report.switched_off == ()
    broken = parse_config_report("[site\nname = 1", "x.toml")
    assert broken.problems[0].startswith("TOML syntax error") and broken.config.cameras == ()


def test_reachability_checks_are_configurable_and_checked() -> None:
    config = parse_config("[reachability]\ninterval_s = 60\ntimeout_s = 3\n", "x.toml")
    assert (config.reachability.interval_s, config.reachability.timeout_s) == (60, 3)
    report = parse_config_report("[reachability]\ninterval_s = 1\ntimeout_s = 10\n", "x.toml")
    assert "reachability.interval_s: must be 5..3600 seconds" in report.problems
    too_long = parse_config_report("[reachability]\ninterval_s = 20\ntimeout_s = 10\n", "x.toml")
    assert [p.partition(":")[0] for p in too_long.problems] == ["reachability.timeout_s"]
    assert too_long.config.reachability.interval_s == 20, "the good value is kept"
    assert too_long.config.reachability.timeout_s == 5.0, "the bad one falls back to its default"
    assert too_long.switched_off == (), "the checks only show; nothing is switched off for them"


def test_a_camera_that_cannot_be_built_is_still_shown_switched_off() -> None:
    report = parse_config_report('[[cameras]]\nname = "Gate"\ntitle = "Ворота"\n', "x.toml")
    (camera,) = report.config.cameras
    assert (camera.name, camera.title, camera.enabled) == ("Gate", "Ворота", False)
    assert camera.problem == "cameras[1].url: required key is missing"


def test_live_problems_switch_the_stream_off_and_say_what_to_do() -> None:
    text = GOOD + (
        '\n[live]\nbind = "vpn0"\nport = 70000\ntls = "files"\nallow = ["10.8.0.0/24", "ten"]\n'
        'cors_origins = ["iuc.example.kz"]\nmax_connections_per_client = 0\npart_target_s = 5.0\n'
        "segments_kept = 2\n"
    )
    report = parse_config_report(text)
    live = [p for p in report.problems if p.startswith("live.")]
    for key, words in [
        ("live.bind", "not an address"),
        ("live.port", "1..65535"),
        ("live.cert_file", 'tls = "files" needs cert_file and key_file'),
        ("live.allow", "'ten' is not an address or network"),
        ("live.cors_origins", "not an origin"),
        ("live.max_connections_per_client", "1..max_connections"),
        ("live.part_target_s", "0.1..2.0"),
        ("live.segments_kept", "3..60"),
    ]:
        assert any(p.startswith(key) and words in p for p in live), (key, live)
    assert [p.part for p in report.switched_off] == ["live"] and not report.config.live.enabled
    assert parse_config_report(GOOD + '\n[live]\nbind = "::"\nport = 0\n').problems == ()


def test_entry_motion_is_optional_checked_and_reaches_the_tracker(tmp_path: Path) -> None:
    from cgrconsole.core.secrets import MemoryKeyring, SecretStore
    from cgrconsole.engine import Engine
    from cgrconsole.paths import AppPaths

    assert parse_config(GOOD).cameras[0].entry_motion is None, "default: every event takes direction"
    text = GOOD.replace('direction = "exit"', 'direction = "exit"\nentry_motion = "away"')
    config = parse_config(text)
    assert config.cameras[1].entry_motion == "away"
    for motion in ("down", "up", "towards", "away"):
        assert parse_config(GOOD.replace('direction = "entry"', f'entry_motion = "{motion}"')).cameras
    bad = GOOD.replace('direction = "exit"', 'entry_motion = "sideways"')
    assert problems(bad) == [
        "cameras[2].entry_motion: must be one of 'down', 'up', 'towards', 'away', got 'sideways'"
    ]
    report = parse_config_report(bad, "site.toml")  # the window: only that camera is switched off
    first, second = report.config.cameras
    assert first.enabled and not second.enabled and second.problem.startswith("cameras[2].entry_motion")

    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "archive", tmp_path / "data" / "logs")
    cameras = (
        CameraConfig("Gate", "synthetic://Gate?seed=1", "entry", entry_motion="away"),
        CameraConfig("Lane", "synthetic://Lane?seed=2", "exit"),
    )
    engine = Engine(Config(cameras=cameras), paths, SecretStore(MemoryKeyring()))
    assert engine.recognition is not None
    trackers = {c.camera: c.tracker for c in engine.recognition.cameras}
    assert (trackers["Gate"].direction, trackers["Gate"].entry_motion) == ("auto", "away")
    assert trackers["Lane"].direction == "exit", "without entry_motion the camera's direction is kept"


LANES = """
[[cameras.lanes]]
name = "in"
polygon = [[0, 0.3], [0.5, 0.3], [0.5, 1], [0, 1]]
entry_motion = "away"

[[cameras.lanes]]
polygon = [[0.5, 0.3], [1, 0.3], [1, 1], [0.5, 1]]
direction = "exit"
"""


def test_lanes_are_polygons_with_their_own_direction_checked_by_field_and_reach_the_tracker(
    tmp_path: Path,
) -> None:
    from cgrconsole.core.anpr.lanes import Lane
    from cgrconsole.core.camera.settings import LaneConfig
    from cgrconsole.core.secrets import MemoryKeyring, SecretStore
    from cgrconsole.engine import Engine
    from cgrconsole.paths import AppPaths

    assert parse_config(GOOD).cameras[1].lanes == (), "default: no lanes, the camera's direction"
    config = parse_config(GOOD + LANES)  # [[cameras.lanes]] belongs to the camera above it
    first, second = config.cameras
    assert first.lanes == () and second.lanes == (
        LaneConfig(((0, 0.3), (0.5, 0.3), (0.5, 1), (0, 1)), entry_motion="away", name="in"),
        LaneConfig(((0.5, 0.3), (1, 0.3), (1, 1), (0.5, 1)), direction="exit"),
    )
    for old, new, expected in (
        ('entry_motion = "away"', 'entry_motion = "away"\ndirection = "entry"', "lanes[1].direction: give"),
        ('direction = "exit"', "", "cameras[2].lanes[2].direction: give the lane either direction"),
        (
            "[1, 0.3], [1, 1]",
            "[1.2, 0.3], [1, 1]",
            "cameras[2].lanes[2].polygon: corners are [x, y] fractions",
        ),
        ("[0.5, 0.3], [0.5, 1], [0, 1]]", "[0.5, 0.3]]", "cameras[2].lanes[1].polygon: needs at least 3"),
        ("[0.5, 0.3], [0.5, 1], [0, 1]", "[0, 0.3], [0, 1]", "cameras[2].lanes[1].polygon: encloses no area"),
        (
            "[0.5, 0.3], [1, 0.3]",
            "[0.5, 0.3, 0], [1, 0.3]",
            "cameras[2].lanes[2].polygon[1]: expected a list of 2",
        ),
        ('name = "in"', 'side = "in"', "cameras[2].lanes[1].side: unknown key"),
    ):
        text = GOOD + LANES.replace(old, new, 1)
        found = problems(text)
        assert any(expected in p and p.startswith("cameras[2].lanes[") for p in found), (expected, found)
        report = parse_config_report(text)
        assert report.config.cameras[0].problem == "" and not report.config.cameras[1].enabled, (
            "only the camera with the bad lane is switched off"
        )

    paths = AppPaths(tmp_path / "data", tmp_path / "data" / "archive", tmp_path / "data" / "logs")
    camera = CameraConfig("Gate", "synthetic://Gate?seed=1", "entry", lanes=second.lanes)
    engine = Engine(Config(cameras=(camera,)), paths, SecretStore(MemoryKeyring()))
    assert engine.recognition is not None
    (tracker,) = (c.tracker for c in engine.recognition.cameras)
    assert tracker.lanes == (
        Lane(((0, 0.3), (0.5, 0.3), (0.5, 1), (0, 1)), "auto", "away", "in"),
        Lane(((0.5, 0.3), (1, 0.3), (1, 1), (0.5, 1)), "exit"),
    )
    assert tracker.direction == "entry", "a plate in no lane takes the camera's direction"
