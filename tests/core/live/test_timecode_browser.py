"""The browser's reader of the burned-in capture time (resources/player/timecode.js) in a real Chromium.

A short H.264 clip of synthetic frames, each with a known time burned in by core/synthetic/timecode.py and
encoded with the synthetic camera's own x264 settings, plays in a plain ``<video>`` of a page served with
the console's player files. ``cgrTimecode.read`` must give exactly the burned value of the frame on screen,
and ``cgrTimecode.sample`` one sample per presented frame.
"""

from __future__ import annotations

import math
from pathlib import Path

import av
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Route
from support.asgi_server import AsgiServer
from support.browser import assert_h264_mse, chromium, new_page, require_browser
from support.live_site import Stream

from cgrconsole.core.live.pages import pages_routes
from cgrconsole.core.live.settings import LiveConfig
from cgrconsole.core.synthetic import timecode
from cgrconsole.core.synthetic.scene import Scene, SceneSpec
from cgrconsole.core.synthetic.source import configure_encoder
from cgrconsole.resources import resource_dir

T0 = 1_764_680_000_000
FRAMES = 50  # 2 s at 25 fps
PAGE = """<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><video id="v" muted playsinline preload="auto" src="/clip.mp4"></video>
<script src="/player/timecode.js"></script></body></html>"""


def burned(index: int) -> int:
    return T0 + 40 * index + 7 * index * index  # uneven steps: a reader off by a frame cannot pass


@pytest.fixture(scope="module")
def clip(tmp_path_factory) -> Path:
    require_browser()
    path = tmp_path_factory.mktemp("clip") / "clip.mp4"
    scene = Scene(SceneSpec(seed=4, direction="both", label="Yard"))
    with av.open(str(path), "w", format="mp4", options={"movflags": "+faststart"}) as container:
        stream = container.add_stream("libx264", rate=25)
        configure_encoder(stream.codec_context, 1280, 720, 25.0, 1100, 50)
        for index in range(FRAMES):
            image = scene.frame(index * 5)
            timecode.burn(image, burned(index))
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = index
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return path


def test_the_browser_reads_exactly_the_burned_capture_times(clip: Path) -> None:
    async def page(request: Request) -> Response:
        return HTMLResponse(PAGE)

    async def media(request: Request) -> Response:
        return FileResponse(clip, media_type="video/mp4")

    routes = [Route("/test", page), Route("/clip.mp4", media)]
    routes += pages_routes({"Yard": Stream()}, LiveConfig(), resource_dir() / "player")
    server = AsgiServer(Starlette(routes=routes)).start()
    errors: list[str] = []
    try:
        with chromium() as browser:
            tab = new_page(browser, errors)
            tab.goto(f"{server.url}/test")
            assert_h264_mse(tab)
            tab.wait_for_function("() => document.getElementById('v').readyState >= 2", timeout=20_000)
            seeks = tab.evaluate(
                """async (count) => {
                    const video = document.getElementById('v');
                    const reads = [];
                    for (let i = 0; i < count; i += 1) {
                        const presented = new Promise(r => video.requestVideoFrameCallback(() => r()));
                        video.currentTime = (i + 0.5) / 25;
                        await new Promise(r => video.addEventListener('seeked', r, {once: true}));
                        await Promise.race([presented, new Promise(r => setTimeout(r, 500))]);
                        reads.push(window.cgrTimecode.read(video));
                    }
                    return reads;
                }""",
                FRAMES,
            )
            samples = tab.evaluate(
                """() => new Promise(resolve => {
                    const video = document.getElementById('v');
                    const samples = [];
                    video.currentTime = 0;
                    const stop = window.cgrTimecode.sample(video, s => samples.push(s));
                    video.addEventListener('ended', () => { stop(); resolve(samples); }, {once: true});
                    video.play();
                })"""
            )
    finally:
        server.stop()
    assert seeks == [burned(i) for i in range(FRAMES)], "every frame read exactly"
    known = {burned(i) for i in range(FRAMES)}
    captures = [s["capture_ms"] for s in samples]
    assert len(samples) >= FRAMES // 2, f"only {len(samples)} frames sampled while playing"
    assert set(captures) <= known and captures == sorted(set(captures)), captures
    for sample in samples:
        assert math.isfinite(sample["latency_ms"]) and sample["presented_ms"] > 1.7e12
        assert sample["latency_ms"] == pytest.approx(sample["presented_ms"] - sample["capture_ms"])
    assert not errors, errors
