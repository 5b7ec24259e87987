from fractions import Fraction

from cgrconsole.core.camera.fanout import PacketFanout, PacketQueue
from cgrconsole.core.camera.packets import EncodedPacket, SessionEnded, SessionStarted, StreamInfo


def packet(n: int, key: bool = False) -> EncodedPacket:
    return EncodedPacket(bytes([n % 256]) * 10, n, n, Fraction(1, 90000), key, float(n))


def test_full_queue_drops_counts_and_resumes_on_a_keyframe() -> None:
    queue = PacketQueue("slow", maxsize=3)
    accepted = [queue.put(packet(n, key=n % 5 == 0)) for n in range(10)]
    # 0,1,2 fit; 3 overflows; 4 is refused (no keyframe yet); 5 is a keyframe but the queue is still full
    assert accepted == [True] * 3 + [False] * 7 and queue.dropped == 7
    assert [queue.get(0).pts for _ in range(3)] == [0, 1, 2]
    assert queue.put(packet(10, key=True)) and queue.get(0).pts == 10
    queue2 = PacketQueue("q", maxsize=2)
    for n in range(4):
        queue2.put(packet(n, key=n == 0))
    assert queue2.dropped == 2
    queue2.get(0), queue2.get(0)
    assert not queue2.put(packet(4))  # still resyncing: P-frames after a gap would not decode
    assert queue2.put(packet(5, key=True))  # a keyframe ends the gap
    assert queue2.get(0).pts == 5 and queue2.dropped == 3


def test_session_markers_are_never_dropped() -> None:
    info = StreamInfo("h264", 1280, 720, 25.0, Fraction(1, 90000))
    queue = PacketQueue("q", maxsize=1)
    queue.put(packet(0, key=True))
    assert queue.put(SessionEnded("cam", "stopped", 1.0))
    assert queue.put(SessionStarted("cam", info, 2.0))
    assert [type(queue.get(0)).__name__ for _ in range(3)] == [
        "EncodedPacket",
        "SessionEnded",
        "SessionStarted",
    ]
    assert queue.get(timeout=0.01) is None


def test_fanout_gives_every_consumer_its_own_queue() -> None:
    fanout = PacketFanout("cam")
    fast, slow = fanout.subscribe("hls", 100), fanout.subscribe("recorder", 2)
    for n in range(10):
        fanout.publish(packet(n, key=n == 0))
    assert len(fast) == 10 and len(slow) == 2
    assert fanout.dropped == 8
    fanout.unsubscribe(slow)
    fanout.publish(packet(10, key=True))
    assert len(fast) == 11 and len(slow) == 2
