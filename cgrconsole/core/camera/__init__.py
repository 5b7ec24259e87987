"""Camera ingest: one RTSP (or synthetic) session per camera, packets fanned out, frames decoded once."""
