"""Training crops: plates drawn by both renderers, posed, degraded and cut as the reader cuts them.

Two kinds of sample, both reduced to what the recognizer sees (a gray crop of the plate's box with the
reader's margins, jittered like the finder's boxes, stretched to the network's input):

* :func:`plate_sample`: a plate picture from renderer 1 (the demo's ``plate_render``: every format, its
  fonts) or renderer 2 (``benchmarks/plateset2``: KZ 2012, RU, KG, UZ layouts with flag strips and region
  boxes, holders and bolts; its fonts and a few more free fonts), posed in 3-D by renderer 2's camera
  model onto a random background, then degraded by one renderer's camera effects (renderer 2's
  ``effects`` or renderer 1's ``degrade``). Cheap: many distinct plate texts.
* :func:`frame_crops`: a whole frame of either renderer's evaluation generator (tune indices only), cut
  at its truth box: the real context (vehicle, street, frame-level effects) at the real sizes.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np

from benchmarks.plateset2 import effects as effects2
from benchmarks.plateset2 import plate as plate2
from benchmarks.plateset2.fonts import FONTS as FONTS2
from benchmarks.plateset2.fonts import FontSpec
from benchmarks.plateset2.layouts import layout_for
from benchmarks.plateset2.pose import project
from cgrconsole.core.anpr.finder import PlateFinder
from cgrconsole.core.anpr.formats import FORMATS, FORMATS_BY_NAME, PlateFormat
from cgrconsole.core.anpr.plate_net import INPUT_HEIGHT, INPUT_WIDTH
from cgrconsole.core.anpr.reader import plate_crop
from cgrconsole.core.anpr.variants import crop_margins, crop_variants
from cgrconsole.core.synthetic import degrade as degrade1
from cgrconsole.core.synthetic import plate_render as render1

FRAME_PX_PER_MM = plate2.PX_PER_MM  # renderer 2's own resolution, kept for its whole frames (frame_pixels)
plate2.PX_PER_MM = 1.2  # renderer 2 draws at 2.4 px/mm for 350 px plates in a 2x supersampled frame; the
# network sees at most 128 px of width, so half of it loses nothing and draws four times faster

RENDERER2_FORMATS = (
    "kz2012_private",
    "kz2012_legal",
    "ru_private_2digit_region",
    "ru_private_3digit_region",
    "kg2016_private",
    "kg2016_legal",
    "uz2008_private",
    "uz2008_government",
)
EXTRA_FONTS = tuple(  # more bold sans faces of the plates' style, installed with the ones above
    FontSpec(name, path, package, ("din", "gost"))
    for name, path, package in (
        (
            "dejavu_condensed",
            "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
            "fonts-dejavu-core",
        ),
        ("dejavu_bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "fonts-dejavu-core"),
        (
            "liberation_bold",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "fonts-liberation",
        ),
        ("nimbus_sans", "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf", "fonts-urw-base35"),
        ("noto_sans", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf", "fonts-noto-core"),
        (
            "roboto_bold",
            "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
            "fonts-roboto-unhinted",
        ),
        ("dejavu_mono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", "fonts-dejavu-core"),
        (
            "liberation_mono",
            "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
            "fonts-liberation",
        ),
    )
)
WIDTH_PX = (85.0, 380.0)  # a little beyond the sets' 100-350 px
POSE_DEG = (36.0, 18.0, 10.0)  # yaw, pitch, roll: a little beyond the sets' +-30, +-15, +-8
CLEAN_SHARE = 0.35
# the degradations the reader loses most on (docs/plate_net.md): of the pictures degraded by renderer 2's
# effects, this share gets one of them for sure, drawn half the time by renderer 2's effect and half the
# time by a harsher one of this module's own (longer blur, uneven glare, wider bars, darker bands)
HARD_EFFECTS = ("motion_blur", "overexposure", "shadow", "occlusion")
HARD_SHARE = 0.6


@dataclass(frozen=True)
class Sample:
    crop: np.ndarray  # INPUT_HEIGHT x INPUT_WIDTH uint8 gray, before plate_net.prepare's contrast stretch
    plate: str
    format_name: str
    source: str  # "r1" / "r2" (plate pictures), "f1" / "f2" (whole frames)


def fonts2() -> list[FontSpec]:
    from pathlib import Path

    return [f for f in (*FONTS2, *EXTRA_FONTS) if Path(f.path).is_file()]


def finder_box(quad: np.ndarray, rng: random.Random) -> tuple[float, float, float, float]:
    """The plate's bounding box moved as the finder's boxes are (a side cut or grown), with the reader's
    margins (``variants.PAD_X``/``PAD_Y`` are 0.6 and 0.15 box heights) varied around them."""
    x0, y0 = quad.min(axis=0)
    x1, y1 = quad.max(axis=0)
    w, h = x1 - x0, y1 - y0
    x0 += w * rng.uniform(-0.06, 0.05)
    x1 += w * rng.uniform(-0.05, 0.06)
    y0 += h * rng.uniform(-0.12, 0.15)
    y1 += h * rng.uniform(-0.15, 0.12)
    bh = y1 - y0
    px, py = bh * rng.uniform(0.3, 0.8), bh * rng.uniform(0.0, 0.3)
    return x0 - px, y0 - py, x1 + px, y1 + py


def cut(image: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    """``box`` of an RGB image (clipped to it) as the network's input size, gray uint8."""
    h, w = image.shape[:2]
    x0, y0 = max(0, int(box[0])), max(0, int(box[1]))
    x1, y1 = min(w, round(box[2])), min(h, round(box[3]))
    gray = cv2.cvtColor(np.ascontiguousarray(image[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY)
    shrink = gray.shape[0] > INPUT_HEIGHT or gray.shape[1] > INPUT_WIDTH
    return cv2.resize(
        gray, (INPUT_WIDTH, INPUT_HEIGHT), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
    )


def _picture(fmt: PlateFormat, plate: str, source: str, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """A plate picture (RGB, in a holder or not) and the plate's corner quad in it."""
    if source == "r2":
        picture, _ = plate2.render_plate(layout_for(fmt.name, plate, rng), rng.choice(fonts2()), rng)
    else:
        height = rng.choice((64, 80, 112))
        picture = render1.render_plate(
            plate, fmt, height=height, font=rng.choice(sorted(render1.PLATE_FONTS))
        )
    if rng.random() < 0.6:
        return plate2.mount(picture, rng)[:2]
    h, w = picture.shape[:2]
    return picture, np.float32([[0, 0], [w, 0], [w, h], [0, h]])


def _background(shape: tuple[int, int], rng: random.Random) -> np.ndarray:
    """Car body, bumper and grille-like clutter around the plate."""
    g = np.random.default_rng(rng.getrandbits(32))
    h, w = shape
    base = np.float32(
        rng.choice(((30, 30, 32), (200, 200, 205), (120, 20, 20), (20, 40, 90), (160, 160, 150)))
    )
    base = base * rng.uniform(0.5, 1.2)
    ramp = np.linspace(rng.uniform(0.6, 1.0), rng.uniform(0.8, 1.3), h, dtype=np.float32)[:, None, None]
    img = np.empty((h, w, 3), np.float32)
    img[:] = base * ramp
    for _ in range(rng.randint(0, 6)):  # grille slats, bumper edges, lamps
        y = rng.randrange(h)
        color = tuple(float(c) for c in g.uniform(0, 255, 3))
        cv2.line(img, (0, y), (w, y + rng.randint(-8, 8)), color, rng.randint(1, 6))
    grain = np.empty((h, w), np.float32)
    cv2.randn(grain, 0.0, rng.uniform(1, 6))
    return img + grain[..., None]


def _posed(picture: np.ndarray, quad: np.ndarray, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """The picture posed in 3-D on a background, the plate ``WIDTH_PX`` wide; (RGB float32, plate quad)."""
    h, w = picture.shape[:2]
    angles = tuple(rng.uniform(-a, a) for a in POSE_DEG)
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    homography = cv2.getPerspectiveTransform(corners, project(corners, (w, h), *angles))
    plate_quad = cv2.perspectiveTransform(quad[None], homography)[0]
    width = rng.uniform(*WIDTH_PX)
    scale = width / max(1.0, float(np.ptp(plate_quad[:, 0])))
    plate_h = float(np.ptp(plate_quad[:, 1])) * scale
    margin = np.float32([1.0 * plate_h + 0.3 * width, 1.5 * plate_h])
    offset = margin - plate_quad.min(axis=0) * scale
    place = np.array([[scale, 0, offset[0]], [0, scale, offset[1]], [0, 0, 1]]) @ homography
    size = (round(width + 2 * margin[0]), round(plate_h + 2 * margin[1]))
    layer = cv2.warpPerspective(picture.astype(np.float32), place, size, flags=cv2.INTER_AREA)
    alpha = cv2.warpPerspective(np.ones((h, w), np.float32), place, size, flags=cv2.INTER_LINEAR)[..., None]
    canvas = _background((size[1], size[0]), rng) * (1 - alpha) + layer * alpha
    return canvas, cv2.perspectiveTransform(quad[None], place)[0]


def _degraded(canvas: np.ndarray, quad: np.ndarray, rng: random.Random) -> tuple[np.ndarray, str]:
    """The canvas through one renderer's camera effects (or none), as RGB uint8."""
    if rng.random() < CLEAN_SHARE:
        return np.clip(canvas, 0, 255).astype(np.uint8), "clean"
    if rng.random() < 0.5:
        width = float(np.ptp(quad[:, 0]))
        top = float(quad[:, 1].min())
        lights = [(float(quad[:, 0].min()) - 0.6 * width, top), (float(quad[:, 0].max()) + 0.6 * width, top)]
        scene = effects2.Scene(rng, quad, lights, (float(quad[:, 0].mean()), float(quad[:, 1].max())))
        scene.jpeg_quality = rng.randint(60, 95)
        names = effects2.pick(rng)
        hard = rng.choice(HARD_EFFECTS) if rng.random() < HARD_SHARE else None
        if hard is not None and hard not in names:
            exclusive = {"overexposure": "night", "night": "overexposure"}
            names = [n for n in effects2.ORDER if n in (*names, hard) and n != exclusive.get(hard)]
        harsh = hard is not None and rng.random() < 0.5
        for name in names:
            effect = HARSH[name] if harsh and name == hard else effects2.ORDER[name]
            canvas = effect(canvas, scene)
        out = np.clip(canvas, 0, 255).astype(np.uint8)
        ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, scene.jpeg_quality])
        return (cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if ok else out), "effects2"
    box = tuple(int(v) for v in (*quad.min(axis=0), *quad.max(axis=0)))
    level = rng.choice((1, 2, 2, 3))
    out, _ = degrade1.degrade(
        np.clip(canvas, 0, 255).astype(np.uint8), np.random.default_rng(rng.getrandbits(32)), level, box
    )
    return out, "degrade1"


def _harsh_motion_blur(img: np.ndarray, s: effects2.Scene) -> np.ndarray:
    """A longer smear than renderer 2's (up to 14 % of the plate's width), at any angle."""
    length = max(3, round(s.plate_width * s.rng.uniform(0.04, 0.14)))
    angle = s.rng.uniform(-90, 90)
    kernel = np.zeros((length, length), np.float32)
    c = (length - 1) / 2
    dx, dy = math.cos(math.radians(angle)) * c, math.sin(math.radians(angle)) * c
    cv2.line(kernel, (round(c - dx), round(c - dy)), (round(c + dx), round(c + dy)), 1.0, 1, cv2.LINE_AA)
    return cv2.filter2D(img, -1, kernel / kernel.sum())


def _harsh_overexposure(img: np.ndarray, s: effects2.Scene) -> np.ndarray:
    """Sun or a flash on part of the plate: a gain rising across it, clipped at white, bloomed."""
    h, w = img.shape[:2]
    g = s.np_rng()
    centre = s.plate_quad.mean(axis=0) + g.uniform(-0.5, 0.5, 2) * np.float32(
        [s.plate_width, 0.3 * s.plate_width]
    )
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    spread = s.plate_width * s.rng.uniform(0.3, 1.2)
    spot = np.exp(-((xx - centre[0]) ** 2 + (yy - centre[1]) ** 2) / (2 * spread**2))
    gain = s.rng.uniform(1.2, 1.8) + s.rng.uniform(0.4, 1.4) * spot
    out = np.minimum(img * gain[..., None] + s.rng.uniform(20, 70), 255.0)
    sigma = s.plate_width * 0.02 + 1
    return out * 0.8 + cv2.GaussianBlur(out, (0, 0), sigma) * 0.2


def _harsh_shadow(img: np.ndarray, s: effects2.Scene) -> np.ndarray:
    """Renderer 2's shade bands, darker (to a quarter of the light) and with hard edges."""
    h, w = img.shape[:2]
    mask = np.ones((h, w), np.float32)
    centre = s.plate_quad.mean(axis=0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    for _ in range(s.rng.randint(1, 3)):
        angle = math.radians(s.rng.uniform(-80, 80) + 90 * s.rng.randint(0, 1))
        width = s.plate_width * s.rng.uniform(0.05, 0.5)
        offset = s.rng.uniform(-0.45, 0.45) * s.plate_width
        d = np.abs((xx - centre[0]) * math.cos(angle) + (yy - centre[1]) * math.sin(angle) - offset)
        band = np.clip((width / 2 - d) / max(1.0, width * 0.04), 0, 1)
        mask *= 1 - band * s.rng.uniform(0.45, 0.75)
    return img * mask[..., None]


def _harsh_occlusion(img: np.ndarray, s: effects2.Scene) -> np.ndarray:
    """One or two bars across the plate (thicker than renderer 2's), or a blob over a corner."""
    q, pw = s.plate_quad, s.plate_width
    ph = float(np.linalg.norm(q[3] - q[0]))
    out = img.copy()
    for _ in range(s.rng.randint(1, 2)):
        color = tuple(float(c) for c in np.float32([s.rng.uniform(10, 230)] * 3) * s.rng.uniform(0.8, 1.0))
        if s.rng.random() < 0.7:
            x = q[0] + (q[1] - q[0]) * s.rng.uniform(0.05, 0.95)
            tilt = s.rng.uniform(-0.5, 0.5) * ph
            p0, p1 = x + np.float32([tilt, -ph]), x + (q[3] - q[0]) + np.float32([-tilt, ph])
            thick = max(2, round(pw * s.rng.uniform(0.015, 0.05)))
            cv2.line(out, _pt(p0), _pt(p1), color, thick, cv2.LINE_AA)
        else:
            corner = q[s.rng.randrange(4)] + (q.mean(axis=0) - q[s.rng.randrange(4)]) * s.rng.uniform(0, 0.3)
            axes = (
                max(2, round(pw * s.rng.uniform(0.04, 0.1))),
                max(2, round(ph * s.rng.uniform(0.2, 0.45))),
            )
            cv2.ellipse(out, _pt(corner), axes, s.rng.uniform(0, 180), 0, 360, color, -1, cv2.LINE_AA)
    return out


def _pt(p: np.ndarray) -> tuple[int, int]:
    return round(float(p[0])), round(float(p[1]))


HARSH = {
    "motion_blur": _harsh_motion_blur,
    "overexposure": _harsh_overexposure,
    "shadow": _harsh_shadow,
    "occlusion": _harsh_occlusion,
}


def plate_sample(rng: random.Random, source: str) -> Sample:
    """One crop of a plate picture drawn by renderer ``source`` ("r1" or "r2")."""
    names = RENDERER2_FORMATS if source == "r2" else tuple(f.name for f in FORMATS)
    fmt = FORMATS_BY_NAME[rng.choice(names)]
    plate = fmt.generate(rng)
    picture, quad = _picture(fmt, plate, source, rng)
    canvas, plate_quad = _posed(picture, quad, rng)
    image, _ = _degraded(canvas, plate_quad, rng)
    return Sample(cut(image, finder_box(plate_quad, rng)), plate, fmt.name, source)


def frame_crops(
    frame: np.ndarray,
    quad: np.ndarray,
    plate: str,
    format_name: str,
    source: str,
    rng: random.Random,
    count: int,
) -> list[Sample]:
    """``count`` crops of one evaluation-generator frame around its truth ``quad`` (or box corners)."""
    return [Sample(cut(frame, finder_box(quad, rng)), plate, format_name, source) for _ in range(count)]


@contextlib.contextmanager
def frame_pixels() -> Iterator[None]:
    """Renderer 2 at its own resolution, for its whole frames (they must look like the scored ones)."""
    saved, plate2.PX_PER_MM = plate2.PX_PER_MM, FRAME_PX_PER_MM
    try:
        yield
    finally:
        plate2.PX_PER_MM = saved


def reader_input(crop_bgr: np.ndarray) -> np.ndarray:
    """A crop the reader gives the network, sized as ``plate_net.prepare`` does (before its stretch)."""
    gray = cv2.cvtColor(crop_bgr, cv2.COLOR_BGR2GRAY)
    shrink = gray.shape[0] > INPUT_HEIGHT or gray.shape[1] > INPUT_WIDTH
    return cv2.resize(
        gray, (INPUT_WIDTH, INPUT_HEIGHT), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_LINEAR
    )


def holds_plate(box: tuple[int, int, int, int], truth: tuple[float, float, float, float]) -> bool:
    """Whether the reader's crop of the finder's ``box`` holds the whole plate (``truth`` box) in its
    width and most of it in its height: only then is the truth plate an honest label for it."""
    pad_x, pad_y = crop_margins(box)
    x0, y0, x1, y1 = box[0] - pad_x, box[1] - pad_y, box[2] + pad_x, box[3] + pad_y
    tw, th = truth[2] - truth[0], truth[3] - truth[1]
    inside_x = min(x1, truth[2]) - max(x0, truth[0])
    inside_y = min(y1, truth[3]) - max(y0, truth[1])
    overlap_y = min(box[3], truth[3]) - max(box[1], truth[1])
    return inside_x >= 0.97 * tw and inside_y >= 0.8 * th and overlap_y >= 0.5 * (box[3] - box[1])


def finder_crops(
    frame: np.ndarray,
    truth_box: tuple[float, float, float, float],
    plate: str,
    format_name: str,
    source: str,
    finder: PlateFinder,
    views: int,
) -> list[Sample]:
    """The crops the reader would give the network for one frame: the finder's regions (as many as the
    reader reads) whose crop holds the truth plate, cut by ``reader.plate_crop``, and up to ``views`` of
    the second look's views (``variants.crop_variants``) of the first such region."""
    samples: list[Sample] = []
    for region in finder.find(frame)[:3]:
        if not holds_plate(region.box, truth_box):
            continue
        first = plate_crop(frame, region.box)
        samples.append(Sample(reader_input(first), plate, format_name, source))
        if len(samples) == 1 and views:
            for n, view in enumerate(crop_variants(frame, region.box, first)):
                if n >= views:
                    break
                samples.append(Sample(reader_input(view), plate, format_name, source))
    return samples
