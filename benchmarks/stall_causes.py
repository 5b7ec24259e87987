"""What went on during the GUI thread's longest ticks (benchmarks/ui.py): garbage collections, GIL waits.

- ``GcWatch``: every collection of Python's cyclic garbage collector, timed with ``gc.callbacks`` (a
  collection stops every Python thread of the process, the GUI thread too);
- ``GilWatch``: a Python thread that asks for the GIL every millisecond (``time.sleep(0.001)``) and records
  how late it got it back: a long wait there while the GUI thread was late too means the process's
  Python threads were all held up (by one thread holding the GIL, or by no core being free);
- ``long_ticks``: the lag probe's late ticks, each with the collections and GIL waits that overlapped it.
"""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

from gui_lag import LagProbe

Span = tuple[float, float]  # perf_counter start, end


class GcWatch:
    """Times every garbage collection: (generation, start, end, objects collected)."""

    def __init__(self) -> None:
        self.collections: list[tuple[int, float, float, int]] = []
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._started = now
        else:
            self.collections.append((info["generation"], self._started, now, info["collected"]))

    def start(self) -> None:
        gc.callbacks.append(self._callback)

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self) -> str:
        parts = []
        for generation in range(3):
            pauses = [(end - start) * 1000 for g, start, end, _ in self.collections if g == generation]
            if pauses:
                parts.append(f"gen {generation}: {len(pauses)} × (max {max(pauses):.1f} ms)")
            else:
                parts.append(f"gen {generation}: none")
        frozen = gc.get_freeze_count()
        thresholds = gc.get_threshold()
        return f"garbage collections {'; '.join(parts)}; {frozen} objects frozen, thresholds {thresholds}"


def thread_times() -> dict[int, tuple[float, float]]:
    """Seconds each thread of this process ran on a CPU, and waited runnable for one (Linux schedstat)."""
    times = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            ran, waited, _slices = (task / "schedstat").read_text().split()
        except (OSError, ValueError):
            continue  # the thread ended
        times[int(task.name)] = (int(ran) / 1e9, int(waited) / 1e9)
    return times


class GilWatch:
    """A Python thread asking for the GIL every millisecond; the waits over ``threshold_ms``.

    Every 50 ms it also notes each thread's time on a CPU and waiting for one (runnable, not scheduled), so
    that a wait shows which threads ran during it (a thread holding the GIL, or a library's C thread)
    and which waited for a core (the GIL's holder preempted, or no core free for anyone)."""

    def __init__(self, threshold_ms: float = 20.0) -> None:
        self.threshold = threshold_ms / 1000
        self.waits: list[Span] = []
        self.ran: list[str] = []  # for each wait: the threads that ran / waited for a CPU since the snapshot
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, name="bench-gil", daemon=True)

    def _run(self) -> None:
        last = snapshot_at = time.perf_counter()
        snapshot = thread_times()
        while not self.stop_event.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            if now - last > self.threshold:
                self.waits.append((last, now))
                self.ran.append(self._ran_since(snapshot, snapshot_at))
            if now - snapshot_at > 0.05:
                snapshot, snapshot_at = thread_times(), now
            last = now

    @staticmethod
    def _ran_since(before: dict[int, tuple[float, float]], at: float) -> str:
        names = {t.native_id: t.name for t in threading.enumerate()}
        after = thread_times()
        ran, waited = [], []
        for tid, (run_s, wait_s) in after.items():
            run0, wait0 = before.get(tid, (0.0, 0.0))
            name = names.get(tid, f"thread {tid}")
            ran.append(((run_s - run0) * 1000, name))
            waited.append(((wait_s - wait0) * 1000, name))
        busiest = ", ".join(f"{name} {ms:.0f}" for ms, name in sorted(ran, reverse=True)[:3] if ms >= 1)
        waiting = ", ".join(f"{name} {ms:.0f}" for ms, name in sorted(waited, reverse=True)[:3] if ms >= 1)
        span = (time.perf_counter() - at) * 1000
        return f"over {span:.0f} ms ran: {busiest or '-'}; waited for a CPU: {waiting or '-'}"

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(2)


def overlap(span: Span, other: Span) -> float:
    return max(0.0, min(span[1], other[1]) - max(span[0], other[0]))


def long_ticks(
    probe: LagProbe, gc_watch: GcWatch, gil: GilWatch, events: list[float], began: float, over_ms: float
) -> list[str]:
    """One line per tick later than ``over_ms``: when, how late, what overlapped it, plate events near it."""
    lines = []
    wall = time.time() - time.perf_counter()  # perf_counter -> epoch
    for lag, end in zip(probe.lags, probe.ends, strict=True):
        if lag <= over_ms:
            continue
        span = (end - (lag + 10) / 1000, end)
        collections = [
            f"gen {g} {(e - s) * 1000:.0f} ms" for g, s, e, _ in gc_watch.collections if overlap(span, (s, e))
        ]
        waits = [
            f"{(e - s) * 1000:.0f} ms ({ran})"
            for (s, e), ran in zip(gil.waits, gil.ran, strict=True)
            if overlap(span, (s, e)) > 0
        ]
        near = [f"{(t - span[0]) * 1000:+.0f} ms" for t in events if -1 < t - span[0] < 1]
        lines.append(
            f"  at {span[0] - began:6.1f} s ({time.strftime('%H:%M:%S', time.gmtime(wall + span[0]))} UTC): "
            f"{lag:4.0f} ms late; garbage collection: "
            f"{', '.join(collections) or 'none'}; the GIL watcher waited: {', '.join(waits) or 'no'}; "
            f"plate events (made) within 1 s: {', '.join(near) or 'none'}"
        )
    return lines
