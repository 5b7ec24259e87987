"""The CarGoRuqsat stand-in on its own, spoken to in raw HTTP: as strict as the real service would be."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import httpx
import numpy as np
import pytest

from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.standins.cgr import CgrStandin, CgrStandinConfig

REGISTRATION = "standin-registration-1"


def photo(width: int = 64, height: int = 48, ext: str = ".jpg", noise: bool = False) -> str:
    """A base64 picture; ``noise`` makes it large (noise does not compress)."""
    rng = np.random.default_rng(7)
    pixels = (
        rng.integers(0, 256, (height, width, 3), dtype=np.uint8)
        if noise
        else np.full((height, width, 3), 128, np.uint8)
    )
    ok, data = cv2.imencode(ext, pixels)
    assert ok
    return base64.b64encode(data.tobytes()).decode()


def body(n: int = 1, **changes: Any) -> dict[str, Any]:
    base = {
        "externalId": f"event-{n}",
        "eventDate": "2025-08-18T11:05:00+05:00",
        "direction": "In",
        "truckNumber": "123ABC01",
        "photo": photo(),
        "videoLink": "Camera1\\2025\\08\\18\\11\\Camera1_2025_08_18_11_05.mp4",
        "cameraName": "Camera1",
    }
    base.update(changes)
    return {k: v for k, v in base.items() if v is not ...}


@pytest.fixture
def standin(tmp_path: Path) -> Iterator[CgrStandin]:
    config = CgrStandinConfig(
        registration_token=REGISTRATION, photo_max_kb=20, events_file=str(tmp_path / "e.jsonl")
    )
    with CgrStandin(config) as server:
        yield server


@pytest.fixture
def http(standin: CgrStandin) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=standin.url, timeout=5) as client:
        yield client


def bearer(http: httpx.Client) -> dict[str, str]:
    answer = http.get("/Checkpoint/Auth", params={"RegistrationToken": REGISTRATION})
    assert answer.status_code == 200
    return {"Authorization": f"Bearer {answer.json()}"}


def test_auth_needs_the_right_registration_token_for_the_right_mode(http: httpx.Client) -> None:
    assert http.get("/Checkpoint/Auth").status_code == 400
    assert http.get("/Checkpoint/Auth", params={"RegistrationToken": "guess"}).status_code == 401
    assert http.get("/WaitingArea/Auth", params={"RegistrationToken": REGISTRATION}).status_code == 401
    assert http.post("/Checkpoint/Auth").status_code == 405
    token = bearer(http)["Authorization"].split()[1]
    assert token.count(".") == 2, "a JWT by default"


def test_cam_event_needs_a_valid_bearer(standin: CgrStandin, http: httpx.Client) -> None:
    assert http.post("/Checkpoint/CamEvent", json=body()).status_code == 401
    wrong = http.post("/Checkpoint/CamEvent", json=body(), headers={"Authorization": "Bearer forged"})
    assert wrong.status_code == 401 and "invalid_token" in wrong.headers["WWW-Authenticate"]
    headers = bearer(http)
    assert http.post("/WaitingArea/CamEvent", json=body(), headers=headers).status_code == 403
    standin.expire_tokens()
    expired = http.post("/Checkpoint/CamEvent", json=body(), headers=headers)
    assert expired.status_code == 401 and "expired" in expired.headers["WWW-Authenticate"]
    assert standin.received == []


@pytest.mark.parametrize(
    ("changes", "field", "status"),
    [
        ({"truckNumber": ...}, "truckNumber", 400),
        ({"externalId": ""}, "externalId", 400),
        ({"eventDate": "2025-08-18 11:05"}, "eventDate", 400),
        ({"eventDate": "18.08.2025 11:05"}, "eventDate", 400),
        ({"direction": "in"}, "direction", 400),
        ({"direction": 1}, "direction", 400),
        ({"truckNumber": "123 abc 01"}, "truckNumber", 400),
        ({"photo": "not base64!"}, "photo", 400),
        ({"photo": photo(ext=".png")}, "photo", 400),
        ({"photo": photo(320, 240, noise=True)}, "photo", 413),
        ({"videoLink": "Camera1/2025/08/18/11/Camera1_2025_08_18_11_05.mp4"}, "videoLink", 400),
        ({"confidence": 7}, "confidence", 400),
    ],
)
def test_a_bad_field_is_refused_by_name(
    standin: CgrStandin, http: httpx.Client, changes: dict[str, Any], field: str, status: int
) -> None:
    answer = http.post("/Checkpoint/CamEvent", json=body(**changes), headers=bearer(http))
    assert answer.status_code == status
    assert list(answer.json()["errors"]) == [field]
    assert standin.received == []


def test_malformed_json_wrong_type_and_duplicates(
    standin: CgrStandin, http: httpx.Client, tmp_path: Path
) -> None:
    headers = bearer(http)
    garbage = http.post(
        "/Checkpoint/CamEvent", content=b"{oops", headers={**headers, "Content-Type": "application/json"}
    )
    assert garbage.status_code == 400
    assert http.post("/Checkpoint/CamEvent", content=b"{}", headers=headers).status_code == 415
    first = http.post("/Checkpoint/CamEvent", json=body(videoLink=None), headers=headers)
    assert first.status_code == 200 and first.json()["id"] == 1
    again = http.post("/Checkpoint/CamEvent", json=body(truckNumber="999ZZZ99"), headers=headers)
    assert again.status_code == 409 and "already exists" in again.json()["message"]
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["event-1"]


def test_truck_numbers_in_each_shape(standin: CgrStandin, http: httpx.Client) -> None:
    standin.set_truck_numbers(["123ABC01", "777KZ02"])
    assert http.get("/Checkpoint/TruckNumbers").status_code == 401
    assert http.get("/Checkpoint/TruckNumbers", headers=bearer(http)).json() == ["123ABC01", "777KZ02"]
    assert http.get("/WaitingArea/TruckNumbers", headers=bearer(http)).status_code in (401, 403, 404)


def test_the_control_api_injects_faults_and_is_kept_apart(standin: CgrStandin, http: httpx.Client) -> None:
    headers = bearer(http)
    fault = {"path": "CamEvent", "status": 429, "headers": {"Retry-After": "5"}, "times": 2}
    assert http.post("/__standin/faults", json=fault).status_code == 200
    for _ in range(2):
        limited = http.post("/Checkpoint/CamEvent", json=body(), headers=headers)
        assert limited.status_code == 429 and limited.headers["Retry-After"] == "5"
    assert http.post("/Checkpoint/CamEvent", json=body(), headers=headers).status_code == 200
    assert len(http.get("/__standin/events").json()["events"]) == 1
    http.post("/__standin/truck-numbers", json={"plates": ["A1"]})
    assert standin.state.truck_numbers == ["A1"]
    http.post("/__standin/reset")
    assert http.get("/__standin/state").json()["events"] == 0
    assert http.post("/__standin/nonsense").status_code == 404


def _refused(url: str) -> bool:
    try:
        httpx.get(f"{url}/__standin/state", timeout=1)
    except httpx.ConnectError:
        return True
    except httpx.TransportError:  # a request caught while the stand-in was stopping
        pass
    return False


def test_refusing_connections_for_a_while(standin: CgrStandin) -> None:
    httpx.post(f"{standin.url}/__standin/refuse", json={"seconds": 0.5})
    deadline = time.monotonic() + 2
    while not _refused(standin.url):  # it answers first, then stops listening
        assert time.monotonic() < deadline, "the stand-in kept listening"
        time.sleep(0.02)
    while _refused(standin.url):
        assert time.monotonic() < deadline + 2, "the stand-in did not listen again"
        time.sleep(0.02)


def test_the_stand_in_agrees_with_a_client_s_mapping() -> None:
    settings = CgrSettings(field_mapping={"plate": "grnz", "camera": ""}, photo_max_kb=50)
    config = CgrStandinConfig.from_settings(settings, registration_token="x")
    assert config.field_mapping["plate"] == "grnz" and config.field_mapping["camera"] == ""
    assert config.photo_max_kb == 50


def test_main_serves_in_another_process_and_appends_events(tmp_path: Path) -> None:
    events = tmp_path / "events.jsonl"
    command = [
        sys.executable,
        "-c",
        "import sys; from cgrconsole.standins.cgr import main; sys.exit(main(sys.argv[1:]))",
        "--field",
        "plate=grnz",
        "--events-file",
        str(events),
        "--truck-numbers",
        "123ABC01",
    ]
    env = {"CGR_STANDIN_REGISTRATION_TOKEN": REGISTRATION, "PATH": ""}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        url = json.loads(process.stdout.readline())["url"]
        with httpx.Client(base_url=url, timeout=5) as http:
            headers = bearer(http)
            event = body(grnz="777KZ02", truckNumber=...)
            assert http.post("/Checkpoint/CamEvent", json=event, headers=headers).status_code == 200
            assert http.post("/Checkpoint/CamEvent", json=event, headers=headers).status_code == 409
        assert [json.loads(line)["plate"] for line in events.read_text().splitlines()] == ["777KZ02"]
    finally:
        process.terminate()
        assert process.wait(10) == 0
