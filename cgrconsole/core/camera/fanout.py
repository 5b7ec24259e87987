"""Bounded per-consumer queues fed by one camera session.

A slow consumer never slows the camera: when its queue is full the packet is dropped
for that consumer only and counted. After a drop the queue also refuses packets up to
the next keyframe, so what the consumer receives always decodes (no broken GOPs).
Session markers are never dropped.
"""

from __future__ import annotations

import threading
from collections import deque

from cgrconsole.core.camera.packets import EncodedPacket, StreamItem


class PacketQueue:
    """A bounded FIFO for one consumer. ``put`` never blocks; ``get`` blocks up to a timeout."""

    def __init__(self, name: str, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.name = name
        self.maxsize = maxsize
        self.dropped = 0
        self.delivered = 0
        self._items: deque[StreamItem] = deque()
        self._packets = 0
        self._resync = False
        self._cond = threading.Condition()

    def put(self, item: StreamItem) -> bool:
        """Offer an item; returns False (and counts it) when the packet was dropped."""
        with self._cond:
            if isinstance(item, EncodedPacket):
                if self._resync and not item.is_keyframe:
                    self.dropped += 1
                    return False
                if self._packets >= self.maxsize:
                    self.dropped += 1
                    self._resync = True
                    return False
                self._resync = False
                self._packets += 1
            self._items.append(item)
            self._cond.notify()
            return True

    def get(self, timeout: float | None = None) -> StreamItem | None:
        """The next item, or None when nothing arrived within ``timeout`` seconds."""
        with self._cond:
            if not self._items and not self._cond.wait_for(lambda: bool(self._items), timeout):
                return None
            item = self._items.popleft()
            if isinstance(item, EncodedPacket):
                self._packets -= 1
            self.delivered += 1
            return item

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)


class PacketFanout:
    """Publishes every stream item of one camera to all subscribed queues. Thread-safe."""

    def __init__(self, camera: str) -> None:
        self.camera = camera
        self._queues: tuple[PacketQueue, ...] = ()
        self._lock = threading.Lock()

    def subscribe(self, name: str, maxsize: int = 500) -> PacketQueue:
        queue = PacketQueue(name, maxsize)
        with self._lock:
            self._queues = (*self._queues, queue)
        return queue

    def unsubscribe(self, queue: PacketQueue) -> None:
        with self._lock:
            self._queues = tuple(q for q in self._queues if q is not queue)

    def publish(self, item: StreamItem) -> None:
        for queue in self._queues:  # a snapshot: subscribe/unsubscribe swap the tuple
            queue.put(item)

    @property
    def dropped(self) -> int:
        return sum(q.dropped for q in self._queues)

    @property
    def queues(self) -> tuple[PacketQueue, ...]:
        return self._queues
