#!/usr/bin/python3
"""A real RTSP server for tests and benchmarks: GStreamer's gst-rtsp-server.

Runs with the SYSTEM python3 (python3-gi is not in the project's venv). Prints
``READY <port>`` on stdout once it listens, then serves until killed.

Mounts:
  /live    live test pattern, H.264 (x264enc, zero latency), --size/--fps
  /file    an MP4 file given by --file, H.264 stream copy (shared, loops by EOS->seek)
  /mjpeg   live test pattern as Motion-JPEG (a camera that does not speak H.264)
  /replay1 … /replayN   with --replays N: the --file played by N cameras of their own (a benchmark's
           cameras that cost the PC nothing to encode, as real ones). Each prints, when a client's
           session starts playing, ``PLAYING /replayK <ms>``: the wall clock (ms since the epoch) at
           which the file's time 0 is sent, so a frame's send time is that + its own time in the file.
With --auth USER:PASS every mount requires HTTP basic credentials.
"""

from __future__ import annotations

import argparse
import sys
import time

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402


def _live_h264(width: int, height: int, fps: int) -> str:
    return (
        f"( videotestsrc is-live=true pattern=ball ! video/x-raw,width={width},height={height},"
        f"framerate={fps}/1 ! x264enc tune=zerolatency speed-preset=ultrafast "
        f"key-int-max={fps} bitrate=800 ! video/x-h264,profile=baseline ! "
        f"rtph264pay name=pay0 pt=96 config-interval=1 )"
    )


def _live_mjpeg(width: int, height: int, fps: int) -> str:
    return (
        f"( videotestsrc is-live=true ! video/x-raw,width={width},height={height},"
        f"framerate={fps}/1,format=I420 ! jpegenc quality=60 ! rtpjpegpay name=pay0 pt=26 )"
    )


def _file_h264(path: str) -> str:
    return (
        f"( filesrc location={path} ! qtdemux ! h264parse ! rtph264pay name=pay0 pt=96 config-interval=-1 )"
    )


def _report_playing(mount: str):
    """A media-configure handler that prints when the mount's session plays, and its time 0's wall clock."""

    def report(media: GstRtspServer.RTSPMedia) -> bool:
        clock = media.get_clock()
        if clock is not None:  # None once a short session has already ended
            running_ns = clock.get_time() - media.get_base_time()  # the session's running time now
            print(f"PLAYING {mount} {time.time() * 1000 - running_ns / 1e6:.1f}", flush=True)
        return False

    def on_state(media: GstRtspServer.RTSPMedia, state: int) -> None:
        if state == Gst.State.PLAYING:  # its base time is set after this signal: read it a moment later
            GLib.timeout_add(500, report, media)

    def on_configure(_factory: GstRtspServer.RTSPMediaFactory, media: GstRtspServer.RTSPMedia) -> None:
        media.connect("new-state", on_state)

    return on_configure


def _authorize(server: GstRtspServer.RTSPServer, factories, credentials: str) -> None:
    user, _, password = credentials.partition(":")
    auth = GstRtspServer.RTSPAuth()
    token = GstRtspServer.RTSPToken()
    token.set_string("media.factory.role", "user")
    auth.add_basic(GstRtspServer.RTSPAuth.make_basic(user, password), token)
    server.set_auth(auth)
    for factory in factories:
        permissions = GstRtspServer.RTSPPermissions()
        permissions.add_permission_for_role("user", "media.factory.access", True)
        permissions.add_permission_for_role("user", "media.factory.construct", True)
        factory.set_permissions(permissions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--size", default="320x240")
    parser.add_argument("--fps", type=int, default=15)
    parser.add_argument("--file", help="MP4 (H.264) served at /file")
    parser.add_argument("--replays", type=int, default=0, help="serve --file at /replay1 … /replayN")
    parser.add_argument("--auth", help="USER:PASS required on every mount")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    Gst.init(None)
    server = GstRtspServer.RTSPServer()
    server.set_address(args.host)
    server.set_service(str(args.port))
    mounts = server.get_mount_points()
    launches = {"/live": _live_h264(width, height, args.fps), "/mjpeg": _live_mjpeg(width, height, args.fps)}
    if args.file:
        launches["/file"] = _file_h264(args.file)
        for number in range(1, args.replays + 1):
            launches[f"/replay{number}"] = _file_h264(args.file)
    factories = []
    for path, launch in launches.items():
        factory = GstRtspServer.RTSPMediaFactory()
        factory.set_launch(launch)
        # Live test patterns are encoded once for all clients; a file is demuxed per client,
        # like real cameras, each of which serves its own stream.
        factory.set_shared(path.startswith(("/live", "/mjpeg")))
        if path.startswith("/replay"):
            factory.connect("media-configure", _report_playing(path))
        mounts.add_factory(path, factory)
        factories.append(factory)
    if args.auth:
        _authorize(server, factories, args.auth)
    if server.attach(None) == 0:
        print(f"FAILED to listen on {args.host}:{args.port}", flush=True)
        return 1
    print(f"READY {server.get_bound_port()}", flush=True)
    GLib.MainLoop().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
