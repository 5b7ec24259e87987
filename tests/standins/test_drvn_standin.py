"""The ĐBVN stand-in itself, spoken to with plain httpx: it must refuse what the real server refuses."""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import sys
import time
import uuid

import cv2
import httpx
import numpy as np
import pytest
from support.clock import FakeClock
from support.drvn_fixtures import NORMAL_PHOTO, PASSWORD, PROVIDER_ID, USER, photo, standin

from cgrconsole.core.uplink.drvn import wire


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock, tmp_path):
    server = standin(clock, record_path=tmp_path / "received.jsonl")
    yield server
    server.stop()


@pytest.fixture
def http(server):
    with httpx.Client(base_url=server.url, timeout=5) as c:
        token = c.post(wire.LOGIN, json={"ProviderID": PROVIDER_ID, "UserName": USER, "Password": PASSWORD})
        c.headers["Authorization"] = f"Bearer {token.json()['Data']['Token']}"
        yield c


def item(clock: FakeClock, jpeg: bytes = NORMAL_PHOTO, **changes) -> dict:
    fields = {
        "ImageGuid": str(uuid.uuid4()),
        "VehiclePlate": "30E00555",
        "GPSTime": round(clock.now * 1000),
        "DriverLicense": "",
        "GPSLat": 21.03,
        "GPSLon": 105.85,
        "CameraView": 0,
        "ImageData": base64.b64encode(jpeg).decode(),
        "ImageCheckSUM": wire.image_checksum(jpeg),
        "ProviderID": PROVIDER_ID,
        "CameraID": 7,
    }
    fields.update(changes)
    return {k: v for k, v in fields.items() if v is not ...}


WHITE = cv2.imencode(".jpg", np.full((2000, 2000, 3), 255, np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 100])[
    1
].tobytes()


CASES = {
    "bad guid": (lambda c: item(c, ImageGuid="not-a-guid"), 400),
    "no plate": (lambda c: item(c, VehiclePlate=...), 400),
    "time as text": (lambda c: item(c, GPSTime="yesterday"), 400),
    "camera view bit": (lambda c: item(c, CameraView=2), 400),
    "other provider": (lambda c: item(c, ProviderID=2002), 403),
    "png": (lambda c: item(c, jpeg=cv2.imencode(".png", np.zeros((300, 300, 3), np.uint8))[1].tobytes()), 2),
    "crc mismatch": (lambda c: item(c, ImageCheckSUM="DEADBEEF"), 2),
    "all white": (lambda c: item(c, jpeg=WHITE), 2),  # 62 KB: the size is fine, the picture is not
    "small": (lambda c: item(c, jpeg=photo(200, 150)), 3),
    "plate format": (lambda c: item(c, VehiclePlate="30E-005.55"), 4),
    "outside vietnam": (lambda c: item(c, GPSLat=51.13, GPSLon=71.43), 5),
    "licence format": (lambda c: item(c, DriverLicense="x!"), 6),
    "20 min ahead": (lambda c: item(c, GPSTime=round((c.now + 1200) * 1000)), 7),
    "6 days old": (lambda c: item(c, GPSTime=round((c.now - 6 * 86_400) * 1000)), 7),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_field_rule_gives_the_seed_code(server, http, clock, name) -> None:
    assert len(WHITE) > wire.MIN_IMAGE_BYTES
    build, code = CASES[name]
    answer = http.post(wire.IMAGE.format(p=PROVIDER_ID), json=build(clock))
    assert answer.json()["Code"] == code, answer.text
    assert answer.status_code == (code if code >= 400 else 200)
    assert server.received == []


def test_accepted_image_then_duplicate_409_then_frequency_code_8(server, http, clock, tmp_path) -> None:
    first = item(clock)
    assert http.post(wire.IMAGE.format(p=PROVIDER_ID), json=first).json()["Code"] == 1
    again = http.post(wire.IMAGE.format(p=PROVIDER_ID), json=first)
    assert again.status_code == 409
    soon = http.post(wire.IMAGE.format(p=PROVIDER_ID), json=item(clock, GPSTime=first["GPSTime"] + 60_000))
    assert soon.json()["Code"] == 8
    lines = (tmp_path / "received.jsonl").read_text().splitlines()
    assert [json.loads(line)["guid"] for line in lines] == [first["ImageGuid"]]


def test_a_list_answers_per_image_and_over_10_mb_is_refused(server, http, clock) -> None:
    good, bad = item(clock), item(clock, VehiclePlate="??", ImageGuid=str(uuid.uuid4()))
    answer = http.post(wire.IMAGES.format(p=PROVIDER_ID), json={"ImageList": [good, bad]}).json()
    assert [(d["ImageGuid"], d["Code"]) for d in answer["Data"]] == [
        (good["ImageGuid"], 1),
        (bad["ImageGuid"], 4),
    ]
    huge = http.post(
        wire.IMAGES.format(p=PROVIDER_ID),
        content=b"{" + b" " * (wire.MAX_REQUEST_BYTES + 10) + b"}",
        headers={"Content-Type": "application/json"},
    )
    assert huge.status_code == 400


def test_tokens_expire_by_the_clock_and_wrong_ones_are_code_9(server, http, clock) -> None:
    assert http.get(wire.CURRENT_TIME, params={"ProviderID": PROVIDER_ID}).json()["Code"] == 1
    clock.advance(3601)
    expired = http.get(wire.CURRENT_TIME, params={"ProviderID": PROVIDER_ID})
    assert (expired.status_code, expired.json()["Code"]) == (401, 10)
    wrong = http.get(
        wire.CURRENT_TIME, params={"ProviderID": PROVIDER_ID}, headers={"Authorization": "Bearer x.y.z"}
    )
    assert wrong.json()["Code"] == 9
    refused = http.post(wire.LOGIN, json={"ProviderID": PROVIDER_ID, "UserName": USER, "Password": "nope"})
    assert (refused.status_code, refused.json()["Code"]) == (401, 9)


def test_control_api_sets_faults_and_reports_what_was_received(server, http, clock) -> None:
    control = httpx.post(
        f"{server.url}/__standin/faults", json={"busy_until": clock.now + 60, "rate_limit_next": 0}
    )
    assert control.json()["Data"]["busy_until"] == pytest.approx(clock.now + 60)
    status = http.get(wire.SERVER_STATUS, params={"ProviderID": PROVIDER_ID}).json()["Data"]
    assert status["State"] == 2 and status["NextUpdateTime"] == round((clock.now + 60) * 1000)
    busy = http.post(wire.IMAGE.format(p=PROVIDER_ID), json=item(clock))
    assert busy.status_code == 429 and busy.headers["Retry-After"]
    assert httpx.post(f"{server.url}/__standin/faults", json={"no_such_fault": 1}).status_code == 400
    httpx.post(f"{server.url}/__standin/faults", json={"busy_until": 0, "garbage_next": 1})
    garbage = http.post(wire.IMAGE.format(p=PROVIDER_ID), json=item(clock))
    with pytest.raises(ValueError):
        garbage.json()
    assert http.post(wire.IMAGE.format(p=PROVIDER_ID), json=item(clock)).json()["Code"] == 1
    received = httpx.get(f"{server.url}/__standin/received").json()["Data"]
    calls = httpx.get(f"{server.url}/__standin/calls").json()["Data"]
    assert received["count"] == 1 and calls["busy_violations"] == 1


def test_main_serves_on_the_given_port_until_stopped() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    flags = ["--port", str(port), "--busy", "10", "60", "--busy-unannounced", "--no-retry-after"]
    code = f"from cgrconsole.standins.drvn import main; main({flags!r})"
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.post(
                    f"http://127.0.0.1:{port}/{wire.LOGIN}",
                    json={"ProviderID": 1001, "UserName": "demo", "Password": "demo-password"},
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, process.stderr.read()
                time.sleep(0.1)
        assert answer.json()["Code"] == 1
        faults = httpx.post(f"http://127.0.0.1:{port}/__standin/faults", json={}).json()["Data"]
        assert (faults["busy_for_s"], faults["busy_every_s"]) == (10, 60)
        assert faults["announce_busy"] is False and faults["retry_after_s"] == 0
    finally:
        process.terminate()
        process.wait(10)
