"""Offline training of the plate recognizer (not part of the installed package)."""
