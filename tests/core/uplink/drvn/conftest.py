"""Every drvn client test talks to a real stand-in over loopback HTTP, with one shared fake clock."""

from __future__ import annotations

import pytest
from support.clock import FakeClock
from support.drvn_fixtures import standin


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock):
    server = standin(clock)
    yield server
    server.stop()
