"""The archive: 5-minute H.264 MP4 files per camera, crash-safe, indexed, kept for the retention period."""
