"""Sending confirmed events: the outbox, its dispatcher and one client per destination."""
