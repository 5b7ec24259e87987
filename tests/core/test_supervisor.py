"""The supervisor's restart rule, a supervised thread's life after a crash, and the process-wide hooks.

The recorder's crash with a real camera and the window is in tests/ui/test_supervision.py; here the
same machinery is checked for the housekeeping and delivery workers, which run on the same
``ServiceThread``, and for errors outside any worker.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from support.waiting import wait_until

from cgrconsole.core.janitor import Janitor
from cgrconsole.core.service_thread import ServiceThread
from cgrconsole.core.supervision import Supervisor, WorkerFault, install_excepthooks


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def test_restarts_back_off_doubling_up_to_a_minute_and_start_over_after_ten_quiet_minutes() -> None:
    clock = Clock()
    supervisor = Supervisor(clock=clock)
    error = ValueError("bad frame")
    delays = []
    for _ in range(9):  # a worker that fails every time it starts
        delays.append(supervisor.crashed("record-Lane1", error))
        clock.now += delays[-1]
    assert delays == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert supervisor.crashed("janitor", error) == 1, "each worker counts its own crashes"
    clock.now += 601  # up for longer than the window
    assert supervisor.crashed("record-Lane1", error) == 1, "a worker that stayed up starts again from 1 s"
    faults = supervisor.recent()
    assert [f.crashes for f in faults if f.worker == "record-Lane1"] == [*range(1, 10), 1]
    assert faults[-1].restart_in_s == 1 and faults[-1].error == "ValueError: bad frame"


def test_a_crashing_service_is_restarted_after_the_delay_and_its_state_put_right() -> None:
    supervisor = Supervisor(initial_delay_s=0.05)
    faults: list[WorkerFault] = []
    supervisor.fault.connect(faults.append)
    runs, cleaned = [], []
    service: ServiceThread

    def target() -> None:
        runs.append(threading.current_thread().name)
        if len(runs) < 3:
            raise ValueError(f"failure {len(runs)}")
        service.stop_event.wait()

    service = ServiceThread("worker-x", target, supervisor, on_crash=cleaned.append)
    service.start()
    wait_until(lambda: len(runs) == 3, 10, 0.01)
    assert service.alive and service.restarts == 2
    assert [str(e) for e in cleaned] == ["failure 1", "failure 2"], "on_crash saw each error"
    assert [(f.worker, f.crashes, f.restart_in_s) for f in faults] == [
        ("worker-x", 1, 0.05),
        ("worker-x", 2, 0.1),
    ]
    assert "Traceback" in faults[0].traceback and "failure 1" in faults[0].traceback
    assert service.stop(5) and not service.alive


def test_stopping_a_service_that_waits_to_restart_ends_it_at_once() -> None:
    supervisor = Supervisor(initial_delay_s=3600)

    def target() -> None:
        raise RuntimeError("always")

    service = ServiceThread("worker-y", target, supervisor)
    service.start()
    wait_until(lambda: supervisor.recent(), 10, 0.01)
    assert service.stop(2), "the hour's wait is cut short by stop"
    assert service.restarts == 0


def test_a_janitor_sweep_that_raises_is_reported_and_the_sweeps_go_on(caplog) -> None:
    supervisor = Supervisor(initial_delay_s=0.05)
    sweeps = []

    def sweep() -> None:
        sweeps.append(1)
        if len(sweeps) == 1:
            raise OSError(5, "Input/output error")  # a disk that failed for a moment

    janitor = Janitor([sweep], guard=lambda: None, supervisor=supervisor, sweep_every=0.01, guard_every=0.01)
    with caplog.at_level(logging.ERROR):
        janitor.start()
        wait_until(lambda: len(sweeps) >= 3, 10, 0.01)
    assert janitor.stop(5)
    (fault,) = supervisor.recent()
    assert fault.worker == "janitor" and "Input/output error" in fault.error
    assert "janitor crashed" in caplog.text and "Traceback" in caplog.text


@pytest.fixture
def hooks() -> Iterator[Supervisor]:
    saved = threading.excepthook, sys.excepthook
    supervisor = Supervisor()
    install_excepthooks(supervisor)
    yield supervisor
    threading.excepthook, sys.excepthook = saved


def test_an_uncaught_error_in_a_plain_thread_is_logged_with_its_traceback(hooks: Supervisor, caplog) -> None:
    def work() -> None:
        raise KeyError("camera")

    with caplog.at_level(logging.ERROR):
        thread = threading.Thread(target=work, name="export-csv")
        thread.start()
        thread.join(5)
    (fault,) = hooks.recent()
    assert fault.worker == "export-csv" and fault.restart_in_s is None and "KeyError" in fault.error
    assert "unexpected error in export-csv" in caplog.text and "Traceback" in caplog.text
