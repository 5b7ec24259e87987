"""The console under load (issue 13): event-loop lag while 4 cameras play, and recognizer event -> row shown.

The real main window (Qt offscreen, the console's theme) over a real engine on a temporary data folder,
set up as the demo is (``demo.demo_config``: four 1280x720 cameras at 25 fps playing in the tiles, the
archive recording them, the live stream, both uplinks to their local stand-ins). The cameras:

- ``--cameras synthetic`` (default): the demo's own synthetic cameras, which render and encode their
  pictures inside the console's process (on its cores, as the demo runs);
- ``--cameras rtsp``: as on a site, the cameras are elsewhere: gst-rtsp-server (tests/support/rtsp.py,
  another process) replays a synthetic 1280x720 25 fps clip to each; the console receives, decodes,
  records and shows them.

Plate events arrive at ``--rate`` per minute (10 by default), spread over the ANPR cameras:

- ``--source intake`` (default): a feeder thread plays the recognizer. It takes the camera's latest
  decoded frame, makes a ``PlateEvent`` with a generated plate and hands it to ``engine.intake.accept``
  exactly as ``RecognitionService`` does (JPEG of the frame and of the crop, archive link, store, outbox,
  auto-send for the demo's trusted camera). The recognizer itself does not run (cameras ``anpr = false``).
- ``--source anpr``: the real recognizer on the demo's three ANPR cameras reads the synthetic traffic
  (``gap`` set so the scenes bring about ``--rate`` vehicles a minute); its events are timed where the
  service hands them to the intake. Heavier: the plate network runs beside the GUI.

Measured, from ``--warmup`` s after the engine started, for ``--seconds``:

- lag: a 10 ms QTimer on the GUI thread (benchmarks/gui_lag.py's probe); lag = interval - 10 ms;
- event -> row: t0 = the recognizer's event handed to the intake; "stored" = ``accept`` returned
  (pictures written, row committed); "in model" = the plates list model's ``rowsInserted`` for it;
  "visible" = the end of the first paint of the list's viewport, after that insert, whose region takes in
  the row's plate cell (that row's pixels were drawn on the window's backing store; Qt repaints the
  viewport, not part of a cell, after an insert);
- the tiles: new frames shown per tile and second (each tile's frame counter).

``--baseline``: only the probe, in a bare Qt event loop: what the machine's load alone costs.
``--profile N``: cProfile of the GUI thread. ``--renice-ingest N``, ``--switch-interval MS``: diagnosis
(the camera threads' priority, Python's GIL switch interval). ``--stalls MS``: a watchdog thread
samples the GUI thread's Python stack while a tick is that late (a poor man's py-spy). ``--causes MS``:
the ticks that late, each with the garbage collections and the GIL waits of another Python thread that
overlapped it (benchmarks/stall_causes.py); the collections' count and longest pause are always printed.

    nice -n 5 python benchmarks/ui.py [--seconds 300] [--rate 10] [--cameras synthetic|rtsp]
                                      [--source intake|anpr] [--stalls 50] [--profile 25] [--baseline]
"""

from __future__ import annotations

import argparse
import cProfile
import math
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import ROOT, cpu_seconds, machine, table
from gui_lag import LagProbe, wait_for
from stall_causes import GcWatch, GilWatch, long_ticks

sys.path.insert(0, str(ROOT))  # this checkout's console, not whichever one the venv has installed

from cgrconsole.core.anpr.formats import pick_format
from cgrconsole.core.anpr.interpret import PlateCandidate
from cgrconsole.core.anpr.tracker import PlateEvent
from cgrconsole.core.secrets import MemoryKeyring, SecretStore
from cgrconsole.demo import DEMO_SECRETS, DemoStandins, demo_config
from cgrconsole.engine import Engine
from cgrconsole.paths import AppPaths

CAMERA_KINDS = {
    "synthetic": "the demo's 4 synthetic cameras, rendered and encoded in the console's process",
    "rtsp": "4 RTSP cameras (gst-rtsp-server in another process) replaying a synthetic 1280x720 25 fps clip",
}
HISTORY_REFERENCE = (
    "History search at 1 000 000 events (benchmarks/history.py, docs/benchmarks.md 'History search at a "
    "million events'): first page of a plate query 0.5-18 ms, worst case 128 ms; target <= 200 ms met."
)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


class EventTimes:
    """When each plate event passed each step; keyed by plate (the feeder makes each one unique)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.created: dict[str, float] = {}
        self.stored: dict[str, float] = {}
        self.inserted: dict[str, float] = {}
        self.visible: dict[str, float] = {}
        self.measuring = False

    def mark(self, step: dict[str, float], plate: str) -> None:
        now = time.perf_counter()
        with self.lock:
            if self.measuring or step is not self.created:
                step.setdefault(plate, now)

    def delays(self, step: dict[str, float]) -> list[float]:
        with self.lock:
            return [(step[p] - t0) * 1000 for p, t0 in self.created.items() if p in step]


class Feeder:
    """Plays the recognizer: every 60/rate s (±50 %) a plate event on the next camera's live frame."""

    def __init__(self, engine: Engine, cameras: list[str], rate: float, times: EventTimes) -> None:
        self.engine = engine
        self.cameras = cameras
        self.interval = 60.0 / rate
        self.times = times
        self.rng = random.Random(13)
        self.stop = threading.Event()
        self.errors = 0
        self.thread = threading.Thread(target=self._run, name="bench-feeder", daemon=True)

    def _run(self) -> None:
        turn = 0
        while not self.stop.wait(self.interval * self.rng.uniform(0.5, 1.5)):
            camera = self.cameras[turn % len(self.cameras)]
            turn += 1
            frame = self.engine.cameras.workers[camera].slot.get()
            if frame is None:
                continue
            fmt = pick_format(self.rng)
            plate = fmt.generate(self.rng)
            while plate in self.times.created:
                plate = fmt.generate(self.rng)
            height, width = frame.image.shape[:2]
            x, y = (
                self.rng.randrange(width // 4, width // 2),
                self.rng.randrange(height // 2, 3 * height // 4),
            )
            score = self.rng.uniform(0.6, 0.99)
            event = PlateEvent(
                time_s=frame.wallclock,
                plate=plate,
                confidence=score,
                country=fmt.country,
                direction=self.rng.choice(("entry", "exit")),
                candidates=[PlateCandidate(plate, fmt.country, fmt.name, score, 0)],
                box=(x, y, x + 150, y + 34),
                readings=5,
                track_id=turn,
                frame=frame,
            )
            self.times.mark(self.times.created, plate)
            try:
                self.engine.intake.accept(camera, event)
            except Exception:
                self.errors += 1
                traceback.print_exc()
                continue
            self.times.mark(self.times.stored, plate)


def watch_recognizer(engine: Engine, times: EventTimes) -> None:
    """--source anpr: time the real recognizer's events where it hands them to the intake."""
    service = engine.recognition
    assert service is not None, "no camera recognizes plates"
    accept = service._on_event

    def timed(camera: str, event: PlateEvent) -> None:
        times.mark(times.created, event.plate)
        accept(camera, event)
        times.mark(times.stored, event.plate)

    service._on_event = timed


class RowProbe:
    """The plates list's rowsInserted, then the first paint of its viewport over the new row."""

    def __init__(self, panel: object, times: EventTimes) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.panel = panel
        self.times = times
        self.pending: dict[str, str] = {}  # event id -> plate, inserted and not yet painted
        model, view = panel.model, panel.table  # type: ignore[attr-defined]
        probe = self

        class PaintFilter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and probe.pending:
                    region = event.region()  # type: ignore[attr-defined]
                    covered = []
                    for event_id, plate in list(probe.pending.items()):
                        row = model.row_of(event_id)
                        if row is None:
                            probe.pending.pop(event_id)
                            continue
                        rect = view.visualRect(model.index(row, 1))
                        if rect.isValid() and region.contains(rect):
                            covered.append((event_id, plate))
                    for event_id, _plate in covered:
                        probe.pending.pop(event_id)
                    if covered:  # runs as soon as the loop is back: right after this paint finished
                        QTimer.singleShot(0, lambda: probe.painted([p for _, p in covered]))
                return False

        self._filter = PaintFilter()
        view.viewport().installEventFilter(self._filter)
        model.rowsInserted.connect(self._inserted)

    def painted(self, plates: list[str]) -> None:
        for plate in plates:
            self.times.mark(self.times.visible, plate)

    def _inserted(self, _parent: object, first: int, last: int) -> None:
        model = self.panel.model  # type: ignore[attr-defined]
        for row in range(first, last + 1):
            event = model.event_at(row)
            if event is not None:
                self.times.mark(self.times.inserted, event.plate)
                self.pending[event.id] = event.plate


class StallWatch:
    """Prints the GUI thread's stack whenever the lag probe's tick is ``threshold_ms`` late."""

    def __init__(self, probe: LagProbe, threshold_ms: float) -> None:
        self.probe = probe
        self.threshold = (threshold_ms + 10) / 1000
        self.gui = threading.get_ident()
        self.stop = threading.Event()
        self.stacks: Counter[str] = Counter()
        self.samples = 0
        self.thread = threading.Thread(target=self._run, name="bench-stalls", daemon=True)

    def _run(self) -> None:
        seen = None
        while not self.stop.wait(0.005):
            last = self.probe._last
            if time.perf_counter() - last < self.threshold:
                continue
            self.samples += last != seen  # one stall, sampled every 5 ms while it lasts
            seen = last
            frame = sys._current_frames().get(self.gui)
            if frame is not None:
                stack = traceback.extract_stack(frame)[-8:]
                self.stacks["\n".join(f"  {f.filename}:{f.lineno} {f.name}" for f in stack)] += 1

    def report(self) -> None:
        total = sum(self.stacks.values())
        print(
            f"\n{self.samples} stalls, {total} samples of the GUI thread's stack while late; the commonest:"
        )
        for stack, count in self.stacks.most_common(6):
            print(f"{count} samples in:\n{stack}")


def thread_cpu_seconds(native_id: int) -> float:
    """User + system CPU seconds of one thread of this process (Linux /proc)."""
    fields = Path(f"/proc/self/task/{native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tile_frames(window: object) -> dict[str, int]:
    return {name: tile.frame_seq for name, tile in window.grid.tiles.items()}  # type: ignore[attr-defined]


def baseline(seconds: float) -> None:
    """The same probe in a bare Qt event loop (no window, no engine): what the machine's load alone costs."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    probe = LagProbe()
    load_before = os.getloadavg()
    probe.start()
    end = time.perf_counter() + seconds
    wait_for(app, lambda: time.perf_counter() >= end)
    p50, p99, worst = probe.summary()
    load = f"{load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after"
    print(f"{machine()}; bare Qt event loop, {seconds:.0f} s; load average {load}")
    rows: list[list[object]] = [["lag", len(probe.lags), f"{p50:.1f}", f"{p99:.1f}", f"{worst:.0f}"]]
    print(table(["measure", "ticks", "p50 ms", "p99 ms", "max ms"], rows))


def run(args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval / 1000)  # how long a thread may hold the GIL when asked

    from cgrconsole.ui.application import EngineStarter
    from cgrconsole.ui.main_window import MainWindow
    from cgrconsole.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app)
    data = Path(tempfile.mkdtemp(prefix="cgr-ui-"))
    standins = DemoStandins()
    config = demo_config(standins.start())
    anpr_cameras = [c.name for c in config.cameras if c.anpr]
    server = None
    if args.cameras == "rtsp":  # the same synthetic pictures, rendered and served by another process
        from hls_latency import replay_clip
        from support.rtsp import RtspServer

        # a replay ends with its clip (the camera reconnects): long enough for the whole run, whole minutes
        minutes = math.ceil((args.warmup + args.seconds + 40) / 60)
        clip = replay_clip("1280x720", 60 * minutes)
        server = RtspServer(file=clip, replays=len(config.cameras)).start()
        cameras = tuple(replace(c, url=server.url(f"/replay{i}")) for i, c in enumerate(config.cameras, 1))
        config = replace(config, cameras=cameras)
    if args.source == "anpr" and server is None:  # each ANPR camera's scene: a vehicle every `gap` s
        gap = 60.0 * len(anpr_cameras) / args.rate
        cameras = tuple(
            replace(c, url=f"{c.url.split('&gap=')[0]}&gap={gap:g}") if c.anpr else c for c in config.cameras
        )
    else:
        cameras = tuple(replace(c, anpr=False) for c in config.cameras)
    config = replace(config, cameras=cameras)
    engine = Engine(
        config,
        AppPaths(data, data / "archive", data / "logs"),
        SecretStore(MemoryKeyring(dict(DEMO_SECRETS))),
        live_port_fallback=True,
    )
    times = EventTimes()
    window = MainWindow(engine)
    window.resize(args.width, args.height)
    window.show()
    window.show_starting()
    row_probe = RowProbe(window.events_panel, times)
    started = threading.Event()
    starter = EngineStarter(engine, window)

    def on_started(error: Exception | None) -> None:
        window.on_engine_started(error)
        started.set()

    starter.done.connect(on_started)
    starter.start()
    wait_for(app, started.is_set)
    feeder = None
    if args.source == "anpr":
        watch_recognizer(engine, times)
    else:
        feeder = Feeder(engine, anpr_cameras, args.rate, times)
        feeder.thread.start()
    if args.renice_ingest:  # diagnosis: do the camera threads take the GUI thread's CPU (not its GIL)?
        for thread in threading.enumerate():
            if thread.name.startswith("ingest-") and thread.native_id is not None:
                nice = os.getpriority(os.PRIO_PROCESS, thread.native_id)
                os.setpriority(os.PRIO_PROCESS, thread.native_id, nice + args.renice_ingest)
    warm = time.perf_counter() + args.warmup
    wait_for(app, lambda: time.perf_counter() >= warm)
    probe = LagProbe()
    stalls = StallWatch(probe, args.stalls) if args.stalls else None
    gc_watch = GcWatch()
    gil = GilWatch() if args.causes else None
    with times.lock:
        times.measuring = True
    frames_before, load_before, cpu_before = tile_frames(window), os.getloadavg(), cpu_seconds(os.getpid())
    gui_before = thread_cpu_seconds(threading.get_native_id())
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        profiler.enable()  # this (the GUI) thread only
    gc_watch.start()
    probe.start()
    if stalls is not None:
        stalls.thread.start()
    if gil is not None:
        gil.thread.start()
    began = time.perf_counter()
    end = began + args.seconds
    wait_for(app, lambda: time.perf_counter() >= end)
    with times.lock:
        times.measuring = False  # events made from now on are not counted; the last ones may still land
    settle = time.perf_counter() + 3
    wait_for(app, lambda: time.perf_counter() >= settle or not row_probe.pending)
    elapsed = time.perf_counter() - began
    if profiler is not None:
        profiler.disable()
    cpu = (cpu_seconds(os.getpid()) - cpu_before) / elapsed
    gui_cpu = (thread_cpu_seconds(threading.get_native_id()) - gui_before) / elapsed
    frames_after, load_after = tile_frames(window), os.getloadavg()
    p50, p99, worst = probe.summary()
    ticks = len(probe.lags)
    gc_watch.stop()
    if stalls is not None:
        stalls.stop.set()
    if gil is not None:
        gil.stop()
    if feeder is not None:
        feeder.stop.set()
        feeder.thread.join(10)
    fps = [(frames_after[n] - frames_before[n]) / elapsed for n in frames_after]
    steps = {
        "stored (accept returned)": times.delays(times.stored),
        "in model (rowsInserted)": times.delays(times.inserted),
        "visible (row painted)": times.delays(times.visible),
    }
    created = len(times.created)
    made = list(times.created.values())
    window.close()
    app.processEvents()
    engine.stop()
    standins.stop()
    if server is not None:
        server.kill()
    shutil.rmtree(data, ignore_errors=True)

    print(f"\n{machine()}; Qt {os.environ['QT_QPA_PLATFORM']}, window {args.width}x{args.height}")
    print(f"cameras: {CAMERA_KINDS[args.cameras]}")
    print(
        f"source {args.source}, {args.rate:g} events/min, {elapsed:.0f} s measured after a {args.warmup:g} s "
        f"warm-up; load average {load_before[0]:.1f} / {load_before[1]:.1f} / {load_before[2]:.1f} before, "
        f"{load_after[0]:.1f} / {load_after[1]:.1f} / {load_after[2]:.1f} after; GIL switch interval "
        f"{sys.getswitchinterval() * 1000:g} ms; the console's process "
        f"{cpu * 100:.0f} % of a core, its GUI thread {gui_cpu * 100:.0f} %; "
        f"tiles {min(fps):.1f}-{max(fps):.1f} new frames/s"
    )

    def late(ms: float) -> int:
        return sum(lag > ms for lag in probe.lags)

    rows: list[list[object]] = [
        ["event-loop lag p50", f"{p50:.1f} ms", "", f"{ticks} ticks"],
        ["event-loop lag p99", f"{p99:.1f} ms", "≤ 30 ms", "met" if p99 <= 30 else "NOT met"],
        ["event-loop lag p99.9", f"{percentile(probe.lags, 0.999):.1f} ms", "", ""],
        ["event-loop lag max", f"{worst:.0f} ms", "≤ 100 ms", "met" if worst <= 100 else "NOT met"],
        ["ticks late > 50 / > 100 ms", f"{late(50)} / {late(100)}", "", f"of {ticks}"],
    ]
    for name, delays in steps.items():
        if not delays:
            rows.append([f"event → {name}", "no events", "", f"{created} made"])
            continue
        p95 = percentile(delays, 0.95)
        verdict = ("met" if p95 <= 200 else "NOT met") if name.startswith("visible") else ""
        rows.append(
            [
                f"event → {name} p50 / p95 / max",
                f"{statistics.median(delays):.0f} / {p95:.0f} / {max(delays):.0f} ms",
                "p95 ≤ 200 ms" if verdict else "",
                f"{verdict} ({len(delays)} of {created} events)".strip(),
            ]
        )
    rows.append(["history: plate query, 1 M events", "0.5–18 ms (worst 128 ms)", "≤ 200 ms", "met"])
    print(table(["measure", "value", "target", "result"], rows))
    print(HISTORY_REFERENCE)
    print(gc_watch.summary())
    if gil is not None:
        late = long_ticks(probe, gc_watch, gil, made, began, args.causes)
        print(f"{len(late)} ticks over {args.causes:g} ms late; what overlapped each:", *late, sep="\n")
    if feeder is not None and feeder.errors:
        print(f"{feeder.errors} events failed in the intake (tracebacks above)")
    if stalls is not None:
        stalls.report()
    if profiler is not None:
        print("\nThe GUI thread (cProfile), by own time:")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--seconds", type=float, default=300.0, help="measured time (at least 60)")
    parser.add_argument("--warmup", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=10.0, help="plate events per minute, all cameras")
    parser.add_argument("--source", choices=("intake", "anpr"), default="intake")
    parser.add_argument("--cameras", choices=tuple(CAMERA_KINDS), default="synthetic")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument(
        "--stalls", type=float, help="sample the GUI thread's stack while a tick is this late, ms"
    )
    parser.add_argument(
        "--causes", type=float, help="list the ticks this late (ms) with the GC pauses and GIL waits in them"
    )
    parser.add_argument("--profile", type=int, help="cProfile the GUI thread; print this many functions")
    parser.add_argument("--switch-interval", type=float, help="Python's GIL switch interval, ms (default 5)")
    parser.add_argument("--renice-ingest", type=int, help="lower the cameras' ingest threads by this nice")
    parser.add_argument("--baseline", action="store_true", help="only the probe in a bare Qt event loop")
    args = parser.parse_args()
    if args.baseline:
        baseline(args.seconds)
    else:
        run(args)


if __name__ == "__main__":
    main()
