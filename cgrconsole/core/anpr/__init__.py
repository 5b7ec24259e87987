"""Plate recognition: plate formats, detection, OCR engines and the per-pass voter (R-ANPR)."""
