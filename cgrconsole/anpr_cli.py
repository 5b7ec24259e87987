"""``cgrconsole anpr read``: plates of still images as JSON lines (the evaluation interface).

One JSON object per image, in the order given, flushed as soon as it is known. A file that
cannot be used gives ``{"file": ..., "error": "..."}`` and the rest continue; the command then exits
1 (``ExitCode.FAILURE``) once every line is printed. The OCR model is loaded once for all files.

``cgrconsole anpr video --lanes FILE.json``: the lanes of the picture, a JSON list of objects with the keys
of a camera's ``[[cameras.lanes]]`` tables (``polygon``, ``direction`` or ``entry_motion``, ``name``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

import cv2
import numpy as np

from cgrconsole.config_toml import build
from cgrconsole.core.anpr.interpret import PlateCandidate
from cgrconsole.core.anpr.lanes import Lane
from cgrconsole.core.anpr.ocr import DEFAULT_ENGINE, create_engine
from cgrconsole.core.anpr.reader import PlateReader
from cgrconsole.core.anpr.tracker import EntryMotion
from cgrconsole.core.camera.settings import LaneConfig

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PIXELS = 100_000_000  # larger is refused; above MAX_WIDTH it is scaled down first
MAX_WIDTH = 4096


class ImageError(Exception):
    pass


class LanesError(Exception):
    """A lanes file that cannot be used; ``problems`` names each (``lanes[2].polygon: ...``)."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(f"{source}: {p}" for p in problems))


def load_lanes(path: Path) -> tuple[Lane, ...]:
    """The lanes of a JSON file (see the module's docstring), checked as the configuration checks them."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LanesError(str(path), [f"cannot be read as JSON ({exc})"]) from None
    if not isinstance(data, list) or not data:
        raise LanesError(str(path), ['expected a JSON list of lanes: [{"polygon": [[x, y], ...], ...}]'])
    problems: list[str] = []
    lanes = []
    for number, item in enumerate(data, 1):
        lane = build(LaneConfig, item, f"lanes[{number}]", problems)
        if lane is not None:
            problems += lane.problems(f"lanes[{number}]")
            lanes.append(Lane.from_config(lane))
    if problems:
        raise LanesError(str(path), problems)
    return tuple(lanes)


def load_image(path: Path) -> tuple[np.ndarray, float]:
    """An RGB uint8 image and the factor back to the file's pixels, or ``ImageError`` saying why not."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImageError("file not found") from None
    except OSError as exc:
        raise ImageError(f"cannot read the file ({exc.strerror})") from None
    if size == 0:
        raise ImageError("empty file")
    if size > MAX_FILE_BYTES:
        raise ImageError(f"file too large ({size / 1e6:.0f} MB)")
    data = np.fromfile(path, dtype=np.uint8)  # fromfile + imdecode: non-ASCII paths work on Windows too
    image = cv2.imdecode(data, cv2.IMREAD_UNCHANGED)
    if image is None or image.size == 0:
        raise ImageError("not a readable image (corrupt, or not JPEG/PNG/BMP/TIFF/WebP)")
    if image.dtype != np.uint8:
        image = cv2.convertScaleAbs(image, alpha=255.0 / max(1, int(image.max())))
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2RGB)
    elif image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2RGB)
    else:
        image = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    height, width = image.shape[:2]
    if height * width > MAX_PIXELS:
        raise ImageError(f"image too large ({width}x{height})")
    if width > MAX_WIDTH:
        image = cv2.resize(
            image, None, fx=MAX_WIDTH / width, fy=MAX_WIDTH / width, interpolation=cv2.INTER_AREA
        )
        return image, width / image.shape[1]
    return image, 1.0


def candidates_json(candidates: list[PlateCandidate]) -> list[dict[str, object]]:
    return [
        {"plate": c.plate, "confidence": round(c.score, 4), "country": c.country or None} for c in candidates
    ]


def read_images(paths: list[Path], engine: str = DEFAULT_ENGINE, out: TextIO = sys.stdout) -> int:
    """Print one JSON line per image; returns the number of files that could not be used."""
    ocr = create_engine(engine)
    ocr.load()
    reader = PlateReader(ocr)
    failures = 0
    for path in paths:
        record: dict[str, object] = {"file": str(path)}
        try:
            image, scale = load_image(path)
            reading = reader.read(image)
            record.update(
                plate=reading.plate,
                confidence=reading.confidence,
                country=reading.country or None,
                candidates=candidates_json(reading.candidates),
                box=[round(v * scale) for v in reading.box] if reading.box else None,
                ms=round(reading.ms, 1),
            )
        except ImageError as exc:
            failures += 1
            record["error"] = str(exc)
        except Exception as exc:  # one bad item must not stop the batch
            failures += 1
            record["error"] = f"recognition failed ({type(exc).__name__}: {exc})"
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)
    return failures


def read_video(
    source: str,
    engine: str = DEFAULT_ENGINE,
    direction: str = "auto",
    sample_fps: float = 8.0,
    out: TextIO = sys.stdout,
    entry_motion: EntryMotion = "down",
    lanes: tuple[Lane, ...] = (),
) -> int:
    """One JSON line per vehicle event of a video file or RTSP URL; returns 1 when it was not read whole.

    With ``direction="auto"`` ``entry_motion`` says which motion of the vehicle is entry (see
    ``cgrconsole.core.anpr.tracker.ENTRY_MOTIONS``). With ``lanes`` an event takes its lane's direction;
    a plate in no lane takes ``direction`` and ``entry_motion``.
    """
    import av
    import av.error

    from cgrconsole.core.anpr.tracker import PlateEvent, PlateTracker
    from cgrconsole.core.camera.url import redact_url

    ocr = create_engine(engine)
    ocr.load()
    reader, tracker = PlateReader(ocr), PlateTracker(direction, entry_motion=entry_motion, lanes=lanes)

    def emit(event: PlateEvent) -> None:
        record = {
            "time_s": round(event.time_s, 2),
            "plate": event.plate,
            "confidence": event.confidence,
            "direction": event.direction,
            "candidates": candidates_json(event.candidates),
        }
        print(json.dumps(record, ensure_ascii=False), file=out, flush=True)

    shown = redact_url(source)
    try:
        options = {"rtsp_transport": "tcp"} if source.startswith("rtsp") else {}
        container = av.open(source, options=options, timeout=(10.0, 10.0))
        stream = container.streams.video[0]
    except Exception as exc:  # missing file, not a video, unreachable camera ...
        print(json.dumps({"file": shown, "error": f"cannot open the video ({type(exc).__name__})"}), file=out)
        return 1
    t, next_t, damaged = 0.0, 0.0, False
    try:
        for frame in container.decode(stream):
            t = float(frame.time) if frame.time is not None else t + 1 / 25
            if t < next_t:
                continue
            next_t = t + 1 / sample_fps
            image = frame.to_ndarray(format="rgb24")
            size = (image.shape[1], image.shape[0])
            for event in tracker.update(t, reader.read_plates(image), size=size):
                emit(event)
    except (av.error.FFmpegError, OSError) as exc:
        damaged = True
        print(
            json.dumps(
                {
                    "file": shown,
                    "error": f"the video ended early or is damaged at {t:.1f} s ({type(exc).__name__})",
                    "time_s": round(t, 2),
                }
            ),
            file=out,
        )
    finally:
        container.close()
    for event in tracker.finish(t):
        emit(event)
    return 1 if damaged else 0
