"""History search at a million events: how long the first page and a later page take.

Builds (once, kept in benchmarks/out/) a console database with ``--events`` plate events written as the
store writes them (the migrations' schema, the search key, the trigram index kept by its triggers):
returning vehicles (each plate seen ~5 times), four cameras, a year of traffic, states as a site has
them. Then times ``EventHistory.page`` for plate queries (whole plate typed with Cyrillic and 0/O
look-alikes, partial, short), time range + camera, and state filters: the first page and the 5th page
(keyset), median of ``--repeat`` runs on a warm cache, and says which index SQLite used.

    nice -n 10 python benchmarks/history.py [--events 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections import Counter
from pathlib import Path

from _common import OUT, machine, table

from cgrconsole.core.anpr.formats import pick_format
from cgrconsole.core.anpr.interpret import search_key
from cgrconsole.core.review.history import EventHistory, HistoryQuery, PageCursor
from cgrconsole.core.storage.database import Database
from cgrconsole.core.storage.vacuum import database_bytes

T0 = 1_735_689_600.0  # 2025-01-01 00:00 UTC
SPAN_S = 365 * 86400.0
CAMERAS = (("Entry1", "entry"), ("Exit1", "exit"), ("Entry2", "entry"), ("Exit2", "exit"))
STATES = (("sent", 0.90), ("rejected", 0.05), ("kept", 0.03), ("failed", 0.005), ("new", 0.015))
CYRILLIC = str.maketrans("ABEKMHOPCTYX", "АВЕКМНОРСТУХ")
PAGE = 100
BATCH = 20_000


def build(path: Path, events: int, seed: int = 7) -> float:
    """The database with ``events`` events; returns the seconds it took."""
    rng = random.Random(seed)
    plates = [pick_format(rng).generate(rng) for _ in range(max(1, events // 5))]
    database = Database(path)
    database.open()
    started = time.monotonic()
    states = [s for s, _ in STATES]
    weights = [w for _, w in STATES]
    for start in range(0, events, BATCH):
        rows = []
        for i in range(start, min(events, start + BATCH)):
            camera, direction = CAMERAS[i % len(CAMERAS)]
            plate = rng.choice(plates)
            original = plate if rng.random() > 0.03 else plate[:-1] + "8"  # a few corrected
            ts = T0 + SPAN_S * i / events + rng.random()
            day = time.strftime("%Y/%m/%d", time.gmtime(ts))
            event_id = f"{rng.getrandbits(128):032x}"
            rows.append(
                {
                    "id": event_id,
                    "camera": camera,
                    "ts": ts,
                    "direction": direction,
                    "plate": plate,
                    "original_plate": original,
                    "country": "KZ",
                    "confidence": round(rng.uniform(0.6, 1.0), 4),
                    "candidates": json.dumps([{"plate": original, "score": 0.9, "country": "KZ"}]),
                    "box": json.dumps([500, 400, 700, 450]),
                    "origin": "anpr",
                    "state": rng.choices(states, weights)[0],
                    "frame_path": f"{day}/{event_id}_frame.jpg",
                    "crop_path": f"{day}/{event_id}_crop.jpg",
                    "archive_path": f"{camera}/{day}/{camera}_{int(ts) // 600 * 600}.mkv",
                    "created_ts": ts,
                    "decided_ts": ts + 20,
                    "decided_by": "officer",
                    "search_key": search_key(plate, original),
                }
            )
        with database.transaction() as db:
            db.table("plate_events").insert_all(rows, batch_size=1000)
        print(f"  {start + len(rows):>9,} events", flush=True)
    took = time.monotonic() - started
    with database.lock:
        database.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return took


def timed(history: EventHistory, query: HistoryQuery, repeat: int) -> tuple[float, float, int, int, str]:
    """(first page ms, 5th page ms, rows on the first page, rows on the 5th, plan) as medians."""
    firsts, laters = [], []
    count = later_count = 0
    cursor: PageCursor | None = None
    for _ in range(repeat):
        started = time.perf_counter()
        page = history.page(query, None, PAGE)
        firsts.append(time.perf_counter() - started)
        count = len(page.events)
        cursor = page.next
        for _ in range(3):  # walk to the 5th page; time only the 5th
            if cursor is None:
                break
            cursor = history.page(query, cursor, PAGE).next
        if cursor is not None:
            started = time.perf_counter()
            fifth = history.page(query, cursor, PAGE)
            laters.append(time.perf_counter() - started)
            later_count = len(fifth.events)
    plan = " / ".join(history.explain(query))
    later = statistics.median(laters) * 1000 if laters else float("nan")
    return statistics.median(firsts) * 1000, later, count, later_count, plan


class UnfoldedKey(HistoryQuery):
    """A key searched as given: ``ZZ`` (Z is always folded to 2) is in no event, the worst short key."""

    @property
    def key(self) -> str:
        return self.plate


def extremes(database: Database) -> tuple[str, str]:
    """The 3-glyph key most events have, and the 2-glyph key fewest have (the worst cases)."""
    trigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    with database.read() as db:
        for (key,) in db.execute("SELECT search_key FROM plate_events"):
            parts = key.split("|")
            trigrams.update({p[i : i + 3] for p in parts for i in range(len(p) - 2)})
            bigrams.update({p[i : i + 2] for p in parts for i in range(len(p) - 1)})
    glyphs = sorted({g for b in bigrams for g in b})
    rarest = min((a + b for a in glyphs for b in glyphs), key=lambda k: bigrams.get(k, 0))
    return trigrams.most_common(1)[0][0], rarest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"history_{args.events}.db"
    if args.rebuild or not path.exists():
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        took = build(path, args.events)
        print(f"built {path} in {took:.0f} s")
    database = Database(path)
    database.open()
    history = EventHistory(database)
    with database.read() as db:  # a returning truck with a 123ABC01 plate, from the middle of the year
        kz = db.execute(
            "SELECT plate FROM plate_events WHERE ts > ? "
            "AND plate GLOB '[0-9][0-9][0-9][A-Z][A-Z][A-Z][0-9][0-9]' ORDER BY ts LIMIT 1",
            [T0 + SPAN_S / 2],
        ).fetchone()[0]
    common, rare = extremes(database)
    typed = kz[:3] + " " + kz[3:6].translate(CYRILLIC) + " " + kz[6:].replace("0", "O")
    day = T0 + 200 * 86400
    queries = [
        ("plate, whole, typed with Cyrillic and O for 0", HistoryQuery(plate=typed)),
        ("plate, 5 glyphs partial", HistoryQuery(plate=kz[2:7])),
        ("plate, 4 glyphs partial, lookalike (B for 8…)", HistoryQuery(plate=kz[1:5].replace("8", "B"))),
        ("plate, 3 glyphs partial", HistoryQuery(plate=kz[3:6])),
        (f"plate, 3 glyphs, the commonest key ({common})", HistoryQuery(plate=common)),
        ("plate, 3 glyphs partial + state failed", HistoryQuery(plate=kz[3:6], states=("failed",))),
        ("plate, 2 glyphs partial", HistoryQuery(plate=kz[-2:])),
        (f"plate, 2 glyphs, the rarest key ({rare}: no index, all read)", HistoryQuery(plate=rare)),
        ("plate, 2 glyphs in no event (worst: the whole time index read)", UnfoldedKey(plate="ZZ")),
        ("plate partial + last 30 days", HistoryQuery(plate=kz[3:6], since=T0 + SPAN_S - 30 * 86400)),
        ("one day + camera", HistoryQuery(since=day, until=day + 86400, cameras=("Exit1",))),
        ("one week + camera + exit", HistoryQuery(since=day, until=day + 7 * 86400, cameras=("Exit1",))),
        ("state failed", HistoryQuery(states=("failed",))),
        ("state rejected + camera", HistoryQuery(states=("rejected",), cameras=("Entry2",))),
        ("direction exit, no other filter", HistoryQuery(direction="exit")),
    ]
    rows = []
    for name, query in queries:
        first, later, count, later_count, plan = timed(history, query, args.repeat)
        later_text = f"{later:.1f} ({later_count})" if later == later else "— (one page)"
        rows.append(
            [name, repr(query.plate) if query.plate else "", f"{first:.1f} ({count})", later_text, plan]
        )
    database.close()
    load = Path("/proc/loadavg").read_text().split()[:3]
    print()
    print(f"{args.events:,} events, database {database_bytes(path) / 1e6:.0f} MB, page = {PAGE} rows")
    print(f"{machine()}; load average {' '.join(load)}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print()
    print(
        table(
            ["query", "typed", "first page ms (rows)", "5th page ms (rows)", "SQLite plan"],
            rows,
        )
    )


if __name__ == "__main__":
    main()
