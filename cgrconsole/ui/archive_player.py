"""The archive video at an event's moment: libvlc in the dialog, or the system's player without libvlc.

Two ways to show the picture. Where the window system lets libvlc draw into a widget (X11, Windows,
macOS) the widget's native window is handed over (``set_xwindow`` / ``set_hwnd`` / ``set_nsobject``).
Elsewhere (Wayland has no embedding API in libvlc 3; an offscreen test) libvlc decodes into memory and
the widget paints each frame. Either way the player opens the event's file a few seconds before the
event and plays; the officer moves by ±10 s, changes the speed, and goes on to the next file when the
vehicle passed just before a cut.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from cgrconsole.core.archive.playback import NOT_FINISHED, NOT_ON_DISK, PlaybackPoint
from cgrconsole.ui.event_text import AMBER
from cgrconsole.vlc_runtime import Vlc, VlcMissing, load_vlc

log = logging.getLogger(__name__)

PREROLL_S = 3.0  # start this long before the event: the vehicle is seen arriving
JUMP_S = 10.0
SPEEDS = (0.25, 0.5, 1.0, 2.0, 4.0)
TICK_MS = 250
EMBEDDING_PLATFORMS = ("xcb", "windows", "cocoa")
MAX_MEMORY_SIZE = QSize(960, 540)  # frames decoded into memory are scaled to fit this


def clock_text(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` past an hour), as players show a position."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def embedding_mode() -> str:
    """``embed`` where libvlc can draw into our window, else ``memory``."""
    return "embed" if QGuiApplication.platformName() in EMBEDDING_PLATFORMS else "memory"


class VideoSurface(QWidget):
    """Black, with the last decoded frame when libvlc decodes into memory; libvlc's window when embedded."""

    frame_ready = Signal()  # from libvlc's thread: a new frame is in the buffer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image: QImage | None = None
        self.frames = 0
        self._buffer: Any = None
        self._size = QSize()
        self._lock = threading.Lock()
        self._callbacks: tuple[Any, ...] = ()
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.frame_ready.connect(self._on_frame_ready, Qt.ConnectionType.QueuedConnection)

    def sizeHint(self) -> QSize:
        return QSize(560, 315)

    # -- libvlc draws into our window ------------------------------------------------------
    def embed(self, player: Any) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        handle = int(self.winId())
        if sys.platform.startswith("win"):
            player.set_hwnd(handle)
        elif sys.platform == "darwin":
            player.set_nsobject(handle)
        else:
            player.set_xwindow(handle)
        player.video_set_mouse_input(False)  # clicks and keys stay with Qt
        player.video_set_key_input(False)

    # -- libvlc decodes into memory, we paint ----------------------------------------------
    def decode_into_memory(self, vlc: Any, player: Any, size: QSize) -> None:
        width, height = size.width() // 2 * 2, size.height() // 2 * 2
        with self._lock:
            self._size = QSize(width, height)
            self._buffer = ctypes.create_string_buffer(width * height * 4)
        decorators = vlc.CallbackDecorators

        @decorators.VideoLockCb
        def lock(_opaque: Any, planes: Any) -> None:
            planes[0] = ctypes.addressof(self._buffer)

        @decorators.VideoUnlockCb
        def unlock(_opaque: Any, _picture: Any, _planes: Any) -> None:
            pass

        @decorators.VideoDisplayCb
        def display(_opaque: Any, _picture: Any) -> None:
            self.frame_ready.emit()

        self._callbacks = (lock, unlock, display)  # ctypes callbacks must outlive the player
        player.video_set_callbacks(lock, unlock, display, None)
        player.video_set_format("RV32", width, height, width * 4)

    def _on_frame_ready(self) -> None:
        with self._lock:
            if self._buffer is None:
                return
            size = self._size
            # RV32 is B, G, R, X in memory: RGB32 on a little-endian machine; copied out of the buffer
            image = QImage(
                self._buffer.raw, size.width(), size.height(), size.width() * 4, QImage.Format.Format_RGB32
            )
            self.image = image.copy()
        self.frames += 1
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if self.image is not None and not self.image.isNull():
            scaled = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x, y = (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.rect().adjusted(x, y, -x, -y), self.image)
        painter.end()


class ArchivePlayerWidget(QWidget):
    """``show_point`` opens a file at a point; ``next_point`` finds the file after the one shown."""

    file_opened = Signal(str)  # the path now playing

    def __init__(
        self,
        loader: Callable[[], Vlc | VlcMissing] = load_vlc,
        mode: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._mode = mode
        self._vlc: Vlc | None = None
        self.player: Any = None
        self.point: PlaybackPoint | None = None
        self.event_offset_s = 0.0
        self.next_point: Callable[[PlaybackPoint], PlaybackPoint | None] = lambda _p: None
        self._next: PlaybackPoint | None = None
        self.embedding = ""  # "embed" or "memory" once libvlc is loaded
        self.surface = VideoSurface(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"QLabel {{ color: {AMBER}; font-weight: bold; }}")
        self.problem.hide()
        self.system_button = QPushButton(self.tr("Open in the system's player"), self)
        self.system_button.setToolTip(self.tr("Open the archive file in the video player of this computer"))
        self.system_button.clicked.connect(self.open_in_system_player)
        self.system_button.hide()
        self.play_button = QPushButton(self.tr("Pause"), self)
        self.back_button = QPushButton(self.tr("−10 s"), self)
        self.forward_button = QPushButton(self.tr("+10 s"), self)
        self.speed = QComboBox(self)
        for speed in SPEEDS:
            self.speed.addItem(f"{speed:g}×", speed)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip(self.tr("Playback speed"))
        self.next_button = QPushButton(self.tr("Next file ▶"), self)
        self.position = QLabel(self)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 0)
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setStyleSheet("QLabel { color: #9aa0a6; }")
        # a long path never widens the player (nor its dialog): the label gives way, its tooltip holds it all
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for button in (self.play_button, self.back_button, self.forward_button, self.next_button):
            button.setAutoDefault(False)
        self.play_button.clicked.connect(self.toggle)
        self.back_button.clicked.connect(lambda: self.jump(-JUMP_S))
        self.forward_button.clicked.connect(lambda: self.jump(JUMP_S))
        self.speed.currentIndexChanged.connect(lambda _i: self.set_rate(float(self.speed.currentData())))
        self.next_button.clicked.connect(self.open_next)
        self.slider.sliderReleased.connect(lambda: self._seek_ms(self.slider.value()))
        controls = QHBoxLayout()
        for widget in (self.play_button, self.back_button, self.forward_button, self.speed):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.next_button)
        fallback = QHBoxLayout()
        fallback.addWidget(self.system_button)
        fallback.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.surface, 1)
        layout.addWidget(self.problem)
        layout.addLayout(fallback)
        layout.addWidget(self.slider)
        layout.addWidget(self.position)  # under the bar it tells: the time, the event's moment
        layout.addLayout(controls)
        layout.addWidget(self.file_label)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._set_controls(False)

    def set_loader(self, loader: Callable[[], Vlc | VlcMissing], mode: str | None = None) -> None:
        """Before the first file: where libvlc comes from and how it shows the picture."""
        self._loader, self._mode = loader, mode

    # -- opening -----------------------------------------------------------------------------
    def show_point(self, point: PlaybackPoint, event_offset_s: float | None = None) -> None:
        """Play ``point``'s file from a little before its offset (the event), or say why it cannot."""
        self.point = point
        self.event_offset_s = point.offset_s if event_offset_s is None else event_offset_s
        self._next = self.next_point(point) if point.file is not None else None
        self.next_button.setEnabled(self._next is not None)
        self.next_button.setToolTip(self._next_tooltip())
        self.file_label.setText(str(point.path) if point.path else "")
        self.file_label.setToolTip(self.file_label.text())
        if point.path is None or point.problem is not None:
            self._stop_player()
            self._say(self._problem_text(point), fallback=point.problem not in (NOT_FINISHED, NOT_ON_DISK))
            return
        if not self._ensure_player():
            return
        self._play(point.path, max(0.0, point.offset_s - PREROLL_S) if point.offset_s else 0.0)

    def open_next(self) -> None:
        if self._next is None:
            return
        self.show_point(self._next, event_offset_s=-1.0)  # no event in the next file

    def _ensure_player(self) -> bool:
        if self.player is not None:
            return True
        loaded = self._loader()
        if isinstance(loaded, VlcMissing):
            self._say(
                self.tr(
                    "The built-in player cannot play the archive: VLC (libvlc) is not available on this "
                    "computer (%1). Open the file in the system's player and go to %2."
                )
                .replace("%1", loaded.reason)
                .replace("%2", clock_text(self.seek_target_s())),
                fallback=True,
            )
            return False
        self._vlc = loaded
        self.player = loaded.instance.media_player_new()
        mode = self._mode or embedding_mode()
        if mode == "embed":
            self.surface.embed(self.player)
        self.embedding = mode
        return True

    def _play(self, path: Path, start_s: float) -> None:
        assert self._vlc is not None
        if self.player.get_media() is not None:
            self.player.stop()  # libvlc lets go of the old file (and its frame buffer) first
        media = self._vlc.instance.media_new_path(str(path))
        if start_s > 0:
            media.add_option(f":start-time={start_s:.3f}")
        if self.embedding == "memory":
            self.surface.decode_into_memory(self._vlc.module, self.player, self._memory_size(media))
        self.player.set_media(media)
        self.player.set_rate(float(self.speed.currentData()))
        self.problem.hide()
        self.system_button.hide()
        if self.player.play() != 0:
            self._say(self.tr("The built-in player could not open this file."), fallback=True)
            return
        self._set_controls(True)
        self.play_button.setText(self.tr("Pause"))
        self._timer.start()
        self.file_opened.emit(str(path))

    def _memory_size(self, media: Any) -> QSize:
        """The file's picture scaled to fit ``MAX_MEMORY_SIZE`` (16:9 when libvlc cannot tell)."""
        size = QSize(16, 9)
        try:
            media.parse()  # a local file: milliseconds
            for track in media.tracks_get() or ():
                if track.type == self._vlc.module.TrackType.video and track.video:  # type: ignore[union-attr]
                    size = QSize(int(track.video.contents.width), int(track.video.contents.height))
                    break
        except Exception as exc:  # an older libvlc: keep 16:9
            log.debug("no track size from libvlc: %s", exc)
        if size.isEmpty():
            size = QSize(16, 9)
        return size.scaled(MAX_MEMORY_SIZE, Qt.AspectRatioMode.KeepAspectRatio)

    # -- the officer's controls ----------------------------------------------------------------
    def toggle(self) -> None:
        if self.player is None:
            return
        if self.player.is_playing():
            self.player.set_pause(1)
            self.play_button.setText(self.tr("Play"))
        else:
            state = self.state()
            if state in ("ended", "stopped", "error") and self.point is not None and self.point.path:
                self._play(self.point.path, 0.0)
                return
            self.player.set_pause(0)
            self.player.play()
            self.play_button.setText(self.tr("Pause"))

    def jump(self, seconds: float) -> None:
        if self.player is None:
            return
        length = self.player.get_length()
        target = self.player.get_time() + int(seconds * 1000)
        self._seek_ms(max(0, min(target, length - 500) if length > 0 else target))

    def set_rate(self, rate: float) -> None:
        if self.player is not None:
            self.player.set_rate(rate)

    def _seek_ms(self, ms: int) -> None:
        if self.player is not None:
            self.player.set_time(int(ms))
            self._tick()

    def time_ms(self) -> int:
        return int(self.player.get_time()) if self.player is not None else -1

    def state(self) -> str:
        """libvlc's state in lower case: ``opening``, ``playing``, ``paused``, ``ended``, ``error`` …"""
        if self.player is None:
            return "none"
        return str(self.player.get_state()).rsplit(".", 1)[-1].lower()

    def seek_target_s(self) -> float:
        """Where the event is in its file (what to seek to in another player)."""
        return max(0.0, self.event_offset_s)

    def open_in_system_player(self) -> None:
        if self.point is not None and self.point.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.point.path)))

    def _tick(self) -> None:
        if self.player is None:
            return
        now_ms, length = max(0, self.player.get_time()), max(0, self.player.get_length())
        if not self.slider.isSliderDown():
            self.slider.setRange(0, length)
            self.slider.setValue(now_ms)
        text = f"{clock_text(now_ms / 1000)} / {clock_text(length / 1000)}"
        if self.event_offset_s >= 0:
            text += "  ·  " + self.tr("event at %1").replace("%1", clock_text(self.event_offset_s))
        self.position.setText(text)
        state = self.state()
        if state == "ended":
            self.play_button.setText(self.tr("Play"))
            if self._next is not None:
                self.position.setText(text + "  ·  " + self.tr("end of the file: the next one is ready"))
        elif state == "error":
            self._timer.stop()
            self._say(self.tr("The built-in player could not play this file."), fallback=True)

    # -- saying why -----------------------------------------------------------------------------
    def _problem_text(self, point: PlaybackPoint) -> str:
        if point.problem == NOT_FINISHED:
            return self.tr(
                "This moment is in the file being recorded now; it can be watched when the file is "
                "finished (within 5 minutes)."
            )
        if point.problem == NOT_ON_DISK:
            return self.tr("The archive file of this moment is no longer on disk (deleted by retention).")
        return self.tr("No archive video of this moment.")

    def _say(self, text: str, fallback: bool) -> None:
        self.problem.setText(text)
        self.problem.show()
        has_file = fallback and self.point is not None and self.point.path is not None
        self.system_button.setVisible(has_file and self.point is not None and self.point.path.exists())  # type: ignore[union-attr]
        if has_file:
            self.system_button.setToolTip(
                self.tr("Opens %1; go to %2 in it")
                .replace("%1", str(self.point.path))  # type: ignore[union-attr]
                .replace("%2", clock_text(self.seek_target_s()))
            )
        self.surface.setVisible(self.player is not None)
        playable = self.player is not None and self.state() not in ("none", "error")
        self._set_controls(playable)
        if not playable:  # nothing plays: the button must not offer to pause it
            self.play_button.setText(self.tr("Play"))

    def _set_controls(self, enabled: bool) -> None:
        for widget in (self.play_button, self.back_button, self.forward_button, self.speed, self.slider):
            widget.setEnabled(enabled)

    def _next_tooltip(self) -> str:
        if self._next is None or self._next.path is None:
            return self.tr("No later file of this camera yet")
        return self.tr("Play the camera's next file: %1").replace("%1", self._next.path.name)

    def _stop_player(self) -> None:
        self._timer.stop()
        if self.player is not None:
            self.player.stop()

    def release(self) -> None:
        """Stop libvlc before the window it draws into goes away."""
        self._stop_player()
        if self.player is not None:
            self.player.release()
            self.player = None
