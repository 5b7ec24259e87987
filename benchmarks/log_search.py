"""The log viewer's text search: a page with and without the stored forms of the officer's words.

Writes ``--rows`` HLS request rows (none says "delivered") into a fresh database, then times the first
page of ``AuditReader.page`` for texts typed in Russian that match no row (the whole log is read: the
worst case), with only the typed text and with the fragments ``stored_forms`` adds; best of ``--repeat``.

    nice -n 15 python benchmarks/log_search.py [--rows 200000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import machine, table
from PySide6.QtCore import QCoreApplication

from cgrconsole.core.storage.audit import AuditKind, AuditLog
from cgrconsole.core.storage.audit_query import AuditQuery, AuditReader
from cgrconsole.core.storage.database import Database
from cgrconsole.ui.audit_text import stored_forms
from cgrconsole.ui.i18n import install_translator

TEXTS = ("доставлено", "итог", "zzz")


def best_ms(reader: AuditReader, query: AuditQuery, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        reader.page(query)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QCoreApplication([])
    install_translator(app, "ru")
    with tempfile.TemporaryDirectory() as folder:
        database = Database(Path(folder) / "cgrconsole.db")
        database.open()
        audit = AuditLog(database)
        with database.transaction() as db:
            for i in range(args.rows):
                audit.record_in(db, AuditKind.HLS_CLIENT, f"10.0.{i % 256}.{i % 100}", event="request", n=i)
        reader = AuditReader(database)
        rows = []
        for text in TEXTS:
            typed = AuditQuery(text=text)
            words = replace(typed, stored=stored_forms(text))
            before, after = best_ms(reader, typed, args.repeat), best_ms(reader, words, args.repeat)
            rows.append([text, len(words.stored), f"{before:.0f}", f"{after:.0f}", f"{after / before:.2f}"])
        database.close()
    print(machine())
    print(table(["typed", "stored forms", "typed only, ms", "with stored forms, ms", "ratio"], rows))


if __name__ == "__main__":
    main()
