"""How long the window's event loop stalls while the console does heavy work (issue 10, item 10).

The real main window (Qt offscreen) over a real engine on a data folder seeded as after a crash:
10 000 outbox rows left in flight (the dispatcher recovers them at start) and a 5-minute 720p
recording left half-written in ``.recording/`` (the engine remuxes it at start). A 10 ms QTimer
measures how late the event loop runs it; lag = actual interval - 10 ms.

Phases, each measured separately:
- ``start``: window shown, engine started (in its thread, as the console does now), 5 s more;
- ``start-on-gui`` (``--compare``): the same with ``engine.start()`` on the GUI thread, as before;
- ``finalize``: the running console finalizes another 5-minute file (the recorder's remux) in a thread,
  while the CarGoRuqsat stand-in takes the recovered rows.

Usage: python benchmarks/gui_lag.py [--compare] [--events 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import OUT, machine, table
from support.events import detected, make_rig

from cgrconsole.config import CameraConfig, Config, SiteConfig, UplinkConfig
from cgrconsole.core.archive.layout import slot_start
from cgrconsole.core.archive.segment import RECORDING_DIR, SegmentPlan, SegmentWriter, finalize
from cgrconsole.core.camera.packets import StreamInfo
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.core.synthetic.scene import SceneSpec
from cgrconsole.core.synthetic.source import SyntheticOptions, SyntheticSource
from cgrconsole.core.uplink.cgr.settings import CgrSettings
from cgrconsole.core.uplink.outbox import IN_FLIGHT
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths
from cgrconsole.standins.cgr import CgrStandin
from cgrconsole.standins.cgr_rules import CgrStandinConfig

ALMATY = ZoneInfo("Asia/Almaty")
TOKEN = "bench-registration-token"


def five_minute_recording(cache: Path) -> tuple[Path, Path]:
    """A fragmented 5-minute 1280x720 file and its sidecar, as a crash leaves them (made once, cached)."""
    temp = cache / "Bench_5min.fmp4"
    if temp.exists():
        return temp, temp.with_suffix(".json")
    cache.mkdir(parents=True, exist_ok=True)
    started = time.time() - 400
    plan = SegmentPlan("Bench", "Bench/x.mp4", slot_start(started), started, "copy", ALMATY.key)
    spec = SceneSpec(seed=5, width=1280, height=720, fps=25)
    source = SyntheticSource(
        SyntheticOptions(spec, bitrate_kbps=1200, gop=50, realtime=False, duration_s=300)
    )
    source.open()
    packets = source.packets()
    first = next(packets)
    info: StreamInfo = source.info
    work = cache / "work"
    writer = SegmentWriter(work, plan, info, None, first.data)
    writer.write(first)
    for packet in packets:
        writer.write(packet)
    writer.abort()  # keep the fragmented file as a crash would
    shutil.move(writer.temp_path, temp)
    shutil.move(writer.sidecar_path, temp.with_suffix(".json"))
    shutil.rmtree(work, ignore_errors=True)
    return temp, temp.with_suffix(".json")


def seed(data: Path, cache: Path, events: int) -> None:
    rig = make_rig(data, ("cgr",))
    frame = detected().frame_jpeg
    for i in range(events):
        event = rig.store.add(detected(f"{i % 1000:03d}ABC01", ts=rig.clock() + i, frame_jpeg=frame))
        rig.store.confirm(event.id, by="officer")
    with rig.database.transaction() as db:
        db.execute("UPDATE outbox SET state = ?", [IN_FLIGHT])  # as a crash mid-send leaves them
    rig.close()
    temp, sidecar = five_minute_recording(cache)
    recording = data / "archive" / RECORDING_DIR
    recording.mkdir(parents=True)
    shutil.copy(temp, recording / "Bench_crash.fmp4")
    shutil.copy(sidecar, recording / "Bench_crash.json")


class LagProbe:
    """A 10 ms timer on the GUI thread; collects how late each tick came."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.lags: list[float] = []
        self.ends: list[float] = []  # perf_counter at each tick (the end of its lag)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.lags.clear()
        self.ends.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lags.append(max(0.0, (now - self._last) * 1000 - 10))
        self.ends.append(now)
        self._last = now

    def summary(self) -> tuple[float, float, float]:
        ordered = sorted(self.lags) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return statistics.median(ordered), p99, ordered[-1]


def wait_for(app: object, condition: Callable[[], bool]) -> None:
    """Run the real event loop (as app.exec() does) until ``condition`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(20)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    check.start()
    loop.exec()
    check.stop()


def run_phase(phase: str, events: int, cache: Path) -> list[object]:
    from PySide6.QtWidgets import QApplication

    from cgrconsole.ui.application import EngineStarter
    from cgrconsole.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    data = Path(tempfile.mkdtemp(prefix="cgr-lag-"))
    seed(data, cache, events)
    standin = CgrStandin(CgrStandinConfig(registration_token=TOKEN)).start()
    cgr = replace(CgrSettings(), enabled=True, base_url=standin.url, token_cache="memory")
    config = Config(
        site=SiteConfig(timezone="Asia/Almaty"),
        cameras=(CameraConfig("Lane1", "synthetic://Lane1?seed=2", anpr=False),),
        uplink=UplinkConfig(cgr=cgr),
    )
    engine = Engine(
        config,
        AppPaths(data, data / "archive", data / "logs"),
        SecretStore(MemoryKeyring({"cgr/registration_token": TOKEN})),
    )
    window = MainWindow(engine)
    window.resize(1280, 800)
    probe = LagProbe()
    window.show()
    shown = time.perf_counter() + 1.0  # the first paint (fonts, styles) is the window's own start, not I/O
    wait_for(app, lambda: time.perf_counter() >= shown)
    probe.start()
    started = time.perf_counter()
    done = threading.Event()
    if phase == "start-on-gui":
        engine.start()
        window.start()
        done.set()
    else:
        starter = EngineStarter(engine, window)
        starter.done.connect(lambda _error: (window.start(), done.set()))
        starter.start()
    wait_for(app, done.is_set)
    start_s = time.perf_counter() - started
    if phase == "finalize":
        temp, sidecar = five_minute_recording(cache)
        work = data / "archive" / RECORDING_DIR / "Bench_live.fmp4"
        shutil.copy(temp, work)
        plan = replace(SegmentPlan(**json.loads(sidecar.read_text())), relative_path="Bench/live.mp4")
        probe.start()  # the copy above is the benchmark's, not the console's
        finished: list[object] = []
        thread = threading.Thread(
            target=lambda: finished.append(finalize(data / "archive", work, plan, recovered=False))
        )
        began = time.perf_counter()
        thread.start()
        wait_for(app, lambda: not thread.is_alive())
        busy_s = time.perf_counter() - began
    else:
        deadline = time.perf_counter() + 5
        wait_for(app, lambda: time.perf_counter() >= deadline)
        busy_s = start_s
    p50, p99, worst = probe.summary()
    delivered = sum(engine.outbox.counts().get("cgr", {}).get(s, 0) for s in ("delivered",))
    window.close()
    engine.stop()
    standin.stop()
    shutil.rmtree(data, ignore_errors=True)
    return [phase, f"{busy_s:.1f}", len(probe.lags), f"{p50:.1f}", f"{p99:.1f}", f"{worst:.0f}", delivered]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--compare", action="store_true", help="also start the engine on the GUI thread")
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--phases", help="comma-separated: start,finalize,start-on-gui")
    args = parser.parse_args()
    cache = OUT / "gui_lag"
    phases = (args.phases or "start,finalize").split(",") + (["start-on-gui"] if args.compare else [])
    rows = [run_phase(phase, args.events, cache) for phase in phases]
    print(f"machine: {machine()}; {args.events} outbox rows recovered at start, 5-minute 720p file remuxed")
    print(
        table(
            ["phase", "work s", "ticks", "lag p50 ms", "lag p99 ms", "lag max ms", "delivered at end"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
