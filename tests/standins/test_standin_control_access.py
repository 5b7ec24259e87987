"""The stand-ins may listen on any address (a trainer's PC on the site LAN), but their control API, which
has no authentication, answers clients on this PC only: spoken to over real HTTP from this PC's own LAN
address (not loopback) and from 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from support.clock import FakeClock
from support.drvn_fixtures import standin as drvn_standin

from cgrconsole.standins.cgr import CgrStandin, CgrStandinConfig
from cgrconsole.standins.cgr_cli import parse_args
from cgrconsole.standins.drvn import serve
from cgrconsole.standins.server import CONTROL_REFUSED, is_loopback

REGISTRATION = "standin-registration-lan"


def lan_address() -> str:
    """This PC's address towards other hosts (a UDP "connect" sends nothing); skip where there is none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only the route is looked up
        except OSError:
            pytest.skip("this PC has no non-loopback IPv4 address to test from")
        address = str(probe.getsockname()[0])
    if is_loopback(address):
        pytest.skip("this PC has no non-loopback IPv4 address to test from")
    return address


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("192.0.2.2", False),
        ("10.8.0.7", False),
        ("::ffff:10.8.0.7", False),
        ("fd00::2", False),
        ("0.0.0.0", False),
        ("example.kz", False),
    ],
)
def test_what_counts_as_this_pc(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.fixture
def cgr_anywhere() -> Iterator[CgrStandin]:
    with CgrStandin(CgrStandinConfig(registration_token=REGISTRATION), host="0.0.0.0") as server:
        yield server


def test_the_cgr_stand_in_serves_other_pcs_but_its_control_api_only_this_one(
    cgr_anywhere: CgrStandin,
) -> None:
    lan = f"http://{lan_address()}:{cgr_anywhere.port}"
    local = f"http://127.0.0.1:{cgr_anywhere.port}"
    with (
        httpx.Client(base_url=lan, timeout=5, trust_env=False) as other_pc,
        httpx.Client(base_url=local, timeout=5, trust_env=False) as this_pc,
    ):
        auth = other_pc.get("/Checkpoint/Auth", params={"RegistrationToken": REGISTRATION})
        assert auth.status_code == 200, "the protocol answers any client"
        refused = other_pc.post("/__standin/truck-numbers", json={"plates": ["777AAA01"]})
        assert refused.status_code == 403 and refused.json()["message"] == CONTROL_REFUSED
        assert other_pc.get("/__standin/events").status_code == 403, "not even a read"
        assert cgr_anywhere.state.truck_numbers != ["777AAA01"], "the refused change was not made"
        assert this_pc.post("/__standin/truck-numbers", json={"plates": ["777AAA01"]}).status_code == 200
        assert cgr_anywhere.state.truck_numbers == ["777AAA01"]
        assert this_pc.get("/__standin/state").status_code == 200


def test_the_cgr_command_line_takes_any_host() -> None:
    assert parse_args(["--host", "0.0.0.0", "--port", "8088"]).host == "0.0.0.0"
    assert parse_args([]).host == "127.0.0.1", "loopback unless told"


def test_the_drvn_stand_in_refuses_control_from_another_pc_with_the_same_check() -> None:
    server = drvn_standin(FakeClock(), host="0.0.0.0")
    try:
        lan = f"http://{lan_address()}:{server.port}"
        answer = httpx.post(f"{lan}/__standin/faults", json={"slow_s": 5}, timeout=5, trust_env=False)
        assert answer.status_code == 403 and CONTROL_REFUSED in answer.text
        assert server.state.faults.slow_s == 0
        assert (
            httpx.get(
                f"http://127.0.0.1:{server.port}/__standin/calls", timeout=5, trust_env=False
            ).status_code
            == 200
        )
    finally:
        server.stop()
    with pytest.raises(ValueError, match="loopback only"):
        serve(0, host="0.0.0.0")
