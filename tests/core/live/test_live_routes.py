"""The live routes over a real hypercorn (HTTP/2, TLS): playlists, blocking reload, media, errors, headers.

The streams are the product's ``LiveStream`` fed by the product's ``LivePackager`` on the test's thread
(support/live_stream.py ``LiveFeed``: 25 fps, a keyframe every second, so 5 parts of 0.2 s to a 1 s
segment), so "when the part is published and not before" is under the test's control.
"""

from __future__ import annotations

import concurrent.futures
import io
import re
import ssl
import time

import av
import httpx
import pytest
from support.live_media import check_media_playlist
from support.live_stream import LiveFeed, client_for

URI = re.compile(r'URI="([^"]+)"|^([^#\n][^\n]*)$', re.MULTILINE)


def uris(playlist: str) -> list[str]:
    return [a or b for a, b in URI.findall(playlist)]


def live(parts: int = 12, camera: str = "Entry1") -> LiveFeed:
    feed = LiveFeed(camera)
    feed.publish(parts)  # segments 0 and 1 complete, two parts of segment 2
    assert feed.newest() == (2, 1)
    return feed


def test_playlists_media_and_their_headers(serve_streams) -> None:
    feed = live()
    server = serve_streams({"Entry1": feed.stream})
    with client_for(server) as client:
        multivariant = client.get("/live/Entry1/index.m3u8")
        assert multivariant.status_code == 200 and multivariant.http_version == "HTTP/2"
        assert multivariant.headers["content-type"] == "application/vnd.apple.mpegurl"
        assert multivariant.headers["cache-control"] == "max-age=30"
        assert uris(multivariant.text) == ["media.m3u8"]
        media = client.get("/live/Entry1/media.m3u8")
        assert media.headers["cache-control"] == "no-cache"
        assert media.headers["content-type"] == "application/vnd.apple.mpegurl"
        check_media_playlist(media.text)  # every MUST of the spec, as served
        names = uris(media.text)
        assert names[0] == f"init-{feed.session}.mp4" and len(names) == 1 + 12 + 2 + 1  # + hint
        for name in names[:-1]:  # the last is the preload hint, not published yet
            got = client.get(f"/live/Entry1/{name}")
            assert got.status_code == 200, name
            assert got.headers["content-type"] == "video/mp4"
            assert got.headers["cache-control"] == "max-age=3600"
            assert got.content == feed.stream.resource(name)
        media_bytes = b"".join(client.get(f"/live/Entry1/{n}").content for n in names if "-s" in n)
        init = client.get(f"/live/Entry1/{names[0]}").content
    with av.open(io.BytesIO(init + media_bytes)) as container:
        frames = list(container.decode(video=0))
    assert len(frames) == 50 and (frames[0].width, frames[0].height) == (320, 240)


def test_gzip_for_playlists_only(serve_streams) -> None:
    feed = live()
    server = serve_streams({"Entry1": feed.stream})
    with client_for(server, headers={"accept-encoding": "gzip"}) as client:
        media = client.get("/live/Entry1/media.m3u8")
        assert media.headers["content-encoding"] == "gzip" and media.text.startswith("#EXTM3U")
        name = feed.part_name(1, 0)
        part = client.get(f"/live/Entry1/{name}")  # > 500 B: GZipMiddleware would take it if it saw it
        assert len(part.content) > 500 and "content-encoding" not in part.headers
        assert part.content == feed.stream.resource(name)
        init = client.get(f"/live/Entry1/init-{feed.session}.mp4")
        assert "content-encoding" not in init.headers


def test_the_query_goes_into_every_uri_without_the_hls_directives(serve_streams) -> None:
    feed = live()
    server = serve_streams({"Entry1": feed.stream})
    query = "token=a%2Bb%3D&x=1"
    with client_for(server) as client:
        for path in ("index.m3u8", "media.m3u8"):
            got = client.get(f"/live/Entry1/{path}?_HLS_msn=2&{query}&_HLS_part=1&_HLS_skip=YES")
            assert got.status_code == 200, got.text
            found = uris(got.text)
            assert found and all(u.endswith(f"?{query}") for u in found), got.text
            assert "_HLS_" not in got.text
            if path == "media.m3u8":
                check_media_playlist(got.text, query)


def test_a_request_without_directives_is_answered_at_once(serve_streams) -> None:
    server = serve_streams({"Entry1": live().stream})
    with client_for(server) as client:
        client.get("/live/Entry1/media.m3u8")  # the connection is up
        started = time.monotonic()
        assert client.get("/live/Entry1/media.m3u8").status_code == 200
        assert time.monotonic() - started < 1.0


def test_blocking_reload_answers_when_the_part_is_published_and_not_before(serve_streams) -> None:
    feed = live()  # last part: segment 2 part 1
    server = serve_streams({"Entry1": feed.stream})
    with client_for(server) as client, concurrent.futures.ThreadPoolExecutor(2) as pool:
        assert feed.stream.is_ready(2, 1) and not feed.stream.is_ready(2, 3)
        held = pool.submit(client.get, "/live/Entry1/media.m3u8?_HLS_msn=2&_HLS_part=3")
        feed.publish()  # part 2.2: not yet the one asked for
        with pytest.raises(concurrent.futures.TimeoutError):
            held.result(timeout=0.5)
        feed.publish()  # part 2.3
        answer = held.result(timeout=5)
        assert answer.status_code == 200 and answer.headers["cache-control"] == "no-cache"
        assert feed.part_name(2, 3) in answer.text
        # a part past the end of its segment is part 0 of the next (6.2.5.2)
        rollover = pool.submit(client.get, "/live/Entry1/media.m3u8?_HLS_msn=2&_HLS_part=5")
        feed.publish()  # 2.4, the last part: segment 2 is complete, and 2.5 is 3.0
        with pytest.raises(concurrent.futures.TimeoutError):
            rollover.result(timeout=0.5)
        feed.publish()  # 3.0
        answer = rollover.result(timeout=5)
        assert answer.status_code == 200 and feed.part_name(3, 0) in answer.text
        # a whole segment asked for: held until it is complete
        segment = pool.submit(client.get, "/live/Entry1/media.m3u8?_HLS_msn=3")
        feed.publish(3)  # 3.1 .. 3.3: segment 3 still open
        with pytest.raises(concurrent.futures.TimeoutError):
            segment.result(timeout=0.5)
        feed.publish()  # 3.4, followed by a keyframe: the packager closes segment 3 with it
        assert feed.segment_name(3) in segment.result(timeout=5).text


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("_HLS_part=1", "without _HLS_msn"),
        ("_HLS_msn=abc", "not a decimal integer"),
        ("_HLS_msn=1.5", "not a decimal integer"),
        ("_HLS_msn=-1", "not a decimal integer"),
        ("_HLS_msn=", "not a decimal integer"),
        ("_HLS_msn=2&_HLS_part=x", "not a decimal integer"),
        ("_HLS_msn=2&_HLS_msn=3", "given 2 times"),
        ("_HLS_msn=5", "more than two segments past"),  # last is 2
        ("_HLS_msn=2&_HLS_part=40", "more than 15 parts past"),  # 3 s / PART-TARGET
        ("_HLS_skip=maybe", "only YES or v2"),
    ],
)
def test_bad_directives_get_400_at_once_with_the_reason(serve_streams, query: str, why: str) -> None:
    server = serve_streams({"Entry1": live().stream})
    with client_for(server) as client:
        started = time.monotonic()
        got = client.get(f"/live/Entry1/media.m3u8?{query}")
        assert got.status_code == 400 and why in got.text, got.text
        assert time.monotonic() - started < 2


def test_503_when_the_part_does_not_come_within_3_target_durations(serve_streams) -> None:
    feed = live()  # TARGETDURATION 1 s
    server = serve_streams({"Entry1": feed.stream})
    with client_for(server) as client:
        started = time.monotonic()
        got = client.get("/live/Entry1/media.m3u8?_HLS_msn=3&_HLS_part=0")
        waited = time.monotonic() - started
    assert got.status_code == 503 and "within 3 s" in got.text
    assert got.headers["cache-control"] == "no-cache"
    assert 2.9 <= waited < 8, waited


def test_a_preload_hinted_part_is_held_until_complete(serve_streams) -> None:
    feed = live()
    server = serve_streams({"Entry1": feed.stream})
    hinted = feed.part_name(2, 2)
    with client_for(server) as client, concurrent.futures.ThreadPoolExecutor(1) as pool:
        assert f'PRELOAD-HINT:TYPE=PART,URI="{hinted}"' in client.get("/live/Entry1/media.m3u8").text
        held = pool.submit(client.get, f"/live/Entry1/{hinted}")
        with pytest.raises(concurrent.futures.TimeoutError):
            held.result(timeout=0.5)
        feed.publish()
        answer = held.result(timeout=5)
        assert answer.status_code == 200 and answer.content == feed.stream.resource(hinted)
        # an unhinted future part, and a name that was never published: 404 at once
        for name in (feed.part_name(4, 0), "nothing.m4s", f"init-{'0' * 12}.mp4"):
            started = time.monotonic()
            got = client.get(f"/live/Entry1/{name}")
            assert got.status_code == 404 and time.monotonic() - started < 1, name


def test_unknown_cameras_and_cameras_not_publishing(serve_streams) -> None:
    quiet, starting = LiveFeed("Exit1"), LiveFeed("Entry2")
    starting.begin()
    streams = {"Entry1": live().stream, "Exit1": quiet.stream, "Entry2": starting.stream}
    server = serve_streams(streams)
    with client_for(server) as client:
        for path in ("index.m3u8", "media.m3u8", "init-x.mp4"):
            got = client.get(f"/live/Nobody/{path}")
            assert got.status_code == 404 and "no camera 'Nobody'" in got.text
        got = client.get("/live/Exit1/media.m3u8")
        assert got.status_code == 404 and "not sending video yet" in got.text
        assert got.headers["cache-control"] == "no-cache"
        started = time.monotonic()  # starting: held a few seconds for the first segment, then 404
        got = client.get("/live/Entry2/index.m3u8")
        assert got.status_code == 404 and "is starting" in got.text
        assert time.monotonic() - started >= 3.5
        # ... and answered as soon as the first segment is complete
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            held = pool.submit(client.get, "/live/Entry2/media.m3u8")
            time.sleep(0.3)  # the request is in flight (a head start, not an assertion)
            starting.publish()  # the first segment, whole
            assert held.result(timeout=5).status_code == 200


def test_http1_clients_get_the_same(serve_streams) -> None:
    """hls.js over HTTP/1.1, VLC, ffmpeg: the same answers without HTTP/2."""
    server = serve_streams({"Entry1": live().stream})
    context = ssl.create_default_context(cafile=str(server.certificate.cert_file))
    with httpx.Client(base_url=server.base_url, verify=context, http2=False, timeout=10) as client:
        got = client.get("/live/Entry1/media.m3u8?_HLS_msn=2&_HLS_part=1")
        assert got.status_code == 200 and got.http_version == "HTTP/1.1"
