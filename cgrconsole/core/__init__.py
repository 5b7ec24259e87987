"""The console's engine room: cameras, archive, live streams, recognition, review, uplink, storage.

Nothing under ``cgrconsole.core`` imports Qt; ``tests/core/test_no_qt.py`` enforces it.
"""
